#include "appkit/attendance_model.h"

#include "domain/plain_text.h"

#include <algorithm>

namespace oppmote {

namespace {

using Row = AttendanceRow;

struct Read {
    QString error;
    QList<Row> rows;
};

Row rowOf(const QString &kind, const AttendanceFigures &f)
{
    Row row;
    row.kind = kind;
    row.expected = f.expected;
    row.arrived = f.arrived;
    row.walkIns = f.walkIns;
    row.notYet = f.notYet;
    row.noShows = f.noShows;
    row.duplicates = f.duplicates;
    row.present = f.present;
    return row;
}

Row sessionRow(const SessionAttendance &s)
{
    Row row = rowOf(QStringLiteral("session"), s.figures);
    row.title = shownText(s.title);
    row.day = shownText(s.day);
    row.dayNumber = s.dayNumber;
    row.sessionKey = s.sessionKey;
    row.starts = s.starts;
    row.checkedIn = s.checkedIn;
    return row;
}

// The venue first, then each day followed by its sessions, then sessions of
// no day (doors no longer in the programme).
QList<Row> rowsOf(const QList<SessionAttendance> &sessions, const QList<DayAttendance> &days)
{
    QList<Row> rows;
    QString venueTitle;
    for (const SessionAttendance &s : sessions)
        if (s.sessionKey.isEmpty()) {
            Row venue = rowOf(QStringLiteral("venue"), s.figures);
            venue.title = venueTitle = shownText(s.title);
            venue.checkedIn = s.checkedIn;
            rows.append(venue);
        }
    for (const DayAttendance &d : days) {
        Row day = rowOf(QStringLiteral("day"), d.figures);
        day.title = venueTitle;
        day.day = shownText(d.heading);
        day.dayNumber = d.dayNumber;
        rows.append(day);
        for (const SessionAttendance &s : sessions)
            if (!s.sessionKey.isEmpty() && s.dayNumber == d.dayNumber)
                rows.append(sessionRow(s));
    }
    for (const SessionAttendance &s : sessions) {
        const bool ofADay = std::any_of(
            days.cbegin(), days.cend(), [&](const DayAttendance &d) { return d.dayNumber == s.dayNumber; });
        if (!s.sessionKey.isEmpty() && !ofADay)
            rows.append(sessionRow(s));
    }
    return rows;
}

} // namespace

QString AttendanceRow::key() const
{
    return kind + QLatin1Char('/') + QString::number(dayNumber) + QLatin1Char('/') + sessionKey;
}

AttendanceModel::AttendanceModel(AsyncStore *store, QObject *parent) : StoreRowsModel(store, parent)
{
    reload();
}

void AttendanceModel::startRead()
{
    read<Read>(
        [](Store &store) {
            Read out;
            auto sessions = store.attendance();
            auto days = store.dayAttendance();
            if (!sessions.ok())
                out.error = sessions.error().message;
            else if (!days.ok())
                out.error = days.error().message;
            else
                out.rows = rowsOf(sessions.value(), days.value());
            return out;
        },
        [this](Read &r) {
            setError(r.error);
            if (r.error.isEmpty())
                setRows(std::move(r.rows));
        });
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    const Row *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r->title;
    case KindRole:
        return r->kind;
    case DayRole:
        return r->day;
    case DayNumberRole:
        return r->dayNumber;
    case SessionKeyRole:
        return r->sessionKey;
    case StartsRole:
        return r->starts;
    case ExpectedRole:
        return r->expected;
    case ArrivedRole:
        return r->arrived;
    case WalkInsRole:
        return r->walkIns;
    case NotYetRole:
        return r->notYet;
    case NoShowsRole:
        return r->noShows;
    case DuplicatesRole:
        return r->duplicates;
    case PresentRole:
        return r->present;
    case CheckedInRole:
        return r->checkedIn;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttendanceModel::roleNames() const
{
    return { { KindRole, "kind" }, { TitleRole, "title" }, { DayRole, "day" }, { DayNumberRole, "dayNumber" },
        { SessionKeyRole, "sessionKey" }, { StartsRole, "starts" }, { ExpectedRole, "expected" },
        { ArrivedRole, "arrived" }, { WalkInsRole, "walkIns" }, { NotYetRole, "notYet" },
        { NoShowsRole, "noShows" }, { DuplicatesRole, "duplicates" }, { PresentRole, "present" },
        { CheckedInRole, "checkedIn" } };
}

} // namespace oppmote
