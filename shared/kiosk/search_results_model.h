#pragma once
// The few best matches for what was typed: first name, surname and
// organisation only (never e-mail; never a browsable list of everyone).

#include "kiosk/kiosk_roster.h"

#include <QAbstractListModel>

#include <vector>

namespace oppmote {

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { FirstNameRole = Qt::UserRole + 1, LastNameRole, OrganisationRole };

    using QAbstractListModel::QAbstractListModel;

    void setPeople(std::vector<KioskPerson> people);
    const KioskPerson *person(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    std::vector<KioskPerson> m_people;
};

} // namespace oppmote
