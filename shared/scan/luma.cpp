#include "scan/luma.h"

namespace oppmote {

LumaView LumaView::of(const QImage &grey8)
{
    if (grey8.isNull() || grey8.format() != QImage::Format_Grayscale8)
        return {};
    return { grey8.constBits(), grey8.width(), grey8.height(), int(grey8.bytesPerLine()), 1 };
}

QImage lumaFromImage(const QImage &image)
{
    if (image.isNull())
        return {};
    return image.format() == QImage::Format_Grayscale8 ? image
                                                       : image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace oppmote
