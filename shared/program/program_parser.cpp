#include "program/program_parser.h"

#include "program/norwegian_dates.h"
#include "program/people_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace oppmote {

namespace {

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

const QRegularExpression &numberedThemeLine()
{
    // "Tema 1: Energi", "Tema 2. Mat", "Tema nr. 3 – Reiseliv", "Tema 4" (the theme on the next line)
    static const QRegularExpression re(QStringLiteral("^(tema|temagruppe|theme|gruppe|group)"
                                                      "\\s*(?:nr\\.?\\s*)?(\\d{1,2})"
                                                      "(?:\\s*[:.)]\\s*|\\s*[–—-]\\s+|\\s*$)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &letteredThemeLine()
{
    // "Tema A: Energi", "Tema b) Mat", "Tema C – Reiseliv", "Tema D" (a letter alone, then a separator)
    static const QRegularExpression re(QStringLiteral("^(tema|temagruppe|theme|gruppe|group)"
                                                      "\\s+([a-z])"
                                                      "(?:\\s*[:.)]\\s*|\\s*[–—-]\\s+|\\s*$)(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &namedThemeLine()
{
    // "Tema: Klima", "Tema – Klima og energi: hvordan kutte utslippene?"
    static const QRegularExpression re(
        QStringLiteral("^(tema|temagruppe|theme)\\s*(?::|\\s[–—-])\\s*(\\S.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &caseLine()
{
    // "Case: …", "Case 2: …", "Case B: …", "Case – …"
    static const QRegularExpression re(
        QStringLiteral("^case(?:\\s*\\d+|\\s+[a-z])?\\s*(?::|\\s[–—-])\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
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

// A theme's short name: the words before its question ("Klima" of "Klima – hvordan kutte utslippene?").
QString shortThemeName(const QString &theme)
{
    static const QRegularExpression separator(QStringLiteral("\\s[–—-]\\s|:\\s|\\?\\s"));
    const auto m = separator.match(theme);
    const QString name = m.hasMatch() ? theme.left(m.capturedStart()) : theme;
    return cleanTitle(name.endsWith(QLatin1Char(':')) ? name.chopped(1) : name);
}

QString capitalised(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1).toLower();
}

// A programme line, with its 1-based line number, simplified.
struct Line {
    int number = 0;
    QString text;
};

// A note read before the first session of a day (or before the first day).
struct PendingNote {
    int line = 0;
    QString text;
};

class Parser
{
public:
    Parser(const ProgramParseOptions &options) : m_options(options) { }

    ProgramParseResult run(const QString &text)
    {
        static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
        const QStringList raw = text.split(lineBreak);
        QList<Line> lines;
        for (int i = 0; i < raw.size(); ++i) {
            QString s = raw[i];
            s.replace(QChar::Nbsp, QLatin1Char(' '));
            s = s.simplified();
            if (!s.isEmpty())
                lines.append({ i + 1, s });
        }
        bool inProgram = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i].number;
            const QString &s = lines[i].text;
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
                    m_description << s;
                    continue;
                }
                inProgram = true;
            }
            m_next = i + 1 < lines.size() ? lines[i + 1].text : QString();
            parseProgramLine(s);
        }
        m_result.event.description = m_description.join(QStringLiteral("\n\n"));
        if (m_result.event.days.isEmpty())
            error(0,
                QCoreApplication::translate(
                    "ProgramParser", "No day headings were found (a line like «Mandag 25. september»)."));
        leaveOutPendingNotes();
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
        // Themes and cases may be written as bullets too ("• Case: …").
        const auto bullet = bulletLine().match(s);
        const QString core = bullet.hasMatch() ? bullet.captured(1).trimmed() : s;
        if (m_session && parseThemeOrCase(core))
            return;
        // A theme written without its question ("Tema A"): the next plain line is the question.
        if (m_group && !bullet.hasMatch() && m_group->theme.isEmpty() && m_group->cases.isEmpty()) {
            m_group->theme = cleanTitle(s);
            return;
        }
        // In group work, a plain line with cases under it is a theme's heading ("Klima", then "Case: …").
        if (m_session && !bullet.hasMatch() && isGroupWorkSession() && isCaseLine(m_next)) {
            addNamedGroup(s);
            return;
        }
        addNote(core);
    }

    bool isGroupWorkSession() const
    {
        return m_session->kind == SessionKind::GroupWork || !m_session->groups.isEmpty();
    }

    static bool isCaseLine(const QString &s)
    {
        const auto bullet = bulletLine().match(s);
        return caseLine().match(bullet.hasMatch() ? bullet.captured(1).trimmed() : s).hasMatch();
    }

    bool parseThemeOrCase(const QString &s)
    {
        if (const auto m = numberedThemeLine().match(s); m.hasMatch()) {
            const int number = m.captured(2).toInt();
            addGroup(number, QStringLiteral("%1 %2").arg(capitalised(m.captured(1))).arg(number),
                m.captured(3), false);
            return true;
        }
        if (const auto m = letteredThemeLine().match(s); m.hasMatch()) {
            const QChar letter = m.captured(2).front().toUpper();
            addGroup(letter.unicode() - u'A' + 1,
                QStringLiteral("%1 %2").arg(capitalised(m.captured(1)), letter), m.captured(3), true);
            return true;
        }
        if (const auto m = namedThemeLine().match(s); m.hasMatch() && isGroupWorkSession()) {
            addNamedGroup(m.captured(2));
            return true;
        }
        if (const auto m = caseLine().match(s); m.hasMatch()) {
            addCase(m.captured(1));
            return true;
        }
        return false;
    }

    void addNote(const QString &note)
    {
        if (!m_session) {
            if (m_result.event.days.isEmpty())
                m_description << note; // between "Program" and the first day: about the programme
            else
                m_pendingNotes.append({ m_line, note });
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

    // Text under a day heading that has no session to go to: a warning per line.
    void leaveOutPendingNotes()
    {
        if (m_pendingNotes.isEmpty() || m_result.event.days.isEmpty())
            return;
        const QString heading = m_result.event.days.back().heading;
        for (const PendingNote &n : std::as_const(m_pendingNotes))
            warning(n.line,
                QCoreApplication::translate(
                    "ProgramParser", "«%1» is under «%2», which has no sessions; the line was left out.")
                    .arg(n.text, heading));
        m_pendingNotes.clear();
    }

    void startDay(const QRegularExpressionMatch &m, const QString &line)
    {
        leaveOutPendingNotes();
        RawDay raw;
        raw.line = m_line;
        raw.weekday = nbdate::weekdayFromName(m.captured(1));
        raw.dayOfMonth = m.captured(2).toInt();
        raw.month = nbdate::monthFromName(m.captured(3));
        raw.year = m.captured(4).toInt();
        if (raw.month == 0)
            error(m_line,
                QCoreApplication::translate("ProgramParser", "«%1» is not a month name.").arg(m.captured(3)));
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
            error(m_line,
                QCoreApplication::translate("ProgramParser", "A session comes before any day heading."));
            return;
        }
        Day &day = m_result.event.days.back();
        Session s;
        s.start = QTime(m.captured(1).toInt(), m.captured(2).toInt());
        if (!s.start.isValid()) {
            error(m_line,
                QCoreApplication::translate("ProgramParser", "«%1.%2» is not a time of day.")
                    .arg(m.captured(1), m.captured(2)));
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
                QCoreApplication::translate(
                    "ProgramParser", "%1 comes before the session above it (%2); the order was kept.")
                    .arg(s.start.toString(QStringLiteral("HH:mm")),
                        day.sessions.back().start.toString(QStringLiteral("HH:mm"))));
        for (const PendingNote &n : std::as_const(m_pendingNotes)) {
            warning(n.line,
                QCoreApplication::translate("ProgramParser",
                    "Text before the first session of the day was kept as a note of the day's "
                    "first session: «%1»")
                    .arg(n.text));
            s.notes.append(n.text);
        }
        m_pendingNotes.clear();
        day.sessions.append(s);
        m_session = &day.sessions.back();
        m_group = nullptr;
    }

    // A numbered ("Tema 2", key …-g2 as ever) or lettered ("Tema B": number 2, key …-g2) theme.
    void addGroup(int number, const QString &name, const QString &theme, bool lettered)
    {
        makeGroupWork(name);
        Group g;
        g.number = number;
        g.name = name;
        g.theme = cleanTitle(theme);
        for (const Group &other : std::as_const(m_session->groups)) {
            if (other.number != number)
                continue;
            if (other.name.compare(g.name, Qt::CaseInsensitive) == 0)
                warning(m_line,
                    QCoreApplication::translate("ProgramParser", "%1 appears twice in «%2».")
                        .arg(g.name, m_session->title));
            else if (!lettered)
                warning(m_line,
                    QCoreApplication::translate("ProgramParser",
                        "«%1» and «%2» in «%3» are both group %4; give them different numbers.")
                        .arg(other.name, g.name, m_session->title)
                        .arg(number));
            if (lettered) { // a letter's number is ours to choose: keep the keys apart
                g.number = nextGroupNumber();
                if (other.name.compare(g.name, Qt::CaseInsensitive) != 0)
                    warning(m_line,
                        QCoreApplication::translate("ProgramParser",
                            "«%1» in «%2» would be group %3 like «%4»; it was made group %5.")
                            .arg(g.name, m_session->title)
                            .arg(number)
                            .arg(other.name)
                            .arg(g.number));
            }
            break;
        }
        appendGroup(g);
    }

    // A theme with a name instead of a number ("Tema: Klima", or a heading "Klima" with cases).
    void addNamedGroup(const QString &theme)
    {
        Group g;
        g.theme = cleanTitle(theme.endsWith(QLatin1Char(':')) ? theme.chopped(1) : theme);
        g.name = shortThemeName(g.theme);
        makeGroupWork(g.name);
        g.number = nextGroupNumber();
        for (const Group &other : std::as_const(m_session->groups))
            if (other.name.compare(g.name, Qt::CaseInsensitive) == 0)
                warning(m_line,
                    QCoreApplication::translate("ProgramParser", "%1 appears twice in «%2».")
                        .arg(g.name, m_session->title));
        appendGroup(g);
    }

    void makeGroupWork(const QString &themeName)
    {
        if (m_session->kind == SessionKind::GroupWork)
            return;
        warning(m_line,
            QCoreApplication::translate(
                "ProgramParser", "«%1» under «%2», which is not group work; the session was made group work.")
                .arg(themeName, m_session->title));
        m_session->kind = SessionKind::GroupWork;
    }

    int nextGroupNumber() const
    {
        int highest = 0;
        for (const Group &other : std::as_const(m_session->groups))
            highest = std::max(highest, other.number);
        return highest + 1;
    }

    void appendGroup(Group g)
    {
        g.key = QStringLiteral("%1-g%2").arg(m_session->key).arg(g.number);
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
            warning(m_line,
                QCoreApplication::translate(
                    "ProgramParser", "A case outside any theme was kept as a note: «%1»")
                    .arg(c.title));
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
                    QCoreApplication::translate("ProgramParser",
                        "The programme gives no year; %1 is the only year near now in which "
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
                    years.isEmpty() ? QCoreApplication::translate("ProgramParser",
                        "The programme gives no year, and no year near now has %1 on a %2; "
                        "give the year.")
                                          .arg(days.first().heading, nbdate::weekdayName(first.weekday))
                                    : QCoreApplication::translate("ProgramParser",
                                        "The programme gives no year; «%1» fits %2. Give the year.")
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
                error(raw.line,
                    QCoreApplication::translate("ProgramParser", "«%1» is not a date in %2.")
                        .arg(days[i].heading)
                        .arg(y));
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
                    = QCoreApplication::translate(
                        "ProgramParser", "«%1»: %2 is a %3, not a %4. Check the date and the year.")
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
                ? QCoreApplication::translate(
                    "ProgramParser", "the same date as or earlier than the day before")
                : QCoreApplication::translate("ProgramParser", "a %1, not a %2")
                      .arg(nbdate::weekdayName(written.dayOfWeek()), nbdate::weekdayName(raw.weekday));
            if (m_options.strictDates) {
                error(raw.line,
                    QCoreApplication::translate(
                        "ProgramParser", "«%1» gives %2, %3. The weekday suggests %4.")
                        .arg(days[i].heading, written.toString(Qt::ISODate), reason, isoWithWeekday(likely)));
                continue;
            }
            warning(raw.line,
                QCoreApplication::translate("ProgramParser",
                    "«%1» gives %2, %3. The weekday suggests %4, so that date is used; "
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
    }

    void warning(int line, const QString &text) { m_result.warnings.append({ line, text }); }
    void error(int line, const QString &text) { m_result.errors.append({ line, text }); }

    ProgramParseOptions m_options;
    ProgramParseResult m_result;
    QList<RawDay> m_rawDays;
    Session *m_session = nullptr;
    Group *m_group = nullptr;
    QList<PendingNote> m_pendingNotes;
    QStringList m_description;
    QString m_next; // the next non-empty line, for headings that are known by what follows them
    int m_line = 0;
};

} // namespace

ProgramParseResult parseProgram(const QString &text, const ProgramParseOptions &options)
{
    return Parser(options).run(text);
}

} // namespace oppmote
