#pragma once
// The store on its own thread, for the apps: the GUI thread never waits on
// SQLite. Jobs run in order on the worker; results come back as a queued call
// on the receiver's thread (or are dropped if the receiver is gone), and
// committed check-ins are announced with a signal. `changed` follows every
// job that wrote (a check-in, a batch from the hub, an import) and, once
// watched, every commit another process makes: one signal a live view follows;
// `outboxWritten` follows every job that left something for the hub.

#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace oppmote {

class AsyncStore : public QObject
{
    Q_OBJECT
public:
    explicit AsyncStore(QObject *parent = nullptr);
    ~AsyncStore() override;

    // Opens the database on the worker thread; `opened` reports the outcome.
    void open(const QString &path, const StoreOptions &options = {});

    // Runs job(store) on the worker, then done(result) on receiver's thread.
    template<typename R>
    void run(std::function<R(Store &)> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([job = std::move(job), guard, done = std::move(done)](Store &store) {
            R result = job(store);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    void checkIn(
        const CheckinRequest &request, QObject *receiver, std::function<void(Result<CheckinOutcome>)> done);

    // Blocks until every job posted so far has run (shutdown, tests).
    void drain();

    // Looks for commits by other processes (the CLI, a second app) every
    // `intervalMs`; each one found is a `changed`.
    void watchExternalWrites(int intervalMs);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void checkedIn(const oppmote::CheckinEvent &event);
    void changed();
    // A job put something in this device's outbox (Store::outboxWriteCount):
    // the sync client pushes it now rather than at its next poll.
    void outboxWritten();

private:
    void post(std::function<void(Store &)> job);

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace oppmote
