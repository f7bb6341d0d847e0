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

const Group *Event::group(const QString &key) const
{
    for (const auto &day : days)
        for (const auto &s : day.sessions)
            for (const auto &g : s.groups)
                if (g.key == key)
                    return &g;
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

} // namespace oppmote
