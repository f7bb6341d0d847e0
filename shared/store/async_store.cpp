#include "store/async_store.h"

#include <QCoreApplication>
#include <QTimer>

#include <optional>

namespace oppmote {

class AsyncStore::Worker : public QObject
{
public:
    std::optional<Store> store;
    QTimer *externalWatch = nullptr; // lives on the worker thread
    qint64 externalSeen = -1;
};

AsyncStore::AsyncStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<oppmote::CheckinEvent>();
    m_thread.setObjectName(QStringLiteral("oppmote-store"));
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AsyncStore::~AsyncStore()
{
    m_thread.quit();
    m_thread.wait();
}

void AsyncStore::open(const QString &path, const StoreOptions &options)
{
    QMetaObject::invokeMethod(m_worker, [this, path, options] {
        auto result = Store::open(path, options);
        const bool ok = result.ok();
        const QString error = ok ? QString() : result.error().message;
        if (ok)
            m_worker->store.emplace(std::move(result).value());
        Q_EMIT opened(ok, error);
    });
}

void AsyncStore::post(std::function<void(Store &)> job)
{
    QMetaObject::invokeMethod(m_worker, [this, job = std::move(job)] {
        if (!m_worker->store)
            return;
        const qint64 before = m_worker->store->writeCount();
        const qint64 outboxBefore = m_worker->store->outboxWriteCount();
        job(*m_worker->store);
        if (!m_worker->store)
            return;
        if (m_worker->store->writeCount() != before)
            Q_EMIT changed();
        if (m_worker->store->outboxWriteCount() != outboxBefore)
            Q_EMIT outboxWritten();
    });
}

void AsyncStore::watchExternalWrites(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, [this, intervalMs] {
        if (!m_worker->externalWatch) {
            m_worker->externalWatch = new QTimer(m_worker);
            connect(m_worker->externalWatch, &QTimer::timeout, m_worker, [this] {
                if (!m_worker->store)
                    return;
                auto version = m_worker->store->externalChangeCount();
                if (!version.ok())
                    return;
                const bool moved = m_worker->externalSeen >= 0 && version.value() != m_worker->externalSeen;
                m_worker->externalSeen = version.value();
                if (moved)
                    Q_EMIT changed();
            });
        }
        if (m_worker->store) // commits from now on count
            m_worker->externalSeen = m_worker->store->externalChangeCount().value_or(-1);
        m_worker->externalWatch->start(intervalMs);
    });
}

void AsyncStore::checkIn(
    const CheckinRequest &request, QObject *receiver, std::function<void(Result<CheckinOutcome>)> done)
{
    run<Result<CheckinOutcome>>(
        [this, request](Store &store) {
            auto outcome = store.checkIn(request);
            if (outcome.ok() && outcome->status == CheckinStatus::CheckedIn && outcome->event)
                Q_EMIT checkedIn(*outcome->event);
            return outcome;
        },
        receiver, std::move(done));
}

void AsyncStore::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace oppmote
