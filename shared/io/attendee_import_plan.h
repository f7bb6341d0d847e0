#pragma once
// What importing a list would do, decided before anything is written: for
// every row added / updated (with the fields that change) / duplicate
// (within the file, or already registered unchanged) / rejected (with the
// reason), and the complete attendees to upsert. The caller stores
// `upserts` in one transaction, or nothing at all (--dry-run).
//
// A row is the same person as an existing attendee by Oppmøte id (from our
// own export), else by e-mail (case-insensitive), else — when the row or the
// stored attendee has no e-mail — by name and organisation, compared
// case- and accent-insensitively. Empty cells never erase stored values.

#include "domain/attendee.h"
#include "io/attendee_records.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace oppmote::io {

enum class RowOutcome { Added, Updated, Duplicate, Rejected };
QString rowOutcomeName(RowOutcome outcome); // "added", "updated", "duplicate", "rejected"

struct RowReport {
    int line = 0;
    RowOutcome outcome = RowOutcome::Rejected;
    QString attendeeId; // added / updated / duplicate of a stored attendee
    QString name; // as read, for the report
    QStringList changedFields; // updated: field keys ("organisation", "email", …)
    QString reason; // duplicate / rejected: why, for a person
};

struct ImportPlan {
    QList<RowReport> rows; // in file order
    QList<Attendee> upserts; // added and updated attendees, complete
    int added = 0;
    int updated = 0;
    int duplicates = 0;
    int rejected = 0;

    bool hasChanges() const { return !upserts.isEmpty(); }
};

struct PlanOptions {
    std::function<QString()> newId; // default: a QUuid without braces
};

ImportPlan planAttendeeImport(
    const QList<AttendeeRecord> &records, const QList<Attendee> &existing, const PlanOptions &options = {});

bool isPlausibleEmail(const QString &email);
QString foldForMatching(const QString &text); // lower case, single spaces, accents removed (é→e; ø stays)

// Reports for the command line: one line per row plus a summary, or JSON
// {"summary": {...}, "rows": [{"line":…, "outcome":…, …}]}.
QString importPlanToText(const ImportPlan &plan);
QJsonObject importPlanToJson(const ImportPlan &plan);

} // namespace oppmote::io
