#pragma once
// The people on the roster, for the organisers' and the staff's lists: a
// search the way the kiosk searches (search/name_index.h: æ/ø/å folding, one
// typo forgiven), a filter on the state of the day, and filters on attendee
// type and organisation, all combined. Whether someone has arrived today
// (store/venue_arrivals.h) and who waits as a walk-in (Store::pendingWalkIns)
// are the store's answers. E-mail addresses and phone numbers are never read
// into this model: the admin app shows them elsewhere, on purpose.

#include "appkit/store_list_model.h"
#include "domain/attendee.h"
#include "domain/checkin_event.h"

#include <QSet>
#include <QStringList>

#include <memory>

namespace oppmote {

// What a row holds: no contact details.
struct AttendeeRow {
    QString id;
    QString fullName;
    QString organisation;
    AttendeeType type = AttendeeType::Participant;
    bool arrived = false;
    bool walkInPending = false;
    QString key() const { return id; }
    bool operator==(const AttendeeRow &) const = default;
};

class AttendeeListModel : public StoreRowsModel<AttendeeRow>
{
    Q_OBJECT
    // Two letters or more search by name (best matches first); less lists everyone.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    // An attendee type by its name ("speaker", "walkin" …); empty = every type.
    Q_PROPERTY(QString attendeeType READ attendeeType WRITE setAttendeeType NOTIFY filterChanged)
    // An organisation as listed in `organisations`; empty = every organisation.
    Q_PROPERTY(QString organisation READ organisation WRITE setOrganisation NOTIFY filterChanged)
    Q_PROPERTY(QStringList organisations READ organisations NOTIFY organisationsChanged)
public:
    enum class Filter {
        All,
        ArrivedToday, // checked in at the venue today
        NotArrived, // registered (pending walk-ins aside), not checked in at the venue today
        WalkInsPending, // registered at a kiosk, waiting for staff to approve them
    };
    Q_ENUM(Filter)

    enum Role {
        IdRole = Qt::UserRole + 1,
        FullNameRole,
        OrganisationRole,
        TypeRole, // attendeeTypeName(): "participant", "speaker", … "walkin"
        TypeLabelRole, // the type in the UI language
        ArrivedRole, // at the venue today
        WalkInPendingRole,
    };
    Q_ENUM(Role)

    explicit AttendeeListModel(AsyncStore *store, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString attendeeType() const { return m_type; }
    void setAttendeeType(const QString &type);
    QString organisation() const { return m_organisation; }
    void setOrganisation(const QString &organisation);
    QStringList organisations() const;

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // By hand at the desk (Store::checkIn / checkOut / undoCheckIn at the
    // venue, method Staff), each with the reason kept on the event, which is
    // required ("forgot the invitation", "left at lunch", "scanned the wrong
    // person"): the list's rules hold as at a kiosk; the outcome's message
    // says what happened ("already checked in at 09:40 at Kiosk 2" …).
    Q_INVOKABLE void checkIn(const QString &attendeeId, const QString &reason);
    Q_INVOKABLE void checkOut(const QString &attendeeId, const QString &reason);
    Q_INVOKABLE void undoCheckIn(const QString &attendeeId, const QString &reason);

    struct Roster; // everyone, and the name index over them

Q_SIGNALS:
    void queryChanged();
    void filterChanged();
    void organisationsChanged();

protected:
    void startRead() override;

private:
    // An entry, exit or undo at the venue with its reason (none: refused, said with actionDone).
    void byHand(const QString &attendeeId, const QString &reason, EventKind kind);
    void refilter();
    bool passes(const AttendeeRow &person) const;

    std::shared_ptr<const Roster> m_roster;
    QSet<QString> m_arrived; // today, at the venue
    QSet<QString> m_waiting; // walk-ins waiting for approval
    QString m_query;
    Filter m_filter = Filter::All;
    QString m_type;
    QString m_organisation;
};

} // namespace oppmote
