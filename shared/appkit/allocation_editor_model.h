#pragma once
// One group-work slot's saved allocation for an organiser to adjust: a row per
// group (key, name, room, size, capacity, largest organisations) with its
// members, who the allocation left without a place, and its quality in words. Read and changed through
// alloc::AllocationService on the store's thread, which holds every rule
// (who may be moved, that a move needs a reason, locks, publishing); the
// outcome of each action comes back as actionDone in the user's language.

#include "appkit/store_list_model.h"

#include <QVariantList>

namespace oppmote {

struct GroupMember {
    QString id;
    QString name;
    bool locked = false;
    bool fixed = false; // a facilitator or case presenter
    bool operator==(const GroupMember &) const = default;
};

struct GroupRow {
    QString groupKey;
    QString name;
    QString room;
    int size = 0;
    int capacity = 0;
    QString mix; // "Agder 3, Viken 2"
    QList<GroupMember> members;
    QString key() const { return groupKey; }
    bool operator==(const GroupRow &) const = default;
};

class AllocationEditorModel : public StoreRowsModel<GroupRow>
{
    Q_OBJECT
    Q_PROPERTY(QString slotKey READ slotKey WRITE setSlot NOTIFY slotChanged)
    Q_PROPERTY(QString slotTitle READ slotTitle NOTIFY allocationChanged)
    // The programme's group-work sessions to choose from: [{key, title}], in programme order.
    Q_PROPERTY(QVariantList groupWorkSlots READ groupWorkSlots NOTIFY slotsChanged)
    Q_PROPERTY(bool published READ published NOTIFY allocationChanged)
    Q_PROPERTY(QVariantList unplaced READ unplaced NOTIFY allocationChanged) // [{id, name}]
    // The allocation as it is now (moves included), in lines: placed, choices got, the worst rank.
    Q_PROPERTY(QStringList quality READ quality NOTIFY allocationChanged)
    // Who makes the changes, for the audit log (default: $USER, as the command line).
    Q_PROPERTY(QString by READ by WRITE setBy NOTIFY byChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "d1-1400-g2"
        NameRole, // "Tema 2"
        RoomRole,
        SizeRole, // everyone placed, facilitators and locked people too
        CapacityRole, // seats; 0 = not set
        MembersRole, // [{id, name, locked, fixed}], by name; fixed: a facilitator or case presenter
        MixRole, // its largest organisations, "Agder 3, Viken 2"
    };
    Q_ENUM(Role)

    explicit AllocationEditorModel(AsyncStore *store, QObject *parent = nullptr);

    QString slotKey() const { return m_slotKey; }
    // The group-work session to show ("d1-1400"); empty shows nothing.
    Q_INVOKABLE void setSlot(const QString &key);
    QString slotTitle() const { return m_slotTitle; }
    QVariantList groupWorkSlots() const { return m_slots; }
    bool published() const { return m_published; }
    QVariantList unplaced() const;
    QStringList quality() const { return m_quality; }
    QString by() const { return m_by; }
    void setBy(const QString &by);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Places the person in the group and locks them there; the service wants
    // a reason for the audit log.
    Q_INVOKABLE void move(const QString &attendeeId, const QString &toGroupKey, const QString &reason = {});
    Q_INVOKABLE void lock(const QString &attendeeId, const QString &reason = {});
    Q_INVOKABLE void unlock(const QString &attendeeId, const QString &reason = {});
    Q_INVOKABLE void publish(const QString &reason = {});

Q_SIGNALS:
    void slotChanged();
    void slotsChanged();
    void allocationChanged();
    void byChanged();

protected:
    void startRead() override;

private:
    void setLocked(const QString &attendeeId, bool locked, const QString &reason);

    QString m_slotKey;
    QString m_slotTitle;
    QVariantList m_slots;
    bool m_published = false;
    QList<GroupMember> m_unplaced;
    QStringList m_quality;
    QString m_by;
};

} // namespace oppmote
