#pragma once
// A check-in is a fact in an append-only log, never an update
// (../shared/design.md, "Attendance is an append-only event log").

#include <QDateTime>
#include <QString>

#include <optional>

namespace oppmote {

enum class EventKind { Entry, Exit, BadgePrinted, Undo };
enum class CheckinMethod { Qr, Wedge, Search, Staff, Sync };

QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(const QString &name);
QString checkinMethodName(CheckinMethod method);
std::optional<CheckinMethod> checkinMethodFromName(const QString &name);

struct CheckinEvent {
    QString id; // UUID made on the device; the idempotency key
    QString deviceId;
    qint64 deviceSeq = 0; // 1, 2, 3 … per device
    QString attendeeId;
    QString sessionKey; // empty = the venue
    EventKind kind = EventKind::Entry;
    CheckinMethod method = CheckinMethod::Search;
    QDateTime deviceTime; // UTC
    std::optional<qint64> hubSeq; // set once the hub has it
    QString undoes; // for Undo: the id of the event it cancels
    // Why, when done by hand ("forgot the invitation", "left at lunch"); empty otherwise.
    QString note;
    static constexpr int kMaxNoteLength = 200;

    static QString newId();
};

} // namespace oppmote
