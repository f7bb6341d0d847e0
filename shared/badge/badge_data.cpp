#include "badge/badge_data.h"

#include "domain/plain_text.h"
#include <QCoreApplication>
#include <QRegularExpression>

namespace oppmote {

QString BadgeData::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString BadgeData::field(const QString &name) const
{
    if (name == QLatin1String("firstName"))
        return firstName;
    if (name == QLatin1String("lastName"))
        return lastName;
    if (name == QLatin1String("fullName"))
        return fullName();
    if (name == QLatin1String("organisation"))
        return organisation;
    if (name == QLatin1String("role"))
        return role;
    if (name == QLatin1String("type"))
        return attendeeTypeLabel(type);
    if (name == QLatin1String("group"))
        return group;
    if (name == QLatin1String("room"))
        return room;
    if (name == QLatin1String("day"))
        return day > 0 ? QString::number(day) : QString();
    if (name == QLatin1String("event"))
        return eventName;
    if (name == QLatin1String("token"))
        return token;
    return {};
}

QString BadgeData::expand(const QString &pattern) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString out;
    qsizetype last = 0;
    bool anyPlaceholder = false, anyValue = false;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = field(m.captured(1));
        anyPlaceholder = true;
        anyValue = anyValue || !value.trimmed().isEmpty();
        out += pattern.mid(last, m.capturedStart() - last);
        out += value;
        last = m.capturedEnd();
    }
    out += pattern.mid(last);
    if (anyPlaceholder && !anyValue)
        return {}; // "{group} · {room}" for someone without either
    // A separator next to an empty value: "Tema 2 · " → "Tema 2"
    static const QRegularExpression dangling(QStringLiteral("^[\\s·,|/]+|[\\s·,|/]+$"));
    return out.simplified().remove(dangling);
}

BadgeData badgeDataFor(const Attendee &attendee)
{
    BadgeData d;
    d.attendeeId = attendee.id;
    d.firstName = shownText(attendee.firstName);
    d.lastName = shownText(attendee.lastName);
    d.organisation = shownText(attendee.organisation);
    d.role = shownText(attendee.role);
    d.type = attendee.type;
    d.token = attendee.token;
    return d;
}

namespace {
struct BadgeText {
    Q_DECLARE_TR_FUNCTIONS(Badge)
};
} // namespace

QString attendeeTypeLabel(AttendeeType type)
{
    switch (type) {
    case AttendeeType::Participant:
        return BadgeText::tr("Participant");
    case AttendeeType::Speaker:
        return BadgeText::tr("Speaker");
    case AttendeeType::Facilitator:
        return BadgeText::tr("Facilitator");
    case AttendeeType::Organiser:
        return BadgeText::tr("Organiser");
    case AttendeeType::Staff:
        return BadgeText::tr("Staff");
    case AttendeeType::WalkIn:
        return BadgeText::tr("Participant"); // a walk-in is a participant on the badge
    }
    return {};
}

namespace {

// The date of the day whose programme has the group `key` (invalid if none).
QDate dayOfGroup(const Event &event, const QString &key)
{
    for (const Day &d : event.days)
        for (const Session &s : d.sessions)
            for (const Group &g : s.groups)
                if (g.key == key)
                    return d.date;
    return {};
}

} // namespace

BadgeData badgeDataFor(
    const Attendee &attendee, const Event &event, const QStringList &groupKeys, const QDate &day)
{
    BadgeData d = badgeDataFor(attendee);
    d.eventName = event.name;
    QStringList keys = groupKeys;
    if (!attendee.fixedGroup.isEmpty())
        keys.prepend(attendee.fixedGroup);
    const Group *chosen = nullptr;
    for (const QString &key : std::as_const(keys)) {
        const Group *g = event.group(key);
        if (!g)
            continue;
        if (!chosen)
            chosen = g; // the first, unless one is on the day
        if (day.isValid() && dayOfGroup(event, key) == day) {
            chosen = g;
            break;
        }
    }
    if (chosen) {
        d.group = chosen->name;
        d.room = chosen->room;
    }
    return d;
}

} // namespace oppmote
