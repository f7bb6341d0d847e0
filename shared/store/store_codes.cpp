// Store: what kiosks need to judge a code they scan: the event's id (signed
// tickets name it), the organiser's public ticket keys, and the revocation
// list. They travel with the roster, in `meta`, so no schema change.

#include "store/store_private.h"

#include "codes/token.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace oppmote {

namespace {
constexpr auto kEventId = "event_id";
constexpr auto kTicketKeys = "ticket_public_keys";
constexpr auto kRevocations = "revocations";
} // namespace

Result<QString> Store::eventId()
{
    auto id = meta(QString::fromLatin1(kEventId));
    if (!id.ok() || !id.value().isEmpty())
        return id;
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto s = setMeta(QString::fromLatin1(kEventId), fresh); !s.ok())
        return s.error();
    return fresh;
}

Result<QByteArrayList> Store::ticketPublicKeys()
{
    auto text = meta(QString::fromLatin1(kTicketKeys));
    if (!text.ok())
        return text.error();
    QByteArrayList keys;
    for (const auto &v : QJsonDocument::fromJson(text.value().toUtf8()).array())
        keys << QByteArray::fromBase64(v.toString().toLatin1());
    return keys;
}

Status Store::addTicketPublicKey(const QByteArray &publicKey)
{
    auto keys = ticketPublicKeys();
    if (!keys.ok())
        return keys.error();
    if (keys->contains(publicKey))
        return Ok {};
    QJsonArray array;
    for (const QByteArray &k : keys.value())
        array.append(QString::fromLatin1(k.toBase64()));
    array.append(QString::fromLatin1(publicKey.toBase64()));
    return setMeta(QString::fromLatin1(kTicketKeys),
        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Result<RevocationList> Store::revocations()
{
    auto text = meta(QString::fromLatin1(kRevocations));
    if (!text.ok())
        return text.error();
    return RevocationList::fromJson(QJsonDocument::fromJson(text.value().toUtf8()).array());
}

Result<Attendee> Store::replaceToken(const QString &attendeeId, const QString &newToken, bool cancelOnly)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun().error();
    auto who = attendee(attendeeId);
    if (!who.ok())
        return who.error();
    if (!who.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("No attendee has the id «%1».").arg(attendeeId));
    Attendee a = *who.value();
    auto list = revocations();
    if (!list.ok())
        return list.error();
    RevocationList revoked = list.value();
    if (auto old = Token::parse(a.token); old.ok())
        cancelOnly ? revoked.cancel(old.value()) : revoked.replace(old.value());
    a.token = cancelOnly ? QString() : newToken;
    sql::Statement st(d->db, "UPDATE attendees SET token = ?2, updated_at = ?3 WHERE id = ?1");
    st.bind(1, a.id).bindOptional(2, a.token).bind(3, storeutil::nowText());
    if (auto s = st.exec(); !s.ok())
        return s.error();
    if (auto s = setMeta(QString::fromLatin1(kRevocations),
            QString::fromUtf8(QJsonDocument(revoked.toJson()).toJson(QJsonDocument::Compact)));
        !s.ok())
        return s.error();
    if (auto s = tx.commit(); !s.ok())
        return s.error();
    return a;
}

} // namespace oppmote
