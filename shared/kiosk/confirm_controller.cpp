#include "kiosk/confirm_controller.h"

#include "domain/plain_text.h"
#include "store/async_store.h"

namespace oppmote {

struct ConfirmController::Answer {
    QString error; // the store failed
    std::optional<Attendee> attendee;
    CheckinOutcome outcome; // with the person's groups and badge state
};

namespace {

// "09:41" today; "25.09. 09:41" on another day (yesterday's check-in, or a device clock that was off).
QString localTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("dd.MM. HH:mm"));
}

} // namespace

ConfirmController::ConfirmController(KioskContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{ }

void ConfirmController::clear()
{
    ++m_generation;
    m_state = Idle;
    m_attendeeId.clear();
    m_printProblem.clear();
    m_firstName.clear();
    m_lastName.clear();
    m_organisation.clear();
    m_groupName.clear();
    m_groupTheme.clear();
    m_room.clear();
    m_earlierTime.clear();
    m_earlierPlace.clear();
    m_badge = BadgeUnknown;
    m_lastRequestWasReprint = false;
    m_retryable = false;
    m_badgeTime.clear();
    m_doorGroupName.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

void ConfirmController::checkIn(const QString &attendeeId, CheckinMethod method)
{
    clear();
    m_state = Busy;
    m_attendeeId = attendeeId;
    if (m_context->roster)
        if (const KioskPerson *p = m_context->roster->byId(attendeeId)) {
            m_firstName = p->firstName;
            m_lastName = p->lastName;
            m_organisation = p->organisation;
        }
    Q_EMIT changed();

    const Door door
        = m_context->roster ? doorFor(m_context->roster->event(), m_context->config().mode) : Door {};
    CheckinRequest request;
    request.attendeeId = attendeeId;
    request.sessionKey = door.sessionKey;
    request.groupKey = door.groupKey;
    request.method = method;
    request.eventId = CheckinEvent::newId(); // a retry after a crash cannot admit twice
    const quint64 generation = m_generation;
    m_context->store->run<Answer>(
        [request](Store &store) {
            Answer a;
            auto person = store.attendee(request.attendeeId);
            if (!person.ok()) {
                a.error = person.error().message;
                return a;
            }
            a.attendee = person.value();
            // The rule (wrong room, once a day), the event and the badge state in one transaction.
            auto outcome = store.checkIn(request);
            if (!outcome.ok()) {
                a.error = outcome.error().message;
                return a;
            }
            a.outcome = outcome.value();
            return a;
        },
        this,
        [this, generation](Answer answer) {
            if (generation == m_generation)
                apply(answer);
        });
}

void ConfirmController::apply(const Answer &a)
{
    if (!a.error.isEmpty()) {
        m_state = Failed;
        m_errorText = a.error;
    } else if (a.outcome.status == CheckinStatus::WrongRoom) {
        m_state = WrongRoom;
    } else if (a.outcome.status == CheckinStatus::CheckedIn) {
        m_state = CheckedIn;
    } else if (a.outcome.status == CheckinStatus::AlreadyCheckedIn) {
        m_state = AlreadyCheckedIn;
        if (a.outcome.earlierAt.isValid())
            m_earlierTime = localTime(a.outcome.earlierAt);
        m_earlierPlace = a.outcome.earlierDeviceName;
    } else {
        m_state = Failed;
        m_errorText = a.outcome.message();
    }
    if (a.attendee) {
        m_firstName = shownText(a.attendee->firstName);
        m_lastName = shownText(a.attendee->lastName);
        m_organisation = shownText(a.attendee->organisation);
    }
    // Today's group: the assignment for a group-work slot of today (or this door's slot).
    if (m_context->roster) {
        const Event &event = m_context->roster->event();
        const Day *day = m_context->day();
        const Door door = doorFor(event, m_context->config().mode);
        for (const GroupAssignment &g : a.outcome.assignments) {
            bool relevant = door.sessionKey.isEmpty() ? false : g.slotKey == door.sessionKey;
            if (door.sessionKey.isEmpty() && day)
                for (const Session &s : day->sessions)
                    relevant = relevant || s.key == g.slotKey;
            if (!relevant)
                continue;
            if (const auto group = event.group(g.groupKey)) {
                m_groupName = group->name;
                m_groupTheme = group->theme;
                m_room = group->room;
            }
            break;
        }
        if (const auto doorGroup = event.group(door.groupKey))
            m_doorGroupName = doorGroup->name;
    }
    m_badge = a.outcome.badgePrintedAt.isValid() ? BadgePrinted : BadgeNotPrinted;
    if (a.outcome.badgePrintedAt.isValid())
        m_badgeTime = localTime(a.outcome.badgePrintedAt);
    // Back while the badge of an earlier visit is still printing: that one is theirs.
    if (m_context->badgesInFlight.contains(m_attendeeId))
        m_badge = BadgeQueued;
    Q_EMIT changed();
    Q_EMIT finished(m_state);
}

bool ConfirmController::canReprint() const
{
    return m_state == AlreadyCheckedIn && canPrint()
        && (m_badge == BadgePrinted || m_badge == BadgeNotPrinted)
        && !m_context->badgesInFlight.contains(m_attendeeId);
}

void ConfirmController::printBadge(bool reprint)
{
    if (m_attendeeId.isEmpty() || !canPrint() || m_badge == BadgeQueued || m_badge == BadgePrinting
        || m_context->badgesInFlight.contains(m_attendeeId))
        return;
    m_badge = BadgeQueued;
    m_printProblem.clear();
    m_lastRequestWasReprint = reprint;
    Q_EMIT changed();
    Q_EMIT badgeRequested(m_attendeeId, reprint);
}

void ConfirmController::retryBadge()
{
    if (canRetry())
        printBadge(m_lastRequestWasReprint);
}

void ConfirmController::setBadgeProgress(
    const QString &attendeeId, PrintJobState state, const QString &message, bool retryable)
{
    if (attendeeId.isEmpty() || attendeeId != m_attendeeId)
        return;
    // Only the badge asked for here changes the status shown; one asked for at the
    // staff screen for this person changes only whether a reprint can be offered.
    if (m_badge < BadgeQueued) {
        Q_EMIT changed(); // canReprint follows badgesInFlight
        return;
    }
    switch (state) {
    case PrintJobState::Queued:
        m_badge = BadgeQueued;
        break;
    case PrintJobState::Printing:
        m_badge = BadgePrinting;
        break;
    case PrintJobState::Done:
        m_badge = BadgeReady;
        m_badgeTime = localTime(QDateTime::currentDateTimeUtc());
        break;
    case PrintJobState::Failed:
        m_badge = BadgeFailed;
        m_printProblem = message;
        m_retryable = retryable;
        break;
    }
    Q_EMIT changed();
}

} // namespace oppmote
