#pragma once
// The desk's Privacy page (reports/privacy.h): the retention date, the purge
// once it has passed, and one person's record saved as JSON into the reports
// folder. Reads again on every store change, so a purge from the command line
// shows here too.

#include "store/async_store.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace oppmote {

class PrivacyDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QString retainUntil READ retainUntil NOTIFY changed) // in the UI language's short form; "" = not set
    Q_PROPERTY(QString purgedAt READ purgedAt NOTIFY changed) // "" = never purged
    Q_PROPERTY(
        bool canPurge READ canPurge NOTIFY changed) // the date has passed (or none is set) and not purged yet
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString dateFormat READ dateFormat CONSTANT) // the form setRetention reads, e.g. "dd.MM.yyyy"
public:
    PrivacyDesk(AsyncStore *store, QString folder, QObject *parent = nullptr);

    QString retainUntil() const;
    QString purgedAt() const;
    bool canPurge() const;
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString dateFormat() const;

    Q_INVOKABLE void reload();
    // `text` in dateFormat or ISO (2027-03-01); empty clears the date.
    Q_INVOKABLE void setRetention(const QString &text);
    Q_INVOKABLE void purge();
    // Saves everything held about the person to the reports folder.
    Q_INVOKABLE void exportPerson(const QString &attendeeId);

Q_SIGNALS:
    void changed();
    void done(bool ok, const QString &message); // after each action

private:
    void report(const Status &status, const QString &success);

    QPointer<AsyncStore> m_store;
    QString m_folder;
    QDate m_retainUntil;
    QDateTime m_purgedAt;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
};

} // namespace oppmote
