#pragma once
// The devices the hub knows (Store::devices()): name, mode, when it was last
// seen, whether it is online, revoked, and how far its clock is off
// (clockOffsetText). revoke() goes to Store::revokeDevice.
//
// Online means seen by the hub within the last kOnlineWindowSeconds (five
// minutes): the hub notes a device when it says hello and when it pushes
// check-ins with its clock. A revoked device is never online. The model looks
// again every half minute, so a device that falls silent goes offline here
// without a write to the store.

#include "appkit/store_list_model.h"

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
    QString key() const { return id; }
    bool operator==(const DeviceRow &) const = default;
};

class DeviceListModel : public StoreRowsModel<DeviceRow>
{
    Q_OBJECT
public:
    static constexpr int kOnlineWindowSeconds = 5 * 60;

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
