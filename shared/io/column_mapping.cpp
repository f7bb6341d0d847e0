#include "io/column_mapping.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oppmote::io {

namespace {

struct FieldKey {
    AttendeeField field;
    const char16_t *key;
};
constexpr FieldKey kFieldKeys[] = {
    { AttendeeField::Ignore, u"ignore" },
    { AttendeeField::Id, u"id" },
    { AttendeeField::FullName, u"fullName" },
    { AttendeeField::FirstName, u"firstName" },
    { AttendeeField::LastName, u"lastName" },
    { AttendeeField::Organisation, u"organisation" },
    { AttendeeField::Role, u"role" },
    { AttendeeField::Email, u"email" },
    { AttendeeField::Phone, u"phone" },
    { AttendeeField::Preferences, u"preferences" },
    { AttendeeField::Consent, u"consent" },
    { AttendeeField::Type, u"type" },
    { AttendeeField::FixedGroup, u"fixedGroup" },
    { AttendeeField::Status, u"status" },
};

struct Synonyms {
    AttendeeField field;
    std::initializer_list<const char16_t *> headers; // already normalised
};

// nb / nn / sv / en, and the headers of Eventbrite, Google Forms, MS Forms.
const Synonyms kSynonyms[] = {
    { AttendeeField::Id, { u"id", u"oppmøteid", u"oppmoteid" } },
    { AttendeeField::FullName,
        { u"navn", u"namn", u"fulltnavn", u"fulltnamn", u"fullständigtnamn", u"name", u"fullname",
            u"deltaker", u"deltakar", u"deltagare", u"deltakernavn", u"deltakarnamn", u"deltagarnamn",
            u"attendeename", u"participant", u"participantname", u"ditnavn", u"dittnamn", u"yourname" } },
    { AttendeeField::FirstName,
        { u"fornavn", u"førenamn", u"fornamn", u"förnamn", u"firstname", u"givenname", u"first",
            u"tilltalsnamn" } },
    { AttendeeField::LastName,
        { u"etternavn", u"etternamn", u"efternamn", u"lastname", u"surname", u"familyname", u"last" } },
    { AttendeeField::Organisation,
        { u"organisasjon", u"organisation", u"organization", u"org", u"fylkeskommune", u"fylke",
            u"virksomhet", u"verksemd", u"arbeidsgiver", u"arbeidsgjevar", u"arbeidssted", u"arbeidsstad",
            u"bedrift", u"firma", u"institusjon", u"kommune", u"company", u"companyname", u"employer",
            u"affiliation", u"företag", u"foretag", u"arbetsgivare", u"arbetsplats", u"myndighet", u"kommun",
            u"organisationsnamn", u"organisasjonsnavn" } },
    { AttendeeField::Email,
        { u"epost", u"epostadresse", u"epostadr", u"epostadress", u"email", u"emailaddress", u"mail",
            u"mailadresse", u"mailadress", u"mejl", u"mejladress", u"eposten", u"attendeeemail" } },
    { AttendeeField::Role,
        { u"stilling", u"stillingstittel", u"stillingstitel", u"tittel", u"titel", u"rolle", u"roll", u"yrke",
            u"yrkestittel", u"befattning", u"jobtitle", u"title", u"role", u"position", u"jobb" } },
    { AttendeeField::Phone,
        { u"telefon", u"telefonnummer", u"telefonnr", u"tlf", u"tlfnr", u"mobil", u"mobilnummer", u"mobilnr",
            u"mobiltelefon", u"phone", u"phonenumber", u"mobile", u"mobilephone", u"cellphone", u"workphone",
            u"telephone", u"mobilnummer" } },
    { AttendeeField::Preferences,
        { u"ønskettema", u"ønskatema", u"ønsketema", u"temaønske", u"temaønsker", u"ønsker", u"tema",
            u"temaer", u"valgtema", u"temavalg", u"preferanser", u"prioritering", u"preferences",
            u"preference", u"preferredtopics", u"topics", u"themes", u"önskattema", u"önskemål",
            u"temaval" } },
    { AttendeeField::Consent,
        { u"samtykke", u"samtykker", u"samtycke", u"consent", u"visideltakerliste", u"visideltakarliste",
            u"showonattendeelist", u"deltakerliste", u"deltagarlista" } },
    { AttendeeField::Type,
        { u"type", u"deltakertype", u"deltakartype", u"deltagartyp", u"attendeetype", u"kategori",
            u"category", u"participanttype" } },
    { AttendeeField::FixedGroup, { u"fastgruppe", u"fixedgroup", u"gruppe", u"group", u"grupp" } },
    { AttendeeField::Status,
        { u"status", u"attendeestatus", u"påmeldingsstatus", u"påmeldingstatus", u"registrationstatus",
            u"anmälningsstatus" } },
};

// "Ønske 1", "Valg 2", "Choice 3": one column per ranked choice.
const char16_t *const kRankedPreferencePrefixes[] = { u"ønske", u"ønskje", u"valg", u"val", u"tema",
    u"prioritet", u"choice", u"preference", u"önskemål", u"önskan", u"alternativ" };

const QHash<QString, AttendeeField> &synonymTable()
{
    static const QHash<QString, AttendeeField> table = [] {
        QHash<QString, AttendeeField> t;
        for (const auto &s : kSynonyms)
            for (const char16_t *header : s.headers)
                t.insert(QString::fromUtf16(header), s.field);
        return t;
    }();
    return table;
}

// N of "ønske1" when the prefix is a ranked-choice word, else 0.
int preferenceRank(const QString &normalized)
{
    qsizetype digits = 0;
    while (digits < normalized.size() && normalized[normalized.size() - 1 - digits].isDigit())
        ++digits;
    if (digits == 0 || digits > 2 || digits == normalized.size())
        return 0;
    const QString prefix = normalized.left(normalized.size() - digits);
    for (const char16_t *word : kRankedPreferencePrefixes)
        if (prefix == QStringView(word))
            return normalized.right(digits).toInt();
    return 0;
}

} // namespace

QString attendeeFieldKey(AttendeeField field)
{
    for (const auto &k : kFieldKeys)
        if (k.field == field)
            return QString::fromUtf16(k.key);
    return QStringLiteral("ignore");
}

std::optional<AttendeeField> attendeeFieldFromKey(const QString &key)
{
    for (const auto &k : kFieldKeys)
        if (key.compare(QStringView(k.key), Qt::CaseInsensitive) == 0)
            return k.field;
    return std::nullopt;
}

QString normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header.toLower())
        if (c.isLetterOrNumber() || c == u'#')
            out += c;
    return out;
}

AttendeeField guessField(const QString &header)
{
    const QString normalized = normalizeHeader(header);
    if (preferenceRank(normalized) > 0)
        return AttendeeField::Preferences;
    return synonymTable().value(normalized, AttendeeField::Ignore);
}

Result<SavedMapping> SavedMapping::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("The saved column mapping is not valid JSON: %1.")
                .arg(doc.isNull() ? parseError.errorString() : QStringLiteral("expected an object")));
    const QJsonObject columns = doc.object().value(QStringLiteral("columns")).toObject();
    SavedMapping mapping;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = attendeeFieldFromKey(it.value().toString());
        if (!field)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("The saved column mapping maps \"%1\" to \"%2\", which is not a "
                               "field. Fields: fullName, firstName, lastName, organisation, role, "
                               "email, phone, preferences, consent, type, fixedGroup, status, id, "
                               "ignore.")
                    .arg(it.key(), it.value().toString()));
        mapping.set(it.key(), *field);
    }
    return mapping;
}

QByteArray SavedMapping::toJson() const
{
    QJsonObject columnsObject;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        columnsObject.insert(it.key(), attendeeFieldKey(it.value()));
    QJsonObject root;
    root.insert(QStringLiteral("columns"), columnsObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> mapColumns(const QStringList &headers, const SavedMapping &saved)
{
    ColumnMapping mapping;
    for (const QString &header : headers) {
        const QString normalized = normalizeHeader(header);
        AttendeeField field = AttendeeField::Ignore;
        int rank = 0;
        if (const auto it = saved.columns.constFind(normalized); it != saved.columns.cend()) {
            field = it.value();
        } else {
            field = guessField(header);
            rank = preferenceRank(normalized);
        }
        mapping.fields.append(field);
        mapping.preferenceRanks.append(field == AttendeeField::Preferences ? rank : 0);
        if (field == AttendeeField::Ignore && !header.trimmed().isEmpty())
            mapping.ignoredHeaders.append(header.trimmed());
    }
    if (!mapping.has(AttendeeField::FullName) && !mapping.has(AttendeeField::FirstName)
        && !mapping.has(AttendeeField::LastName)) {
        QStringList shown;
        for (const QString &h : headers)
            if (!h.trimmed().isEmpty())
                shown.append(QStringLiteral("\"%1\"").arg(h.trimmed()));
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("No column holds the attendees' names. Expected a header such as "
                           "Navn, Fornavn + Etternavn, Namn, Förnamn + Efternamn, Name or "
                           "First Name + Last Name, or a saved column mapping. The header line "
                           "has: %1.")
                .arg(shown.isEmpty() ? QStringLiteral("(nothing)") : shown.join(QStringLiteral(", "))));
    }
    return mapping;
}

} // namespace oppmote::io
