#pragma once
// The walk-ins registered at a kiosk and waiting for staff, oldest first: who
// is waiting is Store::pendingWalkIns(), where and when they registered comes
// from Store::walkIns(). Name and organisation, no contact details. approve()
// gives the person a code and checks them in at the venue, in one transaction
// (Store::approveWalkIn); the row leaves the queue when the store's `changed`
// reloads it.

#include "appkit/store_list_model.h"

#include <QDateTime>

namespace oppmote {

struct WalkInRow {
    QString id;
    QString name;
    QString organisation;
    QDateTime registeredAt; // on the hub's clock where it has measured the kiosk's; invalid = not known
    QString registeredOn; // the kiosk's name; empty = not known
    QString key() const { return id; }
    bool operator==(const WalkInRow &) const = default;
};

class WalkInQueueModel : public StoreRowsModel<WalkInRow>
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, OrganisationRole, RegisteredAtRole, RegisteredOnRole };
    Q_ENUM(Role)

    explicit WalkInQueueModel(AsyncStore *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Outcome: actionDone; on success also walkInApproved (a badge may follow).
    Q_INVOKABLE void approve(const QString &attendeeId);
    // Not registered and never counted (Store::rejectWalkIn); the reason is kept.
    Q_INVOKABLE void reject(const QString &attendeeId, const QString &reason = {});

Q_SIGNALS:
    void walkInApproved(const QString &attendeeId);

protected:
    void startRead() override;
};

} // namespace oppmote
