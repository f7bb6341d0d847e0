#include "kiosk_sample_store.h"

#include "assets.h"
#include "codes/token.h"
#include "program/program_parser.h"
#include "program/program_settings.h"
#include "program/text_file.h"
#include "sample/attendee_generator.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QFile>

namespace oppmote::kiosk {

namespace {

// A simple allocation (the real one is `oppmote allocate`): fixed group,
// else the first preference, else round robin.
Status writeAssignments(const QString &path, const Event &event, const QList<Attendee> &attendees)
{
    sql::Connection db;
    if (auto s = db.open(path, false); !s.ok())
        return s;
    sql::WriteTransaction tx(db);
    if (!tx.begun().ok())
        return tx.begun();
    sql::Statement insert(db,
        "INSERT OR REPLACE INTO assignments(slot_key, attendee_id, group_key, locked, fixed) VALUES(?1, ?2, "
        "?3, 0, ?4)");
    for (const Session *slot : event.groupWorkSlots()) {
        if (slot->groups.isEmpty())
            continue;
        int next = 0;
        for (const Attendee &a : attendees) {
            QString group;
            bool fixed = false;
            for (const Group &g : slot->groups) {
                if (g.key == a.fixedGroup) {
                    group = g.key;
                    fixed = true;
                }
            }
            if (group.isEmpty() && !slot->mixedGroups && !a.preferences.isEmpty())
                for (const Group &g : slot->groups)
                    if (QString::number(g.number) == a.preferences.first() || g.key == a.preferences.first())
                        group = g.key;
            if (group.isEmpty())
                group = slot->groups[next++ % slot->groups.size()].key;
            insert.bind(1, slot->key).bind(2, a.id).bind(3, group).bind(4, fixed);
            if (auto s = insert.exec(); !s.ok())
                return s;
        }
    }
    return tx.commit();
}

} // namespace

Result<SampleStore> prepareSampleStore(
    const QString &path, int count, quint64 seed, const QString &deviceName)
{
    auto text = readTextFile(assets::sampleProgram());
    if (!text.ok())
        return text.error();
    QFile settingsFile(assets::sampleSettings());
    if (!settingsFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, settingsFile.errorString());
    auto settings = programSettingsFromJson(settingsFile.readAll(), assets::sampleSettings());
    if (!settings.ok())
        return settings.error();
    ProgramParseOptions options;
    options.year = settings->year;
    ProgramParseResult parsed = parseProgram(text.value(), options);
    if (!parsed.ok())
        return makeError(ErrorCode::InvalidInput, parsed.errors.first().text);
    if (auto s = applyProgramSettings(parsed.event, settings.value()); !s.ok())
        return s.error();

    SampleStore sample;
    sample.event = parsed.event;
    sample.attendees = AttendeeGenerator(seed).generate(sample.event, count);
    for (Attendee &a : sample.attendees)
        if (a.token.isEmpty())
            a.token = Token::generate();

    {
        auto store = Store::open(path, StoreOptions { true, deviceName });
        if (!store.ok())
            return store.error();
        if (auto s = store->replaceProgram(sample.event); !s.ok())
            return s.error();
        if (auto s = store->upsertAttendees(sample.attendees); !s.ok())
            return s.error();
    }
    if (auto s = writeAssignments(path, sample.event, sample.attendees); !s.ok())
        return s.error();
    return sample;
}

} // namespace oppmote::kiosk
