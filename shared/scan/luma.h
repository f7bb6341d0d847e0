#pragma once
// A luminance image in place, which is all the QR decoder needs; without Qt
// Multimedia, so the command line decodes image files without the camera stack.

#include <QImage>

namespace oppmote {

// Luminance samples in place: `pixStride` 1 for planes, 2 for packed 4:2:2.
struct LumaView {
    const uchar *data = nullptr;
    int width = 0;
    int height = 0;
    int rowStride = 0;
    int pixStride = 1;
    bool isNull() const { return data == nullptr; }
    static LumaView of(const QImage &grey8); // a Format_Grayscale8 image
};

// Y' of Rec. 601 from packed YUYV/UYVY bytes etc. is exact; this converts
// anything else QImage knows.
QImage lumaFromImage(const QImage &image);

} // namespace oppmote
