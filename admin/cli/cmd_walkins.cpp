// oppmote walkins [approve|reject|edit WHO]: the walk-ins registered at the
// kiosks, at the desk (docs/checkin.md). Pending ones reach the hub at once;
// the desk approves (a code and the check-in), turns down or corrects them
// here, each one transaction in the store, and the kiosks learn of it with
// the roster. WHO is a walk-in's id or name (ambiguous names are listed).

#include "attendee_lookup.h"
#include "command.h"
#include "domain/plain_text.h"
#include "output.h"
#include "roster/person_editing.h"
#include "store_options.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace oppmote::cli {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("–");
}

QString stateText(WalkInState state)
{
    switch (state) {
    case WalkInState::Pending:
        return tr("pending");
    case WalkInState::Approved:
        return tr("approved");
    case WalkInState::Rejected:
        return tr("turned down");
    }
    return {};
}

QJsonObject walkInJson(const WalkIn &w)
{
    const Attendee &a = w.person;
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("firstName"), a.firstName },
        { QStringLiteral("lastName"), a.lastName }, { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("email"), a.email }, { QStringLiteral("phone"), a.phone },
        { QStringLiteral("token"), a.token }, { QStringLiteral("state"), walkInStateName(w.state) },
        { QStringLiteral("deviceId"), w.deviceId }, { QStringLiteral("device"), w.deviceName },
        { QStringLiteral("registeredAt"), time(w.registeredAt) },
        { QStringLiteral("decidedAt"), time(w.decidedAt) }, { QStringLiteral("reason"), w.reason } };
}

// The walk-in `who` names: an id, or a name among those `may` lets through.
Result<WalkIn> findWalkIn(Store &store, const QString &who, bool (*may)(const WalkIn &))
{
    const QString text = who.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Name the walk-in by id or name."));
    auto all = store.walkIns();
    if (!all.ok())
        return all.error();
    QList<Attendee> candidates;
    for (const WalkIn &w : all.value()) {
        if (w.person.id == text)
            return w;
        if (may(w))
            candidates.append(w.person);
    }
    auto person = findAttendeeByName(candidates, text);
    if (!person.ok())
        return person.error();
    for (const WalkIn &w : all.value())
        if (w.person.id == person->id)
            return w;
    return makeError(ErrorCode::Internal, QStringLiteral("walk-in list out of date"));
}

bool isPending(const WalkIn &w)
{
    return w.state == WalkInState::Pending;
}

bool notRejected(const WalkIn &w)
{
    return w.state != WalkInState::Rejected;
}

int list(Context &ctx, const QCommandLineParser &parser, Store &store)
{
    auto all = store.walkIns();
    if (!all.ok())
        return fail(ctx, all.error());
    const bool everyone = parser.isSet(QStringLiteral("all"));
    QJsonArray json;
    QList<QStringList> rows;
    for (const WalkIn &w : all.value()) {
        if (!everyone && w.state != WalkInState::Pending)
            continue;
        json.append(walkInJson(w));
        QStringList row { shownText(w.person.fullName()), shownText(w.person.organisation),
            w.deviceName.isEmpty() ? QStringLiteral("–") : shownText(w.deviceName),
            timeText(w.registeredAt) };
        if (everyone)
            row << stateText(w.state);
        row << w.person.id;
        rows.append(row);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out, QJsonDocument(json));
        return Success;
    }
    QStringList headers { tr("Name"), tr("Organisation"), tr("Kiosk"), tr("Registered") };
    if (everyone)
        headers << tr("State");
    headers << tr("Id");
    printTable(ctx.out, headers, rows);
    ctx.out << (everyone ? tr("%n walk-in(s).", nullptr, int(rows.size()))
                         : tr("%n walk-in(s) waiting.", nullptr, int(rows.size())))
            << Qt::endl;
    return Success;
}

// The walk-in `id` as stored after a decision or a correction: --json prints it, people read `said(it)`.
int printDecided(Context &ctx, const QCommandLineParser &parser, Store &store, const QString &id,
    const std::function<QString(const WalkIn &)> &said)
{
    auto now = store.walkIn(id);
    if (!now.ok() || !now.value())
        return fail(ctx, now.ok() ? makeError(ErrorCode::NotFound, tr("The walk-in is gone.")) : now.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out, QJsonDocument(walkInJson(*now.value())));
    else
        ctx.out << said(*now.value()) << Qt::endl;
    return Success;
}

int approve(Context &ctx, const QCommandLineParser &parser, Store &store, const QString &who)
{
    auto found = findWalkIn(store, who, isPending);
    if (!found.ok())
        return fail(ctx, found.error());
    if (found->state == WalkInState::Approved) {
        ctx.err << tr("%1 is approved already, with the code %2.")
                       .arg(personLabel(found->person), found->person.token)
                << Qt::endl;
        return AlreadyDone;
    }
    if (auto outcome = store.approveWalkIn(found->person.id); !outcome.ok())
        return fail(ctx, outcome.error());
    return printDecided(ctx, parser, store, found->person.id, [](const WalkIn &w) {
        return tr("%1 is approved and checked in, with the code %2.")
            .arg(personLabel(w.person), w.person.token);
    });
}

int reject(Context &ctx, const QCommandLineParser &parser, Store &store, const QString &who)
{
    auto found = findWalkIn(store, who, isPending);
    if (!found.ok())
        return fail(ctx, found.error());
    if (found->state == WalkInState::Rejected) {
        ctx.err << tr("%1 was turned down already.").arg(personLabel(found->person)) << Qt::endl;
        return AlreadyDone;
    }
    if (auto s = store.rejectWalkIn(found->person.id, parser.value(QStringLiteral("reason"))); !s.ok())
        return fail(ctx, s.error());
    return printDecided(ctx, parser, store, found->person.id, [](const WalkIn &w) {
        return tr("%1 is turned down: not on the roster, not counted.").arg(personLabel(w.person));
    });
}

int edit(Context &ctx, const QCommandLineParser &parser, Store &store, const QString &who)
{
    static const char *const kFields[] = { "first-name", "last-name", "organisation", "email" };
    bool anything = false;
    for (const char *field : kFields)
        anything |= parser.isSet(QLatin1String(field));
    if (!anything) {
        ctx.err << tr("oppmote walkins edit: say what to change (--first-name, --last-name, --organisation, "
                      "--email).")
                << Qt::endl;
        return Usage;
    }
    auto found = findWalkIn(store, who, notRejected);
    if (!found.ok())
        return fail(ctx, found.error());
    Attendee changed = found->person;
    auto take = [&](const char *option, QString &field) {
        if (parser.isSet(QLatin1String(option)))
            field = parser.value(QLatin1String(option)).trimmed();
    };
    take("first-name", changed.firstName);
    take("last-name", changed.lastName);
    take("organisation", changed.organisation);
    take("email", changed.email);
    auto stored = roster::PersonEditing(store).correctWalkIn(changed);
    if (!stored.ok())
        return fail(ctx, stored.error());
    const Attendee &was = found->person;
    const Attendee &is = stored.value();
    if (is.firstName == was.firstName && is.lastName == was.lastName && is.organisation == was.organisation
        && is.email == was.email) {
        ctx.err << tr("Nothing to change for %1.").arg(personLabel(was)) << Qt::endl;
        return AlreadyDone;
    }
    return printDecided(ctx, parser, store, is.id,
        [](const WalkIn &w) { return tr("%1 is changed.").arg(personLabel(w.person)); });
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("all"), tr("list: the approved and turned-down walk-ins too.") });
    parser.addOption({ QStringLiteral("reason"), tr("reject: why, for the organisers' records."),
        QStringLiteral("text") });
    parser.addOption({ QStringLiteral("first-name"), tr("edit: the first name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("last-name"), tr("edit: the last name."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("organisation"), tr("edit: the organisation."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("email"), tr("edit: the e-mail address."), QStringLiteral("address") });
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("list (default): the walk-ins waiting; approve WHO: give a code and check in; reject WHO: turn "
           "down; edit WHO: correct the fields given (WHO: an id or a name)."));
    if (int code = parseArguments(parser, ctx, QStringLiteral("walkins"),
            tr("The walk-ins registered at the kiosks: list, approve, turn down or correct them."));
        code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    static const QStringList kActions { QStringLiteral("list"), QStringLiteral("approve"),
        QStringLiteral("reject"), QStringLiteral("edit") };
    if (!kActions.contains(action)) {
        ctx.err << tr("oppmote walkins: unknown action «%1» (list, approve, reject, edit).").arg(action)
                << Qt::endl;
        return Usage;
    }
    const QString who = args.mid(1).join(QLatin1Char(' ')).simplified();
    if (action != QLatin1String("list") && who.isEmpty()) {
        ctx.err << tr("oppmote walkins %1: name the walk-in (an id or a name).").arg(action) << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (action == QLatin1String("approve"))
        return approve(ctx, parser, *store, who);
    if (action == QLatin1String("reject"))
        return reject(ctx, parser, *store, who);
    if (action == QLatin1String("edit"))
        return edit(ctx, parser, *store, who);
    return list(ctx, parser, *store);
}

} // namespace

Command walkinsCommand()
{
    return { "walkins",
        QT_TRANSLATE_NOOP("cli", "List the walk-ins waiting; approve, turn down or correct one"), run };
}

} // namespace oppmote::cli
