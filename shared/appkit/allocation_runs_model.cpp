#include "appkit/allocation_runs_model.h"

#include "alloc/allocation_service.h"
#include "alloc/group_lists.h"
#include "appkit/shown_time.h"
#include "domain/plain_text.h"

#include <QDir>
#include <QJsonDocument>
#include <QVariantMap>

namespace oppmote {

struct AllocationRunsModel::Done {
    Done(bool success = false, QString text = {}) : ok(success), message(std::move(text)) { }
    bool ok = false;
    QString message; // for actionDone; empty after an explanation
    std::optional<QVariantList> moved; // after a run
    QString explainedName;
    QString explanation;
    QString path; // a PDF saved
};

namespace {

struct RunsRead {
    QString slotKey;
    QString error;
    QList<AllocationRunRow> rows;
    alloc::AdapterOptions latest; // the latest run's options (defaults before the first)
};

QVariantList movedList(const QList<alloc::MoveResult> &moved)
{
    QVariantList list;
    for (const alloc::MoveResult &m : moved)
        list.append(QVariantMap { { QStringLiteral("id"), m.person.id },
            { QStringLiteral("name"), alloc::personName(m.person) },
            { QStringLiteral("from"), m.from ? m.from->name : QString() },
            { QStringLiteral("to"), m.to.name } });
    return list;
}

// "Gruppearbeid 14:00": the slot as a heading on lists and signs.
QString slotHeading(const Session &slot)
{
    return QStringLiteral("%1 %2").arg(shownText(slot.title), slot.start.toString(QStringLiteral("HH:mm")));
}

} // namespace

AllocationRunsModel::AllocationRunsModel(AsyncStore *store, QString folder, QObject *parent)
    : StoreRowsModel(store, parent), m_folder(std::move(folder)), m_by(qEnvironmentVariable("USER"))
{ }

void AllocationRunsModel::setSlot(const QString &key)
{
    if (key == m_slotKey)
        return;
    m_slotKey = key;
    setRows({});
    m_moved.clear();
    m_explainedName.clear();
    m_explanation.clear();
    Q_EMIT slotChanged();
    Q_EMIT movedChanged();
    Q_EMIT explained();
    reload();
}

void AllocationRunsModel::setBy(const QString &by)
{
    if (by == m_by)
        return;
    m_by = by;
    Q_EMIT byChanged();
}

void AllocationRunsModel::startRead()
{
    const QString key = m_slotKey;
    read<RunsRead>(
        [key](Store &store) {
            RunsRead out;
            out.slotKey = key;
            if (key.isEmpty())
                return out;
            alloc::AllocationService service(store);
            auto runs = service.runs(key);
            if (!runs.ok()) {
                out.error = runs.error().message;
                return out;
            }
            for (const alloc::RunSummary &s : runs.value())
                out.rows.prepend(
                    { s.run.id, s.run.at, s.run.by, s.placed, s.unplaced, s.run.published, s.current });
            if (!runs->isEmpty())
                out.latest = alloc::AllocationService::optionsFromJson(
                    QJsonDocument::fromJson(runs->last().run.optionsJson.toUtf8()).object());
            return out;
        },
        [this](RunsRead &r) {
            if (r.slotKey != m_slotKey)
                return; // read for the slot shown before
            setError(r.error);
            if (!r.error.isEmpty())
                return;
            setRows(std::move(r.rows));
            const int moveCost = r.latest.solver.moveCost;
            const int orgCap = r.latest.solver.orgCapCount;
            if (moveCost != m_lastMoveCost || orgCap != m_lastOrgCap) {
                m_lastMoveCost = moveCost;
                m_lastOrgCap = orgCap;
                Q_EMIT lastOptionsChanged();
            }
        });
}

void AllocationRunsModel::start(std::function<Done(Store &)> job)
{
    if (m_busy || m_slotKey.isEmpty() || !store())
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    store()->run<Done>(std::move(job), this, [this](Done done) { finish(done); });
}

void AllocationRunsModel::finish(Done &done)
{
    m_busy = false;
    Q_EMIT busyChanged();
    if (done.moved) {
        m_moved = *done.moved;
        Q_EMIT movedChanged();
    }
    if (!done.explanation.isEmpty()) {
        m_explainedName = done.explainedName;
        m_explanation = done.explanation;
        Q_EMIT explained();
    }
    if (!done.path.isEmpty()) {
        m_lastSavedPath = done.path;
        Q_EMIT savedFile(done.path);
    }
    if (!done.message.isEmpty())
        Q_EMIT actionDone(done.ok, done.message);
}

void AllocationRunsModel::run(bool everyoneExpected, const QString &reason, int moveCost, int orgCap)
{
    // A value the form left as the latest run had it keeps that run's option
    // (a cap given as a share by oppmote allocate is kept).
    if (moveCost == m_lastMoveCost)
        moveCost = -1;
    if (orgCap == m_lastOrgCap)
        orgCap = -1;
    start([slot = m_slotKey, by = m_by, everyoneExpected, reason, moveCost, orgCap](Store &store) -> Done {
        alloc::RunRequest request;
        request.plan.slotKey = slot;
        // The latest run's options, with what the desk's form set.
        if (auto runs = store.allocationRuns(slot); runs.ok() && !runs->isEmpty())
            request.plan.options = alloc::AllocationService::optionsFromJson(
                QJsonDocument::fromJson(runs->last().optionsJson.toUtf8()).object());
        if (moveCost >= 0)
            request.plan.options.solver.moveCost = moveCost;
        if (orgCap >= 0) {
            request.plan.options.solver.orgCapCount = orgCap;
            request.plan.options.solver.orgCapShare = 0;
        }
        request.plan.population
            = everyoneExpected ? alloc::Population::Expected : alloc::Population::CheckedIn;
        request.by = by;
        request.reason = reason;
        alloc::AllocationService service(store);
        auto result = service.run(request);
        if (!result.ok()) {
            QString message = result.error().message;
            if (result.error().code == ErrorCode::Conflict && !everyoneExpected)
                message
                    += QLatin1Char(' ') + tr("Choose “everyone expected” to place all who are registered.");
            return { false, message };
        }
        const alloc::Quality &q = result->plan.outcome.quality;
        QString message = tr("Run %1 saved: %2 of %3 placed.")
                              .arg(result->runId)
                              .arg(q.placed + q.fixed + q.locked)
                              .arg(q.people + q.fixed + q.locked);
        if (!result->plan.before.isEmpty())
            message
                += QLatin1Char(' ') + tr("%n moved to another group.", nullptr, int(result->moved.size()));
        Done done { true, message };
        done.moved = movedList(result->moved);
        return done;
    });
}

void AllocationRunsModel::restore(qint64 runId, const QString &reason)
{
    start([slot = m_slotKey, by = m_by, runId, reason](Store &store) -> Done {
        alloc::AllocationService service(store);
        auto restored = service.restore(slot, runId, by, reason);
        if (!restored.ok())
            return { false, restored.error().message };
        Done done { true,
            tr("Run %1 is the allocation again (saved as run %2, %n people).", nullptr, restored->people)
                .arg(restored->restoredRun)
                .arg(restored->runId) };
        done.moved = QVariantList {};
        return done;
    });
}

void AllocationRunsModel::explain(const QString &attendeeId)
{
    start([slot = m_slotKey, attendeeId](Store &store) -> Done {
        alloc::AllocationService service(store);
        auto why = service.explain(slot, attendeeId);
        if (!why.ok())
            return { false, why.error().message };
        Done done { true, {} };
        done.explainedName = alloc::personName(why->person);
        done.explanation = why->explanation.summary();
        return done;
    });
}

void AllocationRunsModel::saveGroupLists()
{
    save(Sheet::GroupLists);
}

void AllocationRunsModel::saveDoorSigns()
{
    save(Sheet::DoorSigns);
}

void AllocationRunsModel::save(Sheet sheet)
{
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT actionDone(false, tr("Cannot make the folder %1.").arg(m_folder));
        return;
    }
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2-%3.pdf")
            .arg(sheet == Sheet::GroupLists ? QStringLiteral("group-lists") : QStringLiteral("door-signs"),
                m_slotKey, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    start([slot = m_slotKey, sheet, path](Store &store) -> Done {
        alloc::AllocationService service(store);
        auto saved = service.saved(slot);
        if (!saved.ok())
            return { false, saved.error().message };
        const auto rows = alloc::groupListRows(saved->problem, saved->outcome, saved->people);
        const QString title = slotHeading(saved->slot);
        const Status written = sheet == Sheet::GroupLists ? alloc::writeGroupListsPdf(path, title, rows)
                                                          : alloc::writeDoorSignsPdf(path, title, rows);
        if (!written.ok())
            return { false, written.error().message };
        Done done { true, tr("Saved %1.").arg(path) };
        done.path = path;
        return done;
    });
}

QVariant AllocationRunsModel::data(const QModelIndex &index, int role) const
{
    const AllocationRunRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case AtRole:
        return shownWhen(r->at);
    case ByRole:
        return r->by;
    case PlacedRole:
        return r->placed;
    case UnplacedRole:
        return r->unplaced;
    case PublishedRole:
        return r->published;
    case CurrentRole:
        return r->current;
    default:
        return {};
    }
}

QHash<int, QByteArray> AllocationRunsModel::roleNames() const
{
    return { { IdRole, "runId" }, { AtRole, "at" }, { ByRole, "by" }, { PlacedRole, "placed" },
        { UnplacedRole, "unplaced" }, { PublishedRole, "published" }, { CurrentRole, "current" } };
}

} // namespace oppmote
