#pragma once
// What importing a list would do, decided before anything is written: for
// every row added / updated (with the fields that change) / duplicate
// (within the file, or already registered unchanged) / rejected (with the
// reason), and the complete attendees to upsert. The caller stores
// `upserts` in one transaction, or nothing at all (--dry-run).
//
// A row is the same person as an existing attendee by Oppmøte id (from our
// own export), else by e-mail (case-insensitive) together with the name
// (first + last, case- and accent-insensitive), else — when the row or the
// stored attendee has no e-mail — by name and organisation. Two people may
// share an e-mail (an assistant registering two managers): a row with the
// e-mail of someone with another name is a person of its own, kept and
// flagged for review (RowWarning::SharedEmail, naming the other person and
// their line). Rows with two different Oppmøte ids are two people even with
// the same name and e-mail (flagged as well). Empty cells never erase stored
// values. Reasons and warnings are in the user's language (context
// "AttendeeImport"); code compares the enums, never the text.

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

// Why a row is a duplicate or rejected, for code (the text is RowReport::reason).
enum class RowReason {
    None,
    NoName, // rejected
    InvalidEmail, // rejected
    Cancelled, // rejected: the registration's status says so
    SameEmailAndName, // duplicate of relatedLine: the same person with the same e-mail
    SameNameAndOrganisation, // duplicate of relatedLine: no e-mail, same name and organisation
    SamePerson, // duplicate of relatedLine: both rows matched the same stored attendee
    AlreadyRegistered, // duplicate: stored already, nothing changed
};
QString rowReasonName(RowReason reason); // "", "no-name", "invalid-email", "same-email-and-name", …

// What the organiser should look at in a row that was kept (added / updated).
enum class RowWarning {
    None,
    SharedEmail, // another person (another name) has this e-mail: relatedLine, or stored already
    SameNameOtherId, // the same name and e-mail as relatedLine, but another Oppmøte id
};
QString rowWarningName(RowWarning warning); // "", "shared-email", "same-name-other-id"

struct RowReport {
    int line = 0;
    RowOutcome outcome = RowOutcome::Rejected;
    QString attendeeId; // added / updated / duplicate of a stored attendee
    QString name; // as read, for the report
    QStringList changedFields; // updated: field keys ("organisation", "email", …)
    RowReason reasonCode = RowReason::None;
    QString reason; // duplicate / rejected: why, for a person (translated)
    RowWarning warning = RowWarning::None;
    QString warningText; // for a person (translated): names both people and the other's line
    int relatedLine = 0; // the earlier line the reason or warning names; 0 = none / the store
    QString relatedAttendeeId; // warning: the other person's id, when known
    bool needsReview() const { return warning != RowWarning::None; }
};

struct ImportPlan {
    QList<RowReport> rows; // in file order
    QList<Attendee> upserts; // added and updated attendees, complete
    int added = 0;
    int updated = 0;
    int duplicates = 0;
    int rejected = 0;
    int toReview = 0; // rows kept with a warning

    bool hasChanges() const { return !upserts.isEmpty(); }
};

struct PlanOptions {
    std::function<QString()> newId; // default: a QUuid without braces
};

ImportPlan planAttendeeImport(
    const QList<AttendeeRecord> &records, const QList<Attendee> &existing, const PlanOptions &options = {});

bool isPlausibleEmail(const QString &email);
QString foldForMatching(const QString &text); // lower case, single spaces, accents removed (é→e; ø stays)

// Reports for the command line: one line per row plus a summary (in the
// user's language), or JSON {"summary": {...}, "rows": [{"line":…,
// "outcome":…, "reasonCode":…, "reason":…, "warning":…, "warningText":…,
// "relatedLine":…, …}]} with the codes in English and the texts translated.
QString importPlanToText(const ImportPlan &plan);
QString importRowText(const RowReport &row); // "line 4: rejected Kari — no name"
QString importSummaryText(const ImportPlan &plan); // "3 added, 1 updated, 0 duplicate, 1 rejected"
QJsonObject importPlanToJson(const ImportPlan &plan);

} // namespace oppmote::io
