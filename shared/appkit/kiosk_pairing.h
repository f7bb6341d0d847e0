#pragma once
// The desk's "pair a kiosk": a pairing code made by offerPairing() on the
// store's thread (kiosk/pairing_offer.h), shown as a QR code for the new
// kiosk's camera or hand scanner. One code at a time; each is one-time.

#include "store/async_store.h"

#include <QObject>
#include <QPointer>

namespace oppmote {

class KioskPairing : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code NOTIFY changed) // the code's text; empty until made
    Q_PROPERTY(QString error READ error NOTIFY changed) // why it could not be made, for a person
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString hubUrl READ hubUrl WRITE setHubUrl NOTIFY hubUrlChanged)
public:
    // `hubUrl`: where devices reach the hub (wss://host:port).
    KioskPairing(AsyncStore *store, QString hubUrl, QObject *parent = nullptr);

    QString code() const { return m_code; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    QString hubUrl() const { return m_hubUrl; }
    void setHubUrl(const QString &url);

    // `mode`: "entrance" or "session:KEY"; `admin`: an organiser's laptop.
    Q_INVOKABLE void offer(const QString &mode, bool admin = false);
    Q_INVOKABLE void clear(); // the code is put away (it stays valid until used)

Q_SIGNALS:
    void changed();
    void hubUrlChanged();

private:
    QPointer<AsyncStore> m_store;
    QString m_hubUrl;
    QString m_code;
    QString m_error;
    bool m_busy = false;
};

} // namespace oppmote
