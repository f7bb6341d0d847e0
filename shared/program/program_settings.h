#pragma once
// What an organiser adds to a programme that the programme text does not
// say: the year, the place, rooms and capacities of the groups, and how many
// mixed groups a slot without themes gets. A small JSON file:
//   {"year": 2017, "place": "…",
//    "groups": {"d1-1400-g1": {"room": "…", "capacity": 40, "minSize": 6}},
//    "mixedGroups": {"d2-1100": {"count": 6, "capacity": 20, "rooms": ["…"]}}}

#include "domain/program.h"
#include "domain/result.h"

#include <QJsonObject>

namespace oppmote {

struct ProgramSettings {
    int year = 0;
    QJsonObject json;
};

Result<ProgramSettings> readProgramSettings(const QString &path);
Result<ProgramSettings> programSettingsFromJson(const QByteArray &json, const QString &origin);

// Unknown keys (a group the programme does not have) are errors: a typo in
// the settings must not leave a room without its capacity.
Status applyProgramSettings(Event &event, const ProgramSettings &settings);

} // namespace oppmote
