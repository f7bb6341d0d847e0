#include "io/attendee_records.h"

#include "io/formula_guard.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace oppmote::io {

std::pair<QString, QString> splitFullName(const QString &fullName)
{
    const QString name = fullName.simplified();
    if (const qsizetype comma = name.indexOf(u','); comma > 0)
        return { name.mid(comma + 1).trimmed(), name.left(comma).trimmed() };
    const qsizetype space = name.lastIndexOf(u' ');
    if (space < 0)
        return { name, QString() };
    return { name.left(space), name.mid(space + 1) };
}

QStringList parsePreferences(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;|/\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString value = part.simplified();
        if (!value.isEmpty())
            out.append(value);
    }
    return out;
}

bool parseConsent(const QString &text)
{
    static const QStringList yes = { QStringLiteral("ja"), QStringLiteral("j"), QStringLiteral("yes"),
        QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("sann"), QStringLiteral("sant"),
        QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("ok"), QStringLiteral("✓"),
        QStringLiteral("✔"), QStringLiteral("samtykker"), QStringLiteral("i agree") };
    return yes.contains(text.trimmed().toLower());
}

AttendeeType parseAttendeeType(const QString &text)
{
    struct Word {
        const char16_t *word;
        AttendeeType type;
    };
    static const Word words[] = {
        { u"deltaker", AttendeeType::Participant },
        { u"deltakar", AttendeeType::Participant },
        { u"deltagare", AttendeeType::Participant },
        { u"foredragsholder", AttendeeType::Speaker },
        { u"innleder", AttendeeType::Speaker },
        { u"innleiar", AttendeeType::Speaker },
        { u"talare", AttendeeType::Speaker },
        { u"fasilitator", AttendeeType::Facilitator },
        { u"gruppeleder", AttendeeType::Facilitator },
        { u"gruppeleiar", AttendeeType::Facilitator },
        { u"samtalsledare", AttendeeType::Facilitator },
        { u"arrangør", AttendeeType::Organiser },
        { u"arrangör", AttendeeType::Organiser },
        { u"organizer", AttendeeType::Organiser },
        { u"stab", AttendeeType::Staff },
        { u"funksjonær", AttendeeType::Staff },
        { u"personal", AttendeeType::Staff },
        { u"walk-in", AttendeeType::WalkIn },
    };
    const QString value = text.trimmed().toLower();
    for (const auto &w : words)
        if (value == QStringView(w.word))
            return w.type;
    return attendeeTypeFromName(value);
}

bool isCancelledStatus(const QString &status)
{
    static const char16_t *const cancelled[]
        = { u"not attending", u"refunded", u"cancelled", u"canceled", u"deleted", u"avmeldt", u"avmeld",
              u"avbestilt", u"kansellert", u"trukket", u"avanmäld", u"avbokad", u"återbetald", u"struken" };
    const QString value = status.trimmed().toLower();
    for (const char16_t *word : cancelled)
        if (value.contains(QStringView(word)))
            return true;
    return false;
}

namespace {

void setField(AttendeeRecord &record, AttendeeField field, const QString &value)
{
    Attendee &a = record.attendee;
    switch (field) {
    case AttendeeField::Ignore:
    case AttendeeField::FullName:
    case AttendeeField::Preferences:
        return; // handled by the caller
    case AttendeeField::Id:
        record.idInFile = value;
        break;
    case AttendeeField::FirstName:
        a.firstName = value.simplified();
        break;
    case AttendeeField::LastName:
        a.lastName = value.simplified();
        break;
    case AttendeeField::Organisation:
        a.organisation = value.simplified();
        break;
    case AttendeeField::Role:
        a.role = value.simplified();
        break;
    case AttendeeField::Email: {
        QString email = value.trimmed();
        if (email.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7);
        if (email.startsWith(u'<') && email.endsWith(u'>'))
            email = email.mid(1, email.size() - 2);
        a.email = email.trimmed();
        break;
    }
    case AttendeeField::Phone:
        a.phone = value.simplified();
        break;
    case AttendeeField::Consent:
        a.consent = parseConsent(value);
        break;
    case AttendeeField::Type:
        a.type = parseAttendeeType(value);
        break;
    case AttendeeField::FixedGroup:
        a.fixedGroup = value.trimmed();
        break;
    case AttendeeField::Status:
        record.status = value.trimmed();
        break;
    }
    if (!record.given.contains(field))
        record.given.append(field);
}

} // namespace

QList<AttendeeRecord> readAttendeeRecords(const SourceTable &table, const ColumnMapping &mapping)
{
    QList<AttendeeRecord> records;
    records.reserve(table.rows.size());
    const qsizetype columns = mapping.fields.size();
    for (const SourceRow &row : table.rows) {
        AttendeeRecord record;
        record.line = row.line;
        QString fullName;
        std::multimap<int, QStringList> preferences; // by rank, then column order
        for (qsizetype c = 0; c < columns && c < row.cells.size(); ++c) {
            const AttendeeField field = mapping.fields[c];
            const QString value = unguardFormula(row.cells[c].trimmed());
            if (field == AttendeeField::Ignore || value.isEmpty())
                continue;
            // Two columns for one field (Cell Phone, Work Phone): the first with a value wins.
            if (record.given.contains(field) && field != AttendeeField::Preferences)
                continue;
            if (field == AttendeeField::FullName) {
                fullName = value;
                record.given.append(field);
            } else if (field == AttendeeField::Preferences) {
                preferences.emplace(mapping.preferenceRanks[c], parsePreferences(value));
                if (!record.given.contains(field))
                    record.given.append(field);
            } else {
                setField(record, field, value);
            }
        }
        for (const auto &entry : preferences)
            record.attendee.preferences += entry.second;
        // A full-name column fills in what separate name columns left empty.
        if (!fullName.isEmpty() && record.attendee.firstName.isEmpty()
            && record.attendee.lastName.isEmpty()) {
            const auto [first, last] = splitFullName(fullName);
            record.attendee.firstName = first;
            record.attendee.lastName = last;
            record.given.append(AttendeeField::FirstName);
            if (!last.isEmpty())
                record.given.append(AttendeeField::LastName);
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace oppmote::io
