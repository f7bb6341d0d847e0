#include "roster/person_editing.h"

#include "codes/token.h"
#include "io/attendee_records.h"
#include "store/store.h"

namespace oppmote::roster {

namespace {

bool typedField(const PersonForm &form, io::AttendeeField field)
{
    for (const auto &[f, text] : form.typed)
        if (f == field)
            return true;
    return false;
}

// One row of values, read as the import reads a file's row. `base` (edit) is
// the person as stored; the fields typed replace its cells, and a field typed
// empty clears it.
io::AttendeeRecord readForm(const PersonForm &form, const Attendee *base)
{
    QList<io::AttendeeField> fields;
    QStringList cells;
    auto cell = [&](io::AttendeeField field, const QString &value) {
        fields << field;
        cells << value;
    };
    if (base) {
        cell(io::AttendeeField::Id, base->id);
        const bool renamed = typedField(form, io::AttendeeField::FullName);
        cell(io::AttendeeField::FirstName, renamed ? QString() : base->firstName);
        cell(io::AttendeeField::LastName, renamed ? QString() : base->lastName);
        cell(io::AttendeeField::Organisation, base->organisation);
        cell(io::AttendeeField::Role, base->role);
        cell(io::AttendeeField::Email, base->email);
        cell(io::AttendeeField::Phone, base->phone);
        cell(io::AttendeeField::Type, attendeeTypeName(base->type));
        cell(io::AttendeeField::Preferences, base->preferences.join(QStringLiteral(", ")));
        cell(io::AttendeeField::FixedGroup, base->fixedGroup);
        cell(io::AttendeeField::Consent, base->consent ? QStringLiteral("ja") : QString());
    }
    QList<io::AttendeeField> cleared;
    for (const auto &[field, text] : form.typed) {
        const QString value = field == io::AttendeeField::FullName ? text.simplified() : text.trimmed();
        const qsizetype at = fields.indexOf(field);
        if (at >= 0)
            cells[at] = value;
        else
            cell(field, value);
        if (value.isEmpty())
            cleared << field;
    }
    io::SourceTable table;
    table.rows.append(io::SourceRow { 0, cells });
    io::ColumnMapping mapping;
    mapping.fields = fields;
    mapping.preferenceRanks = QList<int>(fields.size(), 0);
    for (const io::AttendeeField f : fields)
        table.headers << io::attendeeFieldKey(f);
    io::AttendeeRecord record = io::readAttendeeRecords(table, mapping).value(0);
    for (const io::AttendeeField f : cleared)
        if (!record.given.contains(f))
            record.given << f;
    return record;
}

} // namespace

Result<PersonChange> PersonEditing::add(const PersonForm &form)
{
    auto existing = m_store.attendees();
    if (!existing.ok())
        return existing.error();
    PersonChange change;
    change.plan = io::planAttendeeImport({ readForm(form, nullptr) }, existing.value());
    if (change.row().outcome != io::RowOutcome::Added)
        return change;
    for (Attendee &a : change.plan.upserts)
        if (a.token.isEmpty())
            a.token = Token::generate();
    if (auto written = m_store.upsertAttendees(change.plan.upserts); !written.ok())
        return written.error();
    change.written = change.plan.upserts.front();
    return change;
}

Result<PersonChange> PersonEditing::edit(const Attendee &base, const PersonForm &form)
{
    auto existing = m_store.attendees();
    if (!existing.ok())
        return existing.error();
    PersonChange change;
    change.plan = io::planAttendeeImport({ readForm(form, &base) }, existing.value());
    if (change.row().outcome == io::RowOutcome::Added)
        return makeError(ErrorCode::Internal, QStringLiteral("the form did not match %1").arg(base.id));
    if (change.row().outcome != io::RowOutcome::Updated)
        return change;
    if (auto written = m_store.upsertAttendees(change.plan.upserts); !written.ok())
        return written.error();
    change.written = change.plan.upserts.front();
    return change;
}

Result<Attendee> PersonEditing::correctWalkIn(const Attendee &changed)
{
    const QString email = changed.email.trimmed();
    if (!email.isEmpty() && !io::isPlausibleEmail(email))
        return makeError(
            ErrorCode::InvalidInput, tr("«%1» does not look like an e-mail address.").arg(email));
    return m_store.updateWalkIn(changed);
}

Result<Attendee> PersonEditing::giveNewCode(const QString &attendeeId)
{
    return m_store.replaceToken(attendeeId, Token::generate(), false);
}

QString PersonEditing::fieldLabel(const QString &key)
{
    switch (io::attendeeFieldFromKey(key).value_or(io::AttendeeField::Ignore)) {
    case io::AttendeeField::FirstName:
        return tr("first name");
    case io::AttendeeField::LastName:
        return tr("last name");
    case io::AttendeeField::Organisation:
        return tr("organisation");
    case io::AttendeeField::Role:
        return tr("role");
    case io::AttendeeField::Email:
        return tr("e-mail");
    case io::AttendeeField::Phone:
        return tr("phone");
    case io::AttendeeField::Preferences:
        return tr("preferences");
    case io::AttendeeField::Consent:
        return tr("consent");
    case io::AttendeeField::Type:
        return tr("type");
    case io::AttendeeField::FixedGroup:
        return tr("fixed group");
    default:
        return key;
    }
}

} // namespace oppmote::roster
