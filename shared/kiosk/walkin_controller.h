#pragma once
// Walk-in self-registration: name, organisation, e-mail, consent. Stored at
// once (nothing is lost if the kiosk restarts) as an attendee of type
// walk-in WITHOUT a code: not on the roster, not findable, until staff
// approve it (StaffController::approveWalkIn gives the code, checks them in
// and asks for the badge) or the desk does. The store keeps it in the
// walk-in outbox, so it reaches the hub at once (docs/checkin.md).

#include "kiosk/kiosk_context.h"

#include <QObject>

namespace oppmote {

class WalkInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString firstName MEMBER m_firstName NOTIFY formChanged)
    Q_PROPERTY(QString lastName MEMBER m_lastName NOTIFY formChanged)
    Q_PROPERTY(QString organisation MEMBER m_organisation NOTIFY formChanged)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY formChanged)
    Q_PROPERTY(bool consent MEMBER m_consent NOTIFY formChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
public:
    explicit WalkInController(KioskContext *context, QObject *parent = nullptr);

    Q_INVOKABLE void submit();
    Q_INVOKABLE void clear();

    QString error() const { return m_error; }
    bool busy() const { return m_busy; }

Q_SIGNALS:
    void formChanged();
    void stateChanged();
    void submitted(const QString &attendeeId);

private:
    void fail(const QString &error);

    KioskContext *m_context;
    QString m_firstName, m_lastName, m_organisation, m_email;
    bool m_consent = false;
    QString m_error;
    bool m_busy = false;
};

} // namespace oppmote
