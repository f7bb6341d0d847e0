#include "domain/program.h"

namespace oppmote {

namespace {
struct KindName {
    SessionKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    { SessionKind::Registration, "registration" },
    { SessionKind::Plenary, "plenary" },
    { SessionKind::Break, "break" },
    { SessionKind::GroupWork, "groupwork" },
    { SessionKind::Meal, "meal" },
    { SessionKind::Other, "other" },
};
} // namespace

QString sessionKindName(SessionKind kind)
{
    for (const auto &k : kKindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QStringLiteral("other");
}

SessionKind sessionKindFromName(const QString &name)
{
    for (const auto &k : kKindNames)
        if (name == QLatin1String(k.name))
            return k.kind;
    return SessionKind::Other;
}

const Session *Event::session(const QString &key) const
{
    for (const auto &day : days)
        for (const auto &s : day.sessions)
            if (s.key == key)
                return &s;
    return nullptr;
}

std::optional<Group> Event::group(const QString &key) const
{
    const Session *slot = slotOfGroup(key);
    if (!slot)
        return std::nullopt;
    for (const auto &g : slot->groups)
        if (g.key == key)
            return g;
    return mixedGroup(*slot, mixedGroupNumber(*slot, key));
}

const Session *Event::slotOfGroup(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const auto &day : days)
        for (const auto &s : day.sessions) {
            for (const auto &g : s.groups)
                if (g.key == key)
                    return &s;
            if (s.mixedGroups && mixedGroupNumber(s, key) > 0)
                return &s;
        }
    return nullptr;
}

QList<const Session *> Event::groupWorkSlots() const
{
    QList<const Session *> found;
    for (const auto &day : days)
        for (const auto &s : day.sessions)
            if (s.kind == SessionKind::GroupWork)
                found.append(&s);
    return found;
}

Group mixedGroup(const Session &slot, int number)
{
    Group g;
    g.key = QStringLiteral("%1-m%2").arg(slot.key).arg(number);
    g.number = number;
    g.name = QStringLiteral("Gruppe %1").arg(number);
    return g;
}

int mixedGroupNumber(const Session &slot, const QString &key)
{
    const QString prefix = slot.key + QStringLiteral("-m");
    if (!key.startsWith(prefix))
        return 0;
    bool ok = false;
    const int n = key.mid(prefix.size()).toInt(&ok);
    return ok && n > 0 && mixedGroup(slot, n).key == key ? n : 0;
}

} // namespace oppmote
