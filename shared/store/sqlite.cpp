#include "store/sqlite.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

namespace oppmote::sql {

// ---- Statement -------------------------------------------------------------

Statement::Statement(Connection &db, const char *sql) : m_db(&db)
{
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_error = db.lastError(QStringLiteral("prepare"));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db->lastError(QStringLiteral("step"));
    return false;
}

Status Statement::exec()
{
    if (!m_stmt)
        return m_error ? *m_error : makeError(ErrorCode::Internal, QStringLiteral("statement not prepared"));
    m_error.reset();
    while (step()) { }
    const auto err = m_error;
    reset();
    if (err)
        return *err;
    return Ok {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant::fromValue(integer(column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    default:
        return text(column);
    }
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        // JSON has only doubles: whole numbers go back as integers.
        if (double d = value.toDouble(); d == double(qint64(d)))
            return bind(index, qint64(d));
        if (m_stmt)
            sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    default:
        return bind(index, value.toString());
    }
}

// ---- Connection ------------------------------------------------------------

Connection::~Connection()
{
    close();
}

Status Connection::open(const QString &path, bool createIfMissing)
{
    close();
    m_path = path;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (createIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray name = path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = m_db ? lastError(QStringLiteral("open"))
                       : errorFor(rc, QString(), path, QStringLiteral("open"));
        if (!createIfMissing && !QFileInfo::exists(path))
            e = makeError(ErrorCode::NotFound,
                QCoreApplication::translate("Store", "There is no database at %1.").arg(path));
        close();
        return e;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return Ok {};
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Connection::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (msg)
        sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return lastError(QStringLiteral("exec"));
    return Ok {};
}

Result<qint64> Connection::scalar(const char *sql)
{
    Statement st(*this, sql);
    if (st.error())
        return *st.error();
    if (!st.step())
        return st.error() ? *st.error() : makeError(ErrorCode::NotFound, QStringLiteral("no row"));
    return st.integer(0);
}

qint64 Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

qint64 Connection::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error Connection::lastError(const QString &context) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString what = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    return errorFor(rc, what, m_path, context);
}

namespace {
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

Error Connection::errorFor(int code, const QString &what, const QString &path, const QString &context)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::Io,
            StoreText::tr("The disk holding %1 is full; nothing was saved. Free some space "
                          "and try again.")
                .arg(path));
    case SQLITE_READONLY:
        return makeError(ErrorCode::Io,
            StoreText::tr("%1 cannot be written (read-only file or folder); nothing was "
                          "saved.")
                .arg(path));
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::Io,
            StoreText::tr("%1 cannot be opened: the folder is missing or not writable.").arg(path));
    case SQLITE_IOERR:
        return makeError(ErrorCode::Io,
            StoreText::tr("Reading or writing %1 failed (%2); nothing was saved.").arg(path, what));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt,
            StoreText::tr("%1 is damaged or is not an Oppmøte database (%2). It was left untouched; "
                          "restore a backup or start a new file.")
                .arg(path, what));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(
            ErrorCode::Io, StoreText::tr("%1 is locked by another program; try again.").arg(path));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::Conflict, StoreText::tr("%1: %2").arg(context, what));
    default:
        return makeError(
            ErrorCode::Internal, StoreText::tr("Database error in %1 (%2): %3").arg(path, context, what));
    }
}

// ---- WriteTransaction ------------------------------------------------------

WriteTransaction::WriteTransaction(Connection &db)
    : m_db(db),
      m_nested(db.inTransaction()),
      m_begun(db.exec(m_nested ? "SAVEPOINT oppmote_nested" : "BEGIN IMMEDIATE"))
{ }

WriteTransaction::~WriteTransaction()
{
    if (!m_begun.ok() || m_done)
        return;
    if (m_nested) {
        m_db.rollback("ROLLBACK TO oppmote_nested; RELEASE oppmote_nested");
    } else {
        m_db.rollback();
    }
}

Status WriteTransaction::commit()
{
    if (!m_begun.ok())
        return m_begun;
    m_done = true;
    Status s = m_db.exec(m_nested ? "RELEASE oppmote_nested" : "COMMIT");
    if (!s.ok())
        m_db.rollback(m_nested ? "ROLLBACK TO oppmote_nested; RELEASE oppmote_nested" : "ROLLBACK");
    return s;
}

} // namespace oppmote::sql
