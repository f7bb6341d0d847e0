#include "badge/badge_data.h"

#include "domain/checkin_event.h"
#include "domain/plain_text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
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
    if (name == QLatin1String("dates"))
        return dates;
    if (name == QLatin1String("schedule")) {
        QStringList lines;
        for (const BadgeGroupPlace &p : schedule) {
            const QString where = p.room.isEmpty() ? p.group : p.group + QStringLiteral(" · ") + p.room;
            lines << (p.when + QLatin1Char(' ') + where).trimmed();
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (name == QLatin1String("token"))
        return token;
    return {};
}

namespace {

// One line of a pattern: its placeholders replaced (a value may hold line breaks).
QString expandLine(const BadgeData &data, const QString &pattern)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString out;
    qsizetype last = 0;
    bool anyPlaceholder = false, anyValue = false;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = data.field(m.captured(1));
        anyPlaceholder = true;
        anyValue = anyValue || !value.trimmed().isEmpty();
        out += pattern.mid(last, m.capturedStart() - last);
        out += value;
        last = m.capturedEnd();
    }
    out += pattern.mid(last);
    if (anyPlaceholder && !anyValue)
        return {}; // "{group} · {room}" for someone without either
    return out;
}

} // namespace

QString BadgeData::expand(const QString &pattern) const
{
    // A separator next to an empty value: "Tema 2 · " → "Tema 2"
    static const QRegularExpression dangling(QStringLiteral("^[\\s·,|/]+|[\\s·,|/]+$"));
    QStringList lines;
    for (const QString &patternLine : pattern.split(QLatin1Char('\n')))
        for (const QString &line : expandLine(*this, patternLine).split(QLatin1Char('\n'))) {
            const QString shown = line.simplified().remove(dangling);
            if (!shown.isEmpty())
                lines << shown;
        }
    return lines.join(QLatin1Char('\n'));
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

// The group of `slot` that a fixed group written by organisers names: its key
// or its name in any case ("Tema 2"); a theme slot's also by number ("2").
std::optional<Group> fixedGroupIn(const Event &event, const Session &slot, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (event.slotOfGroup(t) == &slot)
        return event.group(t);
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    for (const Group &g : slot.groups)
        if (g.name.compare(t, Qt::CaseInsensitive) == 0 || (isNumber && !slot.mixedGroups && g.number == n))
            return g;
    return std::nullopt;
}

} // namespace

BadgeData badgeDataFor(
    const Attendee &attendee, const Event &event, const QStringList &groupKeys, const QDate &day)
{
    BadgeData d = badgeDataFor(attendee);
    d.eventName = shownText(event.name);
    d.dates = eventDatesText(event);
    const QLocale locale;
    std::optional<BadgeGroupPlace> today;
    for (const Day &programmeDay : event.days)
        for (const Session &slot : programmeDay.sessions) {
            if (slot.kind != SessionKind::GroupWork)
                continue;
            // A facilitator's or case presenter's own group first: the allocation pins them there.
            std::optional<Group> group = fixedGroupIn(event, slot, attendee.fixedGroup);
            for (const QString &key : groupKeys)
                if (!group && event.slotOfGroup(key) == &slot)
                    group = event.group(key);
            if (!group)
                continue;
            QString when = programmeDay.date.isValid()
                ? locale.toString(programmeDay.date, QStringLiteral("ddd")) + QLatin1Char(' ')
                : QString();
            if (slot.start.isValid())
                when += slot.start.toString(QStringLiteral("HH:mm"));
            const BadgeGroupPlace place { group->key, programmeDay.date, when.trimmed(),
                shownText(group->name), shownText(group->room) };
            d.schedule << place;
            if (day.isValid() && programmeDay.date == day && (!today || today->date != day))
                today = place;
        }
    if (!today && !d.schedule.isEmpty())
        today = d.schedule.first();
    if (today) {
        d.group = today->group;
        d.room = today->room;
    }
    return d;
}

QString badgeShowsNote(const BadgeData &badge)
{
    QStringList keys;
    for (const BadgeGroupPlace &p : badge.schedule)
        keys << p.groupKey;
    if (keys.isEmpty())
        return {};
    const QString note = QStringLiteral("groups: ") + keys.join(QLatin1Char(' '));
    if (note.size() <= CheckinEvent::kMaxNoteLength)
        return note;
    // Many slots: their digest, so the note stays within what the log keeps.
    return QStringLiteral("groups: #")
        + QString::fromLatin1(
            QCryptographicHash::hash(note.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString eventDatesText(const Event &event)
{
    QDate first, last;
    for (const Day &day : event.days) {
        if (!day.date.isValid())
            continue;
        if (!first.isValid() || day.date < first)
            first = day.date;
        if (!last.isValid() || day.date > last)
            last = day.date;
    }
    if (!first.isValid())
        return {};
    const QLocale locale;
    // The C locale (no language set) writes English month names: English order too.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const QString full = english ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d. MMMM yyyy");
    if (first == last)
        return locale.toString(first, full);
    QString from;
    if (first.year() != last.year())
        from = locale.toString(first, full);
    else if (first.month() != last.month())
        from = locale.toString(first, english ? QStringLiteral("d MMMM") : QStringLiteral("d. MMMM"));
    else
        return QString::number(first.day()) + (english ? QStringLiteral("–") : QStringLiteral(".–"))
            + locale.toString(last, full);
    return from + QStringLiteral(" – ") + locale.toString(last, full);
}

} // namespace oppmote
