#include "program/program_source.h"

#include "program/program_settings.h"
#include "program/text_file.h"

#include <QCoreApplication>

namespace oppmote {

Result<ProgramParseResult> loadProgram(const ProgramSource &source)
{
    auto text = readTextFile(source.programPath);
    if (!text.ok())
        return text.error();
    ProgramSettings settings;
    if (!source.settingsPath.isEmpty()) {
        auto s = readProgramSettings(source.settingsPath);
        if (!s.ok())
            return s.error();
        settings = s.value();
    }
    ProgramParseOptions options;
    options.year = source.year ? source.year : settings.year;
    options.strictDates = source.strictDates;
    ProgramParseResult parsed = parseProgram(text.value(), options);
    if (parsed.ok() && !source.settingsPath.isEmpty())
        if (auto s = applyProgramSettings(parsed.event, settings); !s.ok())
            return s.error();
    return parsed;
}

} // namespace oppmote
