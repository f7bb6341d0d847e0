#pragma once
// Fitting a line of text into a box: the largest font size that fits on one
// line; for long names a second line (broken at a space or after a hyphen,
// balanced so both lines are about as long) when that keeps the text much
// larger; below the smallest size the last line is elided (…).

#include <QFont>
#include <QSizeF>
#include <QStringList>

class QPaintDevice;

namespace oppmote {

struct FittedText {
    QFont font; // pixel size set for the device
    QStringList lines;
    double lineHeight = 0; // device pixels
    bool elided = false;
};

// `box` and the sizes are in device pixels; `device` measures (nullptr: screen).
FittedText fitText(const QString &text, const QFont &base, double maxPx, double minPx, const QSizeF &box,
    int maxLines, const QPaintDevice *device);

} // namespace oppmote
