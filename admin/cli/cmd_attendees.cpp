// oppmote attendees [list|generate N|add|edit WHO]: the roster, and the
// desk's form for one person on the command line. `add` and `edit` hand the
// options typed to roster::PersonEditing (the import's rules, as the desk's
// People page) and say its outcome with an exit code.

#include "attendee_lookup.h"
#include "command.h"
#include "io/attendee_import_plan.h"
#include "output.h"
#include "roster.h"
#include "roster/person_editing.h"
#include "sample/attendee_generator.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace oppmote::cli {

namespace {

QJsonObject attendeeJson(const Attendee &a, bool checkedIn)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("firstName"), a.firstName },
        { QStringLiteral("lastName"), a.lastName }, { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("role"), a.role }, { QStringLiteral("email"), a.email },
        { QStringLiteral("phone"), a.phone }, { QStringLiteral("type"), attendeeTypeName(a.type) },
        { QStringLiteral("preferences"), QJsonArray::fromStringList(a.preferences) },
        { QStringLiteral("consent"), a.consent }, { QStringLiteral("token"), a.token },
        { QStringLiteral("fixedGroup"), a.fixedGroup }, { QStringLiteral("checkedIn"), checkedIn } };
}

int generate(Context &ctx, QCommandLineParser &parser, Store &store, const QStringList &args)
{
    bool ok = false;
    const int count = args.value(1).toInt(&ok);
    if (!ok || count < 1 || count > AttendeeGenerator::kMaxCount) {
        ctx.err << tr("oppmote attendees generate: give a number of people from 1 to %1.")
                       .arg(AttendeeGenerator::kMaxCount)
                << Qt::endl;
        return Usage;
    }
    auto event = store.program();
    if (!event.ok())
        return fail(ctx, event.error());
    const quint64 seed = parser.value(QStringLiteral("seed")).isEmpty()
        ? 2017
        : parser.value(QStringLiteral("seed")).toULongLong();
    QList<Attendee> people = AttendeeGenerator(seed).generate(event.value(), count);
    assignMissingTokens(people);
    auto counts = store.upsertAttendees(people);
    if (!counts.ok())
        return fail(ctx, counts.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("added"), counts->added },
                { QStringLiteral("updated"), counts->updated } }));
    else
        ctx.out << tr("%1 fictional attendees added, %2 updated.").arg(counts->added).arg(counts->updated)
                << Qt::endl;
    return Success;
}

int list(Context &ctx, QCommandLineParser &parser, Store &store)
{
    auto people = store.attendees();
    if (!people.ok())
        return fail(ctx, people.error());
    auto checkedIn = store.checkedInAttendeeIds(QString());
    if (!checkedIn.ok())
        return fail(ctx, checkedIn.error());
    const QSet<QString> in(checkedIn->begin(), checkedIn->end());
    const QString org = parser.value(QStringLiteral("organisation"));
    const bool onlyIn = parser.isSet(QStringLiteral("checked-in"));
    const bool onlyOut = parser.isSet(QStringLiteral("not-checked-in"));

    QJsonArray json;
    QList<QStringList> rows;
    for (const Attendee &a : people.value()) {
        const bool isIn = in.contains(a.id);
        if ((!org.isEmpty() && a.organisation.compare(org, Qt::CaseInsensitive) != 0) || (onlyIn && !isIn)
            || (onlyOut && isIn))
            continue;
        json.append(attendeeJson(a, isIn));
        rows.append(
            { a.fullName(), a.organisation, attendeeTypeName(a.type), isIn ? tr("yes") : QString(), a.id });
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(ctx.out, QJsonDocument(json));
    else {
        printTable(ctx.out, { tr("Name"), tr("Organisation"), tr("Type"), tr("Checked in"), tr("Id") }, rows);
        ctx.out << tr("%1 people.").arg(rows.size()) << Qt::endl;
    }
    return Success;
}

// The options of the desk's form, each the field it fills.
struct FormOption {
    const char *option;
    io::AttendeeField field;
};
constexpr FormOption kFormOptions[] = {
    { "name", io::AttendeeField::FullName },
    { "first-name", io::AttendeeField::FirstName },
    { "last-name", io::AttendeeField::LastName },
    { "organisation", io::AttendeeField::Organisation },
    { "role", io::AttendeeField::Role },
    { "email", io::AttendeeField::Email },
    { "phone", io::AttendeeField::Phone },
    { "type", io::AttendeeField::Type },
    { "preferences", io::AttendeeField::Preferences },
    { "fixed-group", io::AttendeeField::FixedGroup },
    { "consent", io::AttendeeField::Consent },
};

// The options typed, as the form's fields; the full name as typed after the action or with --name.
roster::PersonForm readForm(const QCommandLineParser &parser, const QString &fullName)
{
    roster::PersonForm form;
    if (!fullName.isEmpty())
        form.set(io::AttendeeField::FullName, fullName);
    for (const FormOption &o : kFormOptions) {
        const QString option = QString::fromLatin1(o.option);
        if (parser.isSet(option) && o.field != io::AttendeeField::FullName)
            form.set(o.field, parser.value(option));
    }
    return form;
}

// The outcome for --json: the plan's report of the row, and the person.
void printFormJson(Context &ctx, const io::ImportPlan &plan, const Attendee *person, bool written)
{
    QJsonObject o = io::importPlanToJson(plan).value(QStringLiteral("rows")).toArray().at(0).toObject();
    o.remove(QStringLiteral("line"));
    o.insert(QStringLiteral("written"), written);
    if (person)
        o.insert(QStringLiteral("attendee"), attendeeJson(*person, false));
    printJson(ctx.out, QJsonDocument(o));
}

int refuse(Context &ctx, const QCommandLineParser &parser, const io::ImportPlan &plan, const QString &message,
    int code)
{
    if (parser.isSet(QStringLiteral("json")))
        printFormJson(ctx, plan, nullptr, false);
    ctx.err << message << Qt::endl;
    return code;
}

// The name typed after the action, or --name; not both.
bool fullNameFrom(Context &ctx, const QCommandLineParser &parser, const QStringList &words, QString &name)
{
    const QString typed = words.join(QLatin1Char(' ')).simplified();
    if (!typed.isEmpty() && parser.isSet(QStringLiteral("name"))) {
        ctx.err << tr("oppmote attendees add: give the name once: as an argument or with --name.")
                << Qt::endl;
        return false;
    }
    name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")).simplified() : typed;
    if (!name.isEmpty()
        && (parser.isSet(QStringLiteral("first-name")) || parser.isSet(QStringLiteral("last-name")))) {
        ctx.err << tr("oppmote attendees: give the full name or --first-name and --last-name, not both.")
                << Qt::endl;
        return false;
    }
    return true;
}

int add(Context &ctx, QCommandLineParser &parser, Store &store, const QStringList &args)
{
    QString fullName;
    if (!fullNameFrom(ctx, parser, args.mid(1), fullName))
        return Usage;
    if (fullName.isEmpty() && parser.value(QStringLiteral("first-name")).trimmed().isEmpty()
        && parser.value(QStringLiteral("last-name")).trimmed().isEmpty()) {
        ctx.err << tr("oppmote attendees add: give the person's name (\"Kari Nordmann\", or --first-name and "
                      "--last-name).")
                << Qt::endl;
        return Usage;
    }
    auto change = roster::PersonEditing(store).add(readForm(parser, fullName));
    if (!change.ok())
        return fail(ctx, change.error());
    const io::ImportPlan &plan = change->plan;
    const io::RowReport &row = change->row();
    const auto registered = [&]() -> QString {
        auto other = store.attendee(row.attendeeId);
        return other.ok() && other.value() ? personLabel(*other.value()) : row.name;
    };
    switch (row.outcome) {
    case io::RowOutcome::Rejected:
        return refuse(ctx, parser, plan, tr("Not registered: %1.").arg(row.reason), InvalidData);
    case io::RowOutcome::Duplicate:
        return refuse(ctx, parser, plan,
            tr("%1 is registered already (id %2); nothing was changed.").arg(registered(), row.attendeeId),
            AlreadyDone);
    case io::RowOutcome::Updated:
        return refuse(ctx, parser, plan,
            tr("%1 is registered already (id %2); change them with oppmote attendees edit.")
                .arg(registered(), row.attendeeId),
            Failure);
    case io::RowOutcome::Added:
        break;
    }
    const Attendee &added = *change->written;
    if (parser.isSet(QStringLiteral("json"))) {
        printFormJson(ctx, plan, &added, true);
        return Success;
    }
    ctx.out << tr("%1 is registered, with the code %2.").arg(personLabel(added), added.token) << Qt::endl;
    if (row.needsReview())
        ctx.out << tr("To review: %1").arg(row.warningText) << Qt::endl;
    return Success;
}

int edit(Context &ctx, QCommandLineParser &parser, Store &store, const QStringList &args)
{
    const QString who = args.mid(1).join(QLatin1Char(' '));
    if (who.trimmed().isEmpty()) {
        ctx.err << tr(
            "oppmote attendees edit: name the person (an id, code or name) and the fields to change.")
                << Qt::endl;
        return Usage;
    }
    QString fullName;
    if (!fullNameFrom(ctx, parser, {}, fullName))
        return Usage;
    bool anything = false;
    for (const FormOption &o : kFormOptions)
        anything |= parser.isSet(QString::fromLatin1(o.option));
    if (!anything) {
        ctx.err << tr("oppmote attendees edit: say what to change (--email, --organisation, …; see --help).")
                << Qt::endl;
        return Usage;
    }
    auto person = findAttendee(store, who);
    if (!person.ok())
        return fail(ctx, person.error());
    auto change = roster::PersonEditing(store).edit(person.value(), readForm(parser, fullName));
    if (!change.ok())
        return fail(ctx, change.error());
    const io::ImportPlan &plan = change->plan;
    const io::RowReport &row = change->row();
    switch (row.outcome) {
    case io::RowOutcome::Rejected:
        return refuse(ctx, parser, plan,
            tr("%1 is not changed: %2.").arg(personLabel(person.value()), row.reason), InvalidData);
    case io::RowOutcome::Duplicate:
        return refuse(
            ctx, parser, plan, tr("Nothing to change for %1.").arg(personLabel(person.value())), AlreadyDone);
    case io::RowOutcome::Added:
    case io::RowOutcome::Updated:
        break;
    }
    const Attendee &changed = *change->written;
    if (parser.isSet(QStringLiteral("json"))) {
        printFormJson(ctx, plan, &changed, true);
        return Success;
    }
    QStringList fields;
    for (const QString &key : row.changedFields)
        fields << roster::PersonEditing::fieldLabel(key);
    ctx.out << tr("%1 is changed: %2.").arg(personLabel(changed), fields.join(QStringLiteral(", ")))
            << Qt::endl;
    if (row.needsReview())
        ctx.out << tr("To review: %1").arg(row.warningText) << Qt::endl;
    return Success;
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("organisation"),
        tr("list: only this organisation; add, edit: the person's organisation."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("checked-in"), tr("Only those checked in at the venue.") });
    parser.addOption({ QStringLiteral("not-checked-in"), tr("Only those not checked in yet.") });
    parser.addOption({ QStringLiteral("seed"), tr("generate: the random seed (same seed, same people)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("name"), tr("add, edit: the full name (\"Kari Nordmann\")."),
        QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("first-name"), tr("add, edit: the first name."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("last-name"), tr("add, edit: the last name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("role"), tr("add, edit: the job title."), QStringLiteral("text") });
    parser.addOption(
        { QStringLiteral("email"), tr("add, edit: the e-mail address."), QStringLiteral("address") });
    parser.addOption(
        { QStringLiteral("phone"), tr("add, edit: the phone number."), QStringLiteral("number") });
    parser.addOption({ QStringLiteral("type"),
        tr("add, edit: participant, speaker, facilitator, organiser, staff or walkin (or the Norwegian "
           "words the import reads)."),
        QStringLiteral("type") });
    parser.addOption({ QStringLiteral("preferences"),
        tr("add, edit: the themes wanted, in order (\"2, 1, 3\")."), QStringLiteral("list") });
    parser.addOption({ QStringLiteral("fixed-group"),
        tr("add, edit: the group a facilitator or case presenter belongs to (\"Tema 2\" or a group key)."),
        QStringLiteral("group") });
    parser.addOption({ QStringLiteral("consent"),
        tr("add, edit: consent to appear on shared lists (ja/nei)."), QStringLiteral("yes|no") });
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("list (default); generate N: add N fictional attendees for the event; add [NAME]: register a "
           "person; edit WHO: change the fields given of a person (an id, code or name; an option given "
           "empty clears its field)."));
    if (int code = parseArguments(
            parser, ctx, QStringLiteral("attendees"), tr("List, generate, add or edit the roster."));
        code >= 0)
        return code;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, QStringLiteral("list"));
    static const QStringList kActions { QStringLiteral("list"), QStringLiteral("generate"),
        QStringLiteral("add"), QStringLiteral("edit") };
    if (!kActions.contains(action)) {
        ctx.err << tr("oppmote attendees: unknown action «%1» (list, generate, add, edit).").arg(action)
                << Qt::endl;
        return Usage;
    }
    if (action == QLatin1String("list") || action == QLatin1String("generate"))
        for (const FormOption &o : kFormOptions)
            if (o.field != io::AttendeeField::Organisation && parser.isSet(QString::fromLatin1(o.option))) {
                ctx.err << tr("oppmote attendees %1: --%2 is for add and edit.")
                               .arg(action, QLatin1String(o.option))
                        << Qt::endl;
                return Usage;
            }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (action == QLatin1String("add"))
        return add(ctx, parser, *store, args);
    if (action == QLatin1String("edit"))
        return edit(ctx, parser, *store, args);
    return action == QLatin1String("generate") ? generate(ctx, parser, *store, args)
                                               : list(ctx, parser, *store);
}
} // namespace

Command attendeesCommand()
{
    return { "attendees",
        QT_TRANSLATE_NOOP("cli", "List the roster; add or edit a person; generate a fictional roster"), run };
}

} // namespace oppmote::cli
