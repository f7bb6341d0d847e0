#include "sync/walk_in_messages.h"

#include "sync/sync_messages.h"

#include <QDateTime>

namespace oppmote::sync {

QJsonObject registrationToJson(const WalkIn &w)
{
    QJsonObject o = walkInToJson(w.person);
    o.insert(QStringLiteral("state"), walkInStateName(w.state));
    if (w.registeredAt.isValid())
        o.insert(QStringLiteral("registeredAt"), w.registeredAt.toUTC().toString(Qt::ISODateWithMs));
    if (w.state == WalkInState::Rejected)
        o.insert(QStringLiteral("reason"), w.reason);
    return o;
}

Result<WalkIn> registrationFromJson(const QJsonObject &o)
{
    auto person = walkInFromJson(o);
    if (!person.ok())
        return person.error();
    WalkIn w;
    w.person = person.value();
    w.state = walkInStateFromName(o.value(QLatin1String("state")).toString());
    const QString at = o.value(QLatin1String("registeredAt")).toString();
    if (!at.isEmpty()) {
        w.registeredAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!w.registeredAt.isValid())
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("Sync message refused: walk-in %1 has a bad time").arg(w.person.id));
        w.registeredAt = w.registeredAt.toUTC();
    }
    if (w.state == WalkInState::Approved && w.person.token.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("Sync message refused: walk-in %1 is approved without a code").arg(w.person.id));
    if (w.state != WalkInState::Approved)
        w.person.token.clear();
    w.reason = o.value(QLatin1String("reason")).toString();
    return w;
}

Result<QList<WalkIn>> registrationsFrom(const QJsonObject &body)
{
    const QJsonArray array = body.value(QLatin1String("attendees")).toArray();
    if (array.size() > kBatch * 2)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("Sync message refused: too many walk-ins in one message"));
    QList<WalkIn> list;
    list.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto w = registrationFromJson(v.toObject());
        if (!w.ok())
            return w.error();
        list.append(std::move(w.value()));
    }
    return list;
}

QJsonObject pushBody(const QList<CheckinEvent> &events, const QList<WalkIn> &walkIns)
{
    QJsonObject body = eventsBody(events, {});
    QJsonArray a;
    for (const WalkIn &w : walkIns)
        a.append(registrationToJson(w));
    if (!a.isEmpty())
        body.insert(QStringLiteral("attendees"), a);
    return body;
}

QJsonArray walkInAnswersToJson(const QList<WalkInAnswer> &answers)
{
    QJsonArray list;
    for (const WalkInAnswer &a : answers)
        list.append(QJsonArray { a.id, a.refusal, walkInStateName(a.state) });
    return list;
}

QList<WalkInAnswer> walkInAnswersFrom(const QJsonObject &ackBody)
{
    QList<WalkInAnswer> answers;
    for (const QJsonValue &v : ackBody.value(QLatin1String("walkIns")).toArray()) {
        const QJsonArray entry = v.toArray();
        if (entry.size() != 3 || entry[0].toString().isEmpty())
            continue;
        WalkInAnswer a;
        a.id = entry[0].toString();
        a.refusal = entry[1].toString().left(64);
        a.state = walkInStateFromName(entry[2].toString());
        answers.append(a);
    }
    return answers;
}

} // namespace oppmote::sync
