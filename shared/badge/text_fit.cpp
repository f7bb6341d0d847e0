#include "badge/text_fit.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace oppmote {

namespace {

// Where a line may break: after a space (the space is dropped) or after a hyphen.
struct Break {
    qsizetype end; // the first line ends before this index
    qsizetype nextStart; // the next line starts here
};

QList<Break> breaksIn(const QString &text)
{
    QList<Break> list;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' '))
            list.append({ i, i + 1 });
        else if (text.at(i) == QLatin1Char('-') && text.at(i - 1) != QLatin1Char(' '))
            list.append({ i + 1, i + 1 });
    }
    return list;
}

QFont sized(const QFont &base, double px)
{
    QFont f(base);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    return f;
}

// Splits into at most `lines` lines, each as narrow as possible; returns
// the widest line's width.
QStringList wrap(const QString &text, int lines, const QFontMetricsF &fm, double width)
{
    const QList<Break> breaks = breaksIn(text);
    if (lines <= 1 || breaks.isEmpty())
        return { text };
    if (lines == 2) { // balanced: the break that makes the wider line narrowest
        QStringList best { text };
        double bestWidth = fm.horizontalAdvance(text);
        for (const Break &b : breaks) {
            const QString a = text.left(b.end).trimmed();
            const QString c = text.mid(b.nextStart).trimmed();
            const double w = std::max(fm.horizontalAdvance(a), fm.horizontalAdvance(c));
            if (w < bestWidth) {
                bestWidth = w;
                best = { a, c };
            }
        }
        return best;
    }
    // Greedy for three or more lines.
    QStringList out;
    qsizetype start = 0;
    while (start < text.size() && out.size() < lines - 1) {
        qsizetype end = -1, next = -1;
        for (const Break &b : breaks) {
            if (b.end <= start)
                continue;
            if (fm.horizontalAdvance(text.mid(start, b.end - start).trimmed()) <= width) {
                end = b.end;
                next = b.nextStart;
            } else {
                break;
            }
        }
        if (end < 0)
            break;
        out << text.mid(start, end - start).trimmed();
        start = next;
    }
    out << text.mid(start).trimmed();
    return out;
}

bool fits(const QStringList &lines, const QFontMetricsF &fm, const QSizeF &box)
{
    if (lines.size() * fm.lineSpacing() - fm.leading() > box.height() + 0.5)
        return false;
    for (const QString &l : lines)
        if (fm.horizontalAdvance(l) > box.width())
            return false;
    return true;
}

} // namespace

FittedText fitText(const QString &text, const QFont &base, double maxPx, double minPx, const QSizeF &box,
    int maxLines, const QPaintDevice *device)
{
    auto metrics = [&](const QFont &f) {
        return device ? QFontMetricsF(f, device) : QFontMetricsF(f);
    };
    FittedText out;
    // Steps of ~3 %: fine enough to look continuous, few enough to be fast.
    double oneLine = 0, manyLines = 0;
    QStringList manyLinesText;
    for (double px = maxPx; px >= minPx - 0.01; px = px > minPx ? std::max(minPx, px * 0.97) : minPx - 1) {
        const QFont f = sized(base, px);
        const QFontMetricsF fm = metrics(f);
        if (oneLine == 0 && fits({ text }, fm, box))
            oneLine = px;
        if (manyLines == 0 && maxLines > 1) {
            for (int n = 2; n <= maxLines; ++n) {
                const QStringList lines = wrap(text, n, fm, box.width());
                if (lines.size() > 1 && fits(lines, fm, box)) {
                    manyLines = px;
                    manyLinesText = lines;
                    break;
                }
            }
        }
        if (oneLine > 0 && (manyLines > 0 || maxLines == 1))
            break;
        if (oneLine > 0 && oneLine < manyLines * 1.25)
            break; // a second line would not be much larger
    }
    // One line unless two are at least 25 % larger.
    if (oneLine > 0 && !(manyLines > oneLine * 1.25)) {
        out.font = sized(base, oneLine);
        out.lines = { text };
    } else if (manyLines > 0) {
        out.font = sized(base, manyLines);
        out.lines = manyLinesText;
    } else { // nothing fits at the smallest size: wrap there and elide the last line
        out.font = sized(base, minPx);
        const QFontMetricsF fm = metrics(out.font);
        const int room = std::max(1, int((box.height() + fm.leading()) / fm.lineSpacing()));
        out.lines = wrap(text, std::min(maxLines, room), fm, box.width());
        for (QString &l : out.lines) {
            const QString e = fm.elidedText(l, Qt::ElideRight, box.width());
            if (e != l) {
                l = e;
                out.elided = true;
            }
        }
    }
    out.lineHeight = metrics(out.font).lineSpacing();
    return out;
}

} // namespace oppmote
