#pragma once
// What the app kit's tests share: a sample store (tests/support), an
// AsyncStore on its file, the model under test watched by a
// QAbstractItemModelTester, and reading a model's rows by role.

#include "sample_store.h"
#include "store/async_store.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>
#include <optional>

namespace oppmote::test {

// Opens `path` on the store's thread and waits (briefly) for the answer. The
// answer is taken on this thread: a QSignalSpy's wait() would miss one that
// came before it started waiting.
inline bool openAsync(AsyncStore &async, const QString &path)
{
    std::optional<bool> ok;
    QObject here;
    QObject::connect(&async, &AsyncStore::opened, &here, [&](bool opened, const QString &error) {
        if (!opened)
            qWarning("cannot open the store: %s", qPrintable(error));
        ok = opened;
    });
    async.open(path);
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

// `people` sample attendees in a store; `s.store` stays open as a second
// connection to the same file (another process, as far as the model knows).
template<typename Model> struct ModelFixture {
    SampleStore s;
    AsyncStore async;
    std::unique_ptr<Model> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    explicit ModelFixture(int people, const QString &deviceName = QStringLiteral("Kiosk 1"))
        : s(makeSampleStore(people, deviceName))
    { }

    // Opens the AsyncStore, makes the model and waits for its first rows.
    bool start()
    {
        if (!openAsync(async, s.path))
            return false;
        model = std::make_unique<Model>(&async);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return settled();
    }

    // Waits until the model has no read in flight.
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !model->loading(); }, 2000);
    }

    // From now on commits by `s.store` are a `changed` for the model.
    void watchOtherConnection()
    {
        async.watchExternalWrites(50);
        async.drain();
    }
};

// The first row whose `role` holds `value`, or -1.
inline int rowWith(const QAbstractItemModel &model, int role, const QVariant &value)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.data(model.index(row, 0), role) == value)
            return row;
    return -1;
}

inline QVariant valueAt(const QAbstractItemModel &model, int row, int role)
{
    return row < 0 ? QVariant() : model.data(model.index(row, 0), role);
}

} // namespace oppmote::test
