#pragma once
// Group-work allocation as a service over the store: the rules every front end
// (the command line, the admin app) calls instead of having its own. Who is
// placed, building the problem, solving, saving with an audit row, publishing,
// explaining the saved allocation (read-only), manual moves, locks, restoring
// an earlier run, and finding a group the way organisers name it.
//
//   alloc::AllocationService service(store);
//   alloc::RunRequest request;
//   request.plan.slotKey = "d1-1400";
//   request.by = "Anne";
//   auto run = service.run(request);
//   auto why = service.explain("d1-1400", attendeeId); // writes nothing
//
// It uses the Store directly, so it runs where the store lives: the command
// line's thread, or an AsyncStore job in the apps.
// Messages are for a person, in the UI language (context "Allocation"), and
// name people by their full name and groups by their name ("Tema 2").

#include "alloc/alloc_adapter.h"
#include "alloc/alloc_outcome.h"
#include "domain/allocation.h"
#include "domain/attendee.h"
#include "domain/program.h"
#include "domain/result.h"
#include "store/allocation_log.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace oppmote {
class Store;
}

namespace oppmote::alloc {

struct PlanRequest {
    QString slotKey; // the group-work session, "d1-1400"
    AdapterOptions options; // solver options; `allSlots` is filled in from the programme
    Population population = Population::CheckedIn; // checked in at the venue or the slot, or everyone
};

// A solved allocation of one slot, not saved.
struct Plan {
    Session slot;
    SlotProblem problem; // problem.warnings: preferences and fixed groups that name no group
    Outcome outcome;
    QList<Attendee> people; // everyone in the problem (placed, fixed and locked)
    QList<Assignment> before; // the slot's assignments before this plan (the previous run)
    Population population = Population::CheckedIn;

    const QStringList &warnings() const { return problem.warnings; }
    QList<Assignment> assignments() const; // what saving it writes
};

// A group as the organisers see it.
struct GroupRef {
    QString key; // "d1-1400-g2"
    QString name; // "Tema 2"; a mixed slot's "Gruppe 3"
    QString room;
};

struct MoveResult {
    Attendee person;
    std::optional<GroupRef> from; // none when they had no place
    GroupRef to;
};

struct RunRequest {
    PlanRequest plan;
    QString by; // who runs it, for the audit log
    QString reason; // optional, for the audit log
    bool publish = false;
};

struct RunResult {
    Plan plan;
    qint64 runId = 0;
    bool published = false;
    QList<MoveResult> moved; // in another group than before this run, by name
};

// The saved allocation of a slot as an Outcome, so it can be reported and
// explained without solving again.
struct SavedAllocation {
    Session slot;
    SlotProblem problem;
    Outcome outcome;
    QList<Attendee> people;
    qint64 runId = 0; // the latest run (manual moves may have come after it)
};

struct SavedExplanation {
    SavedAllocation allocation;
    Attendee person;
    Explanation explanation;
};

struct RestoreResult {
    qint64 restoredRun = 0; // the earlier run
    qint64 runId = 0; // the new run that holds it now
    int people = 0; // assignments restored
};

// One run of a slot, for listings.
struct RunSummary {
    AllocationRun run;
    int placed = 0; // people in groups (fixed and locked included), from its quality
    int unplaced = 0;
    bool current = false; // the slot's latest run
};

class AllocationService
{
    Q_DECLARE_TR_FUNCTIONS(Allocation)

public:
    explicit AllocationService(Store &store);

    // The group-work session `key`; NotFound / InvalidInput with a message otherwise.
    Result<Session> groupWorkSlot(const QString &key);

    // Read-only: who is placed (checked in at the venue or at the slot, or
    // everyone expected; locked people always), the problem with the slot's
    // current assignments as the previous run, and the solver's outcome.
    Result<Plan> plan(const PlanRequest &request);
    // plan(), then saved (assignments, run with options and quality, audit row,
    // in one transaction) and, when asked, published.
    Result<RunResult> run(const RunRequest &request);

    // Read-only: the slot's saved allocation as it is now (moves and locks
    // included), with the options of its latest run. NotFound when never allocated.
    Result<SavedAllocation> saved(const QString &slotKey);
    // Read-only: why `attendeeId` is where the saved allocation has them. Writes nothing.
    Result<SavedExplanation> explain(const QString &slotKey, const QString &attendeeId);

    // An organiser's manual placement: `group` as key, name or number; locks them there.
    Result<MoveResult> move(const QString &slotKey, const QString &attendeeId, const QString &group,
        const QString &by, const QString &reason);
    Result<GroupRef> lock(
        const QString &slotKey, const QString &attendeeId, const QString &by, const QString &reason = {});
    Result<GroupRef> unlock(
        const QString &slotKey, const QString &attendeeId, const QString &by, const QString &reason = {});
    // Marks the slot's latest run published; returns its id.
    Result<qint64> publish(const QString &slotKey, const QString &by, const QString &reason = {});
    // Makes an earlier run of the slot the current allocation again, as a new
    // run, with a 'run' audit row "restored run N".
    Result<RestoreResult> restore(
        const QString &slotKey, qint64 runId, const QString &by, const QString &reason = {});
    Result<QList<RunSummary>> runs(const QString &slotKey = {});

    // The slot's groups: its themes, or a mixed slot's groups as allocated so far.
    Result<QList<Group>> groups(const Session &slot);
    // The group `text` names (key, name in any case, or number); NotFound lists the groups.
    Result<GroupRef> findGroup(const Session &slot, const QString &text);
    // "Tema 2" for a group key of the slot (the key itself when it is unknown).
    QString groupName(const Session &slot, const QString &groupKey);

    // The options of a run as stored in allocation_runs.options_json, and back.
    static QJsonObject optionsToJson(const AdapterOptions &options, Population population);
    static AdapterOptions optionsFromJson(const QJsonObject &json, Population *population = nullptr);

private:
    QList<MoveResult> movedBy(const Plan &plan);
    Result<Attendee> person(const QString &attendeeId);
    Result<QList<Session>> groupWorkSlots();
    Result<GroupRef> setLocked(const QString &slotKey, const QString &attendeeId, bool locked,
        const QString &by, const QString &reason);

    Store &m_store;
};

// "Kari Nordmann" (plain text), or the id when the person has no name.
QString personName(const Attendee &attendee);

} // namespace oppmote::alloc
