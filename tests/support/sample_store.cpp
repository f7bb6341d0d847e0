#include "sample_store.h"

#include "codes/token.h"
#include "program/program_parser.h"
#include "program/program_settings.h"
#include "program/text_file.h"
#include "sample/attendee_generator.h"
#include "test_paths.h"

#include <QtTest>

namespace oppmote::test {

Event sampleEvent()
{
    auto text = readTextFile(sourcePath(QStringLiteral("assets/sample/verksted-for-regional-utvikling.txt")));
    if (!text.ok())
        qFatal("sample programme missing: %s", qPrintable(text.error().message));
    auto settings = readProgramSettings(sourcePath(QStringLiteral("assets/sample/verksted.settings.json")));
    if (!settings.ok())
        qFatal("sample settings missing: %s", qPrintable(settings.error().message));
    ProgramParseOptions options;
    options.year = settings->year;
    ProgramParseResult parsed = parseProgram(text.value(), options);
    if (!parsed.ok())
        qFatal("sample programme does not parse");
    if (auto s = applyProgramSettings(parsed.event, settings.value()); !s.ok())
        qFatal("sample settings do not apply: %s", qPrintable(s.error().message));
    return parsed.event;
}

SampleStore makeSampleStore(int people, const QString &deviceName)
{
    SampleStore s;
    s.dir = std::make_unique<QTemporaryDir>();
    s.path = s.dir->filePath(QStringLiteral("oppmote.sqlite"));
    s.event = sampleEvent();
    s.attendees = AttendeeGenerator(7).generate(s.event, people);
    for (Attendee &a : s.attendees)
        a.token = Token::generate();
    auto store = Store::open(s.path, StoreOptions { true, deviceName });
    if (!store.ok())
        qFatal("cannot open test store: %s", qPrintable(store.error().message));
    s.store.emplace(std::move(store).value());
    if (auto r = s.store->replaceProgram(s.event); !r.ok())
        qFatal("%s", qPrintable(r.error().message));
    if (auto r = s.store->upsertAttendees(s.attendees); !r.ok())
        qFatal("%s", qPrintable(r.error().message));
    return s;
}

} // namespace oppmote::test
