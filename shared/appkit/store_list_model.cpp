#include "appkit/store_list_model.h"

namespace oppmote {

StoreListModel::StoreListModel(AsyncStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    Q_ASSERT(store);
    connect(store, &AsyncStore::changed, this, &StoreListModel::storeChanged);
    // A read posted before the store was open was dropped on its thread and
    // would never answer: start over once it is open (or say why it is not).
    connect(store, &AsyncStore::opened, this, [this](bool ok, const QString &error) {
        ++m_epoch;
        m_again = false;
        setReading(false);
        if (ok)
            reload();
        else
            setError(error);
    });
}

void StoreListModel::reload()
{
    if (!m_store)
        return;
    if (m_reading) {
        m_again = true;
        return;
    }
    setReading(true);
    startRead();
}

void StoreListModel::storeChanged()
{
    if (m_active)
        reload();
    else
        m_stale = true;
}

void StoreListModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale) {
        m_stale = false;
        reload();
    }
}

void StoreListModel::readDone()
{
    if (m_again && m_store) {
        m_again = false;
        startRead(); // still loading
        return;
    }
    m_again = false;
    setReading(false);
}

void StoreListModel::setReading(bool reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    Q_EMIT loadingChanged();
}

void StoreListModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void StoreListModel::act(std::function<ActionOutcome(Store &)> job, std::function<void()> then)
{
    if (!m_store)
        return;
    m_store->run<ActionOutcome>(std::move(job), this, [this, then = std::move(then)](ActionOutcome outcome) {
        if (outcome.ok && then)
            then();
        Q_EMIT actionDone(outcome.ok, outcome.message);
    });
}

} // namespace oppmote
