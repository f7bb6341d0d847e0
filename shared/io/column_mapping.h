#pragma once
// Which column of an attendee file holds which attendee field: recognised
// from the header text in Norwegian (bokmål and nynorsk), Swedish and
// English, including the exports of common registration systems
// (Eventbrite's attendee report, Google and Microsoft Forms), or given by a
// saved mapping (JSON) that wins over the guess.

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace oppmote::io {

enum class AttendeeField {
    Ignore,
    Id, // an Oppmøte id (from our own export): matches an existing attendee
    FullName, // "Navn": split into first and last name
    FirstName,
    LastName,
    Organisation,
    Role,
    Email,
    Phone,
    Preferences, // "1, 3, 2" or one column per choice ("Ønske 1", "Ønske 2")
    Consent,
    Type,
    FixedGroup,
    Status, // registration status: cancelled / refunded rows are not imported
};

QString attendeeFieldKey(AttendeeField field); // "firstName", "ignore", …
std::optional<AttendeeField> attendeeFieldFromKey(const QString &key); // case-insensitive

// Header text reduced to letters, digits and '#', lower case: "E-post" and
// "e_post:" and "E post *" are all "epost".
QString normalizeHeader(const QString &header);

// The field a header names by itself, without a saved mapping.
AttendeeField guessField(const QString &header);

// A mapping the organiser saved for files of one source:
// {"columns": {"Deltakarens namn": "fullName", "Kommentar": "ignore"}}
struct SavedMapping {
    QHash<QString, AttendeeField> columns; // normalised header → field

    static Result<SavedMapping> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    void set(const QString &header, AttendeeField field) { columns.insert(normalizeHeader(header), field); }
};

struct ColumnMapping {
    QList<AttendeeField> fields; // one per header, in order
    QList<int> preferenceRanks; // per header: N of "Ønske N", else 0
    QStringList ignoredHeaders; // non-empty headers mapped to nothing

    bool has(AttendeeField field) const { return fields.contains(field); }
};

// Errors when no column holds a name (the one field every row needs).
Result<ColumnMapping> mapColumns(const QStringList &headers, const SavedMapping &saved = {});

} // namespace oppmote::io
