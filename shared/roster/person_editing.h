#pragma once
// One person added or corrected by hand, at the desk or with `oppmote
// attendees add|edit`: the values typed are read as the import reads a row of
// a file (io::readAttendeeRecords: whitespace, e-mail, preferences, consent
// and type words) and judged by its plan (io::planAttendeeImport: no name, an
// invalid e-mail, registered already, a shared e-mail to review). A person is
// written only when the plan adds them (add) or changes them (edit), in one
// transaction; someone added gets a code at once. A walk-in corrected before
// it is approved. And a new code for one person, the old one refused from
// then on.

#include "domain/attendee.h"
#include "domain/result.h"
#include "io/attendee_import_plan.h"
#include "io/column_mapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace oppmote {
class Store;
}

namespace oppmote::roster {

// What was typed: each field given, with its text; a field typed empty
// clears it (edit). io::AttendeeField::FullName is split as the import splits it.
struct PersonForm {
    QList<std::pair<io::AttendeeField, QString>> typed;
    void set(io::AttendeeField field, const QString &text) { typed.append({ field, text }); }
};

struct PersonChange {
    io::ImportPlan plan; // one row: outcome, reason, changed fields, what to review
    std::optional<Attendee> written; // the person as stored, when something was written
    const io::RowReport &row() const { return plan.rows.front(); }
};

class PersonEditing
{
    Q_DECLARE_TR_FUNCTIONS(PersonEditing)
public:
    explicit PersonEditing(Store &store) : m_store(store) { }

    // Written when the plan says Added (with a new code); otherwise the row says why not.
    Result<PersonChange> add(const PersonForm &form);
    // `base` as stored; written when the plan says Updated.
    Result<PersonChange> edit(const Attendee &base, const PersonForm &form);
    // A walk-in waiting at the desk corrected (names, organisation, e-mail …):
    // an e-mail must look like one, then Store::updateWalkIn's rules (a first
    // name and a surname; not one turned down). Returns the walk-in as stored.
    Result<Attendee> correctWalkIn(const Attendee &changed);
    // A lost badge or a leaked code: a new one; NotFound for an unknown person.
    Result<Attendee> giveNewCode(const QString &attendeeId);

    // A field as a person calls it ("e-mail", "phone"), for "… is changed: e-mail, phone."
    static QString fieldLabel(const QString &key);

private:
    Store &m_store;
};

} // namespace oppmote::roster
