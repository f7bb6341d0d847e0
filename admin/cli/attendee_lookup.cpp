#include "attendee_lookup.h"

#include "codes/token.h"
#include "codes/token_verifier.h"
#include "domain/plain_text.h"
#include "roster.h"
#include "store/store_token_verifier.h"

#include <QSet>

namespace oppmote::cli {

QString personLabel(const Attendee &attendee)
{
    QString name = shownText(attendee.fullName()).trimmed();
    if (name.isEmpty())
        name = attendee.id;
    const QString organisation = shownText(attendee.organisation).trimmed();
    return organisation.isEmpty() ? name : tr("%1 (%2)").arg(name, organisation);
}

bool looksLikeCode(const QString &text)
{
    return splitCodePrefix(text.trimmed()).has_value();
}

Result<Attendee> findAttendeeByName(const QList<Attendee> &people, const QString &name)
{
    const NameIndex index = buildNameIndex(people);
    const auto matches = index.search(name, 5);
    if (matches.empty())
        return makeError(ErrorCode::NotFound, tr("No one has the id or name «%1».").arg(name.trimmed()));
    auto candidate = [&](const NameMatch &m) {
        const NameEntry &e = index.entry(m.entry);
        const QString who = shownText(e.firstName + QLatin1Char(' ') + e.lastName).trimmed();
        return e.organisation.isEmpty() ? tr("%1 (id %2)").arg(who, e.id)
                                        : tr("%1 (%2, id %3)").arg(who, shownText(e.organisation), e.id);
    };
    if (matches.size() > 1 && matches[0].score == matches[1].score) {
        QStringList names;
        for (const NameMatch &m : matches)
            if (m.score == matches[0].score)
                names << candidate(m);
        return makeError(ErrorCode::Conflict,
            tr("More than one person matches «%1»; give more of the name or the id: %2")
                .arg(name.trimmed(), names.join(QStringLiteral("; "))));
    }
    const QString id = index.entry(matches[0].entry).id;
    for (const Attendee &a : people)
        if (a.id == id)
            return a;
    return makeError(ErrorCode::Internal, QStringLiteral("search index out of date"));
}

Result<Attendee> findAttendeeByCode(Store &store, const QString &code)
{
    // The same judgement as a kiosk's: damaged, forged, for another event,
    // replaced or cancelled codes are refused with their reason.
    const auto verifier = tokenVerifierFor(store);
    if (!verifier.ok())
        return verifier.error();
    const TokenVerdict verdict = verifier->verify(code);
    switch (verdict.status) {
    case TokenStatus::Valid:
        break;
    case TokenStatus::Unknown:
        return makeError(ErrorCode::NotFound, verdict.message);
    case TokenStatus::NotOurs:
    case TokenStatus::Damaged:
    case TokenStatus::Forged:
        return makeError(ErrorCode::InvalidInput, verdict.message);
    case TokenStatus::WrongEvent:
    case TokenStatus::Revoked:
    case TokenStatus::Reissued:
        return makeError(ErrorCode::Conflict, verdict.message);
    }
    auto found = store.attendeeByToken(verdict.token.text());
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("No attendee has this code."));
    return *found.value();
}

Result<Attendee> findAttendee(Store &store, const QString &who)
{
    const QString text = who.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the person by id or name."));
    auto byId = store.attendee(text);
    if (!byId.ok())
        return byId.error();
    if (byId.value())
        return *byId.value();
    if (looksLikeCode(text))
        return findAttendeeByCode(store, text);
    auto people = store.attendees();
    if (!people.ok())
        return people.error();
    return findAttendeeByName(people.value(), text);
}

Result<QList<Attendee>> findAttendees(Store &store, const QStringList &who)
{
    QList<Attendee> found;
    QSet<QString> seen;
    for (const QString &one : who) {
        auto a = findAttendee(store, one);
        if (!a.ok())
            return a.error();
        if (!seen.contains(a->id)) {
            seen.insert(a->id);
            found << a.value();
        }
    }
    return found;
}

} // namespace oppmote::cli
