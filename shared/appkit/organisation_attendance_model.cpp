#include "appkit/organisation_attendance_model.h"

#include "domain/plain_text.h"

namespace oppmote {

OrganisationAttendanceModel::OrganisationAttendanceModel(AsyncStore *store, QObject *parent)
    : StoreRowsModel(store, parent)
{
    reload();
}

void OrganisationAttendanceModel::startRead()
{
    const QDate today = QDate::currentDate();
    readEach<OrganisationAttendance>([today](Store &store) { return store.organisationAttendance(today); },
        [](const OrganisationAttendance &o) {
            return OrganisationRow { shownText(o.organisation), o.expected, o.arrived };
        });
}

QVariant OrganisationAttendanceModel::data(const QModelIndex &index, int role) const
{
    const OrganisationRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case OrganisationRole:
        return r->organisation.isEmpty() ? tr("(no organisation)") : r->organisation;
    case ExpectedRole:
        return r->expected;
    case ArrivedRole:
        return r->arrived;
    case ShareRole: // of those expected, 0–1; walk-ins can take it over 1
        return r->expected > 0 ? double(r->arrived) / r->expected : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> OrganisationAttendanceModel::roleNames() const
{
    return { { OrganisationRole, "organisation" }, { ExpectedRole, "expected" }, { ArrivedRole, "arrived" },
        { ShareRole, "share" } };
}

} // namespace oppmote
