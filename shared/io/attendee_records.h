#pragma once
// Rows of a SourceTable read as attendees through a ColumnMapping: values
// trimmed, "Navn" split into first and last name, preferences split into a
// ranked list, consent and type understood in nb/nn/sv/en. No judgement
// here (that is the import plan's job): a row without a name is still a
// record.

#include "domain/attendee.h"
#include "io/column_mapping.h"
#include "io/source_table.h"

#include <QList>
#include <QString>

namespace oppmote::io {

struct AttendeeRecord {
    int line = 0;
    Attendee attendee; // id empty; the plan assigns or matches one
    QString idInFile; // an Oppmøte id column, when the file has one
    QString status; // registration status as written, when the file has one
    QList<AttendeeField> given; // the fields this row has a non-empty value for
};

// "Kari Nordmann" → (Kari, Nordmann); "Ola Johan Hansen" → (Ola Johan,
// Hansen); "Nordmann, Kari" → (Kari, Nordmann); one word → first name.
std::pair<QString, QString> splitFullName(const QString &fullName);

QStringList parsePreferences(const QString &text); // "1, 3 ;2" → {"1","3","2"}
bool parseConsent(const QString &text); // ja / yes / x / 1 / true …
AttendeeType parseAttendeeType(const QString &text);
bool isCancelledStatus(const QString &status); // Not Attending, Refunded, avmeldt, …

QList<AttendeeRecord> readAttendeeRecords(const SourceTable &table, const ColumnMapping &mapping);

} // namespace oppmote::io
