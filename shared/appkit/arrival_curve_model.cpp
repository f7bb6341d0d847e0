#include "appkit/arrival_curve_model.h"

namespace oppmote {

ArrivalCurveModel::ArrivalCurveModel(AsyncStore *store, int minutes, QObject *parent)
    : StoreRowsModel(store, parent), m_minutes(minutes)
{
    reload();
}

void ArrivalCurveModel::startRead()
{
    const int minutes = m_minutes;
    const QDate today = QDate::currentDate();
    readEach<ArrivalInterval>([today, minutes](Store &store) { return store.arrivalCurve(today, minutes); },
        [today](const ArrivalInterval &i) {
            return ArrivalRow { QDateTime(today, i.start), i.arrivals };
        });
}

void ArrivalCurveModel::rowsRead(QList<ArrivalRow> rows)
{
    int peak = 0;
    int total = 0;
    for (const ArrivalRow &r : rows) {
        peak = std::max(peak, r.arrivals);
        total += r.arrivals;
    }
    setRows(std::move(rows));
    // Rows compare whole, but a changed row is announced for column 0 only:
    // tell a chart reading column 1 too.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 1));
    m_peak = peak;
    m_total = total;
    Q_EMIT curveChanged();
}

int ArrivalCurveModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant ArrivalCurveModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArrivalRow &r = rows()[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(double(r.start.toMSecsSinceEpoch())) : QVariant(r.arrivals);
    case StartRole:
        return r.start;
    case ArrivalsRole:
        return r.arrivals;
    default:
        return {};
    }
}

QVariant ArrivalCurveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    return section == 0 ? tr("Time") : tr("Arrivals");
}

QHash<int, QByteArray> ArrivalCurveModel::roleNames() const
{
    return { { StartRole, "start" }, { ArrivalsRole, "arrivals" } };
}

QDateTime ArrivalCurveModel::from() const
{
    return rows().isEmpty() ? QDateTime(QDate::currentDate(), QTime(8, 0)) : rows().front().start;
}

QDateTime ArrivalCurveModel::to() const
{
    return rows().isEmpty() ? QDateTime(QDate::currentDate(), QTime(10, 0))
                            : rows().back().start.addSecs(m_minutes * 60);
}

} // namespace oppmote
