#include "appkit/person_desk.h"

#include "badge/badge_data.h"
#include "codes/invitation.h"
#include "domain/plain_text.h"
#include "roster/person_editing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QVariantMap>

namespace oppmote {

namespace {

struct Loaded {
    QString error;
    std::optional<Attendee> person;
    int badges = 0;
};

struct Saved {
    QString error; // the store failed
    roster::PersonChange change;
};

struct Outcome {
    bool ok = false;
    QString message;
    std::optional<Attendee> person; // shown after the job
};

// The form's keys, each the field it fills.
constexpr std::pair<const char *, io::AttendeeField> kFields[] = {
    { "firstName", io::AttendeeField::FirstName },
    { "lastName", io::AttendeeField::LastName },
    { "organisation", io::AttendeeField::Organisation },
    { "role", io::AttendeeField::Role },
    { "email", io::AttendeeField::Email },
    { "phone", io::AttendeeField::Phone },
    { "type", io::AttendeeField::Type },
};

QString nameOf(const Attendee &a)
{
    const QString name = shownText(a.fullName()).trimmed();
    return name.isEmpty() ? a.id : name;
}

// Registered at a kiosk and not approved yet: corrected with the walk-in's rules.
bool isWaitingWalkIn(const Attendee &a)
{
    return !a.id.isEmpty() && a.type == AttendeeType::WalkIn && a.token.isEmpty();
}

Loaded load(Store &store, const QString &id)
{
    Loaded loaded;
    auto person = store.attendee(id);
    if (!person.ok() || !person.value()) {
        loaded.error = person.ok() ? PersonDesk::tr("This person is no longer on the roster.")
                                   : person.error().message;
        return loaded;
    }
    loaded.person = person.value();
    auto badges = store.badgePrintCount(id);
    loaded.badges = badges.ok() ? badges.value() : 0;
    return loaded;
}

// What the desk says of the plan's answer for the one row.
Outcome outcomeOf(const roster::PersonChange &change, bool adding, const QString &who)
{
    const io::RowReport &row = change.row();
    Outcome o;
    o.person = change.written;
    o.ok = change.written.has_value();
    if (o.ok && adding) {
        o.message = PersonDesk::tr("%1 is registered, with the code %2.")
                        .arg(nameOf(*change.written), groupedCodeText(change.written->token));
    } else if (o.ok) {
        QStringList fields;
        for (const QString &key : row.changedFields)
            fields << roster::PersonEditing::fieldLabel(key);
        o.message = PersonDesk::tr("%1 is changed: %2.")
                        .arg(nameOf(*change.written), fields.join(QStringLiteral(", ")));
    } else if (row.outcome == io::RowOutcome::Rejected) {
        o.message = adding ? PersonDesk::tr("Not registered: %1.").arg(row.reason)
                           : PersonDesk::tr("%1 is not changed: %2.").arg(who, row.reason);
    } else if (adding) {
        o.message = PersonDesk::tr("%1 is registered already; nothing was changed. Find them in the list.")
                        .arg(shownText(row.name));
    } else {
        o.message = PersonDesk::tr("Nothing to change for %1.").arg(who);
    }
    if (o.ok && row.needsReview())
        o.message += QLatin1Char(' ') + PersonDesk::tr("To review: %1").arg(row.warningText);
    return o;
}

} // namespace

PersonDesk::PersonDesk(AsyncStore *store, QString folder, QObject *parent)
    : QObject(parent), m_store(store), m_folder(std::move(folder))
{
    // Not read again on every change: that would overwrite what is being typed.
}

QString PersonDesk::code() const
{
    return m_person.token.isEmpty() ? QString() : groupedCodeText(m_person.token);
}

bool PersonDesk::waitingWalkIn() const
{
    return isWaitingWalkIn(m_person);
}

QVariantList PersonDesk::types() const
{
    QVariantList list;
    for (AttendeeType t : { AttendeeType::Participant, AttendeeType::Speaker, AttendeeType::Facilitator,
             AttendeeType::Organiser, AttendeeType::Staff, AttendeeType::WalkIn })
        list.append(QVariantMap { { QStringLiteral("name"), attendeeTypeName(t) },
            { QStringLiteral("title"), attendeeTypeLabel(t) } });
    return list;
}

void PersonDesk::open(const QString &attendeeId)
{
    if (!m_store)
        return;
    // Shown empty until read (Save waits: busy); a read for someone no longer wanted is dropped.
    Attendee wanted;
    wanted.id = attendeeId;
    show(wanted, 0);
    setBusy(true);
    m_store->run<Loaded>([attendeeId](Store &store) { return load(store, attendeeId); }, this,
        [this, attendeeId](Loaded loaded) {
            if (attendeeId != m_person.id)
                return;
            if (loaded.person)
                show(*loaded.person, loaded.badges);
            finish(loaded.person.has_value(), loaded.error);
        });
}

void PersonDesk::countBadges()
{
    if (!m_store || m_person.id.isEmpty())
        return;
    m_store->run<int>([id = m_person.id](Store &store) { return store.badgePrintCount(id).value_or(0); },
        this,
        [this, id = m_person.id](int count) {
            if (id != m_person.id)
                return;
            m_badgesPrinted = count;
            Q_EMIT badgesChanged();
        });
}

void PersonDesk::openNew()
{
    show(Attendee {}, 0);
    setBusy(false); // a read still on its way is dropped when it comes
}

void PersonDesk::save(const QVariantMap &values)
{
    if (!m_store || m_busy)
        return;
    const bool adding = m_person.id.isEmpty();
    roster::PersonForm form;
    for (const auto &[key, field] : kFields) {
        const QString text = values.value(QString::fromLatin1(key)).toString();
        if (values.contains(QString::fromLatin1(key)) && (!adding || !text.trimmed().isEmpty()))
            form.set(field, text);
    }
    setBusy(true);
    const Attendee base = m_person;
    if (isWaitingWalkIn(base)) {
        correctWalkIn(values);
        return;
    }
    m_store->run<Outcome>(
        [adding, base, form](Store &store) {
            roster::PersonEditing editing(store);
            // What the form does not show (preferences, consent, fixed group) as stored now.
            auto fresh = adding ? Result<std::optional<Attendee>>(std::optional<Attendee>())
                                : store.attendee(base.id);
            if (!fresh.ok())
                return Outcome { false, fresh.error().message, {} };
            if (!adding && !fresh.value())
                return Outcome { false, tr("This person is no longer on the roster."), {} };
            auto change = adding ? editing.add(form) : editing.edit(*fresh.value(), form);
            if (!change.ok())
                return Outcome { false, change.error().message, {} };
            return outcomeOf(change.value(), adding, nameOf(base));
        },
        this,
        [this](Outcome o) {
            if (o.person && (o.person->id == m_person.id || m_person.id.isEmpty()))
                show(*o.person, m_badgesPrinted); // not over another person opened meanwhile
            finish(o.ok, o.message);
        });
}

void PersonDesk::correctWalkIn(const QVariantMap &values)
{
    Attendee changed = m_person;
    changed.firstName = values.value(QStringLiteral("firstName"), changed.firstName).toString();
    changed.lastName = values.value(QStringLiteral("lastName"), changed.lastName).toString();
    changed.organisation = values.value(QStringLiteral("organisation"), changed.organisation).toString();
    changed.role = values.value(QStringLiteral("role"), changed.role).toString();
    changed.email = values.value(QStringLiteral("email"), changed.email).toString();
    changed.phone = values.value(QStringLiteral("phone"), changed.phone).toString();
    m_store->run<Outcome>(
        [changed, was = m_person](Store &store) {
            auto stored = roster::PersonEditing(store).correctWalkIn(changed);
            if (!stored.ok())
                return Outcome { false, stored.error().message, {} };
            const Attendee &is = stored.value();
            const bool same = is.firstName == was.firstName && is.lastName == was.lastName
                && is.organisation == was.organisation && is.role == was.role && is.email == was.email
                && is.phone == was.phone;
            return Outcome { true,
                same ? tr("Nothing to change for %1.").arg(nameOf(was))
                     : tr("%1 is corrected.").arg(nameOf(is)),
                is };
        },
        this,
        [this](Outcome o) {
            if (o.person && (o.person->id == m_person.id || m_person.id.isEmpty()))
                show(*o.person, m_badgesPrinted); // not over another person opened meanwhile
            finish(o.ok, o.message);
        });
}

void PersonDesk::giveNewCode()
{
    if (!m_store || m_busy || m_person.id.isEmpty())
        return;
    setBusy(true);
    m_store->run<Outcome>(
        [id = m_person.id](Store &store) {
            auto changed = roster::PersonEditing(store).giveNewCode(id);
            if (!changed.ok())
                return Outcome { false, changed.error().message, {} };
            return Outcome { true,
                tr("%1 has a new code: %2. The old one is refused from now on.")
                    .arg(nameOf(changed.value()), groupedCodeText(changed->token)),
                changed.value() };
        },
        this,
        [this](Outcome o) {
            if (o.person && (o.person->id == m_person.id || m_person.id.isEmpty()))
                show(*o.person, m_badgesPrinted); // not over another person opened meanwhile
            finish(o.ok, o.message);
        });
}

void PersonDesk::saveTicket()
{
    if (!m_store || m_busy || m_person.id.isEmpty())
        return;
    if (m_person.token.isEmpty()) {
        Q_EMIT done(false, tr("%1 has no code to put on a ticket.").arg(nameOf(m_person)));
        return;
    }
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT done(false, tr("Cannot make the folder %1.").arg(m_folder));
        return;
    }
    setBusy(true);
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("ticket-%1-%2.pdf")
            .arg(m_person.id.left(8),
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_store->run<Outcome>(
        [person = m_person, path](Store &store) {
            auto event = store.program();
            if (!event.ok())
                return Outcome { false, event.error().message, {} };
            const Status written
                = writeInvitationPdf(path, Invitation { person, {} }, invitationInfoFor(event.value()));
            if (!written.ok())
                return Outcome { false, written.error().message, {} };
            return Outcome { true, tr("The ticket of %1 is saved: %2").arg(nameOf(person), path), {} };
        },
        this, [this](Outcome o) { finish(o.ok, o.message); });
}

void PersonDesk::show(const Attendee &person, int badgesPrinted)
{
    m_person = person;
    m_badgesPrinted = badgesPrinted;
    Q_EMIT personChanged();
    Q_EMIT badgesChanged();
}

void PersonDesk::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void PersonDesk::finish(bool ok, const QString &message)
{
    setBusy(false);
    Q_EMIT done(ok, message);
}

} // namespace oppmote
