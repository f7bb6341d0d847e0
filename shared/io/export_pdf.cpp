#include "io/export_pdf.h"

#include "io/csv_style.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace oppmote::io {

namespace {

constexpr int kDpi = 300;

// The context lupdate gives a tr() call in this namespace, outside a class.
QString tr(const char *text)
{
    return QCoreApplication::translate("oppmote::io", text);
}

QString noRowsText()
{
    return tr("No rows.");
}

QString pageText(int page)
{
    return tr("Page %1").arg(page);
}

// Column widths in proportion to what most of a column's cells need (the
// 90th percentile, so one long e-mail address does not take the page) and at
// least its header, filling `width`.
QList<double> wantedWidths(const ExportTable &table, const QFontMetrics &metrics, QChar decimalPoint)
{
    const CsvStyle style { u';', decimalPoint };
    QList<double> wanted;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        QList<int> cells;
        for (const QVariantList &row : table.rows)
            cells.append(c < row.size() ? metrics.horizontalAdvance(cellText(row[c], style)) : 0);
        std::sort(cells.begin(), cells.end());
        const int typical = cells.isEmpty() ? 0 : cells[qsizetype((cells.size() - 1) * 0.9)];
        wanted.append(std::max(typical, metrics.horizontalAdvance(table.headers[c])) + 1.0);
    }
    return wanted;
}

double sum(const QList<double> &values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

QList<int> fitWidths(const QList<double> &wanted, int width)
{
    const double total = sum(wanted);
    QList<int> widths(wanted.size(), 0);
    if (total <= width) { // room for all: spread what is left in proportion
        for (qsizetype c = 0; c < wanted.size(); ++c)
            widths[c] = int(wanted[c] / total * width);
        return widths;
    }
    // Too wide: columns narrower than a fair share of what is left keep their
    // width (names, numbers); only the widest ones are cut, in proportion.
    QList<qsizetype> rest;
    for (qsizetype c = 0; c < wanted.size(); ++c)
        rest.append(c);
    double remaining = width;
    while (!rest.isEmpty()) {
        const double share = remaining / double(rest.size());
        QList<qsizetype> wide;
        for (qsizetype c : rest) {
            if (wanted[c] <= share) {
                widths[c] = int(wanted[c]);
                remaining -= wanted[c];
            } else {
                wide.append(c);
            }
        }
        if (wide.size() == rest.size()) {
            double wideTotal = 0;
            for (qsizetype c : wide)
                wideTotal += wanted[c];
            for (qsizetype c : wide)
                widths[c] = int(wanted[c] / wideTotal * remaining);
            break;
        }
        rest = wide;
    }
    return widths;
}

// A printed list has no machine ids: the id column stays in the files for
// spreadsheets and import.
ExportTable withoutIds(ExportTable table)
{
    const qsizetype id = table.keys.indexOf(QStringLiteral("id"));
    if (id < 0)
        return table;
    table.keys.removeAt(id);
    table.headers.removeAt(id);
    for (QVariantList &row : table.rows)
        if (id < row.size())
            row.removeAt(id);
    return table;
}

class PdfTableWriter
{
public:
    explicit PdfTableWriter(QPdfWriter &writer) : m_writer(writer), m_painter(&writer)
    {
        m_heading.setFamily(QStringLiteral("DejaVu Sans"));
        m_heading.setBold(true);
        m_heading.setPointSize(14);
        setBodySize(kBodyPoints);
    }
    bool active() const { return m_painter.isActive(); }

    void title(const QString &text)
    {
        m_painter.setFont(m_heading);
        m_y += QFontMetrics(m_heading, &m_writer).height();
        m_painter.drawText(0, m_y, text);
        m_y += m_line;
    }

    void table(const ExportTable &t, QChar decimalPoint)
    {
        if (m_y + m_line * 4 > m_bottom)
            newPage();
        title(t.title);
        // A wide table gets a smaller type (down to 6 pt) before columns are cut.
        setBodySize(kBodyPoints);
        const double needed = sum(wantedWidths(t, QFontMetrics(m_bold, &m_writer), decimalPoint));
        if (needed > m_writer.width())
            setBodySize(std::max(6.0, kBodyPoints * m_writer.width() / needed));
        const QList<int> widths
            = fitWidths(wantedWidths(t, QFontMetrics(m_bold, &m_writer), decimalPoint), m_writer.width());
        row(t.headers, widths, m_bold);
        const CsvStyle style { u';', decimalPoint };
        for (const QVariantList &cells : t.rows) {
            if (m_y + m_line > m_bottom) {
                newPage();
                row(t.headers, widths, m_bold);
            }
            QStringList texts;
            for (const QVariant &cell : cells)
                texts.append(cellText(cell, style));
            row(texts, widths, m_body);
        }
        if (t.rows.isEmpty()) {
            m_painter.setFont(m_body);
            m_y += m_line;
            m_painter.drawText(0, m_y, noRowsText());
        }
        m_y += m_line * 2;
    }

    void finish()
    {
        pageNumber();
        m_painter.end();
    }

private:
    static constexpr double kBodyPoints = 9;

    void setBodySize(double points)
    {
        m_body.setFamily(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(points);
        m_bold = m_body;
        m_bold.setBold(true);
        m_line = QFontMetrics(m_body, &m_writer).height() * 13 / 10;
        m_bottom = m_writer.height() - m_line * 2;
    }

    void row(const QStringList &texts, const QList<int> &widths, const QFont &font)
    {
        m_painter.setFont(font);
        const QFontMetrics metrics(font, &m_writer);
        const int gap = kDpi / 20;
        m_y += m_line;
        int x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString text = c < texts.size() ? texts[c] : QString();
            m_painter.drawText(x, m_y, metrics.elidedText(text, Qt::ElideRight, widths[c] - gap));
            x += widths[c];
        }
        if (&font == &m_bold)
            m_painter.drawLine(0, m_y + m_line / 4, m_writer.width(), m_y + m_line / 4);
    }

    void newPage()
    {
        pageNumber();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void pageNumber()
    {
        m_painter.setFont(m_body);
        m_painter.drawText(
            QRect(0, m_writer.height() - m_line, m_writer.width(), m_line), Qt::AlignRight, pageText(m_page));
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    QFont m_body, m_bold, m_heading;
    int m_line = 0;
    int m_bottom = 0;
    int m_y = 0;
    int m_page = 1;
};

} // namespace

Status writePdf(
    const QString &path, const QString &documentTitle, const QList<ExportTable> &tables, QChar decimalPoint)
{
    // QPdfWriter says nothing when it cannot write: try the file first.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12)));
    writer.setResolution(kDpi);
    writer.setTitle(documentTitle);
    writer.setCreator(QStringLiteral("Oppmøte"));
    PdfTableWriter out(writer);
    if (!out.active())
        return makeError(ErrorCode::Io, tr("Cannot draw the report into %1.").arg(path));
    out.title(documentTitle);
    for (const ExportTable &table : tables)
        out.table(withoutIds(table), decimalPoint);
    out.finish();
    if (QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io, tr("Cannot write %1: the disk may be full.").arg(path));
    return Ok {};
}

} // namespace oppmote::io
