#pragma once
// One group-work slot's runs, newest first, and what an organiser does with
// them at the desk: run the allocation again (on those who came, or everyone
// expected) and see who it moved, restore an earlier run, ask why one person
// is where they are, and save the group lists and door signs as PDF into the
// reports folder. Every rule is alloc::AllocationService's, on the store's
// thread; `busy` while a run or a file is being made, and each outcome comes
// back as actionDone in the user's language.

#include "appkit/store_list_model.h"

#include <QDateTime>
#include <QVariantList>

namespace oppmote {

struct AllocationRunRow {
    qint64 id = 0;
    QDateTime at;
    QString by;
    int placed = 0; // fixed and locked included
    int unplaced = 0;
    bool published = false;
    bool current = false; // the slot's allocation now (moves may have come after it)
    QString key() const { return QString::number(id); }
    bool operator==(const AllocationRunRow &) const = default;
};

class AllocationRunsModel : public StoreRowsModel<AllocationRunRow>
{
    Q_OBJECT
    Q_PROPERTY(QString slotKey READ slotKey WRITE setSlot NOTIFY slotChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Whom the desk's last run put in another group: [{id, name, from, to}], by name.
    Q_PROPERTY(QVariantList moved READ moved NOTIFY movedChanged)
    // The last explanation asked for: the person and why, in the user's language.
    Q_PROPERTY(QString explainedName READ explainedName NOTIFY explained)
    Q_PROPERTY(QString explanation READ explanation NOTIFY explained)
    Q_PROPERTY(QString lastSavedPath READ lastSavedPath NOTIFY savedFile)
    // The latest run's solver options, for the next run's form: the cost of
    // moving someone already placed, and at most this many from one
    // organisation per group (0 = no limit).
    Q_PROPERTY(int lastMoveCost READ lastMoveCost NOTIFY lastOptionsChanged)
    Q_PROPERTY(int lastOrgCap READ lastOrgCap NOTIFY lastOptionsChanged)
    // Who makes the changes, for the audit log (default: $USER, as the command line).
    Q_PROPERTY(QString by READ by WRITE setBy NOTIFY byChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole, // "14:05" today, else "2. des. 14:05", in the UI language
        ByRole,
        PlacedRole,
        UnplacedRole,
        PublishedRole,
        CurrentRole,
    };
    Q_ENUM(Role)

    // `folder`: where the PDFs go (the desk's reports folder).
    AllocationRunsModel(AsyncStore *store, QString folder, QObject *parent = nullptr);

    QString slotKey() const { return m_slotKey; }
    void setSlot(const QString &key);
    bool busy() const { return m_busy; }
    QVariantList moved() const { return m_moved; }
    QString explainedName() const { return m_explainedName; }
    QString explanation() const { return m_explanation; }
    QString lastSavedPath() const { return m_lastSavedPath; }
    QString by() const { return m_by; }
    void setBy(const QString &by);
    int lastMoveCost() const { return m_lastMoveCost; }
    int lastOrgCap() const { return m_lastOrgCap; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new run of the slot, saved (not published): those checked in, or
    // everyone expected; locked people and facilitators stay where they are.
    // The latest run's solver options, with the moving cost and the
    // organisation cap given (-1 or the latest run's value: as the latest
    // run; a cap of 0: no limit).
    Q_INVOKABLE void run(
        bool everyoneExpected, const QString &reason = {}, int moveCost = -1, int orgCap = -1);
    // Makes an earlier run the slot's allocation again (as a new run).
    Q_INVOKABLE void restore(qint64 runId, const QString &reason = {});
    // Why the person is where the saved allocation has them; writes nothing.
    Q_INVOKABLE void explain(const QString &attendeeId);
    // The saved allocation's group lists (a page per group) / door signs (a page per group).
    Q_INVOKABLE void saveGroupLists();
    Q_INVOKABLE void saveDoorSigns();

Q_SIGNALS:
    void slotChanged();
    void busyChanged();
    void movedChanged();
    void explained();
    void savedFile(const QString &path);
    void byChanged();
    void lastOptionsChanged();

protected:
    void startRead() override;

private:
    struct Done;
    enum class Sheet { GroupLists, DoorSigns };
    void start(std::function<Done(Store &)> job);
    void finish(Done &done);
    void save(Sheet sheet);

    QString m_slotKey;
    QString m_folder;
    int m_lastMoveCost = 0;
    int m_lastOrgCap = 0;
    QString m_by;
    bool m_busy = false;
    QVariantList m_moved;
    QString m_explainedName;
    QString m_explanation;
    QString m_lastSavedPath;
};

} // namespace oppmote
