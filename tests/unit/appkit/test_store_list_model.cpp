// StoreListModel, the app kit's base: reloads on `changed` are coalesced (one
// read in flight, one more queued however many changes came meanwhile), a
// read posted before the store was open is made again once it is, and new
// rows replace the old by key without resetting the view; a model not shown
// reads once when shown again.

#include "appkit/store_list_model.h"
#include "appkit_test_support.h"

#include <QtTest>

using namespace oppmote;

namespace {

struct MetaRow {
    QString name;
    QString value;
    QString key() const { return name; }
    bool operator==(const MetaRow &) const = default;
};

// Rows "name=value" read from the meta key "rows" ("a=1,b=2").
class MetaRowsModel : public StoreRowsModel<MetaRow>
{
public:
    using StoreRowsModel::StoreRowsModel;

    int reads = 0;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const MetaRow *row = rowAt(index);
        if (!row || role != Qt::DisplayRole)
            return {};
        return row->name + QLatin1Char('=') + row->value;
    }

protected:
    void startRead() override
    {
        ++reads;
        read<QList<MetaRow>>(
            [](Store &store) {
                QList<MetaRow> rows;
                const QString text = store.meta(QStringLiteral("rows")).value_or(QString());
                for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    rows.append({ item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1) });
                return rows;
            },
            [this](QList<MetaRow> &rows) { setRows(std::move(rows)); });
    }
};

void writeRows(AsyncStore &async, QObject *receiver, const QString &rows)
{
    async.run<bool>([rows](Store &store) { return store.setMeta(QStringLiteral("rows"), rows).ok(); },
        receiver, [](bool ok) { QVERIFY(ok); });
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.data(model.index(row, 0)).toString();
    return rows;
}

} // namespace

class TestStoreListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstOfChangesCostsTwoReads()
    {
        test::ModelFixture<MetaRowsModel> f(2);
        QVERIFY(f.start());
        MetaRowsModel &model = *f.model;
        model.reload();
        QVERIFY(f.settled());
        QCOMPARE(model.reads, 1);

        QSignalSpy changed(&f.async, &AsyncStore::changed);
        QSignalSpy loading(&model, &StoreListModel::loadingChanged);
        // Five writes, queued on the store's thread before any read: five
        // `changed`, one read started by the first and one queued behind it.
        for (int i = 1; i <= 5; ++i)
            writeRows(f.async, this, QStringLiteral("a=%1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 5, 2000);
        QVERIFY(f.settled());
        QCOMPARE(model.reads, 3);
        QCOMPARE(loading.size(), 2); // on once, off once
        QCOMPARE(shown(model), QStringList { QStringLiteral("a=5") });
    }

    // A page not shown reads nothing during a rush, and once when shown again.
    void aModelNotShownReadsOnceWhenShownAgain()
    {
        test::ModelFixture<MetaRowsModel> f(2);
        QVERIFY(f.start());
        MetaRowsModel &model = *f.model;
        model.reload();
        QVERIFY(f.settled());
        const int before = model.reads;
        model.setActive(false);
        QSignalSpy changed(&f.async, &AsyncStore::changed);
        for (int i = 1; i <= 4; ++i)
            writeRows(f.async, this, QStringLiteral("b=%1").arg(i));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 4, 2000);
        QVERIFY(f.settled());
        QCOMPARE(model.reads, before);
        QVERIFY(!shown(model).contains(QStringLiteral("b=4")));
        model.setActive(true);
        QVERIFY(f.settled());
        QCOMPARE(model.reads, before + 1);
        QCOMPARE(shown(model), QStringList { QStringLiteral("b=4") });
        model.setActive(true); // nothing missed: no read
        QVERIFY(f.settled());
        QCOMPARE(model.reads, before + 1);
    }

    void aReadBeforeTheStoreIsOpenIsMadeOnceItIs()
    {
        auto s = test::makeSampleStore(2);
        QVERIFY(s.store->setMeta(QStringLiteral("rows"), QStringLiteral("x=1")).ok());
        AsyncStore async;
        MetaRowsModel model(&async);
        model.reload(); // dropped on the store's thread: nothing is open
        QVERIFY(model.loading());
        QVERIFY(test::openAsync(async, s.path));
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 2000);
        QCOMPARE(shown(model), QStringList { QStringLiteral("x=1") });
    }

    void aFailedOpenEndsLoadingWithTheReason()
    {
        AsyncStore async;
        MetaRowsModel model(&async);
        model.reload();
        QVERIFY(model.loading());
        async.open(QStringLiteral("/proc/nope/oppmote.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 5000);
        QVERIFY(!model.error().isEmpty());
    }

    void rowsAreReplacedByKeyWithoutAReset()
    {
        test::ModelFixture<MetaRowsModel> f(2);
        QVERIFY(f.start());
        MetaRowsModel &model = *f.model;
        writeRows(f.async, this, QStringLiteral("a=1,b=2,c=3"));
        QTRY_COMPARE_WITH_TIMEOUT(model.count(), 3, 2000);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        writeRows(f.async, this, QStringLiteral("a=1,c=9,d=4"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(model), (QStringList { "a=1", "c=9", "d=4" }), 2000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1); // b
        QCOMPARE(inserted.size(), 1); // d
        QCOMPARE(dataChanged.size(), 1); // c; a did not change
        QCOMPARE(dataChanged.front().at(0).toModelIndex().row(), 1);

        // The rows that stay in another order: a reset.
        writeRows(f.async, this, QStringLiteral("d=4,a=1"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(model), (QStringList { "d=4", "a=1" }), 2000);
        QCOMPARE(reset.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreListModel)
#include "test_store_list_model.moc"
