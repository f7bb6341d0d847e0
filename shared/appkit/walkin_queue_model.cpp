#include "appkit/walkin_queue_model.h"

#include "domain/plain_text.h"
#include "store/walk_in.h"

namespace oppmote {

namespace {

// Who waits is the store's rule (pendingWalkIns); walkIns() adds where and
// when each registered, and their order: oldest first.
Result<QList<WalkIn>> pendingInOrder(Store &store)
{
    auto pending = store.pendingWalkIns();
    if (!pending.ok())
        return pending.error();
    auto all = store.walkIns();
    if (!all.ok())
        return all.error();
    QHash<QString, Attendee> waiting;
    for (const Attendee &a : pending.value())
        waiting.insert(a.id, a);
    QList<WalkIn> queue;
    for (WalkIn w : all.value())
        if (const auto it = waiting.constFind(w.person.id); it != waiting.cend()) {
            w.person = *it;
            queue.append(w);
            waiting.erase(it);
        }
    for (const Attendee &a : std::as_const(waiting)) // pending, with no details
        queue.append(WalkIn { a });
    return queue;
}

WalkInRow rowOf(const WalkIn &w)
{
    return { w.person.id, shownText(w.person.fullName()), shownText(w.person.organisation), w.registeredAt,
        shownText(w.deviceName) };
}

} // namespace

WalkInQueueModel::WalkInQueueModel(AsyncStore *store, QObject *parent) : StoreRowsModel(store, parent)
{
    reload();
}

void WalkInQueueModel::startRead()
{
    readEach<WalkIn>(pendingInOrder, rowOf);
}

void WalkInQueueModel::approve(const QString &attendeeId)
{
    act(
        [attendeeId](Store &store) -> ActionOutcome {
            auto outcome = store.approveWalkIn(attendeeId);
            if (!outcome.ok())
                return { false, outcome.error().message };
            auto who = store.attendee(attendeeId);
            const QString name = who.ok() && who.value() ? shownText(who.value()->fullName()) : attendeeId;
            if (outcome->status == CheckinStatus::CheckedIn)
                return { true, tr("%1 is registered and checked in.").arg(name) };
            // Registered; the check-in had already been made (another kiosk, earlier today).
            return { true, tr("%1 is registered. %2").arg(name, outcome->message()) };
        },
        [this, attendeeId] { Q_EMIT walkInApproved(attendeeId); });
}

void WalkInQueueModel::reject(const QString &attendeeId, const QString &reason)
{
    act([attendeeId, reason](Store &store) -> ActionOutcome {
        auto who = store.attendee(attendeeId);
        const QString name = who.ok() && who.value() ? shownText(who.value()->fullName()) : attendeeId;
        if (auto rejected = store.rejectWalkIn(attendeeId, reason); !rejected.ok())
            return { false, rejected.error().message };
        return { true, tr("%1 is turned down: not registered, not counted.").arg(name) };
    });
}

QVariant WalkInQueueModel::data(const QModelIndex &index, int role) const
{
    const WalkInRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case OrganisationRole:
        return r->organisation;
    case RegisteredAtRole:
        return r->registeredAt;
    case RegisteredOnRole:
        return r->registeredOn;
    default:
        return {};
    }
}

QHash<int, QByteArray> WalkInQueueModel::roleNames() const
{
    return { { IdRole, "attendeeId" }, { NameRole, "name" }, { OrganisationRole, "organisation" },
        { RegisteredAtRole, "registeredAt" }, { RegisteredOnRole, "registeredOn" } };
}

} // namespace oppmote
