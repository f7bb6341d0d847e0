// oppmote checkin: check someone in (or out, or undo) at the venue or a session.

#include "codes/token.h"
#include "codes/token_verifier.h"
#include "command.h"
#include "output.h"
#include "roster.h"
#include "store/store_token_verifier.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

// Finds the attendee named by the arguments: an id, --token or --search.
Result<Attendee> resolveAttendee(Store &store, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("token"))) {
        // The same judgement as a kiosk's: damaged, forged, for another
        // event, replaced or cancelled codes are refused with their reason.
        const auto verifier = tokenVerifierFor(store);
        if (!verifier.ok())
            return verifier.error();
        const TokenVerdict verdict = verifier->verify(parser.value(QStringLiteral("token")));
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
    if (parser.isSet(QStringLiteral("search"))) {
        auto people = store.attendees();
        if (!people.ok())
            return people.error();
        const NameIndex index = buildNameIndex(people.value());
        const auto matches = index.search(parser.value(QStringLiteral("search")), 5);
        if (matches.empty())
            return makeError(ErrorCode::NotFound,
                tr("No one is called «%1».").arg(parser.value(QStringLiteral("search"))));
        if (matches.size() > 1 && matches[0].score == matches[1].score) {
            QStringList names;
            for (const auto &m : matches)
                names << index.entry(m.entry).firstName + QLatin1Char(' ') + index.entry(m.entry).lastName
                        + QStringLiteral(" (") + index.entry(m.entry).organisation + QLatin1Char(')');
            return makeError(ErrorCode::Conflict,
                tr("More than one person matches; be more precise: %1")
                    .arg(names.join(QStringLiteral("; "))));
        }
        const QString id = index.entry(matches[0].entry).id;
        for (const Attendee &a : people.value())
            if (a.id == id)
                return a;
        return makeError(ErrorCode::Internal, QStringLiteral("search index out of date"));
    }
    const QString id = parser.positionalArguments().value(0);
    auto found = store.attendee(id);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("No attendee has the id «%1».").arg(id));
    return *found.value();
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption(
        { QStringLiteral("token"), tr("The code from the invitation or badge."), QStringLiteral("code") });
    parser.addOption(
        { QStringLiteral("search"), tr("A name; checks in the one best match."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("session"), tr("A session key (e.g. d1-1400); default: the venue."),
        QStringLiteral("key") });
    parser.addOption({ QStringLiteral("exit"), tr("Check out instead of in.") });
    parser.addOption({ QStringLiteral("undo"), tr("Undo the check-in.") });
    parser.addOption({ QStringLiteral("event-id"),
        tr("An id for this check-in; a retry with the same id is "
           "recorded once."),
        QStringLiteral("uuid") });
    parser.addPositionalArgument(
        QStringLiteral("attendee-id"), tr("The attendee's id (or use --token / --search)."));
    if (int code = parseArguments(
            parser, ctx, QStringLiteral("checkin"), tr("Check an attendee in at the venue or a session."));
        code >= 0)
        return code;
    const int ways = int(parser.isSet(QStringLiteral("token"))) + int(parser.isSet(QStringLiteral("search")))
        + int(!parser.positionalArguments().isEmpty());
    if (ways != 1) {
        ctx.err << tr("oppmote checkin: name the attendee in one way: an id, --token or --search.")
                << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    const QString session = parser.value(QStringLiteral("session"));
    if (!session.isEmpty()) {
        auto event = store->program();
        if (!event.ok())
            return fail(ctx, event.error());
        if (!event->session(session))
            return fail(
                ctx, makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(session)));
    }
    auto who = resolveAttendee(*store, parser);
    if (!who.ok())
        return fail(ctx, who.error());

    CheckinRequest request;
    request.attendeeId = who->id;
    request.sessionKey = session;
    request.eventId = parser.value(QStringLiteral("event-id"));
    request.method = parser.isSet(QStringLiteral("token")) ? CheckinMethod::Qr
        : parser.isSet(QStringLiteral("search"))           ? CheckinMethod::Search
                                                           : CheckinMethod::Staff;
    auto outcome = parser.isSet(QStringLiteral("undo")) ? store->undoCheckIn(who->id, session)
        : parser.isSet(QStringLiteral("exit"))          ? store->checkOut(request)
                                                        : store->checkIn(request);
    if (!outcome.ok())
        return fail(ctx, outcome.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("status"), checkinStatusCode(outcome->status) },
            { QStringLiteral("message"), outcome->message() }, { QStringLiteral("attendeeId"), who->id },
            { QStringLiteral("name"), who->fullName() }, { QStringLiteral("session"), session } };
        if (outcome->event) {
            o.insert(QStringLiteral("eventId"), outcome->event->id);
            o.insert(QStringLiteral("time"), outcome->event->deviceTime.toString(Qt::ISODateWithMs));
        }
        if (outcome->earlier) {
            o.insert(QStringLiteral("earlierTime"), outcome->earlierAt.toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("earlierDevice"), outcome->earlierDeviceName);
        }
        printJson(ctx.out, QJsonDocument(o));
    } else {
        ctx.out << who->fullName() << QStringLiteral(" (") << who->organisation << QStringLiteral("): ")
                << outcome->message() << Qt::endl;
    }
    switch (outcome->status) {
    case CheckinStatus::CheckedIn:
    case CheckinStatus::CheckedOut:
    case CheckinStatus::Undone:
        return outcome->event ? Success : AlreadyDone;
    case CheckinStatus::AlreadyCheckedIn:
    case CheckinStatus::NotCheckedIn:
        return AlreadyDone;
    case CheckinStatus::UnknownAttendee:
        return NotFound;
    case CheckinStatus::WrongRoom:
        return Failure;
    }
    return Failure;
}
} // namespace

Command checkinCommand()
{
    return { "checkin", QT_TRANSLATE_NOOP("cli", "Check an attendee in, out, or undo"), run };
}

} // namespace oppmote::cli
