#pragma once
// Today's arrivals at the venue per organisation (Store::organisationAttendance):
// expected, arrived, the share, sorted by name; for the dashboard.

#include "appkit/store_list_model.h"

namespace oppmote {

struct OrganisationRow {
    QString organisation; // as plain text; "" for people without one
    int expected = 0;
    int arrived = 0;
    QString key() const { return organisation; }
    bool operator==(const OrganisationRow &) const = default;
};

class OrganisationAttendanceModel : public StoreRowsModel<OrganisationRow>
{
    Q_OBJECT
public:
    enum Role { OrganisationRole = Qt::UserRole + 1, ExpectedRole, ArrivedRole, ShareRole };
    Q_ENUM(Role)

    explicit OrganisationAttendanceModel(AsyncStore *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void startRead() override;
};

} // namespace oppmote
