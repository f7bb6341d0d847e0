#pragma once
// The welcome screen: the event, today's programme, and in session-door
// mode which session (or group room) this door is for.

#include "kiosk/kiosk_context.h"

#include <QObject>
#include <QVariantList>

namespace oppmote {

class WelcomeController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString eventName READ eventName NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString dayHeading READ dayHeading NOTIFY changed)
    Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY changed)
    // [{time, title, kind, current}] for today
    Q_PROPERTY(QVariantList programme READ programme NOTIFY changed)
    // Session-door mode: the session's title and, for a group room, the group and room.
    Q_PROPERTY(QString doorSession READ doorSession NOTIFY changed)
    Q_PROPERTY(QString doorGroup READ doorGroup NOTIFY changed)
    Q_PROPERTY(QString doorRoom READ doorRoom NOTIFY changed)
public:
    explicit WelcomeController(KioskContext *context, QObject *parent = nullptr);

    void refresh(); // after the roster loaded or the mode changed

    QString eventName() const { return m_eventName; }
    QString place() const { return m_place; }
    QString dayHeading() const { return m_dayHeading; }
    QString dayTitle() const { return m_dayTitle; }
    QVariantList programme() const { return m_programme; }
    QString doorSession() const { return m_doorSession; }
    QString doorGroup() const { return m_doorGroup; }
    QString doorRoom() const { return m_doorRoom; }

Q_SIGNALS:
    void changed();

private:
    KioskContext *m_context;
    QString m_eventName, m_place, m_dayHeading, m_dayTitle;
    QVariantList m_programme;
    QString m_doorSession, m_doorGroup, m_doorRoom;
};

} // namespace oppmote
