#include "appkit/device_list_model.h"

#include "domain/plain_text.h"

namespace oppmote {

namespace {

constexpr int kLookAgainMs = 30 * 1000;

DeviceRow rowOf(const Device &d)
{
    QDateTime seen = QDateTime::fromString(d.lastSeen, Qt::ISODateWithMs);
    seen.setTimeSpec(Qt::UTC);
    DeviceRow row;
    row.id = d.id;
    row.name = shownText(d.name);
    row.mode = d.mode;
    row.lastSeen = seen;
    row.revoked = d.revoked;
    row.paired = d.paired;
    row.clockOffsetText = clockOffsetText(d);
    row.clockIsOff = d.clockIsOff();
    row.device = d;
    row.needsAttention = d.printerNeedsAttention();
    return row;
}

} // namespace

DeviceListModel::DeviceListModel(AsyncStore *store, QObject *parent) : StoreRowsModel(store, parent)
{
    m_clock.setInterval(kLookAgainMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { updateOnline(rows()); });
    m_clock.start();
    reload();
}

void DeviceListModel::startRead()
{
    const QDate today = QDate::currentDate();
    readEach<DeviceRow>(
        [today](Store &store) -> Result<QList<DeviceRow>> {
            auto devices = store.devices();
            if (!devices.ok())
                return devices.error();
            auto entries = store.entriesByDevice(today);
            if (!entries.ok())
                return entries.error();
            QList<DeviceRow> rows;
            rows.reserve(devices->size());
            for (const Device &d : std::as_const(devices.value())) {
                rows.append(rowOf(d));
                rows.back().entriesToday = entries->value(d.id);
            }
            return rows;
        },
        [](const DeviceRow &row) { return row; });
}

void DeviceListModel::rowsRead(QList<DeviceRow> rows)
{
    updateOnline(std::move(rows));
}

void DeviceListModel::updateOnline(QList<DeviceRow> rows)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (DeviceRow &r : rows) {
        r.online = r.device.onlineAt(now);
        r.stateText
            = r.device.status && !r.revoked ? deviceStatusText(*r.device.status, r.online) : QString();
    }
    setRows(std::move(rows));
}

void DeviceListModel::revoke(const QString &deviceId)
{
    act([deviceId](Store &store) -> ActionOutcome {
        auto name = store.deviceName(deviceId);
        if (auto s = store.revokeDevice(deviceId); !s.ok())
            return { false, s.error().message };
        const QString shown = name.ok() && !name->isEmpty() ? shownText(name.value()) : deviceId;
        return { true, tr("%1 is revoked: the hub no longer lets it sync.").arg(shown) };
    });
}

void DeviceListModel::rename(const QString &deviceId, const QString &name)
{
    act([deviceId, name](Store &store) -> ActionOutcome {
        auto was = store.deviceName(deviceId);
        if (auto s = store.renameDevice(deviceId, name); !s.ok())
            return { false, s.error().message };
        const QString before = was.ok() && !was->isEmpty() ? shownText(was.value()) : deviceId;
        return { true, tr("%1 is now called «%2».").arg(before, shownText(name.simplified())) };
    });
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    const DeviceRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case ModeRole:
        return r->mode;
    case LastSeenRole:
        return r->lastSeen;
    case OnlineRole:
        return r->online;
    case RevokedRole:
        return r->revoked;
    case PairedRole:
        return r->paired;
    case ClockOffsetTextRole:
        return r->clockOffsetText;
    case ClockIsOffRole:
        return r->clockIsOff;
    case StateTextRole:
        return r->stateText;
    case NeedsAttentionRole:
        return r->needsAttention;
    case EntriesTodayRole:
        return r->entriesToday;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return { { IdRole, "deviceId" }, { NameRole, "name" }, { ModeRole, "mode" }, { LastSeenRole, "lastSeen" },
        { OnlineRole, "online" }, { RevokedRole, "revoked" }, { PairedRole, "paired" },
        { ClockOffsetTextRole, "clockOffsetText" }, { ClockIsOffRole, "clockIsOff" },
        { StateTextRole, "stateText" }, { NeedsAttentionRole, "needsAttention" },
        { EntriesTodayRole, "entriesToday" } };
}

} // namespace oppmote
