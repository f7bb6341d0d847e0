#pragma once
// A device for the sync tests and benchmarks: its database on its own store
// thread and a SyncClient, counting the events it has received; and a wait
// that runs the event loop.

#include "store/async_store.h"
#include "sync/sync_client.h"

#include <QString>

#include <functional>
#include <memory>

namespace oppmote::test {

struct SyncedDevice {
    QString path;
    std::unique_ptr<AsyncStore> store;
    std::unique_ptr<sync::SyncClient> client;
    int received = 0;
};

// Processes events until `done` returns true (true) or `ms` have passed (false).
bool waitUntil(const std::function<bool()> &done, int ms);

} // namespace oppmote::test
