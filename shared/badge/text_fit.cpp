#include "badge/text_fit.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

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
        // Not before a separator: "Gruppe 4 ·" / "Møterom Fjorden", never "· Møterom Fjorden".
        if (text.at(i) == QLatin1Char(' ') && text.at(i + 1) != QChar(0x00B7))
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
using WidthOf = std::function<double(const QString &)>;

QStringList wrap(const QString &text, int lines, const WidthOf &widthOf, double width)
{
    const QList<Break> breaks = breaksIn(text);
    if (lines <= 1 || breaks.isEmpty())
        return { text };
    if (lines == 2) { // balanced: the break that makes the wider line narrowest
        QStringList best { text };
        double bestWidth = widthOf(text);
        for (const Break &b : breaks) {
            const QString a = text.left(b.end).trimmed();
            const QString c = text.mid(b.nextStart).trimmed();
            const double w = std::max(widthOf(a), widthOf(c));
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
            if (widthOf(text.mid(start, b.end - start).trimmed()) <= width) {
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

// The chosen size is checked with its own metrics: scaling is close, not exact.
FittedText checkedAtChosenSize(FittedText out, const QSizeF &box, const QPaintDevice *device)
{
    const QFontMetricsF fm = device ? QFontMetricsF(out.font, device) : QFontMetricsF(out.font);
    for (QString &l : out.lines)
        if (fm.horizontalAdvance(l) > box.width()) {
            l = fm.elidedText(l, Qt::ElideRight, box.width());
            out.elided = out.elided || l.endsWith(QChar(0x2026));
        }
    out.lineHeight = fm.lineSpacing();
    return out;
}

} // namespace

FittedText fitText(const QString &text, const QFont &base, double maxPx, double minPx, const QSizeF &box,
    int maxLines, const QPaintDevice *device)
{
    // Without hinting, advances scale with the pixel size: measure once at
    // maxPx and scale, instead of a font engine per candidate size.
    const QFont reference = sized(base, maxPx);
    const QFontMetricsF refMetrics = device ? QFontMetricsF(reference, device) : QFontMetricsF(reference);
    const double refPx = reference.pixelSize();
    QHash<QString, double> widths;
    auto refWidth = [&](const QString &s) {
        auto it = widths.constFind(s);
        if (it == widths.constEnd())
            it = widths.insert(s, refMetrics.horizontalAdvance(s));
        return *it;
    };
    struct Scaled {
        double scale;
        double lineSpacing;
        double leading;
        std::function<double(const QString &)> width;
    };
    auto at = [&](double px) {
        const double k = std::round(px) / refPx;
        return Scaled { k, refMetrics.lineSpacing() * k, refMetrics.leading() * k,
            [&refWidth, k](const QString &s) { return refWidth(s) * k; } };
    };
    auto fitsAt = [&](const QStringList &lines, const Scaled &m) {
        if (lines.size() * m.lineSpacing - m.leading > box.height() + 0.5)
            return false;
        for (const QString &l : lines)
            if (m.width(l) > box.width())
                return false;
        return true;
    };

    FittedText out;
    if (text.contains(QLatin1Char('\n'))) {
        // Lines the text itself breaks ("{event}\n{dates}", a schedule) stay
        // lines; one too wide for the box is broken further while the element
        // has lines to spare. All are one size.
        QStringList given = text.split(QLatin1Char('\n'));
        if (given.size() > std::max(1, maxLines)) {
            given.resize(std::max(1, maxLines));
            given.back() += QChar(0x2026);
            out.elided = true;
        }
        auto linesAt = [&](const Scaled &m) {
            QStringList lines;
            int spare = std::max(1, maxLines) - int(given.size());
            for (const QString &line : given) {
                QStringList pieces { line };
                const auto fits = [&](const QString &piece) { return m.width(piece) <= box.width(); };
                // Two lines where the text has a separator, if that fits: "… Tema 3 ·" / "Møterom Nidaros".
                const qsizetype separator = line.lastIndexOf(QStringLiteral(" · "));
                if (m.width(line) > box.width() && spare > 0 && separator > 0
                    && fits(line.left(separator + 2)) && fits(line.mid(separator + 3)))
                    pieces = { line.left(separator + 2), line.mid(separator + 3) };
                for (int n = 2; !std::all_of(pieces.cbegin(), pieces.cend(), fits) && n <= spare + 1; ++n)
                    pieces = wrap(line, n, m.width, box.width());
                spare -= int(pieces.size()) - 1;
                lines << pieces;
            }
            return lines;
        };
        double chosen = minPx;
        for (double px = maxPx; px > minPx; px = std::max(minPx, px * 0.97))
            if (fitsAt(linesAt(at(px)), at(px))) {
                chosen = px;
                break;
            }
        out.font = sized(base, chosen);
        out.lines = linesAt(at(chosen));
        return checkedAtChosenSize(out, box, device);
    }
    // Steps of ~3 %: fine enough to look continuous.
    double oneLine = 0, manyLines = 0;
    QStringList manyLinesText;
    for (double px = maxPx; px >= minPx - 0.01; px = px > minPx ? std::max(minPx, px * 0.97) : minPx - 1) {
        const Scaled m = at(px);
        if (oneLine == 0 && fitsAt({ text }, m))
            oneLine = px;
        if (manyLines == 0 && maxLines > 1) {
            for (int n = 2; n <= maxLines; ++n) {
                const QStringList lines = wrap(text, n, m.width, box.width());
                if (lines.size() > 1 && fitsAt(lines, m)) {
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
        const QFontMetricsF fm = device ? QFontMetricsF(out.font, device) : QFontMetricsF(out.font);
        const int room = std::max(1, int((box.height() + fm.leading()) / fm.lineSpacing()));
        out.lines = wrap(
            text, std::min(maxLines, room), [&fm](const QString &s) { return fm.horizontalAdvance(s); },
            box.width());
        for (QString &l : out.lines) {
            const QString e = fm.elidedText(l, Qt::ElideRight, box.width());
            if (e != l) {
                l = e;
                out.elided = true;
            }
        }
    }
    return checkedAtChosenSize(out, box, device);
}

} // namespace oppmote
