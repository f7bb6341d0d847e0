#pragma once
// The base of the app kit's models: rows read from the AsyncStore on its
// thread and read again on every `changed`, never waiting on SQLite here.
// Reads are coalesced: one in flight at a time, and any number of changes
// meanwhile queue exactly one more, so a burst of check-ins costs two reads,
// not one each. New rows replace the old by key (syncRows): a view keeps its
// place and selection, and rows that did not change send no signal. Actions
// (writes) run on the store's thread too; their outcome comes back as
// `actionDone` with a message for the person who asked. A model nobody looks
// at (`active` false: its page is not shown) only notes that the store
// changed and reads once when shown again, so a rush of check-ins costs the
// shown page's reads alone. The store is injected and must outlive the model.

#include "store/async_store.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

namespace oppmote {

class StoreListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Why the rows could not be read, in the user's language; empty when they were.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit StoreListModel(AsyncStore *store, QObject *parent = nullptr);

    int count() const { return rowCount(); }
    bool loading() const { return m_reading; }
    QString error() const { return m_error; }

    // Reads the rows again (coalesced). `changed` calls it; a view may too.
    Q_INVOKABLE void reload();

    // Shown (the default) or not; made active with changes missed, it reads.
    bool active() const { return m_active; }
    void setActive(bool active);

    struct ActionOutcome {
        bool ok = false;
        QString message; // for a person, in the UI language
    };

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorChanged();
    // An action (approve, revoke, move …) has finished.
    void actionDone(bool ok, const QString &message);

protected:
    AsyncStore *store() const { return m_store; }

    // Posts the model's one read with read<R>(); reload() calls it.
    virtual void startRead() = 0;

    // job(store) on the store's thread, then apply(result) here. `job` must
    // capture by value: it runs on the other thread.
    template<typename R> void read(std::function<R(Store &)> job, std::function<void(R &)> apply)
    {
        const int epoch = m_epoch;
        m_store->run<R>(std::move(job), this, [this, epoch, apply = std::move(apply)](R result) {
            if (epoch != m_epoch)
                return; // posted before the store was opened: a newer read is on its way
            apply(result);
            readDone();
        });
    }

    // A write on the store's thread; its outcome is announced with actionDone,
    // after `then` (here, on success) if given. The write's `changed` reloads the rows.
    void act(std::function<ActionOutcome(Store &)> job, std::function<void()> then = {});

    void setError(const QString &error);

    // Makes `rows` equal to `next` with few signals: rows whose key is gone
    // are removed, new ones inserted, changed ones reported. The rows that
    // stay in another order, or a key twice in `next`, is a reset.
    template<typename Row, typename KeyOf> void syncRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf)
    {
        const qsizetype before = rows.size();
        // The same keys in the same order (a check-in changed a flag): no hashing, 20,000 rows in about a
        // millisecond.
        bool sameKeys = rows.size() == next.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = keyOf(rows[i]) == keyOf(next[i]);
        if (sameKeys) {
            for (qsizetype i = 0; i < rows.size(); ++i)
                if (!(rows[i] == next[i])) {
                    rows[i] = std::move(next[i]);
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
            return;
        }
        QHash<QString, qsizetype> nextIndex;
        nextIndex.reserve(next.size());
        for (qsizetype i = 0; i < next.size(); ++i)
            nextIndex.insert(keyOf(next[i]), i);
        if (nextIndex.size() != next.size()) {
            resetRows(rows, std::move(next));
            return;
        }
        for (qsizetype last = rows.size() - 1; last >= 0;) {
            if (nextIndex.contains(keyOf(rows[last]))) {
                --last;
                continue;
            }
            qsizetype first = last;
            while (first > 0 && !nextIndex.contains(keyOf(rows[first - 1])))
                --first;
            beginRemoveRows({}, int(first), int(last));
            rows.remove(first, last - first + 1);
            endRemoveRows();
            last = first - 1;
        }
        QSet<QString> kept;
        qsizetype previous = -1;
        for (const Row &row : std::as_const(rows)) {
            const qsizetype at = nextIndex.value(keyOf(row));
            if (at < previous) {
                resetRows(rows, std::move(next));
                return;
            }
            previous = at;
            kept.insert(keyOf(row));
        }
        // What is left is in next's order: walk next, inserting runs of new keys.
        for (qsizetype i = 0; i < next.size();) {
            if (kept.contains(keyOf(next[i]))) {
                if (!(rows[i] == next[i])) {
                    rows[i] = next[i];
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < next.size() && !kept.contains(keyOf(next[end])))
                ++end;
            beginInsertRows({}, int(i), int(end - 1));
            for (qsizetype k = i; k < end; ++k)
                rows.insert(k, next[k]);
            endInsertRows();
            i = end;
        }
        if (rows.size() != before)
            Q_EMIT countChanged();
    }

private:
    template<typename Row> void resetRows(QList<Row> &rows, QList<Row> next)
    {
        const qsizetype before = rows.size();
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        if (rows.size() != before)
            Q_EMIT countChanged();
    }

    void readDone();
    void setReading(bool reading);
    void storeChanged();

    QPointer<AsyncStore> m_store;
    bool m_reading = false;
    bool m_again = false; // changed while a read was in flight
    bool m_active = true;
    bool m_stale = false; // changed while not active
    int m_epoch = 0;
    QString m_error;
};

// A StoreListModel whose rows are a list of values, each with a unique
// `QString key() const` and operator==: the models keep their rows here.
template<typename Row> class StoreRowsModel : public StoreListModel
{
public:
    using StoreListModel::StoreListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // The row of a valid index of this model, else nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            ? &m_rows[index.row()]
            : nullptr;
    }
    const QList<Row> &rows() const { return m_rows; }
    void setRows(QList<Row> next)
    {
        syncRows(m_rows, std::move(next), [](const Row &row) { return row.key(); });
    }

    // A read of one list: fetch(store), a row made of each item, both on the
    // store's thread; then rowsRead() here. A failed read keeps the rows and
    // says why in `error`.
    template<typename Item>
    void readEach(std::function<Result<QList<Item>>(Store &)> fetch, std::function<Row(const Item &)> toRow)
    {
        struct Read {
            QString error;
            QList<Row> rows;
        };
        read<Read>(
            [fetch = std::move(fetch), toRow = std::move(toRow)](Store &store) {
                Read out;
                auto items = fetch(store);
                if (!items.ok()) {
                    out.error = items.error().message;
                    return out;
                }
                for (const Item &item : items.value())
                    out.rows.append(toRow(item));
                return out;
            },
            [this](Read &r) {
                setError(r.error);
                if (r.error.isEmpty())
                    rowsRead(std::move(r.rows));
            });
    }
    virtual void rowsRead(QList<Row> rows) { setRows(std::move(rows)); }

private:
    QList<Row> m_rows;
};

} // namespace oppmote
