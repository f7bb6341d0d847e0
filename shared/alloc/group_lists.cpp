#include "alloc/group_lists.h"

#include "domain/plain_text.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace oppmote::alloc {

namespace {

// Lists and signs are read in the UI language, like everything else the desk makes.
struct AllocationText {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

Error cannotWrite(const QString &path, const QString &why)
{
    return Error { ErrorCode::Io, AllocationText::tr("Cannot write %1: %2").arg(path, why) };
}

// A4 at 300 dpi with the title, into a QSaveFile (the PDF appears whole or
// not at all); false when nothing can be drawn.
bool startPdf(
    QPdfWriter &writer, QPainter &painter, const QString &title, QPageLayout::Orientation orientation)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(orientation);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Oppmøte"));
    return painter.begin(&writer);
}

Status commitPdf(QSaveFile &file)
{
    if (!file.commit())
        return cannotWrite(file.fileName(), file.errorString());
    return Ok {};
}

} // namespace

QList<GroupListRow> groupListRows(
    const SlotProblem &slot, const Outcome &outcome, const QList<Attendee> &people)
{
    QHash<QString, const Attendee *> byId;
    for (const Attendee &a : people)
        byId.insert(a.id, &a);
    const Problem &problem = slot.problem;
    QList<GroupListRow> rows;
    auto add = [&](const QString &id, int g, const QString &role) {
        const GroupSpec &spec = problem.groups[std::size_t(g)];
        const Attendee *a = byId.value(id, nullptr);
        rows.append({ spec.room, spec.key, spec.name.isEmpty() ? spec.key : spec.name, a ? a->fullName() : id,
            a ? a->organisation : QString(), role });
    };
    for (std::size_t i = 0; i < outcome.placements.size(); ++i)
        if (outcome.placements[i].group >= 0)
            add(problem.people[i].id, outcome.placements[i].group, QString());
    for (const FixedSeat &f : problem.fixedSeats)
        add(f.personId, f.group, f.locked ? AllocationText::tr("locked") : AllocationText::tr("facilitator"));
    std::stable_sort(rows.begin(), rows.end(), [](const GroupListRow &a, const GroupListRow &b) {
        if (a.room != b.room)
            return a.room < b.room;
        if (a.groupKey != b.groupKey)
            return a.groupKey < b.groupKey;
        if (a.role.isEmpty() != b.role.isEmpty())
            return !a.role.isEmpty(); // facilitators first
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return rows;
}

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Status writeGroupListsCsv(const QString &path, const QList<GroupListRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QByteArray out("\xEF\xBB\xBF");
    out += QStringList { AllocationText::tr("Room"), AllocationText::tr("Group"), AllocationText::tr("Name"),
        AllocationText::tr("Organisation"), AllocationText::tr("Role") }
               .join(QLatin1Char(';'))
               .toUtf8()
        + "\r\n";
    for (const GroupListRow &r : rows)
        out += QStringList { csvField(r.room), csvField(r.groupName), csvField(r.name),
            csvField(r.organisation), csvField(r.role) }
                   .join(QLatin1Char(';'))
                   .toUtf8()
            + "\r\n";
    file.write(out);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return Ok {};
}

Status writeGroupListsPdf(const QString &path, const QString &title, const QList<GroupListRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QPdfWriter writer(&file);
    QPainter painter;
    if (!startPdf(writer, painter, title, QPageLayout::Portrait))
        return cannotWrite(path, AllocationText::tr("the PDF could not be drawn"));
    const int dpi = writer.resolution();
    const int margin = dpi * 2 / 3;
    const int pageHeight = writer.height();
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setPointSize(18);
    heading.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSize(11);
    const int lineHeight = dpi * 11 * 16 / 10 / 72;

    bool firstPage = true;
    for (qsizetype i = 0; i < rows.size();) {
        const QString key = rows[i].groupKey;
        if (!firstPage)
            writer.newPage();
        firstPage = false;
        int y = margin;
        painter.setFont(heading);
        const QString header = rows[i].room.isEmpty()
            ? rows[i].groupName
            : QStringLiteral("%1 — %2").arg(rows[i].groupName, rows[i].room);
        painter.drawText(margin, y + dpi / 4, header);
        y += dpi / 2;
        painter.setFont(body);
        painter.drawText(margin, y, title);
        y += lineHeight * 2;
        int number = 0;
        for (; i < rows.size() && rows[i].groupKey == key; ++i) {
            if (y > pageHeight - margin) {
                writer.newPage();
                y = margin;
            }
            const GroupListRow &r = rows[i];
            QString line = QStringLiteral("%1. %2").arg(++number).arg(r.name);
            if (!r.role.isEmpty())
                line += QStringLiteral(" (%1)").arg(r.role);
            painter.drawText(margin, y, line);
            painter.drawText(margin + writer.width() / 2, y, r.organisation);
            y += lineHeight;
        }
    }
    if (rows.isEmpty())
        painter.drawText(margin, margin, AllocationText::tr("%1: nobody is placed yet").arg(title));
    painter.end();
    return commitPdf(file);
}

namespace {

// The largest font (bold, up to `maxPoints`) in which `text` fits `width` on one line.
QFont fittedFont(const QString &text, int width, int maxPoints, QPaintDevice *device)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(true);
    for (int points = maxPoints; points > 12; points -= 4) {
        font.setPointSize(points);
        if (QFontMetrics(font, device).horizontalAdvance(text) <= width)
            return font;
    }
    font.setPointSize(12);
    return font;
}

} // namespace

Status writeDoorSignsPdf(const QString &path, const QString &title, const QList<GroupListRow> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    QPdfWriter writer(&file);
    QPainter painter;
    if (!startPdf(writer, painter, title, QPageLayout::Landscape))
        return cannotWrite(path, AllocationText::tr("the PDF could not be drawn"));
    const int margin = writer.resolution() * 2 / 3;
    const QRect page(margin, margin, writer.width() - 2 * margin, writer.height() - 2 * margin);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSize(20);

    bool firstPage = true;
    for (qsizetype i = 0; i < rows.size();) {
        const GroupListRow &group = rows[i];
        QStringList facilitators;
        int people = 0;
        for (; i < rows.size() && rows[i].groupKey == group.groupKey; ++i) {
            ++people;
            if (rows[i].role == AllocationText::tr("facilitator"))
                facilitators << rows[i].name;
        }
        if (!firstPage)
            writer.newPage();
        firstPage = false;
        painter.setFont(small);
        painter.drawText(page, Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, title);
        const QFont big = fittedFont(group.groupName, page.width(), 96, &writer);
        painter.setFont(big);
        const int bigHeight = QFontMetrics(big, &writer).height();
        const QRect middle(page.left(), page.center().y() - bigHeight, page.width(), bigHeight);
        painter.drawText(middle, Qt::AlignCenter, group.groupName);
        if (!group.room.isEmpty()) {
            painter.setFont(fittedFont(group.room, page.width(), 48, &writer));
            painter.drawText(QRect(page.left(), middle.bottom(), page.width(), bigHeight),
                Qt::AlignHCenter | Qt::AlignTop, group.room);
        }
        painter.setFont(small);
        QStringList foot;
        if (!facilitators.isEmpty())
            foot << AllocationText::tr("Facilitator: %1").arg(facilitators.join(QStringLiteral(", ")));
        foot << AllocationText::tr("%n people", nullptr, people);
        painter.drawText(
            page, Qt::AlignBottom | Qt::AlignHCenter | Qt::TextWordWrap, foot.join(QStringLiteral("  ·  ")));
    }
    if (rows.isEmpty())
        painter.drawText(page, Qt::AlignCenter, AllocationText::tr("%1: nobody is placed yet").arg(title));
    painter.end();
    return commitPdf(file);
}

} // namespace oppmote::alloc
