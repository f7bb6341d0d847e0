#include "sync/sync_messages.h"

#include "domain/printer_problem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace oppmote::sync {

namespace {

Error bad(const QString &what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("Sync message refused: %1").arg(what));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject eventToJson(const CheckinEvent &e)
{
    QJsonObject o { { QStringLiteral("id"), e.id }, { QStringLiteral("device"), e.deviceId },
        { QStringLiteral("seq"), e.deviceSeq }, { QStringLiteral("attendee"), e.attendeeId },
        { QStringLiteral("kind"), eventKindName(e.kind) },
        { QStringLiteral("method"), checkinMethodName(e.method) },
        { QStringLiteral("time"), e.deviceTime.toUTC().toString(Qt::ISODateWithMs) } };
    if (!e.sessionKey.isEmpty())
        o.insert(QStringLiteral("session"), e.sessionKey);
    if (!e.undoes.isEmpty())
        o.insert(QStringLiteral("undoes"), e.undoes);
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    if (e.hubSeq)
        o.insert(QStringLiteral("hubSeq"), *e.hubSeq);
    return o;
}

Result<CheckinEvent> eventFromJson(const QJsonObject &o)
{
    CheckinEvent e;
    e.id = str(o, "id");
    e.deviceId = str(o, "device");
    e.deviceSeq = o.value(QLatin1String("seq")).toInteger(-1);
    e.attendeeId = str(o, "attendee");
    e.sessionKey = str(o, "session");
    e.undoes = str(o, "undoes");
    e.note = str(o, "note");
    if (e.note.size() > CheckinEvent::kMaxNoteLength)
        return bad(QStringLiteral("event %1 has a note longer than %2 characters")
                       .arg(e.id.left(64))
                       .arg(CheckinEvent::kMaxNoteLength));
    const auto kind = eventKindFromName(str(o, "kind"));
    const auto method = checkinMethodFromName(str(o, "method"));
    e.deviceTime = QDateTime::fromString(str(o, "time"), Qt::ISODateWithMs);
    if (o.contains(QLatin1String("hubSeq")))
        e.hubSeq = o.value(QLatin1String("hubSeq")).toInteger(-1);
    if (e.id.isEmpty() || e.id.size() > 64 || e.deviceId.isEmpty() || e.attendeeId.isEmpty()
        || e.deviceSeq < 1)
        return bad(QStringLiteral("an event without id, device, sequence or attendee"));
    if (!kind || !method || !e.deviceTime.isValid())
        return bad(QStringLiteral("event %1 has an unknown kind, method or time").arg(e.id));
    if (e.hubSeq && *e.hubSeq < 1)
        return bad(QStringLiteral("event %1 has a bad hub sequence").arg(e.id));
    if (*kind == EventKind::Undo && e.undoes.isEmpty())
        return bad(QStringLiteral("undo %1 does not say what it undoes").arg(e.id));
    e.kind = *kind;
    e.method = *method;
    e.deviceTime = e.deviceTime.toUTC();
    return e;
}

QJsonObject walkInToJson(const Attendee &a)
{
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("firstName"), a.firstName },
        { QStringLiteral("lastName"), a.lastName }, { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("role"), a.role }, { QStringLiteral("email"), a.email },
        { QStringLiteral("phone"), a.phone }, { QStringLiteral("consent"), a.consent },
        { QStringLiteral("token"), a.token } };
}

Result<Attendee> walkInFromJson(const QJsonObject &o)
{
    Attendee a;
    a.id = str(o, "id");
    a.firstName = str(o, "firstName");
    a.lastName = str(o, "lastName");
    a.organisation = str(o, "organisation");
    a.role = str(o, "role");
    a.email = str(o, "email");
    a.phone = str(o, "phone");
    a.consent = o.value(QLatin1String("consent")).toBool();
    a.token = str(o, "token");
    a.type = AttendeeType::WalkIn;
    if (a.id.isEmpty() || (a.firstName.isEmpty() && a.lastName.isEmpty()))
        return bad(QStringLiteral("a walk-in without id or name"));
    return a;
}

Result<Message> parseMessage(const QString &text, qsizetype maxSize)
{
    if (text.size() > maxSize)
        return bad(QStringLiteral("too large"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object"));
    Message m;
    m.body = doc.object();
    m.type = m.body.value(QLatin1String("t")).toString();
    static const QSet<QString> known { QStringLiteral("pair"), QStringLiteral("hello"),
        QStringLiteral("push"), QStringLiteral("paired"), QStringLiteral("welcome"), QStringLiteral("ack"),
        QStringLiteral("events"), QStringLiteral("refused"), QStringLiteral("rosterRequest"),
        QStringLiteral("rosterVersion"), QStringLiteral("roster"), QStringLiteral("status") };
    if (!known.contains(m.type))
        return bad(QStringLiteral("unknown type «%1»").arg(m.type.left(40)));
    return m;
}

QString messageText(const QString &type, QJsonObject body)
{
    body.insert(QStringLiteral("t"), type);
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<QList<CheckinEvent>> eventsFrom(const QJsonObject &body)
{
    const QJsonArray array = body.value(QLatin1String("events")).toArray();
    if (array.size() > kBatch * 2)
        return bad(QStringLiteral("too many events in one message"));
    QList<CheckinEvent> events;
    events.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto e = eventFromJson(v.toObject());
        if (!e.ok())
            return e.error();
        events.append(std::move(e.value()));
    }
    return events;
}

Result<QList<Attendee>> walkInsFrom(const QJsonObject &body)
{
    QList<Attendee> list;
    for (const QJsonValue &v : body.value(QLatin1String("attendees")).toArray()) {
        auto a = walkInFromJson(v.toObject());
        if (!a.ok())
            return a.error();
        list.append(std::move(a.value()));
    }
    return list;
}

QJsonObject eventsBody(const QList<CheckinEvent> &events, const QList<Attendee> &walkIns)
{
    QJsonArray e, a;
    for (const CheckinEvent &event : events)
        e.append(eventToJson(event));
    for (const Attendee &w : walkIns)
        a.append(walkInToJson(w));
    QJsonObject body { { QStringLiteral("events"), e } };
    if (!a.isEmpty())
        body.insert(QStringLiteral("attendees"), a);
    return body;
}

QJsonObject deviceToJson(const Device &device)
{
    QJsonObject json { { QStringLiteral("id"), device.id }, { QStringLiteral("name"), device.name } };
    if (device.clockOffsetMs)
        json.insert(QStringLiteral("clockOffsetMs"), *device.clockOffsetMs);
    return json;
}

Device deviceFromJson(const QJsonObject &json)
{
    Device device;
    device.id = json.value(QLatin1String("id")).toString();
    device.name = json.value(QLatin1String("name")).toString().left(80);
    const QJsonValue offset = json.value(QLatin1String("clockOffsetMs"));
    if (offset.isDouble())
        device.clockOffsetMs = offset.toInteger();
    return device;
}

QJsonObject statusToJson(const DeviceStatus &status)
{
    return { { QStringLiteral("unsent"), status.unsent }, { QStringLiteral("printer"), status.printer },
        { QStringLiteral("printerProblem"), status.printerProblem },
        { QStringLiteral("printQueue"), status.printQueue } };
}

Result<DeviceStatus> statusFromJson(const QJsonObject &json)
{
    constexpr int kMaxCount = 1000 * 1000 * 1000;
    const QJsonValue unsent = json.value(QLatin1String("unsent"));
    const QJsonValue queue = json.value(QLatin1String("printQueue"));
    DeviceStatus status;
    status.printer = str(json, "printer");
    status.printerProblem = str(json, "printerProblem");
    if (!unsent.isDouble() || !queue.isDouble())
        return bad(QStringLiteral("a status without its figures"));
    const qint64 u = unsent.toInteger(-1), q = queue.toInteger(-1);
    if (u < 0 || u > kMaxCount || q < 0 || q > kMaxCount)
        return bad(QStringLiteral("a status with figures out of range"));
    status.printer = status.printer.left(127); // CUPS queue names are shorter
    if (!isKnownPrinterProblemKey(status.printerProblem)) // a newer kiosk's: not printing, at least
        status.printerProblem = printerProblemKey(printerProblemFromKey(status.printerProblem));
    status.unsent = int(u);
    status.printQueue = int(q);
    return status;
}

QJsonObject withClock(QJsonObject body)
{
    body.insert(QStringLiteral("clock"), QDateTime::currentMSecsSinceEpoch());
    return body;
}

std::optional<qint64> clockOffsetOf(const QJsonObject &body)
{
    const QJsonValue clock = body.value(QLatin1String("clock"));
    if (!clock.isDouble())
        return std::nullopt;
    return clock.toInteger() - QDateTime::currentMSecsSinceEpoch();
}

} // namespace oppmote::sync
