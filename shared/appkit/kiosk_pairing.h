#pragma once
// The desk's "pair a kiosk": a pairing code made by offerPairing() on the
// store's thread (kiosk/pairing_offer.h), shown as a QR code for the new
// kiosk's camera or hand scanner. One code at a time; each is one-time. The
// kiosk's door is chosen from the programme, and its badge printer (the CUPS
// queue on the kiosk) and the labels in it go with the code.

#include "store/async_store.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

namespace oppmote {

class KioskPairing : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code NOTIFY changed) // the code's text; empty until made
    Q_PROPERTY(QString error READ error NOTIFY changed) // why it could not be made, for a person
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString hubUrl READ hubUrl WRITE setHubUrl NOTIFY hubUrlChanged)
    // The doors a kiosk can be: [{value: "entrance" | "session:KEY", title}], the entrance first,
    // then each session and group room in programme order.
    Q_PROPERTY(QVariantList modes READ modes NOTIFY modesChanged)
    // The badge templates: [{name, title}], the first ("") leaving the kiosk's own.
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)
public:
    // `hubUrl`: where devices reach the hub (wss://host:port).
    KioskPairing(AsyncStore *store, QString hubUrl, QObject *parent = nullptr);

    QString code() const { return m_code; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    QString hubUrl() const { return m_hubUrl; }
    void setHubUrl(const QString &url);
    QVariantList modes() const { return m_modes; }
    QVariantList templates() const;

    // `mode`: "entrance" or "session:KEY"; `admin`: an organiser's laptop;
    // `printerQueue` and `badgeTemplate` empty: the kiosk's own.
    Q_INVOKABLE void offer(const QString &mode, bool admin = false, const QString &printerQueue = {},
        const QString &badgeTemplate = {});
    Q_INVOKABLE void clear(); // the code is put away (it stays valid until used)

Q_SIGNALS:
    void changed();
    void hubUrlChanged();
    void modesChanged();

private:
    void readModes();

    QPointer<AsyncStore> m_store;
    QString m_hubUrl;
    QVariantList m_modes;
    qint64 m_modesVersion = -1; // the roster version m_modes was read at
    QString m_code;
    QString m_error;
    bool m_busy = false;
};

} // namespace oppmote
