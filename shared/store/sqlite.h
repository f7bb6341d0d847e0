#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared
// statements with typed binds, and errors turned into oppmote::Error with a
// message a person can act on.

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace oppmote::sql {

class Connection;

class Statement
{
public:
    Statement() = default;
    Statement(Connection &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool valid() const { return m_stmt != nullptr; }
    Statement &bind(int index, const QString &value); // always text; a null QString binds ''
    Statement &bindOptional(int index, const QString &value); // empty → NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<qint64> &value);

    // step(): true = a row is ready; false = done. Errors land in error().
    bool step();
    Status exec(); // step to the end, reset
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // Generic access, for copying rows between databases of the same schema
    // (store_roster_sync.cpp): integers as qint64, reals as double, text as QString.
    int columnCount() const;
    QString columnName(int column) const;
    QVariant value(int column) const;
    Statement &bind(int index, const QVariant &value);

    const std::optional<Error> &error() const { return m_error; }

private:
    Connection *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<Error> m_error;
};

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Status open(const QString &path, bool createIfMissing);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    Status exec(const char *sql); // one or more statements, no results
    // A rollback on the way out of a failure: if it fails too, SQLite rolls
    // back when the connection closes, and the first error is the one to report.
    void rollback(const char *sql = "ROLLBACK") { static_cast<void>(exec(sql)); }
    Result<qint64> scalar(const char *sql); // first column of the first row
    qint64 changes() const;
    qint64 totalChanges() const; // rows written through this connection since it opened
    bool inTransaction() const;

    // Turns the last SQLite error into an Error whose message names the file.
    Error lastError(const QString &context) const;
    static Error errorFor(int code, const QString &what, const QString &path, const QString &context);

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed uncommitted.
// BEGIN IMMEDIATE … COMMIT; inside another transaction on the connection, a
// savepoint, so store operations compose into one transaction (a walk-in's
// approval: its code and its check-in).
class WriteTransaction
{
public:
    explicit WriteTransaction(Connection &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    Connection &m_db;
    bool m_nested;
    Status m_begun;
    bool m_done = false;
};

} // namespace oppmote::sql
