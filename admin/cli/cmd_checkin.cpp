// oppmote checkin: check someone in (or out, or undo) at the venue or a session.

#include "attendee_lookup.h"
#include "command.h"
#include "domain/plain_text.h"
#include "output.h"
#include "program_listing.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

// The attendee named by the arguments: --token CODE, --search NAME, or a
// positional id, code or name (attendee_lookup.h), and how they were found.
Result<Attendee> resolveAttendee(Store &store, const QCommandLineParser &parser, CheckinMethod &method)
{
    if (parser.isSet(QStringLiteral("token"))) {
        method = CheckinMethod::Qr;
        return findAttendeeByCode(store, parser.value(QStringLiteral("token")));
    }
    if (parser.isSet(QStringLiteral("search"))) {
        method = CheckinMethod::Search;
        auto people = store.attendees();
        if (!people.ok())
            return people.error();
        return findAttendeeByName(people.value(), parser.value(QStringLiteral("search")));
    }
    const QString who = parser.positionalArguments().join(QLatin1Char(' '));
    auto found = findAttendee(store, who);
    if (found.ok())
        method = found->id == who.trimmed() ? CheckinMethod::Staff
            : looksLikeCode(who)            ? CheckinMethod::Qr
                                            : CheckinMethod::Search;
    return found;
}

// The outcome in a sentence that names the person and the place.
QString outcomeText(
    const CheckinOutcome &outcome, const Attendee &who, const Event &event, const QString &session)
{
    const QString person = personLabel(who);
    const Session *s = session.isEmpty() ? nullptr : event.session(session);
    const QString place = s ? sessionLabel(*s) : QString();
    switch (outcome.status) {
    case CheckinStatus::CheckedIn:
        return place.isEmpty() ? tr("%1 is checked in.").arg(person)
                               : tr("%1 is checked in at «%2».").arg(person, place);
    case CheckinStatus::AlreadyCheckedIn: {
        const QString time = outcome.earlierAt.isValid()
            ? outcome.earlierAt.toLocalTime().toString(QStringLiteral("HH:mm"))
            : QString();
        if (outcome.earlierDeviceName.isEmpty())
            return tr("%1 was already checked in at %2.").arg(person, time);
        return tr("%1 was already checked in at %2 at %3.").arg(person, time, outcome.earlierDeviceName);
    }
    case CheckinStatus::CheckedOut:
        return place.isEmpty() ? tr("%1 is checked out.").arg(person)
                               : tr("%1 is checked out of «%2».").arg(person, place);
    case CheckinStatus::NotCheckedIn:
        return place.isEmpty() ? tr("%1 is not checked in.").arg(person)
                               : tr("%1 is not checked in at «%2».").arg(person, place);
    case CheckinStatus::Undone:
        return tr("The check-in of %1 is undone.").arg(person);
    case CheckinStatus::UnknownAttendee:
        return tr("%1 is not on the roster.").arg(person);
    case CheckinStatus::WrongRoom: {
        const auto placed = event.group(outcome.placedGroupKey);
        return tr("%1 is placed in %2, not in this room.")
            .arg(person, placed ? shownText(placed->name) : outcome.placedGroupKey);
    }
    }
    return outcome.message();
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
    parser.addOption({ QStringLiteral("reason"),
        tr("Why this is done by hand (\"forgot the invitation\"); kept with the event."),
        QStringLiteral("text") });
    parser.addOption({ QStringLiteral("event-id"),
        tr("An id for this check-in; a retry with the same id is "
           "recorded once."),
        QStringLiteral("uuid") });
    parser.addPositionalArgument(QStringLiteral("who"),
        tr("The attendee: an id, the code from the invitation or badge, or a name (or use --token / "
           "--search)."));
    if (int code = parseArguments(
            parser, ctx, QStringLiteral("checkin"), tr("Check an attendee in at the venue or a session."));
        code >= 0)
        return code;
    const int ways = int(parser.isSet(QStringLiteral("token"))) + int(parser.isSet(QStringLiteral("search")))
        + int(!parser.positionalArguments().isEmpty());
    if (ways != 1) {
        ctx.err << tr("oppmote checkin: name the attendee in one way: an id, code or name, --token or "
                      "--search.")
                << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    const QString session = parser.value(QStringLiteral("session"));
    auto event = store->program();
    if (!event.ok())
        return fail(ctx, event.error());
    if (!session.isEmpty() && !event->session(session))
        return fail(
            ctx, makeError(ErrorCode::NotFound, tr("The programme has no session «%1».").arg(session)));
    CheckinRequest request;
    auto who = resolveAttendee(*store, parser, request.method);
    if (!who.ok())
        return fail(ctx, who.error());

    request.attendeeId = who->id;
    request.sessionKey = session;
    request.eventId = parser.value(QStringLiteral("event-id"));
    request.note = parser.value(QStringLiteral("reason"));
    auto outcome = parser.isSet(QStringLiteral("undo")) ? store->undoCheckIn(who->id, session, request.note)
        : parser.isSet(QStringLiteral("exit"))          ? store->checkOut(request)
                                                        : store->checkIn(request);
    if (!outcome.ok())
        return fail(ctx, outcome.error());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o { { QStringLiteral("status"), checkinStatusCode(outcome->status) },
            { QStringLiteral("message"), outcome->message() }, { QStringLiteral("attendeeId"), who->id },
            { QStringLiteral("name"), who->fullName() },
            { QStringLiteral("organisation"), who->organisation }, { QStringLiteral("session"), session } };
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
        ctx.out << outcomeText(outcome.value(), who.value(), event.value(), session) << Qt::endl;
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
