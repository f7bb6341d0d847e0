#pragma once
// Reads, parses and checks a programme file with its optional settings (rooms,
// capacities, the year); shared by `oppmote import-program`, the demo and the
// desk's Programme page.

#include "domain/result.h"
#include "program/program_parser.h"

namespace oppmote {

struct ProgramSource {
    QString programPath;
    QString settingsPath; // optional
    int year = 0; // 0 = from the settings or the text
    bool strictDates = false;
};

Result<ProgramParseResult> loadProgram(const ProgramSource &source);

} // namespace oppmote
