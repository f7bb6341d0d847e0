#pragma once
// Walk-ins in the hub protocol (docs/sync.md): a device pushes what it
// registered, approved or rejected in `push {attendees}`, with or without
// events; the hub answers each in `ack {walkIns: [[id, refusal, state], …]}`
// (refusal "" when taken).

#include "domain/checkin_event.h"
#include "domain/result.h"
#include "store/walk_in.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace oppmote::sync {

QJsonObject registrationToJson(const WalkIn &walkIn);
Result<WalkIn> registrationFromJson(const QJsonObject &json);
// A push's walk-ins; more than kBatch × 2 is refused.
Result<QList<WalkIn>> registrationsFrom(const QJsonObject &body);
QJsonObject pushBody(const QList<CheckinEvent> &events, const QList<WalkIn> &walkIns);

QJsonArray walkInAnswersToJson(const QList<WalkInAnswer> &answers);
QList<WalkInAnswer> walkInAnswersFrom(const QJsonObject &ackBody); // malformed entries are left out

} // namespace oppmote::sync
