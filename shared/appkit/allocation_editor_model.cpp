#include "appkit/allocation_editor_model.h"

#include "alloc/allocation_service.h"
#include "alloc/quality_text.h"
#include "domain/plain_text.h"

#include <QVariantMap>

#include <algorithm>

namespace oppmote {

namespace {

using Member = GroupMember;
using Row = GroupRow;

struct Read {
    QString slotKey; // the slot it was read for
    QString error;
    QString title;
    bool published = false;
    QList<Row> rows;
    QList<Member> unplaced;
    QStringList quality;
    QVariantList slotList; // the programme's group-work sessions: [{key, title}]
};

void sortByName(QList<Member> &members)
{
    std::sort(members.begin(), members.end(),
        [](const Member &a, const Member &b) { return a.name.localeAwareCompare(b.name) < 0; });
}

// The groups and their members as the saved allocation has them now (moves
// and locks included).
void readGroups(const alloc::SavedAllocation &saved, Read &out)
{
    QHash<QString, QString> names;
    for (const Attendee &a : saved.people)
        names.insert(a.id, alloc::personName(a));
    const alloc::Problem &p = saved.problem.problem;
    for (std::size_t g = 0; g < p.groups.size(); ++g) {
        const alloc::GroupSpec &spec = p.groups[g];
        const bool reported = g < saved.outcome.groups.size();
        out.rows.append({ spec.key, spec.name.isEmpty() ? spec.key : shownText(spec.name),
            shownText(spec.room), reported ? saved.outcome.groups[g].size : 0, spec.capacity,
            reported ? alloc::organisationMixText(saved.outcome.groups[g]) : QString(), {} });
    }
    out.quality = alloc::qualityLines(saved.outcome.quality, false);
    for (std::size_t i = 0; i < p.people.size() && i < saved.outcome.placements.size(); ++i) {
        const QString &id = p.people[i].id;
        const Member member { id, names.value(id, id), false, false };
        const int g = saved.outcome.placements[i].group;
        if (g >= 0 && g < out.rows.size())
            out.rows[g].members.append(member);
        else
            out.unplaced.append(member);
    }
    for (const alloc::FixedSeat &f : p.fixedSeats)
        if (f.group >= 0 && f.group < out.rows.size())
            out.rows[f.group].members.append(
                { f.personId, names.value(f.personId, f.personId), f.locked, !f.locked });
    for (Row &row : out.rows)
        sortByName(row.members);
    sortByName(out.unplaced);
}

Read readSlot(Store &store, const QString &slotKey)
{
    Read out;
    out.slotKey = slotKey;
    if (auto event = store.program(); event.ok())
        for (const Day &day : event->days)
            for (const Session &session : day.sessions)
                if (session.kind == SessionKind::GroupWork)
                    out.slotList.append(QVariantMap { { QStringLiteral("key"), session.key },
                        { QStringLiteral("title"),
                            QStringLiteral("%1 %2  %3")
                                .arg(shownText(day.heading), session.start.toString(QStringLiteral("HH:mm")),
                                    shownText(session.title)) } });
    if (slotKey.isEmpty())
        return out;
    alloc::AllocationService service(store);
    auto slot = service.groupWorkSlot(slotKey);
    if (!slot.ok()) {
        out.error = slot.error().message;
        return out;
    }
    out.title = shownText(slot->title);
    auto runs = store.allocationRuns(slot->key);
    out.published = runs.ok() && !runs->isEmpty() && runs->last().published;
    auto saved = service.saved(slot->key);
    if (saved.ok()) {
        readGroups(saved.value(), out);
        return out;
    }
    // Not allocated yet: the slot's groups, empty, and the service's words for it.
    out.error = saved.error().message;
    if (saved.error().code == ErrorCode::NotFound)
        if (auto groups = service.groups(slot.value()); groups.ok())
            for (const Group &g : groups.value())
                out.rows.append({ g.key, g.name.isEmpty() ? g.key : shownText(g.name), shownText(g.room), 0,
                    g.capacity, {}, {} });
    return out;
}

QVariantMap memberMap(const Member &m)
{
    return { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name },
        { QStringLiteral("locked"), m.locked }, { QStringLiteral("fixed"), m.fixed } };
}

} // namespace

AllocationEditorModel::AllocationEditorModel(AsyncStore *store, QObject *parent)
    : StoreRowsModel(store, parent), m_by(qEnvironmentVariable("USER"))
{ }

void AllocationEditorModel::setSlot(const QString &key)
{
    if (key == m_slotKey)
        return;
    m_slotKey = key;
    // The other slot's groups go at once; this one's follow the read.
    setRows({});
    m_slotTitle.clear();
    m_published = false;
    m_unplaced.clear();
    m_quality.clear();
    Q_EMIT slotChanged();
    Q_EMIT allocationChanged();
    reload();
}

void AllocationEditorModel::setBy(const QString &by)
{
    if (by == m_by)
        return;
    m_by = by;
    Q_EMIT byChanged();
}

void AllocationEditorModel::startRead()
{
    const QString key = m_slotKey;
    read<Read>([key](Store &store) { return readSlot(store, key); },
        [this](Read &r) {
            if (r.slotKey != m_slotKey)
                return; // read for the slot shown before; the next read is queued
            setError(r.error);
            setRows(std::move(r.rows));
            if (r.slotList != m_slots) {
                m_slots = r.slotList;
                Q_EMIT slotsChanged();
            }
            const bool changes = r.title != m_slotTitle || r.published != m_published
                || r.unplaced != m_unplaced || r.quality != m_quality;
            m_slotTitle = r.title;
            m_published = r.published;
            m_unplaced = std::move(r.unplaced);
            m_quality = std::move(r.quality);
            if (changes)
                Q_EMIT allocationChanged();
        });
}

QVariantList AllocationEditorModel::unplaced() const
{
    QVariantList list;
    for (const Member &m : m_unplaced)
        list.append(QVariantMap { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name } });
    return list;
}

void AllocationEditorModel::move(const QString &attendeeId, const QString &toGroupKey, const QString &reason)
{
    act([slot = m_slotKey, by = m_by, attendeeId, toGroupKey, reason](Store &store) -> ActionOutcome {
        alloc::AllocationService service(store);
        auto moved = service.move(slot, attendeeId, toGroupKey, by, reason);
        if (!moved.ok())
            return { false, moved.error().message };
        return { true,
            tr("%1 is now in %2, locked there.").arg(alloc::personName(moved->person), moved->to.name) };
    });
}

void AllocationEditorModel::lock(const QString &attendeeId, const QString &reason)
{
    setLocked(attendeeId, true, reason);
}

void AllocationEditorModel::unlock(const QString &attendeeId, const QString &reason)
{
    setLocked(attendeeId, false, reason);
}

void AllocationEditorModel::setLocked(const QString &attendeeId, bool locked, const QString &reason)
{
    act([slot = m_slotKey, by = m_by, attendeeId, locked, reason](Store &store) -> ActionOutcome {
        alloc::AllocationService service(store);
        auto group = locked ? service.lock(slot, attendeeId, by, reason)
                            : service.unlock(slot, attendeeId, by, reason);
        if (!group.ok())
            return { false, group.error().message };
        auto who = store.attendee(attendeeId);
        const QString name = who.ok() && who.value() ? alloc::personName(*who.value()) : attendeeId;
        return { true,
            locked ? tr("%1 is locked in %2: a new run keeps them there.").arg(name, group->name)
                   : tr("%1 is no longer locked in %2.").arg(name, group->name) };
    });
}

void AllocationEditorModel::publish(const QString &reason)
{
    act([slot = m_slotKey, by = m_by, reason](Store &store) -> ActionOutcome {
        alloc::AllocationService service(store);
        auto published = service.publish(slot, by, reason);
        if (!published.ok())
            return { false, published.error().message };
        auto session = service.groupWorkSlot(slot);
        const QString title = session.ok() ? shownText(session->title) : slot;
        return { true, tr("The groups of %1 are published.").arg(title) };
    });
}

QVariant AllocationEditorModel::data(const QModelIndex &index, int role) const
{
    const Row *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case KeyRole:
        return r->groupKey;
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case RoomRole:
        return r->room;
    case SizeRole:
        return r->size;
    case CapacityRole:
        return r->capacity;
    case MixRole:
        return r->mix;
    case MembersRole: {
        QVariantList members;
        for (const Member &m : r->members)
            members.append(memberMap(m));
        return members;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AllocationEditorModel::roleNames() const
{
    return { { KeyRole, "groupKey" }, { NameRole, "name" }, { RoomRole, "room" }, { SizeRole, "size" },
        { CapacityRole, "capacity" }, { MembersRole, "members" }, { MixRole, "mix" } };
}

} // namespace oppmote
