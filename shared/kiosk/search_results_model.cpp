#include "kiosk/search_results_model.h"

#include "kiosk/kiosk_roster.h"

namespace oppmote {

void SearchResultsModel::setPeople(std::vector<KioskPerson> people)
{
    const bool countChanges = people.size() != m_people.size();
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

const KioskPerson *SearchResultsModel::person(int row) const
{
    return row >= 0 && row < int(m_people.size()) ? &m_people[std::size_t(row)] : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const KioskPerson *p = person(index.row());
    if (!p)
        return {};
    switch (role) {
    case FirstNameRole:
    case Qt::DisplayRole:
        return p->firstName;
    case LastNameRole:
        return p->lastName;
    case OrganisationRole:
        return p->organisation;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return { { FirstNameRole, "firstName" }, { LastNameRole, "lastName" },
        { OrganisationRole, "organisation" } };
}

} // namespace oppmote
