#pragma once
// Attendance as the organisers follow it, live: the venue over all days, each
// programme day at the venue and, under its day, each session, with the
// figures of store/attendance.h (expected, arrived, walk-ins, not yet, no-shows,
// duplicates, present). Read from Store::attendance() and dayAttendance();
// every figure is the store's, none is worked out here.

#include "appkit/store_list_model.h"

namespace oppmote {

struct AttendanceRow {
    QString kind;
    QString title;
    QString day;
    int dayNumber = 0;
    QString sessionKey;
    QString starts;
    int expected = 0;
    int arrived = 0;
    int walkIns = 0;
    int notYet = 0;
    int noShows = 0;
    int duplicates = 0;
    int present = 0;
    int checkedIn = 0;
    QString key() const;
    bool operator==(const AttendanceRow &) const = default;
};

class AttendanceModel : public StoreRowsModel<AttendanceRow>
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "venue" (all days), "day" (the venue that day), "session"
        TitleRole,
        DayRole, // "Mandag 25. september"; empty for the venue over all days
        DayNumberRole, // 1-based; 0 for the venue over all days
        SessionKeyRole, // "d1-1400"; empty for the venue
        StartsRole, // "14:00" for a session
        ExpectedRole,
        ArrivedRole,
        WalkInsRole,
        NotYetRole,
        NoShowsRole,
        DuplicatesRole,
        PresentRole,
        CheckedInRole, // scanned at the session's own door (sessions only)
    };
    Q_ENUM(Role)

    explicit AttendanceModel(AsyncStore *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void startRead() override;
};

} // namespace oppmote
