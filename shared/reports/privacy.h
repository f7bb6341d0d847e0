#pragma once
// Personal data after the event (docs/privacy.md): a retention date the
// organisers set, the purge that may run once it has passed (names, contact
// details and codes go; the counts per session and organisation stay), and
// everything the database holds about one person, for a request to see it.
// The CLI's `privacy` and the desk's Privacy page call these.

#include "domain/result.h"
#include "store/store.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace oppmote::reports {

struct PrivacyState {
    QDate retainUntil; // invalid = not set
    QDateTime purgedAt; // invalid = never purged
};
Result<PrivacyState> privacyState(Store &store);

// An invalid date clears it.
Status setRetentionDate(Store &store, const QDate &retainUntil);

// Refused (Conflict, nothing changes) while `today` is before the retention
// date: to purge early, move the date first. Records when it ran.
Status purgeAfterRetention(Store &store, const QDate &today = QDate::currentDate());

// The person, their walk-in registration, every check-in event with its
// device's name, their group places, moves and locks with the reasons, and
// the badges printed. NotFound for an unknown id.
Result<QJsonObject> personalRecord(Store &store, const QString &attendeeId);

// Writes `record` as indented JSON, whole or not at all, readable by its owner only (0600).
Status writePersonalRecord(const QString &path, const QJsonObject &record);

} // namespace oppmote::reports
