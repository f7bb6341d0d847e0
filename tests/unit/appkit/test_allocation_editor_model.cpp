// AllocationEditorModel: one slot's saved allocation as groups with their
// members; a move, a lock and publishing go through AllocationService and show
// up in the store and in the model; the service's rules answer in actionDone.

#include "alloc/allocation_service.h"
#include "appkit/allocation_editor_model.h"
#include "appkit_test_support.h"

#include <QtTest>

using namespace oppmote;

namespace {

struct Place {
    QString groupKey;
    bool locked = false;
    bool fixed = false;
};

// Where the model shows the person; an empty group when nowhere.
Place placeIn(const AllocationEditorModel &model, const QString &attendeeId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        for (const QVariant &m : test::valueAt(model, row, AllocationEditorModel::MembersRole).toList()) {
            const QVariantMap member = m.toMap();
            if (member.value(QStringLiteral("id")).toString() == attendeeId)
                return { test::valueAt(model, row, AllocationEditorModel::KeyRole).toString(),
                    member.value(QStringLiteral("locked")).toBool(),
                    member.value(QStringLiteral("fixed")).toBool() };
        }
    return {};
}

std::optional<Assignment> storedPlace(Store &store, const QString &slotKey, const QString &attendeeId)
{
    for (const Assignment &a : store.assignments(slotKey).value_or({}))
        if (a.attendeeId == attendeeId)
            return a;
    return std::nullopt;
}

const Session *themedSlot(const Event &event)
{
    for (const Session *s : event.groupWorkSlots())
        if (s->groups.size() >= 2)
            return s;
    return nullptr;
}

} // namespace

class TestAllocationEditorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsMembersMovesLocksAndPublishing()
    {
        test::ModelFixture<AllocationEditorModel> f(60);
        Store &other = *f.s.store;
        const Session *slot = themedSlot(f.s.event);
        QVERIFY(slot);
        {
            alloc::AllocationService service(other);
            alloc::RunRequest request;
            request.plan.slotKey = slot->key;
            request.plan.population = alloc::Population::Expected;
            request.by = QStringLiteral("test");
            auto run = service.run(request);
            QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        }
        QVERIFY(f.start());
        AllocationEditorModel &model = *f.model;
        model.setBy(QStringLiteral("Anne"));
        model.setSlot(slot->key);
        QVERIFY(f.settled());
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.count(), int(slot->groups.size()));
        QCOMPARE(model.slotTitle(), slot->title);
        QCOMPARE(model.published(), false);
        QCOMPARE(test::valueAt(model, 0, AllocationEditorModel::KeyRole).toString(), slot->groups[0].key);
        QCOMPARE(test::valueAt(model, 0, AllocationEditorModel::RoomRole).toString(), slot->groups[0].room);
        QCOMPARE(
            test::valueAt(model, 0, AllocationEditorModel::CapacityRole).toInt(), slot->groups[0].capacity);
        int members = 0;
        for (int row = 0; row < model.count(); ++row) {
            const int listed
                = int(test::valueAt(model, row, AllocationEditorModel::MembersRole).toList().size());
            QCOMPARE(test::valueAt(model, row, AllocationEditorModel::SizeRole).toInt(), listed);
            members += listed;
        }
        QCOMPARE(members, int(other.assignments(slot->key)->size()));

        // Someone the solver placed (not a facilitator), moved to another group.
        QString who, from;
        for (const QVariant &m : test::valueAt(model, 0, AllocationEditorModel::MembersRole).toList())
            if (!m.toMap().value(QStringLiteral("fixed")).toBool()) {
                who = m.toMap().value(QStringLiteral("id")).toString();
                break;
            }
        QVERIFY(!who.isEmpty());
        from = slot->groups[0].key;
        const QString to = slot->groups[1].key;
        QSignalSpy done(&model, &StoreListModel::actionDone);

        model.move(who, to); // no reason: the service wants one for the audit log
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 2000);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!done.at(0).at(1).toString().isEmpty());
        QCOMPARE(storedPlace(other, slot->key, who)->groupKey, from);

        model.move(who, to, QStringLiteral("wants to join a colleague"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 2000);
        QVERIFY2(done.at(1).at(0).toBool(), qPrintable(done.at(1).at(1).toString()));
        QVERIFY(done.at(1).at(1).toString().contains(slot->groups[1].name));
        QTRY_COMPARE_WITH_TIMEOUT(placeIn(model, who).groupKey, to, 2000);
        QCOMPARE(placeIn(model, who).locked, true); // a manual placement is locked
        auto stored = storedPlace(other, slot->key, who);
        QVERIFY(stored);
        QCOMPARE(stored->groupKey, to);
        QCOMPARE(stored->locked, true);

        model.unlock(who);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 2000);
        QVERIFY2(done.at(2).at(0).toBool(), qPrintable(done.at(2).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(placeIn(model, who).locked, false, 2000);
        QCOMPARE(storedPlace(other, slot->key, who)->locked, false);
        QCOMPARE(placeIn(model, who).groupKey, to);

        model.publish();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, 2000);
        QVERIFY2(done.at(3).at(0).toBool(), qPrintable(done.at(3).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(model.published(), 2000);
        auto runs = other.allocationRuns(slot->key);
        QVERIFY(runs.ok() && !runs->isEmpty() && runs->last().published);
        auto audit = other.auditLog(slot->key);
        QVERIFY(audit.ok());
        QCOMPARE(audit->last().by, QStringLiteral("Anne"));
    }

    void aSlotNotAllocatedShowsItsGroupsEmptyAndSaysWhy()
    {
        test::ModelFixture<AllocationEditorModel> f(10);
        const Session *slot = themedSlot(f.s.event);
        QVERIFY(slot);
        QVERIFY(f.start());
        AllocationEditorModel &model = *f.model;
        model.setSlot(slot->key);
        QVERIFY(f.settled());
        QCOMPARE(model.count(), int(slot->groups.size()));
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(test::valueAt(model, 0, AllocationEditorModel::MembersRole).toList().size(), 0);

        model.setSlot(QStringLiteral("no-such-slot"));
        QVERIFY(f.settled());
        QCOMPARE(model.count(), 0);
        QVERIFY(!model.error().isEmpty());
        model.setSlot(QString());
        QVERIFY(f.settled());
        QCOMPARE(model.count(), 0);
        QVERIFY(model.error().isEmpty());
    }

    // The slots to choose from are the programme's group work, in its order.
    void theGroupWorkSlotsAreListed()
    {
        test::ModelFixture<AllocationEditorModel> f(5);
        QVERIFY(f.start());
        f.model->reload(); // no slot chosen: the first read is the one asked for
        QVERIFY(f.settled());
        const auto expected = f.s.event.groupWorkSlots();
        QVERIFY(expected.size() >= 2); // the sample: day 1 themes, day 2 mixed groups
        const QVariantList listed = f.model->groupWorkSlots();
        QCOMPARE(listed.size(), expected.size());
        for (int i = 0; i < listed.size(); ++i) {
            const QVariantMap slot = listed[i].toMap();
            QCOMPARE(slot.value(QStringLiteral("key")).toString(), expected[i]->key);
            QVERIFY(slot.value(QStringLiteral("title"))
                        .toString()
                        .contains(expected[i]->start.toString(QStringLiteral("HH:mm"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAllocationEditorModel)
#include "test_allocation_editor_model.moc"
