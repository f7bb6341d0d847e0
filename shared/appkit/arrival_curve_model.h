#pragma once
// Today's arrivals at the venue per five minutes (Store::arrivalCurve), for
// the dashboard's chart. Two columns so a chart's XY mapper can read it
// as it is: 0 = the interval's start (ms since the epoch), 1 = arrivals.
// `from`, `to` and `peak` size the chart's axes.

#include "appkit/store_list_model.h"

#include <QDateTime>

namespace oppmote {

struct ArrivalRow {
    QDateTime start;
    int arrivals = 0;
    QString key() const { return start.toString(Qt::ISODate); }
    bool operator==(const ArrivalRow &) const = default;
};

class ArrivalCurveModel : public StoreRowsModel<ArrivalRow>
{
    Q_OBJECT
    Q_PROPERTY(QDateTime from READ from NOTIFY curveChanged)
    Q_PROPERTY(QDateTime to READ to NOTIFY curveChanged)
    Q_PROPERTY(int peak READ peak NOTIFY curveChanged) // the most arrivals in one interval
    Q_PROPERTY(int total READ total NOTIFY curveChanged)
    Q_PROPERTY(int minutes READ minutes CONSTANT)
public:
    enum Role { StartRole = Qt::UserRole + 1, ArrivalsRole };
    Q_ENUM(Role)

    explicit ArrivalCurveModel(AsyncStore *store, int minutes = 5, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QDateTime from() const;
    QDateTime to() const;
    int peak() const { return m_peak; }
    int total() const { return m_total; }
    int minutes() const { return m_minutes; }

Q_SIGNALS:
    void curveChanged();

protected:
    void startRead() override;
    void rowsRead(QList<ArrivalRow> rows) override;

private:
    int m_minutes;
    int m_peak = 0;
    int m_total = 0;
};

} // namespace oppmote
