#include "kiosk/staff_controller.h"

#include "kiosk/door_choices.h"

#include "domain/plain_text.h"
#include "store/async_store.h"

#include <QThread>
#include <QVariantMap>
#include <QtConcurrent/QtConcurrentRun>

namespace oppmote {

namespace {
constexpr int kMaxPinLength = 12;
}

StaffController::StaffController(KioskContext *context, QObject *parent) : QObject(parent), m_context(context)
{

    connect(&m_verify, &QFutureWatcher<bool>::finished, this, [this] {
        m_checking = false;
        const bool ok = m_verify.result();
        m_pin.clear();
        m_refused = !ok;
        if (ok) {
            m_failures = 0;
            m_unlocked = true;
            setMessage({});
            refreshStatus();
            Q_EMIT unlockedChanged();
        } else {
            ++m_failures;
        }
        Q_EMIT pinChanged();
    });
}

void StaffController::appendDigit(const QString &digit)
{
    if (m_checking || m_pin.size() >= kMaxPinLength)
        return;
    m_pin += digit;
    m_refused = false;
    Q_EMIT pinChanged();
}

void StaffController::backspace()
{
    m_pin.chop(1);
    Q_EMIT pinChanged();
}

void StaffController::submitPin()
{
    if (m_checking || m_pin.isEmpty())
        return;
    m_checking = true;
    Q_EMIT pinChanged();
    const QString hash = m_context->config().staffPinHash;
    const QString pin = m_pin;
    // Argon2id takes tens of milliseconds on purpose; after failures, slower still.
    const int delayMs = std::min(m_failures, 10) * 300;
    m_verify.setFuture(QtConcurrent::run([hash, pin, delayMs] {
        if (delayMs)
            QThread::msleep(ulong(delayMs));
        return verifyStaffPin(hash, pin);
    }));
}

void StaffController::lock()
{
    const bool was = m_unlocked;
    m_unlocked = false;
    m_refreshing = m_refreshAgain = false; // a read the store dropped cannot block the next one
    m_badgeFor.clear();
    m_pin.clear();
    m_refused = false;
    m_subjectId.clear();
    m_subjectName.clear();
    setMessage({});
    Q_EMIT pinChanged();
    Q_EMIT subjectChanged();
    if (was)
        Q_EMIT unlockedChanged();
}

void StaffController::setSubject(const QString &attendeeId, const QString &name)
{
    m_subjectId = attendeeId;
    m_subjectName = name;
    Q_EMIT subjectChanged();
}

void StaffController::setMessage(const QString &message, bool problem)
{
    m_message = message;
    m_messageIsProblem = problem;
    Q_EMIT messageChanged();
}

void StaffController::setBadgeProgress(const QString &attendeeId, PrintJobState state, const QString &message)
{
    if (attendeeId.isEmpty() || attendeeId != m_badgeFor)
        return;
    switch (state) {
    case PrintJobState::Queued:
        setMessage(tr("The badge for %1 is waiting for the printer.").arg(m_badgeForName));
        break;
    case PrintJobState::Printing:
        setMessage(tr("The badge for %1 is being printed.").arg(m_badgeForName));
        break;
    case PrintJobState::Done:
        setMessage(tr("The badge for %1 is printed.").arg(m_badgeForName));
        m_badgeFor.clear();
        break;
    case PrintJobState::Failed:
        setMessage(tr("The badge for %1 was not printed: %2").arg(m_badgeForName, message), true);
        m_badgeFor.clear();
        break;
    }
}

void StaffController::setPrinterProblem(PrinterProblem problem)
{
    if (problem == m_printerProblem)
        return;
    m_printerProblem = problem;
    Q_EMIT statusChanged();
}

void StaffController::undoCheckIn()
{
    if (!m_unlocked || m_subjectId.isEmpty())
        return;
    const QString id = m_subjectId;
    const QString session = m_context->roster
        ? doorFor(m_context->roster->event(), m_context->config().mode).sessionKey
        : QString();
    m_context->store->run<Result<CheckinOutcome>>(
        [id, session](Store &store) { return store.undoCheckIn(id, session); }, this,
        [this, id](Result<CheckinOutcome> outcome) {
            if (!outcome.ok()) {
                setMessage(outcome.error().message, true);
                return;
            }
            if (outcome->status == CheckinStatus::Undone) {
                setMessage(tr("The check-in of %1 was undone.").arg(m_subjectName));
                Q_EMIT undone(id);
            } else {
                setMessage(tr("%1 is not checked in here.").arg(m_subjectName), true);
            }
        });
}

void StaffController::reprint()
{
    if (!m_unlocked || m_subjectId.isEmpty() || !canPrint())
        return;
    if (m_context->badgesInFlight.contains(m_subjectId)) { // a double tap, or the kiosk's own print
        setMessage(tr("The badge for %1 is on its way to the printer already.").arg(m_subjectName));
        return;
    }
    m_badgeFor = m_subjectId;
    m_badgeForName = m_subjectName;
    setMessage(tr("The badge for %1 is waiting for the printer.").arg(m_badgeForName));
    Q_EMIT badgeRequested(m_subjectId, true);
}

void StaffController::approveWalkIn(const QString &attendeeId)
{
    if (!m_unlocked)
        return;
    struct Approved {
        QString error;
        Attendee attendee;
    };
    m_context->store->run<Approved>(
        [attendeeId](Store &store) {
            Approved out;
            auto approved = store.approveWalkIn(attendeeId); // the code and the check-in, one transaction
            auto who = approved.ok() ? store.attendee(attendeeId)
                                     : Result<std::optional<Attendee>>(approved.error());
            if (!who.ok() || !who.value()) {
                out.error = who.ok() ? tr("This registration is gone.") : who.error().message;
                return out;
            }
            out.attendee = *who.value();
            return out;
        },
        this,
        [this](Approved out) {
            if (!out.error.isEmpty()) {
                setMessage(out.error, true);
                return;
            }
            const QString name = shownText(out.attendee.fullName());
            setMessage(tr("%1 is registered and checked in.").arg(name));
            Q_EMIT walkInApproved(out.attendee);
            if (canPrint()) { // the message follows the badge from here
                m_badgeFor = out.attendee.id;
                m_badgeForName = name;
                Q_EMIT badgeRequested(out.attendee.id, false);
            }
        });
}

void StaffController::storeChanged()
{
    if (m_unlocked)
        refreshStatus();
}

void StaffController::refreshStatus()
{
    if (m_refreshing) { // a burst of writes is one more read, not one each
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    struct Status {
        Store::UnsentCounts unsent;
        QList<Attendee> walkIns;
        QStringList refused;
    };
    m_context->store->run<Status>(
        [](Store &store) {
            Status s;
            if (auto n = store.unsentCounts(); n.ok())
                s.unsent = n.value();
            for (const RefusedEvent &r : store.refusedEvents().value_or(QList<RefusedEvent> {})) {
                auto who = store.attendee(r.event.attendeeId);
                const QString name
                    = who.ok() && who.value() ? shownText(who.value()->fullName()) : r.event.attendeeId;
                s.refused.append(tr("%1: %2").arg(name, quarantineReasonText(r.reason)));
            }
            if (auto w = store.pendingWalkIns(); w.ok())
                s.walkIns = w.value();
            return s;
        },
        this,
        [this](Status s) {
            m_refreshing = false;
            if (std::exchange(m_refreshAgain, false))
                refreshStatus();
            m_unsent = s.unsent;
            m_refusedEvents = s.refused;
            m_walkIns.clear();
            for (const Attendee &a : s.walkIns) {
                QVariantMap row;
                row.insert(QStringLiteral("id"), a.id);
                row.insert(QStringLiteral("name"), shownText(a.fullName()));
                row.insert(QStringLiteral("organisation"), shownText(a.organisation));
                row.insert(QStringLiteral("email"), a.email);
                m_walkIns.append(row);
            }
            Q_EMIT statusChanged();
            Q_EMIT walkInsChanged();
        });
}

QVariantList StaffController::modes() const
{
    QVariantList list;
    QVariantMap entrance;
    entrance.insert(QStringLiteral("key"), QStringLiteral("entrance"));
    entrance.insert(QStringLiteral("label"), tr("Entrance"));
    list.append(entrance);
    if (const Day *day = m_context->day())
        for (const DoorChoice &door : doorChoices(m_context->roster->event(), day))
            list.append(QVariantMap {
                { QStringLiteral("key"), door.mode }, { QStringLiteral("label"), door.label } });
    return list;
}

} // namespace oppmote
