#include "kiosk/welcome_controller.h"

#include "program/door_title.h"

#include <QLocale>
#include <QVariantMap>

namespace oppmote {

Door doorFor(const Event &event, const KioskMode &mode)
{
    if (mode.isEntrance())
        return {};
    for (const Day &day : event.days)
        for (const Session &s : day.sessions)
            for (const Group &g : s.groups)
                if (g.key == mode.sessionKey)
                    return Door { s.key, g.key };
    return Door { mode.sessionKey, {} };
}

namespace {
// "Tirsdag 26. september" from the day's date (which the programme parser
// may have corrected), in the UI language; the written heading otherwise.
QString headingOf(const Day &day)
{
    if (!day.date.isValid())
        return day.heading;
    const QLocale locale;
    QString text = locale.toString(day.date,
        locale.language() == QLocale::English ? QStringLiteral("dddd d MMMM")
                                              : QStringLiteral("dddd d. MMMM"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

WelcomeController::WelcomeController(KioskContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{ }

void WelcomeController::refresh()
{
    m_programme.clear();
    m_doorSession.clear();
    m_doorGroup.clear();
    m_doorRoom.clear();
    if (!m_context->roster) {
        Q_EMIT changed();
        return;
    }
    const Event &event = m_context->roster->event();
    m_eventName = event.name;
    m_place = event.place;
    const Day *day = m_context->day();
    m_dayHeading = day ? headingOf(*day) : QString();
    m_dayTitle = day ? day->title : QString();
    if (day) {
        const bool isToday = day->date == QDate::currentDate();
        const QTime now = QTime::currentTime();
        for (int i = 0; i < day->sessions.size(); ++i) {
            const Session &s = day->sessions[i];
            const QTime next = i + 1 < day->sessions.size() ? day->sessions[i + 1].start : QTime(23, 59);
            QVariantMap row;
            row.insert(QStringLiteral("time"), s.start.toString(QStringLiteral("HH.mm")));
            row.insert(QStringLiteral("title"), s.title);
            row.insert(QStringLiteral("kind"), sessionKindName(s.kind));
            row.insert(QStringLiteral("current"), isToday && s.start <= now && now < next);
            m_programme.append(row);
        }
    }
    const Door door = doorFor(event, m_context->config().mode);
    if (const Session *s = event.session(door.sessionKey))
        m_doorSession = doorTitle(s->title);
    else if (!door.sessionKey.isEmpty())
        m_doorSession = door.sessionKey;
    if (const auto g = event.group(door.groupKey)) {
        m_doorGroup = g->name;
        m_doorRoom = g->room;
    }
    Q_EMIT changed();
}

} // namespace oppmote
