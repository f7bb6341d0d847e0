#pragma once
// The programme as the command line shows it (`oppmote program`,
// `import-program`): every session with the key the other commands take
// (`checkin --session d1-1400`, `allocate --slot d1-1400`) and every group
// with its key and name (`d1-1400-g2  Tema 2`); and as JSON.

#include "domain/program.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace oppmote::cli {

// A session as a message names it: its title, cut at about 60 characters.
QString sessionLabel(const Session &session);

// The kind in the UI language ("group work", "break", …).
QString sessionKindLabel(SessionKind kind);

// Day by day: key, start, kind and title of each session, and its groups
// (key, name, theme, room, capacity) under it.
void printProgram(QTextStream &out, const Event &event);

// {"name", "place", "days": [{"number", "date", "heading", "title",
// "sessions": [{"key", "start", "end", "kind", "title", "speakers",
// "mixedGroups", "groups": [{"key", "name", "theme", "room", "capacity", "cases"}]}]}]}
QJsonObject programJson(const Event &event);

} // namespace oppmote::cli
