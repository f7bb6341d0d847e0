#include "alloc/group_lists.h"

#include <QFile>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace oppmote::alloc {

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
        add(f.personId, f.group, f.locked ? QStringLiteral("låst") : QStringLiteral("fasilitator"));
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
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out("\xEF\xBB\xBF");
    out += "Rom;Gruppe;Navn;Organisasjon;Rolle\r\n";
    for (const GroupListRow &r : rows)
        out += QStringList { csvField(r.room), csvField(r.groupName), csvField(r.name),
            csvField(r.organisation), csvField(r.role) }
                   .join(QLatin1Char(';'))
                   .toUtf8()
            + "\r\n";
    file.write(out);
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return Ok {};
}

Status writeGroupListsPdf(const QString &path, const QString &title, const QList<GroupListRow> &rows)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Oppmøte"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot draw the group lists into %1.").arg(path));
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
        painter.drawText(margin, margin, QStringLiteral("%1: nobody placed").arg(title));
    painter.end();
    return Ok {};
}

} // namespace oppmote::alloc
