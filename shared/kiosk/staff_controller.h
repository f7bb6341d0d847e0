#pragma once
// Staff mode behind a PIN (Argon2id hash in the settings, checked on a
// worker thread): undo a check-in, reprint a badge, manual check-in,
// approve walk-ins, printer and sync status, switch mode, exit.

#include "kiosk/kiosk_context.h"

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
    Q_PROPERTY(int unsentEvents READ unsentEvents NOTIFY statusChanged)
    // Check-ins the hub put aside, one line each: "Name: reason" (kept here, not sent again).
    Q_PROPERTY(QStringList refusedEvents READ refusedEvents NOTIFY statusChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY statusChanged)
    Q_PROPERTY(QString printerQueue READ printerQueue NOTIFY statusChanged)
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

    int pinLength() const { return m_pin.size(); }
    bool checking() const { return m_checking; }
    bool pinRefused() const { return m_refused; }
    bool unlocked() const { return m_unlocked; }
    QString subjectName() const { return m_subjectName; }
    QString message() const { return m_message; }
    int unsentEvents() const { return m_unsent; }
    QStringList refusedEvents() const { return m_refusedEvents; }
    QString hubUrl() const { return m_context->config().hubUrl; }
    QString printerQueue() const { return m_context->config().printerQueue; }
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
    void setMessage(const QString &message);

    KioskContext *m_context;
    QString m_pin;
    bool m_checking = false;
    bool m_refused = false;
    bool m_unlocked = false;
    int m_failures = 0;
    QFutureWatcher<bool> m_verify;
    QString m_subjectId, m_subjectName, m_message;
    int m_unsent = 0;
    QStringList m_refusedEvents;
    QVariantList m_walkIns;
};

} // namespace oppmote
