#include "kiosk/door_choices.h"

#include <QLocale>

namespace oppmote {

QList<DoorChoice> doorChoices(const Event &event, const Day *day)
{
    QList<DoorChoice> list;
    const QLocale locale;
    for (const Day &d : event.days) {
        if (day && (d.number != day->number || d.date != day->date))
            continue; // `day` may be a copy of the event's
        for (const Session &s : d.sessions) {
            if (s.kind != SessionKind::Plenary && s.kind != SessionKind::GroupWork)
                continue;
            QString time = s.start.toString(QStringLiteral("HH.mm"));
            if (!day && d.date.isValid())
                time = locale.toString(d.date, QStringLiteral("ddd")) + QLatin1Char(' ') + time;
            if (s.groups.isEmpty())
                list.append({ QStringLiteral("session:") + s.key,
                    QStringLiteral("%1 %2").arg(time, s.title.left(40)) });
            for (const Group &g : s.groups)
                list.append({ QStringLiteral("session:") + g.key,
                    QStringLiteral("%1 %2 — %3").arg(time, g.name, g.room) });
        }
    }
    return list;
}

} // namespace oppmote
