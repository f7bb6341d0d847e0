#pragma once
// The confirmation: writes the check-in through AsyncStore (the GUI thread
// never waits) and shows the outcome only after the COMMIT returned: "Welcome,
// <first name>!", organisation, today's group and room if allocated, badge
// status; or "you checked in at 09:41"; or, at a group room's door, the
// right room. `badgeRequested` is the hook for the print queue, and
// setBadgeProgress() brings back how that badge is getting on, so the screen
// says only what is true: waiting, printing, printed, or why it failed.

#include "domain/checkin_event.h"
#include "kiosk/kiosk_context.h"
#include "print/print_job.h"

#include <QObject>

namespace oppmote {

class ConfirmController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString firstName READ firstName NOTIFY changed)
    Q_PROPERTY(QString lastName READ lastName NOTIFY changed)
    Q_PROPERTY(QString organisation READ organisation NOTIFY changed)
    Q_PROPERTY(QString groupName READ groupName NOTIFY changed)
    Q_PROPERTY(QString groupTheme READ groupTheme NOTIFY changed)
    Q_PROPERTY(QString room READ room NOTIFY changed)
    Q_PROPERTY(QString earlierTime READ earlierTime NOTIFY changed) // "09:41"
    Q_PROPERTY(QString earlierPlace READ earlierPlace NOTIFY changed) // "Kiosk 2"
    Q_PROPERTY(Badge badge READ badge NOTIFY changed)
    Q_PROPERTY(QString badgeTime READ badgeTime NOTIFY changed)
    Q_PROPERTY(QString doorGroupName READ doorGroupName NOTIFY changed) // wrong room: this door's group
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // The printer failed for the person on screen ("out of labels …"); they stay checked in.
    Q_PROPERTY(QString printProblem READ printProblem NOTIFY changed)
    // This kiosk has a badge printer: printing (again) is something it can do.
    Q_PROPERTY(bool canPrint READ canPrint NOTIFY changed)
    // What the screen may offer: "Print my badge again", "Try again".
    Q_PROPERTY(bool canReprint READ canReprint NOTIFY changed)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY changed)
public:
    enum State { Idle, Busy, CheckedIn, AlreadyCheckedIn, WrongRoom, Failed };
    Q_ENUM(State)
    // BadgePrinted: at badgeTime, before this visit; BadgeReady: just now, here.
    enum Badge {
        BadgeUnknown,
        BadgeNotPrinted,
        BadgePrinted,
        BadgeQueued,
        BadgePrinting,
        BadgeReady,
        BadgeFailed
    };
    Q_ENUM(Badge)

    explicit ConfirmController(KioskContext *context, QObject *parent = nullptr);

    // Checks `attendeeId` in at this kiosk's door.
    void checkIn(const QString &attendeeId, CheckinMethod method);
    // Emits badgeRequested (the caller decided whether staff must approve);
    // nothing without a printer or while this person's badge is on its way.
    void printBadge(bool reprint);
    // After a failed print: the same request again (a reprint staff approved stays approved).
    void retryBadge();
    void clear();

    State state() const { return m_state; }
    QString attendeeId() const { return m_attendeeId; }
    QString firstName() const { return m_firstName; }
    QString lastName() const { return m_lastName; }
    QString organisation() const { return m_organisation; }
    QString groupName() const { return m_groupName; }
    QString groupTheme() const { return m_groupTheme; }
    QString room() const { return m_room; }
    QString earlierTime() const { return m_earlierTime; }
    QString earlierPlace() const { return m_earlierPlace; }
    Badge badge() const { return m_badge; }
    QString badgeTime() const { return m_badgeTime; }
    QString doorGroupName() const { return m_doorGroupName; }
    QString errorText() const { return m_errorText; }
    QString printProblem() const { return m_printProblem; }
    bool canPrint() const { return !m_context->config().printerQueue.isEmpty(); }
    bool canReprint() const;
    bool canRetry() const { return canPrint() && m_badge == BadgeFailed && m_retryable; }
    // From the print queue: followed while `attendeeId` is on screen.
    void setBadgeProgress(
        const QString &attendeeId, PrintJobState state, const QString &message, bool retryable);

Q_SIGNALS:
    void changed();
    void finished(oppmote::ConfirmController::State state);
    // Hook for the badge printer (connected in main.cpp once shared/print lands).
    void badgeRequested(const QString &attendeeId, bool reprint);

private:
    struct Answer;
    void apply(const Answer &answer);

    KioskContext *m_context;
    quint64 m_generation = 0; // a newer check-in or clear() makes older answers stale
    State m_state = Idle;
    QString m_attendeeId, m_firstName, m_lastName, m_organisation;
    QString m_groupName, m_groupTheme, m_room, m_earlierTime, m_earlierPlace;
    QString m_printProblem;
    Badge m_badge = BadgeUnknown;
    bool m_lastRequestWasReprint = false;
    bool m_retryable = false;
    QString m_badgeTime, m_doorGroupName, m_errorText;
};

} // namespace oppmote
