// Store: the roster a kiosk copies from the hub — programme, attendees,
// allocations and the codes' meta (event id, ticket keys, revocations) — as
// rows, so a reissued code or a re-import reaches every kiosk during the event
// (docs/sync.md). Both ends have the same schema version (the hello checks
// the protocol version), so rows copy column for column.

#include "store/store_private.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace oppmote {

namespace {

// Parents before children: deleting days cascades to sessions and groups.
const char *const kTables[] = { "days", "sessions", "groups", "organisations", "attendees", "assignments" };

bool localMeta(const QString &key)
{
    return key == QLatin1String("device_id") || key == QLatin1String("sync_cursor")
        || key == QLatin1String("roster_version") || key.startsWith(QLatin1String("hub_"));
}

// This device's walk-ins the hub has not sent back: id → decided here
// (approved or rejected) rather than only registered.
Result<QHash<QString, bool>> waitingWalkIns(sql::Connection &db)
{
    sql::Statement st(db,
        "SELECT o.attendee_id, a.token IS NOT NULL OR a.rejected <> 0 FROM walkin_outbox o "
        "JOIN attendees a ON a.id = o.attendee_id");
    QHash<QString, bool> waiting;
    while (st.step())
        waiting.insert(st.text(0), st.integer(1) != 0);
    if (st.error())
        return *st.error();
    return waiting;
}

// Where a walk-in's id and state are in the hub's attendee rows.
struct WalkInColumns {
    qsizetype id = -1, token = -1, rejected = -1;
    void note(const QString &name, qsizetype column)
    {
        if (name == QLatin1String("id"))
            id = column;
        else if (name == QLatin1String("token"))
            token = column;
        else if (name == QLatin1String("rejected"))
            rejected = column;
    }
    bool pendingAtHub(const QJsonArray &row) const
    {
        const bool coded = token >= 0 && !row[token].isNull() && !row[token].toString().isEmpty();
        const bool turnedDown = rejected >= 0 && row[rejected].toInteger(0) != 0;
        return !coded && !turnedDown;
    }
};

Error bad(const QString &what)
{
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("Store", "The roster from the hub was refused: %1").arg(what));
}

} // namespace

Result<qint64> Store::rosterVersion()
{
    auto v = meta(QStringLiteral("roster_version"));
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> Store::appliedRosterVersion()
{
    auto v = meta(QStringLiteral("hub_roster_version"));
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<QJsonObject> Store::rosterSnapshot(bool withContactDetails)
{
    // One read transaction: the version and the rows belong together.
    if (auto s = d->db.exec("BEGIN"); !s.ok())
        return s.error();
    auto version = rosterVersion();
    QJsonObject tables;
    for (const char *table : kTables) {
        const QByteArray sql = QByteArray("SELECT * FROM ") + table;
        sql::Statement st(d->db, sql.constData());
        QJsonArray columns, rows;
        int email = -1, phone = -1, reason = -1;
        for (int c = 0; c < st.columnCount(); ++c) {
            const QString name = st.columnName(c);
            columns.append(name);
            if (name == QLatin1String("email"))
                email = c;
            if (name == QLatin1String("phone"))
                phone = c;
            if (name == QLatin1String("rejection_reason"))
                reason = c; // the desk's words about a person stay on the hub
        }
        while (st.step()) {
            QJsonArray row;
            for (int c = 0; c < st.columnCount(); ++c) {
                if (!withContactDetails && (c == email || c == phone || c == reason))
                    row.append(QString()); // a kiosk never holds contact details or the desk's notes
                else
                    row.append(QJsonValue::fromVariant(st.value(c)));
            }
            rows.append(row);
        }
        if (st.error()) {
            d->db.rollback();
            return *st.error();
        }
        tables.insert(QLatin1String(table),
            QJsonObject { { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows } });
    }
    QJsonObject metaValues;
    {
        sql::Statement st(d->db, "SELECT key, value FROM meta");
        while (st.step())
            if (!localMeta(st.text(0)))
                metaValues.insert(st.text(0), st.text(1));
        if (st.error()) {
            d->db.rollback();
            return *st.error(); // never a roster without its ticket keys or revocations
        }
    }
    if (auto s = d->db.exec("COMMIT"); !s.ok())
        return s.error();
    if (!version.ok())
        return version.error();
    return QJsonObject { { QStringLiteral("version"), version.value() }, { QStringLiteral("tables"), tables },
        { QStringLiteral("meta"), metaValues } };
}

Status Store::applyRosterSnapshot(const QJsonObject &snapshot)
{
    const qint64 version = snapshot.value(QLatin1String("version")).toInteger(-1);
    const QJsonObject tables = snapshot.value(QLatin1String("tables")).toObject();
    if (version < 1)
        return bad(QStringLiteral("no version"));
    sql::WriteTransaction tx(d->db);
    if (!tx.begun().ok())
        return tx.begun();
    if (auto s = d->db.exec("PRAGMA defer_foreign_keys = ON"); !s.ok())
        return s;
    // The walk-ins registered, approved or rejected here that the hub has not
    // sent back yet stay; every other walk-in is the hub's (docs/sync.md).
    auto waiting = waitingWalkIns(d->db);
    if (!waiting.ok())
        return waiting.error();
    if (auto s
        = d->db.exec("DELETE FROM assignments; DELETE FROM groups; DELETE FROM sessions; DELETE FROM days; "
                     "DELETE FROM organisations; DELETE FROM attendees WHERE type <> 'walkin' "
                     "OR id NOT IN (SELECT attendee_id FROM walkin_outbox)");
        !s.ok())
        return s;
    sql::Statement backHome(d->db, "DELETE FROM walkin_outbox WHERE attendee_id = ?1");
    for (const char *table : kTables) {
        const QJsonObject t = tables.value(QLatin1String(table)).toObject();
        const QJsonArray columns = t.value(QLatin1String("columns")).toArray();
        if (columns.isEmpty())
            return bad(QStringLiteral("the table %1 is missing").arg(QLatin1String(table)));
        QStringList names, marks, updates;
        WalkInColumns walkIn;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString name = columns[c].toString();
            walkIn.note(name, c);
            // Column names come from the hub's schema; refuse anything that is not a plain name.
            for (QChar ch : name)
                if (!(ch.isLetterOrNumber() || ch == QLatin1Char('_')))
                    return bad(QStringLiteral("a column is called «%1»").arg(name.left(40)));
            names << QLatin1Char('"') + name + QLatin1Char('"');
            marks << QStringLiteral("?%1").arg(c + 1);
            updates << QStringLiteral("\"%1\" = excluded.\"%1\"").arg(name);
        }
        QString sql
            = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(QLatin1String(table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        if (qstrcmp(table, "attendees") == 0) // a walk-in the hub now sends back
            sql += QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + updates.join(QLatin1Char(','));
        const QByteArray utf8 = sql.toUtf8();
        sql::Statement insert(d->db, utf8.constData());
        if (insert.error())
            return *insert.error();
        for (const QJsonValue &rowValue : t.value(QLatin1String("rows")).toArray()) {
            const QJsonArray row = rowValue.toArray();
            if (row.size() != columns.size())
                return bad(QStringLiteral("a row of %1 has the wrong length").arg(QLatin1String(table)));
            if (qstrcmp(table, "attendees") == 0 && walkIn.id >= 0) {
                const QString id = row[walkIn.id].toString();
                if (const auto it = waiting->constFind(id); it != waiting->constEnd()) {
                    // Decided here and not yet at the hub: this device's word stands until it is.
                    if (it.value() && walkIn.pendingAtHub(row))
                        continue;
                    backHome.bind(1, id);
                    if (auto s = backHome.exec(); !s.ok())
                        return s;
                }
            }
            for (qsizetype c = 0; c < row.size(); ++c)
                insert.bind(int(c + 1), row[c].toVariant());
            if (auto s = insert.exec(); !s.ok())
                return s;
        }
    }
    const QJsonObject metaValues = snapshot.value(QLatin1String("meta")).toObject();
    for (auto it = metaValues.begin(); it != metaValues.end(); ++it)
        if (!localMeta(it.key()))
            if (auto s = setMeta(it.key(), it.value().toString()); !s.ok())
                return s;
    if (auto s = setMeta(QStringLiteral("hub_roster_version"), QString::number(version)); !s.ok())
        return s;
    return tx.commit();
}

} // namespace oppmote
