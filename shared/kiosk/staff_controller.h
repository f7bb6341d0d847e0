#pragma once
// Staff mode behind a PIN (Argon2id hash in the settings, checked on a
// worker thread): undo a check-in, reprint a badge, manual check-in,
// approve walk-ins, printer and sync status, switch mode, exit.

#include "domain/printer_problem.h"
#include "kiosk/kiosk_context.h"
#include "print/print_job.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace oppmote {

class StaffController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pinLength READ pinLength NOTIFY pinChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY pinChanged)
    Q_PROPERTY(bool pinRefused READ pinRefused NOTIFY pinChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    Q_PROPERTY(QString subjectName READ subjectName NOTIFY subjectChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    // Not yet acknowledged by the hub, kept live while staff mode is open.
    Q_PROPERTY(int unsentCheckins READ unsentCheckins NOTIFY statusChanged)
    Q_PROPERTY(int unsentBadgePrints READ unsentBadgePrints NOTIFY statusChanged)
    // Check-ins the hub put aside, one line each: "Name: reason" (kept here, not sent again).
    Q_PROPERTY(QStringList refusedEvents READ refusedEvents NOTIFY statusChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY statusChanged)
    Q_PROPERTY(QString printerQueue READ printerQueue NOTIFY statusChanged)
    Q_PROPERTY(bool canPrint READ canPrint NOTIFY statusChanged)
    // What stops the printer as CUPS last said, in the UI language; "" when it is ready.
    Q_PROPERTY(QString printerProblem READ printerProblemText NOTIFY statusChanged)
    Q_PROPERTY(QString modeText READ modeText NOTIFY statusChanged)
    Q_PROPERTY(QVariantList modes READ modes NOTIFY statusChanged) // [{key, label}]
    Q_PROPERTY(QVariantList walkIns READ walkIns NOTIFY walkInsChanged) // [{id, name, organisation, email}]
public:
    explicit StaffController(KioskContext *context, QObject *parent = nullptr);

    Q_INVOKABLE void appendDigit(const QString &digit);
    Q_INVOKABLE void backspace();
    Q_INVOKABLE void submitPin();
    Q_INVOKABLE void lock();

    // The person the staff member acts on (the last one on the confirmation screen).
    void setSubject(const QString &attendeeId, const QString &name);
    QString subjectId() const { return m_subjectId; }

    Q_INVOKABLE void undoCheckIn();
    Q_INVOKABLE void reprint();
    Q_INVOKABLE void approveWalkIn(const QString &attendeeId);
    Q_INVOKABLE void refreshStatus();
    // Any write to the store: while staff look, the counts follow it (a check-in
    // on this kiosk, the hub's acknowledgement that empties the outbox).
    void storeChanged();
    // From the print queue: the message follows the badge staff asked for.
    void setBadgeProgress(const QString &attendeeId, PrintJobState state, const QString &message);
    void setPrinterProblem(PrinterProblem problem);

    int pinLength() const { return m_pin.size(); }
    bool checking() const { return m_checking; }
    bool pinRefused() const { return m_refused; }
    bool unlocked() const { return m_unlocked; }
    QString subjectName() const { return m_subjectName; }
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_messageIsProblem; }
    int unsentCheckins() const { return m_unsent.checkins; }
    int unsentBadgePrints() const { return m_unsent.badgePrints; }
    QStringList refusedEvents() const { return m_refusedEvents; }
    QString hubUrl() const { return m_context->config().hubUrl; }
    QString printerQueue() const { return m_context->config().printerQueue; }
    bool canPrint() const { return !printerQueue().isEmpty(); }
    QString printerProblemText() const { return oppmote::printerProblemText(m_printerProblem); }
    QString modeText() const { return m_context->config().mode.text(); }
    QVariantList modes() const;
    QVariantList walkIns() const { return m_walkIns; }

Q_SIGNALS:
    void pinChanged();
    void unlockedChanged();
    void subjectChanged();
    void messageChanged();
    void statusChanged();
    void walkInsChanged();
    void badgeRequested(const QString &attendeeId, bool reprint);
    void walkInApproved(const oppmote::Attendee &attendee);
    void undone(const QString &attendeeId);

private:
    void setMessage(const QString &message, bool problem = false);

    KioskContext *m_context;
    QString m_pin;
    bool m_checking = false;
    bool m_refused = false;
    bool m_unlocked = false;
    int m_failures = 0;
    QFutureWatcher<bool> m_verify;
    QString m_subjectId, m_subjectName, m_message;
    bool m_messageIsProblem = false;
    QString m_badgeFor, m_badgeForName; // the badge the message follows
    Store::UnsentCounts m_unsent;
    bool m_refreshing = false, m_refreshAgain = false; // one status read at a time
    PrinterProblem m_printerProblem = PrinterProblem::None;
    QStringList m_refusedEvents;
    QVariantList m_walkIns;
};

} // namespace oppmote
