#pragma once
// The person a command means: an attendee id, or a name found the way
// `checkin --search` finds it (the roster's NameIndex: typo- and
// accent-tolerant, the one best match). A name that matches nobody, or
// several people equally well, is an error that lists the candidates with
// their ids. Header-only so every command can take it without a new
// translation unit; `checkin --search` should come here too (one resolver).

#include "command.h"
#include "domain/plain_text.h"
#include "roster.h"
#include "store/store.h"

#include <QStringList>

namespace oppmote::cli {

// The best match for `name` among `people`, or why there is none.
inline Result<Attendee> findAttendeeByName(const QList<Attendee> &people, const QString &name)
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

// `idOrName`: an attendee's id, else a name (findAttendeeByName).
inline Result<Attendee> findAttendee(Store &store, const QString &idOrName)
{
    const QString text = idOrName.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the person by id or name."));
    auto byId = store.attendee(text);
    if (!byId.ok())
        return byId.error();
    if (byId.value())
        return *byId.value();
    auto people = store.attendees();
    if (!people.ok())
        return people.error();
    return findAttendeeByName(people.value(), text);
}

} // namespace oppmote::cli
