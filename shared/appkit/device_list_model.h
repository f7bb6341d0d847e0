#pragma once
// The devices the hub knows (Store::devices()): name, mode, when it was last
// seen, whether it is online, revoked, and how far its clock is off
// (clockOffsetText). revoke() goes to Store::revokeDevice.
//
// Online is Device::onlineAt: connected to the hub and heard from within the
// last kOnlineWindowSeconds (a device reports its status — events not sent
// yet, its badge printer, badges waiting — when it changes and every 30 s,
// and the hub notes when a connection ends), so a kiosk whose app closes its
// connection is offline at once, one that loses power or whose hub died
// within the window. The model looks
// again every half minute, so a device that falls silent goes offline here
// without a write to the store. stateText is deviceStatusText (when offline,
// as it was when last seen); needsAttention when its printer cannot print;
// entriesToday how many it checked in today, so the busy doors show.

#include "appkit/store_list_model.h"
#include "domain/device.h"

#include <QDateTime>
#include <QTimer>

namespace oppmote {

struct DeviceRow {
    QString id;
    QString name;
    QString mode;
    QDateTime lastSeen; // UTC
    bool online = false;
    bool revoked = false;
    bool paired = false;
    QString clockOffsetText;
    bool clockIsOff = false;
    Device device; // as read: whether it is online is judged again as time passes
    QString stateText;
    bool needsAttention = false;
    int entriesToday = 0; // check-ins it took today (Store::entriesByDevice)
    QString key() const { return id; }
    bool operator==(const DeviceRow &) const = default;
};

class DeviceListModel : public StoreRowsModel<DeviceRow>
{
    Q_OBJECT
public:
    static constexpr int kOnlineWindowSeconds = Device::kOnlineWindowSeconds;

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ModeRole, // "entrance", "session:<key>", "admin", "hub"
        LastSeenRole, // a date-time; invalid when never seen
        OnlineRole,
        RevokedRole,
        PairedRole,
        ClockOffsetTextRole, // "on time", "3 min ahead", "unknown" …
        ClockIsOffRole, // more than a minute off
        StateTextRole, // "3 not sent yet · printer: out of labels · 2 badges waiting"; "" when never reported
        NeedsAttentionRole, // its printer cannot print
        EntriesTodayRole, // check-ins it took today, at the venue or a session door
    };
    Q_ENUM(Role)

    explicit DeviceListModel(AsyncStore *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void revoke(const QString &deviceId);
    // The name the desk, the print log and the kiosks' messages show (Store::renameDevice).
    Q_INVOKABLE void rename(const QString &deviceId, const QString &name);

protected:
    void startRead() override;
    void rowsRead(QList<DeviceRow> rows) override;

private:
    void updateOnline(QList<DeviceRow> rows);

    QTimer m_clock;
};

} // namespace oppmote
