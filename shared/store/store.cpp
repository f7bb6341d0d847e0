#include "store/store.h"

#include "platform/private_file.h"
#include "store/schema.h"
#include "store/store_private.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace oppmote {

using storeutil::nowText;

Store::Store() : d(std::make_unique<Private>()) { }
Store::~Store() = default;
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;

Result<Store> Store::open(const QString &path, const StoreOptions &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Store", "%1 is a folder, not a database file.").arg(path));
    Store store;
    if (auto s = store.d->db.open(path, options.createIfMissing); !s.ok())
        return s.error();
    if (auto s = store.configure(options); !s.ok())
        return s.error();
    return store;
}

Status Store::configure(const StoreOptions &options)
{
    auto &db = d->db;
    // Read before writing anything: a newer or foreign file stays untouched.
    auto version = db.scalar("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    if (version.value() > schema::currentVersion())
        return schema::migrate(db); // refuses with SchemaTooNew
    if (version.value() == 0) {
        auto tables = db.scalar("SELECT count(*) FROM sqlite_master");
        if (!tables.ok())
            return tables.error();
        if (tables.value() > 0)
            return makeError(ErrorCode::Corrupt,
                QCoreApplication::translate("Store",
                    "%1 is an SQLite database of another program, not "
                    "Oppmøte's. It was left untouched.")
                    .arg(db.path()));
    }

    keepDatabasePrivate(db.path()); // before the write-ahead log exists: SQLite gives it the same mode
    {
        sql::Statement wal(db, "PRAGMA journal_mode=WAL");
        if (wal.error())
            return *wal.error();
        if (!wal.step())
            return wal.error() ? *wal.error() : db.lastError(QStringLiteral("journal_mode"));
        if (wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Store",
                    "%1 cannot use write-ahead logging "
                    "(journal mode %2); is it on a "
                    "network or read-only file system?")
                    .arg(db.path(), wal.text(0)));
    }
    keepDatabasePrivate(db.path());
    if (auto s = db.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !s.ok())
        return s;
    if (auto s = schema::migrate(db); !s.ok())
        return s;

    // This database's own device identity, made once.
    auto id = meta(QStringLiteral("device_id"));
    if (!id.ok())
        return id.error();
    if (id.value().isEmpty()) {
        Device device;
        device.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        device.name = options.deviceName.isEmpty() ? QStringLiteral("Admin") : options.deviceName;
        device.mode = QStringLiteral("admin");
        sql::WriteTransaction tx(db);
        if (!tx.begun().ok())
            return tx.begun();
        if (auto s = setMeta(QStringLiteral("device_id"), device.id); !s.ok())
            return s;
        if (auto s = upsertDevice(device); !s.ok())
            return s;
        if (auto s = tx.commit(); !s.ok())
            return s;
        d->local = device;
    } else {
        d->local.id = id.value();
        auto name = deviceName(d->local.id);
        if (!name.ok())
            return name.error();
        d->local.name = name.value();
    }
    return Ok {};
}

QString Store::path() const
{
    return d->db.path();
}

Device Store::localDevice() const
{
    return d->local;
}

int Store::schemaVersion()
{
    auto v = d->db.scalar("PRAGMA user_version");
    return v.ok() ? int(v.value()) : -1;
}

Status Store::checkIntegrity()
{
    sql::Statement st(d->db, "PRAGMA integrity_check");
    if (st.error())
        return *st.error();
    QStringList problems;
    while (st.step()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (st.error())
        return *st.error();
    if (!problems.isEmpty())
        return makeError(ErrorCode::Corrupt,
            QCoreApplication::translate("Store", "%1 is damaged: %2")
                .arg(d->db.path(), problems.join(QLatin1String("; "))));
    return Ok {};
}

Result<QString> Store::pragma(const QString &name)
{
    static const QStringList allowed { QStringLiteral("journal_mode"), QStringLiteral("synchronous"),
        QStringLiteral("foreign_keys"), QStringLiteral("user_version") };
    if (!allowed.contains(name))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown pragma %1").arg(name));
    const QByteArray sql = "PRAGMA " + name.toLatin1();
    sql::Statement st(d->db, sql.constData());
    if (st.step())
        return st.text(0);
    return st.error() ? *st.error() : makeError(ErrorCode::Internal, name);
}

Result<QString> Store::meta(const QString &key)
{
    sql::Statement st(d->db, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    if (st.step())
        return st.text(0);
    if (st.error())
        return *st.error();
    return QString();
}

qint64 Store::writeCount() const
{
    return d->db.totalChanges();
}

qint64 Store::outboxWriteCount() const
{
    return d->outboxWrites;
}

Result<qint64> Store::externalChangeCount()
{
    return d->db.scalar("PRAGMA data_version");
}

Status Store::setMeta(const QString &key, const QString &value)
{
    sql::Statement st(d->db,
        "INSERT INTO meta(key, value) VALUES(?1, ?2) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.exec();
}

Status Store::upsertDevice(const Device &device)
{
    sql::Statement st(d->db,
        "INSERT INTO devices(id, name, mode, revoked) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, mode = excluded.mode, "
        "revoked = excluded.revoked");
    st.bind(1, device.id).bind(2, device.name).bind(3, device.mode).bind(4, device.revoked);
    return st.exec();
}

Result<QList<Device>> Store::devices()
{
    sql::Statement st(d->db,
        "SELECT id, name, mode, revoked, secret_hash IS NOT NULL, coalesce(last_seen, ''), clock_offset_ms, "
        "status_at, status_unsent, coalesce(status_printer, ''), coalesce(status_printer_problem, ''), "
        "coalesce(status_print_queue, 0), connected FROM devices ORDER BY name");
    QList<Device> list;
    while (st.step()) {
        Device device;
        device.id = st.text(0);
        device.name = st.text(1);
        device.mode = st.text(2);
        device.revoked = st.integer(3) != 0;
        device.paired = st.integer(4) != 0;
        device.lastSeen = st.text(5);
        if (!st.isNull(6))
            device.clockOffsetMs = st.integer(6);
        if (!st.isNull(7)) {
            device.statusAt = st.text(7);
            device.status = DeviceStatus { int(st.integer(8)), st.text(9), st.text(10), int(st.integer(11)) };
        }
        device.connected = st.integer(12) != 0;
        list.append(std::move(device));
    }
    if (st.error())
        return *st.error();
    return list;
}

Result<QString> Store::deviceName(const QString &deviceId)
{
    sql::Statement st(d->db, "SELECT name FROM devices WHERE id = ?1");
    st.bind(1, deviceId);
    if (st.step())
        return st.text(0);
    if (st.error())
        return *st.error();
    return QString();
}

namespace {

// The copies a migration made (<db>.before-vN.bak) hold the same people.
Status removeMigrationBackups(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    const QStringList backups = file.dir().entryList(
        { file.fileName() + QStringLiteral(".before-v*.bak") }, QDir::Files | QDir::Hidden);
    for (const QString &backup : backups)
        if (!QFile::remove(file.dir().filePath(backup)))
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Store", "Could not delete the backup %1.")
                    .arg(file.dir().filePath(backup)));
    return Ok {};
}

} // namespace

Status Store::purgePersonalData()
{
    return eraseAndCompact("UPDATE attendees SET first_name = '', last_name = '', email = '', phone = '', "
                           "role = '', token = NULL, preferences = '[]', rejection_reason = '', updated_at = "
                           "strftime('%Y-%m-%dT%H:%M:%fZ','now'); "
                           "UPDATE allocation_audit SET reason = ''; DELETE FROM walkin_outbox; "
                           "UPDATE checkin_events SET note = NULL WHERE note IS NOT NULL; "
                           "UPDATE quarantined_events SET note = NULL WHERE note IS NOT NULL; "
                           "DELETE FROM meta WHERE key = 'revocations';");
}

Status Store::wipeRevokedDevice()
{
    // A revoked device keeps nothing about people: not the roster, organisations, the
    // check-in log or what waits to be sent (the hub takes nothing from it any more),
    // allocations, the revocation list or its hub secret. Left: the programme, its own
    // device id and other devices' names.
    return eraseAndCompact(
        "DELETE FROM outbox; DELETE FROM walkin_outbox; DELETE FROM checkin_events; DELETE FROM assignments; "
        "DELETE FROM allocation_audit; DELETE FROM allocation_runs; DELETE FROM attendees; "
        "DELETE FROM organisations; DELETE FROM pairing_tokens; DELETE FROM quarantined_events; "
        "DELETE FROM meta WHERE key IN ('revocations', 'hub_secret', 'hub_pairing_token');");
}

Status Store::eraseAndCompact(const char *sql)
{
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto s = d->db.exec(sql); !s.ok())
        return s;
    if (auto s = tx.commit(); !s.ok())
        return s;
    if (auto s = removeMigrationBackups(d->db.path()); !s.ok())
        return s;
    // Overwrite freed pages so the names are gone from the file, not just unlinked,
    // and empty the write-ahead log, which still holds the old pages.
    if (auto s = d->db.exec("VACUUM"); !s.ok())
        return s;
    return d->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace oppmote
