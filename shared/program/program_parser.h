#pragma once
// Parses an event programme written the way Norwegian organisers write them
// (see assets/sample/): a title, a description, "Program", day headings with
// a Norwegian weekday and date, "HH.MM Title v/ Speaker" lines, "Tema N:" and
// "Case:" lines under a group-work session, and bullets.
//
// Dates are checked against weekdays: a programme that gives two days the
// same date gets a warning with the likely fix (the weekday decides); a
// programme without a year gets one from the weekdays when only one year in
// range fits, and otherwise asks (yearCandidates, an error).

#include "domain/program.h"

#include <QDate>
#include <QList>
#include <QString>

namespace oppmote {

struct ProgramMessage {
    int line = 0; // 1-based; 0 = the whole programme
    QString text;
};

struct ProgramParseOptions {
    int year = 0; // 0 = from the text, else from the weekdays
    QDate referenceDate; // the years considered are around this date; default today
    bool strictDates = false; // date/weekday conflicts are errors, not fixed with a warning
};

struct ProgramParseResult {
    Event event;
    QList<ProgramMessage> warnings;
    QList<ProgramMessage> errors;
    QList<int> yearCandidates; // when the year had to be asked for
    bool ok() const { return errors.isEmpty(); }
};

ProgramParseResult parseProgram(const QString &text, const ProgramParseOptions &options = {});

} // namespace oppmote
