#include "program/program_settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace oppmote {

namespace {
struct ProgramSettingsText {
    Q_DECLARE_TR_FUNCTIONS(ProgramSettings)
};

Session *findSession(Event &event, const QString &key)
{
    for (Day &day : event.days)
        for (Session &s : day.sessions)
            if (s.key == key)
                return &s;
    return nullptr;
}

Group *findGroup(Event &event, const QString &key)
{
    for (Day &day : event.days)
        for (Session &s : day.sessions)
            for (Group &g : s.groups)
                if (g.key == key)
                    return &g;
    return nullptr;
}
} // namespace

Result<ProgramSettings> programSettingsFromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput,
            ProgramSettingsText::tr("%1 is not valid settings JSON: %2 (at byte %3).")
                .arg(origin, err.errorString())
                .arg(err.offset));
    ProgramSettings s;
    s.json = doc.object();
    s.year = s.json.value(QLatin1String("year")).toInt();
    return s;
}

Result<ProgramSettings> readProgramSettings(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io, ProgramSettingsText::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return programSettingsFromJson(f.readAll(), path);
}

Status applyProgramSettings(Event &event, const ProgramSettings &settings)
{
    const QJsonObject &json = settings.json;
    if (json.contains(QLatin1String("place")))
        event.place = json.value(QLatin1String("place")).toString();

    const QJsonObject groups = json.value(QLatin1String("groups")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        Group *g = findGroup(event, it.key());
        if (!g)
            return makeError(ErrorCode::InvalidInput,
                ProgramSettingsText::tr(
                    "The settings name the group «%1», which the programme does not have.")
                    .arg(it.key()));
        const QJsonObject o = it.value().toObject();
        g->room = o.value(QLatin1String("room")).toString(g->room);
        g->capacity = o.value(QLatin1String("capacity")).toInt(g->capacity);
        g->minSize = o.value(QLatin1String("minSize")).toInt(g->minSize);
    }

    const QJsonObject mixed = json.value(QLatin1String("mixedGroups")).toObject();
    for (auto it = mixed.begin(); it != mixed.end(); ++it) {
        Session *s = findSession(event, it.key());
        if (!s || s->kind != SessionKind::GroupWork)
            return makeError(ErrorCode::InvalidInput,
                ProgramSettingsText::tr(
                    "The settings give mixed groups for «%1», which is not a group-work session of "
                    "the programme.")
                    .arg(it.key()));
        if (!s->groups.isEmpty() && !s->mixedGroups)
            return makeError(ErrorCode::InvalidInput,
                ProgramSettingsText::tr("«%1» has themes; it cannot also have mixed groups.").arg(it.key()));
        const QJsonObject o = it.value().toObject();
        const int count = o.value(QLatin1String("count")).toInt();
        if (count < 1 || count > 10000)
            return makeError(ErrorCode::InvalidInput,
                ProgramSettingsText::tr("Mixed groups for «%1» need a count between 1 and 10000.")
                    .arg(it.key()));
        const QJsonArray rooms = o.value(QLatin1String("rooms")).toArray();
        s->groups.clear();
        s->mixedGroups = true;
        for (int n = 1; n <= count; ++n) {
            Group g;
            g.number = n;
            g.key = QStringLiteral("%1-g%2").arg(s->key).arg(n);
            g.name = ProgramSettingsText::tr("Group %1").arg(n);
            g.capacity = o.value(QLatin1String("capacity")).toInt();
            g.minSize = o.value(QLatin1String("minSize")).toInt();
            g.room = n - 1 < rooms.size() ? rooms.at(n - 1).toString() : QString();
            s->groups.append(g);
        }
    }
    return Ok {};
}

} // namespace oppmote
