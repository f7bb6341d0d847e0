#include "program/program_parser.h"

#include "program/norwegian_dates.h"
#include "program/people_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oppmote {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProgramParser", text);
}

const QRegularExpression &dayHeading()
{
    // "Mandag 25. september: Omstillingsdyktige regioner", "Tirsdag 26. september 2017"
    static const QRegularExpression re(
        QStringLiteral("^(mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag)\\s+"
                       "(\\d{1,2})\\.?\\s*([a-zæøå]+)\\.?(?:\\s+(\\d{4}))?\\s*(?:[:–-]\\s*(.*))?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &sessionLine()
{
    // "09.30 Registrering.", "09. 45  Erfaringer …", "9:00–10:15 Title"
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})\\s?[.:]\\s?(\\d{2})(?:\\s*[–-]\\s*(\\d{1,2})[.:](\\d{2}))?\\s+(\\S.*)$"));
    return re;
}

const QRegularExpression &themeLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(tema|theme|gruppe|group)\\s*(\\d+)\\s*[:.]\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &caseLine()
{
    static const QRegularExpression re(
        QStringLiteral("^case\\s*\\d*\\s*:\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &bulletLine()
{
    static const QRegularExpression re(QStringLiteral("^[•·\\-*–]\\s*(.+)$"));
    return re;
}

const QRegularExpression &speakerMark()
{
    // " v/ Name", ", v/Name", "v\Name" (a slip seen in the seed)
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s,(])v\\s*[/\\\\]\\s*"));
    return re;
}

QString cleanTitle(QString s)
{
    s = s.simplified();
    static const QRegularExpression pdf(
        QStringLiteral("\\s*\\((pdf|ppt|pptx)\\)"), QRegularExpression::CaseInsensitiveOption);
    s.remove(pdf);
    while (!s.isEmpty()
        && (s.back() == QLatin1Char('.') || s.back() == QLatin1Char(',') || s.back() == QLatin1Char(' ')))
        s.chop(1);
    return s;
}

// Splits "Title v/ Speaker, role" into the title and the people.
void splitTitleAndPeople(const QString &text, QString &title, QList<Person> &people)
{
    const auto m = speakerMark().match(text);
    if (!m.hasMatch()) {
        title = cleanTitle(text);
        return;
    }
    title = cleanTitle(text.left(m.capturedStart()));
    people = parsePeople(text.mid(m.capturedEnd()));
}

SessionKind kindFromTitle(const QString &title)
{
    const QString t = title.toLower();
    auto starts = [&](std::initializer_list<const char *> words) {
        for (const char *w : words)
            if (t.startsWith(QString::fromUtf8(w)))
                return true;
        return false;
    };
    if (starts({ "registrering", "registration", "innsjekk", "innsjekking" }))
        return SessionKind::Registration;
    if (starts({ "pause", "kaffe", "break", "coffee" }))
        return SessionKind::Break;
    if (starts({ "lunsj", "lunch", "middag", "dinner", "frokost", "breakfast" }))
        return SessionKind::Meal;
    if (starts({ "gruppearbeid", "group work", "gruppeoppgave", "workshop" }))
        return SessionKind::GroupWork;
    return SessionKind::Plenary;
}

struct RawDay {
    int line = 0;
    int weekday = 0;
    int dayOfMonth = 0;
    int month = 0;
    int year = 0;
};

QString isoWithWeekday(const QDate &d)
{
    return QStringLiteral("%1 (%2)").arg(d.toString(Qt::ISODate), nbdate::weekdayName(d.dayOfWeek()));
}

class Parser
{
public:
    Parser(const ProgramParseOptions &options) : m_options(options) { }

    ProgramParseResult run(const QString &text)
    {
        static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
        const QStringList lines = text.split(lineBreak);
        QStringList description;
        bool inProgram = false;
        for (int i = 0; i < lines.size(); ++i) {
            m_line = i + 1;
            QString s = lines[i];
            s.replace(QChar::Nbsp, QLatin1Char(' '));
            s = s.simplified();
            if (s.isEmpty())
                continue;
            if (m_result.event.name.isEmpty()) {
                m_result.event.name = s;
                continue;
            }
            if (!inProgram) {
                static const QRegularExpression programWord(
                    QStringLiteral("^(program|programme|programmet)\\s*:?$"),
                    QRegularExpression::CaseInsensitiveOption);
                if (programWord.match(s).hasMatch()) {
                    inProgram = true;
                    continue;
                }
                if (!dayHeading().match(s).hasMatch()) {
                    description << s;
                    continue;
                }
                inProgram = true;
            }
            parseProgramLine(s);
        }
        m_result.event.description = description.join(QStringLiteral("\n\n"));
        if (m_result.event.days.isEmpty())
            error(0, tr("No day headings were found (a line like «Mandag 25. september»)."));
        resolveDates();
        finishSessions();
        return m_result;
    }

private:
    void parseProgramLine(const QString &s)
    {
        if (const auto m = dayHeading().match(s); m.hasMatch()) {
            startDay(m, s);
            return;
        }
        if (const auto m = sessionLine().match(s); m.hasMatch()) {
            startSession(m);
            return;
        }
        if (const auto m = themeLine().match(s); m.hasMatch() && m_session) {
            addGroup(m.captured(2).toInt(), m.captured(1), m.captured(3));
            return;
        }
        if (const auto m = caseLine().match(s); m.hasMatch() && m_session) {
            addCase(m.captured(1));
            return;
        }
        QString note = s;
        if (const auto m = bulletLine().match(s); m.hasMatch())
            note = m.captured(1).trimmed();
        if (!m_session) {
            if (!m_result.event.days.isEmpty() && m_result.event.days.back().sessions.isEmpty())
                warning(m_line,
                    tr("Text before the first session of the day was kept as a note of the day's "
                       "first session: «%1»")
                        .arg(note));
            m_pendingNotes << note;
            return;
        }
        // A bullet may name who leads it: "Oppspill til gruppearbeid v/ Anja Gjærum, KMD".
        QString title;
        QList<Person> people;
        splitTitleAndPeople(note, title, people);
        for (const Person &p : std::as_const(people))
            if (!p.name.isEmpty())
                m_session->speakers.append(p);
        m_session->notes.append(note);
    }

    void startDay(const QRegularExpressionMatch &m, const QString &line)
    {
        RawDay raw;
        raw.line = m_line;
        raw.weekday = nbdate::weekdayFromName(m.captured(1));
        raw.dayOfMonth = m.captured(2).toInt();
        raw.month = nbdate::monthFromName(m.captured(3));
        raw.year = m.captured(4).toInt();
        if (raw.month == 0)
            error(m_line, tr("«%1» is not a month name.").arg(m.captured(3)));
        Day day;
        day.number = int(m_result.event.days.size()) + 1;
        day.heading = line.section(QLatin1Char(':'), 0, 0).trimmed();
        day.title = m.captured(5).trimmed();
        m_result.event.days.append(day);
        m_rawDays.append(raw);
        m_session = nullptr;
        m_group = nullptr;
    }

    void startSession(const QRegularExpressionMatch &m)
    {
        if (m_result.event.days.isEmpty()) {
            error(m_line, tr("A session comes before any day heading."));
            return;
        }
        Day &day = m_result.event.days.back();
        Session s;
        s.start = QTime(m.captured(1).toInt(), m.captured(2).toInt());
        if (!s.start.isValid()) {
            error(m_line, tr("«%1.%2» is not a time of day.").arg(m.captured(1), m.captured(2)));
            return;
        }
        if (!m.captured(3).isEmpty())
            s.end = QTime(m.captured(3).toInt(), m.captured(4).toInt());
        splitTitleAndPeople(m.captured(5), s.title, s.speakers);
        s.kind = kindFromTitle(s.title);
        s.key = QStringLiteral("d%1-%2").arg(day.number).arg(s.start.toString(QStringLiteral("HHmm")));
        int clash = 1;
        const QString base = s.key;
        for (const Session &other : std::as_const(day.sessions))
            if (other.key == s.key || other.key.startsWith(base + QLatin1Char('-')))
                ++clash;
        if (clash > 1)
            s.key = base + QLatin1Char('-') + QString::number(clash);
        if (!day.sessions.isEmpty() && s.start < day.sessions.back().start)
            warning(m_line,
                tr("%1 comes before the session above it (%2); the order was kept.")
                    .arg(s.start.toString(QStringLiteral("HH:mm")),
                        day.sessions.back().start.toString(QStringLiteral("HH:mm"))));
        s.notes = m_pendingNotes;
        m_pendingNotes.clear();
        day.sessions.append(s);
        m_session = &day.sessions.back();
        m_group = nullptr;
    }

    void addGroup(int number, const QString &word, const QString &theme)
    {
        if (m_session->kind != SessionKind::GroupWork) {
            warning(m_line,
                tr("«%1 %2» under «%3», which is not group work; the session was made group work.")
                    .arg(word)
                    .arg(number)
                    .arg(m_session->title));
            m_session->kind = SessionKind::GroupWork;
        }
        Group g;
        g.number = number;
        g.key = QStringLiteral("%1-g%2").arg(m_session->key).arg(number);
        g.name = QStringLiteral("%1 %2").arg(word.left(1).toUpper() + word.mid(1).toLower()).arg(number);
        g.theme = cleanTitle(theme);
        for (const Group &other : std::as_const(m_session->groups))
            if (other.number == number)
                warning(m_line, tr("%1 appears twice in «%2».").arg(g.name, m_session->title));
        m_session->groups.append(g);
        m_group = &m_session->groups.back();
    }

    void addCase(const QString &text)
    {
        GroupCase c;
        QList<Person> people;
        splitTitleAndPeople(text, c.title, people);
        if (!people.isEmpty())
            c.presenter = people.front();
        if (!m_group) {
            warning(m_line, tr("A case outside any theme was kept as a note: «%1»").arg(c.title));
            m_session->notes.append(text);
            return;
        }
        m_group->cases.append(c);
    }

    void resolveDates()
    {
        auto &days = m_result.event.days;
        if (days.isEmpty() || m_rawDays.first().month == 0)
            return;
        const RawDay &first = m_rawDays.first();
        int year = m_options.year ? m_options.year : first.year;
        if (year == 0) {
            const QDate ref
                = m_options.referenceDate.isValid() ? m_options.referenceDate : QDate::currentDate();
            for (int y = ref.year() - 10; y <= ref.year() + 2; ++y) {
                const QDate d(y, first.month, first.dayOfMonth);
                if (d.isValid() && d.dayOfWeek() == first.weekday)
                    m_result.yearCandidates.append(y);
            }
            if (m_result.yearCandidates.size() == 1) {
                year = m_result.yearCandidates.front();
                warning(first.line,
                    tr("The programme gives no year; %1 is the only year near now in which "
                       "%2 %3. %4 falls on a %2.")
                        .arg(year)
                        .arg(nbdate::weekdayName(first.weekday))
                        .arg(first.dayOfMonth)
                        .arg(nbdate::monthName(first.month)));
                m_result.yearCandidates.clear();
            } else {
                QStringList years;
                for (int y : std::as_const(m_result.yearCandidates))
                    years << QString::number(y);
                error(first.line,
                    years.isEmpty() ? tr("The programme gives no year, and no year near now has %1 on a %2; "
                                         "give the year.")
                                          .arg(days.first().heading, nbdate::weekdayName(first.weekday))
                                    : tr("The programme gives no year; «%1» fits %2. Give the year.")
                                          .arg(days.first().heading, years.join(QStringLiteral(", "))));
                return;
            }
        }

        QDate previous;
        for (int i = 0; i < days.size(); ++i) {
            const RawDay &raw = m_rawDays[i];
            int y = raw.year ? raw.year : year;
            if (!raw.year && previous.isValid() && raw.month < previous.month())
                ++y; // the programme runs over new year
            const QDate written(y, raw.month, raw.dayOfMonth);
            if (!written.isValid()) {
                error(raw.line, tr("«%1» is not a date in %2.").arg(days[i].heading).arg(y));
                continue;
            }
            const bool weekdayFits = written.dayOfWeek() == raw.weekday;
            const bool inOrder = !previous.isValid() || written > previous;
            if (weekdayFits && inOrder) {
                days[i].date = written;
                previous = written;
                continue;
            }
            if (!previous.isValid()) { // the first day, with a year that does not fit its weekday
                const QString text
                    = tr("«%1»: %2 is a %3, not a %4. Check the date and the year.")
                          .arg(days[i].heading, written.toString(Qt::ISODate),
                              nbdate::weekdayName(written.dayOfWeek()), nbdate::weekdayName(raw.weekday));
                m_options.strictDates ? error(raw.line, text) : warning(raw.line, text);
                days[i].date = written;
                previous = written;
                continue;
            }
            // The weekday decides: the first such weekday after the day before.
            QDate likely = previous.addDays(1);
            while (likely.dayOfWeek() != raw.weekday)
                likely = likely.addDays(1);
            const QString reason = !inOrder
                ? tr("the same date as or earlier than the day before")
                : tr("a %1, not a %2")
                      .arg(nbdate::weekdayName(written.dayOfWeek()), nbdate::weekdayName(raw.weekday));
            if (m_options.strictDates) {
                error(raw.line,
                    tr("«%1» gives %2, %3. The weekday suggests %4.")
                        .arg(days[i].heading, written.toString(Qt::ISODate), reason, isoWithWeekday(likely)));
                continue;
            }
            warning(raw.line,
                tr("«%1» gives %2, %3. The weekday suggests %4, so that date is used; "
                   "correct the programme if the weekday is the mistake.")
                    .arg(days[i].heading, written.toString(Qt::ISODate), reason, isoWithWeekday(likely)));
            days[i].date = likely;
            previous = likely;
        }
    }

    void finishSessions()
    {
        for (Day &day : m_result.event.days) {
            for (int i = 0; i + 1 < day.sessions.size(); ++i)
                if (!day.sessions[i].end.isValid() && day.sessions[i + 1].start > day.sessions[i].start)
                    day.sessions[i].end = day.sessions[i + 1].start;
            for (Session &s : day.sessions)
                s.mixedGroups = s.kind == SessionKind::GroupWork && s.groups.isEmpty();
        }
        if (!m_pendingNotes.isEmpty() && !m_result.event.days.isEmpty()
            && !m_result.event.days.back().sessions.isEmpty())
            m_result.event.days.back().sessions.back().notes += m_pendingNotes;
    }

    void warning(int line, const QString &text) { m_result.warnings.append({ line, text }); }
    void error(int line, const QString &text) { m_result.errors.append({ line, text }); }

    ProgramParseOptions m_options;
    ProgramParseResult m_result;
    QList<RawDay> m_rawDays;
    Session *m_session = nullptr;
    Group *m_group = nullptr;
    QStringList m_pendingNotes;
    int m_line = 0;
};

} // namespace

ProgramParseResult parseProgram(const QString &text, const ProgramParseOptions &options)
{
    return Parser(options).run(text);
}

} // namespace oppmote
