#pragma once
// The hub protocol's messages: JSON text frames over a TLS WebSocket
// (docs/sync.md). Every message is idempotent.
//   device → hub: pair {token, device}, hello {device, secret, cursor, clock},
//                 push {events, attendees: walk-ins, clock}, rosterRequest,
//                 status {unsent, printer, printerProblem, printQueue, clock}
//   hub → device: paired {secret}, welcome {hubSeq, devices, rosterVersion}, ack {seqs, walkIns},
//                 events {events, attendees, devices, upTo}, rosterVersion {version},
//                 roster {snapshot}, refused {reason, message}

#include "domain/attendee.h"
#include "domain/checkin_event.h"
#include "domain/device.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace oppmote::sync {

// 2: acks that put events aside, device numbers in welcome and ack; 3: walk-ins
// pushed without events and acknowledged, their state in the roster (schema v7);
// 4: a device's status (unsent events, its printer), also its heartbeat.
constexpr int kProtocolVersion = 4;
constexpr int kBatch = 500; // events per message

QJsonObject eventToJson(const CheckinEvent &event);
Result<CheckinEvent> eventFromJson(const QJsonObject &json);
// A walk-in as the hub relays it with events (without contact details) and
// as the start of a registration a device pushes (walk_in_messages.h).
QJsonObject walkInToJson(const Attendee &attendee);
Result<Attendee> walkInFromJson(const QJsonObject &json);

// A device in the hub's device lists: id, name and the clock offset the hub measured.
QJsonObject deviceToJson(const Device &device);
Device deviceFromJson(const QJsonObject &json);

// What a device says about itself; refused when a figure is missing or out of
// range (the hub then ignores it); a long queue name is cut, a printer problem
// this hub does not know is "off".
QJsonObject statusToJson(const DeviceStatus &status);
Result<DeviceStatus> statusFromJson(const QJsonObject &json);

// The sender's clock (ms since the epoch) goes with hello and push, so the hub
// measures each device's offset at every sync (to within the network's latency).
QJsonObject withClock(QJsonObject body);
// The sender's clock minus this machine's; none if the message has no clock.
std::optional<qint64> clockOffsetOf(const QJsonObject &body);

struct Message {
    QString type;
    QJsonObject body;
};
// Refuses anything that is not a JSON object with a known "t" and a sane size.
// A device takes larger messages than the hub: the roster comes in one.
constexpr qsizetype kMaxHubMessage = 8 * 1024 * 1024;
constexpr qsizetype kMaxDeviceMessage = 128 * 1024 * 1024;
Result<Message> parseMessage(const QString &text, qsizetype maxSize = kMaxHubMessage);
QString messageText(const QString &type, QJsonObject body);

Result<QList<CheckinEvent>> eventsFrom(const QJsonObject &body);
Result<QList<Attendee>> walkInsFrom(const QJsonObject &body);
QJsonObject eventsBody(const QList<CheckinEvent> &events, const QList<Attendee> &walkIns);

} // namespace oppmote::sync
