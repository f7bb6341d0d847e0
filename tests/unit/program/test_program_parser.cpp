// The programme parser on the seed (as kept in assets/sample) and on other
// programmes written the same way.

#include "program/program_parser.h"
#include "program/program_settings.h"
#include "program/text_file.h"
#include "test_paths.h"

#include <QtTest>

using namespace oppmote;

namespace {
QString seedText()
{
    auto t
        = readTextFile(test::sourcePath(QStringLiteral("assets/sample/verksted-for-regional-utvikling.txt")));
    return t.ok() ? t.value() : QString();
}

const Session *sessionAt(const Day &day, const char *hhmm)
{
    for (const Session &s : day.sessions)
        if (s.start.toString(QStringLiteral("HH:mm")) == QLatin1String(hhmm))
            return &s;
    return nullptr;
}
} // namespace

class TestProgramParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedStructure()
    {
        ProgramParseOptions o;
        o.year = 2017;
        const ProgramParseResult r = parseProgram(seedText(), o);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.front().text));
        const Event &e = r.event;
        QCOMPARE(e.name, QStringLiteral("Verksted for regional utvikling"));
        QVERIFY(e.description.startsWith(QStringLiteral("Verkstedet er en arena")));
        QCOMPARE(e.days.size(), 2);
        QCOMPARE(e.days[0].title,
            QStringLiteral(
                "Omstillingsdyktige regioner – mulighetsrommet for fylkeskommunene frem mot 2020"));
        QCOMPARE(e.days[1].title, QStringLiteral("Smarte og omstillingsdyktige regioner"));

        const Day &d1 = e.days[0];
        QCOMPARE(d1.sessions.size(), 7);
        QCOMPARE(sessionAt(d1, "09:30")->kind, SessionKind::Registration);
        QCOMPARE(sessionAt(d1, "09:30")->title, QStringLiteral("Registrering"));
        QCOMPARE(sessionAt(d1, "11:45")->kind, SessionKind::Break);
        QCOMPARE(sessionAt(d1, "10:00")->speakers.size(), 2);
        QCOMPARE(sessionAt(d1, "10:00")->speakers[1].organisation, QStringLiteral("KMD"));
        QCOMPARE(sessionAt(d1, "12:00")->speakers.front().name, QStringLiteral("Kjetil Staalesen"));
        QCOMPARE(sessionAt(d1, "12:50")->kind, SessionKind::Plenary); // an introduction, not the group work
        QCOMPARE(sessionAt(d1, "10:00")->end, QTime(11, 45));

        const Session *gw = sessionAt(d1, "14:00");
        QCOMPARE(gw->kind, SessionKind::GroupWork);
        QCOMPARE(gw->key, QStringLiteral("d1-1400"));
        QVERIFY(!gw->mixedGroups);
        QCOMPARE(gw->groups.size(), 3);
        QCOMPARE(gw->groups[0].key, QStringLiteral("d1-1400-g1"));
        QCOMPARE(gw->groups[0].name, QStringLiteral("Tema 1"));
        QVERIFY(gw->groups[1].theme.startsWith(QStringLiteral("Kompetanse og næringsutvikling")));
        QCOMPARE(gw->groups[0].cases.size(), 2);
        QCOMPARE(gw->groups[1].cases.size(), 2);
        QCOMPARE(gw->groups[2].cases.size(), 1);
        QCOMPARE(gw->groups[0].cases[0].presenter.name, QStringLiteral("Hilde Uppstad"));
        QCOMPARE(gw->groups[1].cases[0].presenter.name, QStringLiteral("Kathrin Jakobsen")); // written "v\"
        QCOMPARE(gw->groups[1].cases[1].presenter.organisation, QStringLiteral("Kompetanse Norge"));
        QCOMPARE(
            gw->groups[2].cases[0].presenter.organisation, QStringLiteral("Sør-Trøndelag fylkeskommune"));

        const Day &d2 = e.days[1];
        QCOMPARE(d2.sessions.size(), 5);
        QVERIFY(sessionAt(d2, "09:45")); // written "09. 45"
        QCOMPARE(
            sessionAt(d2, "09:45")->speakers.front().organisation, QStringLiteral("Nordland fylkeskommune"));
        QVERIFY(sessionAt(d2, "09:45")->notes.contains(QStringLiteral("Dialog med salen.")));
        const Session *mixed = sessionAt(d2, "11:00");
        QCOMPARE(mixed->kind, SessionKind::GroupWork);
        QVERIFY(mixed->mixedGroups);
        QVERIFY(mixed->groups.isEmpty());
        // The bullet "Oppspill til gruppearbeid v/ Anja Gjærum, KMD" names a speaker.
        QCOMPARE(mixed->speakers.front().name, QStringLiteral("Anja Gjærum"));
        QCOMPARE(mixed->notes.size(), 2);
    }

    void seedDateConflictIsWarnedWithTheFix()
    {
        ProgramParseOptions o;
        o.year = 2017;
        const ProgramParseResult r = parseProgram(seedText(), o);
        QVERIFY(r.ok());
        QCOMPARE(r.event.days[0].date, QDate(2017, 9, 25));
        QCOMPARE(r.event.days[0].date.dayOfWeek(), 1);
        QCOMPARE(r.event.days[1].date, QDate(2017, 9, 26));
        QCOMPARE(r.warnings.size(), 1);
        const ProgramMessage &w = r.warnings.front();
        QVERIFY(w.line > 40);
        QVERIFY2(w.text.contains(QStringLiteral("Tirsdag 25. september")), qPrintable(w.text));
        QVERIFY2(w.text.contains(QStringLiteral("2017-09-26")), qPrintable(w.text));

        o.strictDates = true;
        const ProgramParseResult strict = parseProgram(seedText(), o);
        QVERIFY(!strict.ok());
        QVERIFY(strict.errors.front().text.contains(QStringLiteral("2017-09-26")));
    }

    void seedWithoutYearAsks()
    {
        ProgramParseOptions o;
        o.referenceDate = QDate(2026, 11, 29);
        const ProgramParseResult r = parseProgram(seedText(), o);
        QVERIFY(!r.ok());
        // Monday 25 September: 2017, 2023 and 2028 from ten years back to two ahead.
        QCOMPARE(r.yearCandidates, (QList<int> { 2017, 2023, 2028 }));
        QVERIFY(r.errors.front().text.contains(QStringLiteral("2017, 2023, 2028")));
    }

    void yearFromWeekdaysWhenOnlyOneFits()
    {
        // Wednesday 12 March falls in 2025 only, of 2016–2028.
        const QString text = QStringLiteral(
            "Fagdag om kompetanse\n\nProgram\n\nOnsdag 12. mars: Kompetanse i regionene\n\n09.00 "
            "Registrering og kaffe.\n"
            "09.30 Åpning v/ Åse Løvås, fylkesdirektør i Vestland fylkeskommune.\n11.30 Lunsj.\n");
        ProgramParseOptions o;
        o.referenceDate = QDate(2026, 11, 29);
        const ProgramParseResult r = parseProgram(text, o);
        QVERIFY(r.ok());
        QCOMPARE(r.event.days[0].date, QDate(2025, 3, 12));
        QCOMPARE(r.warnings.size(), 1); // says the year was inferred
        QVERIFY(r.warnings.front().text.contains(QStringLiteral("2025")));
        QCOMPARE(r.event.days[0].sessions[1].speakers.front().organisation,
            QStringLiteral("Vestland fylkeskommune"));
        QCOMPARE(r.event.days[0].sessions[2].kind, SessionKind::Meal);
        // Tuesday 12 March fits 2019 and 2024: the parser asks.
        QString tuesday = text;
        tuesday.replace(QStringLiteral("Onsdag"), QStringLiteral("Tirsdag"));
        const ProgramParseResult ask = parseProgram(tuesday, o);
        QVERIFY(!ask.ok());
        QCOMPARE(ask.yearCandidates, (QList<int> { 2019, 2024 }));
    }

    void anotherProgrammeOfTheSameForm()
    {
        const QString text
            = QStringLiteral("Regionalt utviklingsforum 2024\n"
                             "Et forum for fylkeskommunene.\n\n"
                             "Program\n\n"
                             "Onsdag 4. september 2024: Grønn omstilling\n\n"
                             "09:00–09:30 Registrering\n"
                             "09.30 Velkommen v/ Kari Nordmann, fylkesordfører i Nordland fylkeskommune\n"
                             "10.15 Pause\n"
                             "10.30 Gruppearbeid: Hva virker?\n"
                             "Tema 1: Energi\n"
                             "Case: Havvind i nord v/ Per Hansen, rådgiver, Troms og Finnmark fylkeskommune\n"
                             "Tema 2: Mat\n"
                             "Tema 3: Reiseliv\n"
                             "• Alle grupper rapporterer i plenum\n"
                             "12.00 Lunsj\n\n"
                             "Torsdag 5. september 2024: Kompetanse\n\n"
                             "09.00 Gruppearbeid i blandede grupper\n"
                             "11.30 Avslutning\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY(r.ok());
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.event.days.size(), 2);
        QCOMPARE(r.event.days[0].date, QDate(2024, 9, 4));
        QCOMPARE(r.event.days[1].date, QDate(2024, 9, 5));
        const Session &reg = r.event.days[0].sessions[0];
        QCOMPARE(reg.end, QTime(9, 30)); // from the range
        QCOMPARE(reg.kind, SessionKind::Registration);
        const Session &gw = r.event.days[0].sessions[3];
        QCOMPARE(gw.kind, SessionKind::GroupWork);
        QCOMPARE(gw.groups.size(), 3);
        QCOMPARE(gw.groups[0].cases.front().presenter.organisation,
            QStringLiteral("Troms og Finnmark fylkeskommune"));
        QCOMPARE(gw.notes, QStringList { QStringLiteral("Alle grupper rapporterer i plenum") });
        QVERIFY(r.event.days[1].sessions[0].mixedGroups);
    }

    // "Tema A", "Tema B", … with their cases: number = the letter's place, the letter in the name.
    void letteredThemesParseWithTheirCases()
    {
        const QString text
            = QStringLiteral("Samling for planleggere\n\nProgram\n\n"
                             "Onsdag 4. september 2024: Plan\n"
                             "09.00 Registrering\n"
                             "10.00 Gruppearbeid: Hvordan planlegger vi?\n"
                             "Tema A: Klima og energi – hvordan kutte utslippene?\n"
                             "Case: Havvind i nord v/ Per Hansen, rådgiver, Troms og Finnmark fylkeskommune\n"
                             "Case: Solkraft på tak v/ Kari Nordmann, Vestland fylkeskommune\n"
                             "Tema B – Mat\n"
                             "• Case: Lokalmat v/ Ola Dahl, Innlandet fylkeskommune\n"
                             "tema c)\n"
                             "Reiseliv året rundt\n"
                             "Case 1: Vinterturisme v/ Liv Berg, Nordland fylkeskommune\n"
                             "12.00 Lunsj\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.front().text));
        QVERIFY2(r.warnings.isEmpty(), r.warnings.isEmpty() ? "" : qPrintable(r.warnings.front().text));
        const Session &gw = r.event.days[0].sessions[1];
        QCOMPARE(gw.kind, SessionKind::GroupWork);
        QVERIFY(!gw.mixedGroups);
        QVERIFY(gw.notes.isEmpty());
        QCOMPARE(gw.groups.size(), 3);
        QCOMPARE(gw.groups[0].name, QStringLiteral("Tema A"));
        QCOMPARE(gw.groups[1].name, QStringLiteral("Tema B"));
        QCOMPARE(gw.groups[2].name, QStringLiteral("Tema C"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(gw.groups[i].number, i + 1);
            QCOMPARE(gw.groups[i].key, QStringLiteral("d1-1000-g%1").arg(i + 1));
        }
        QCOMPARE(gw.groups[0].theme, QStringLiteral("Klima og energi – hvordan kutte utslippene?"));
        QCOMPARE(gw.groups[1].theme, QStringLiteral("Mat"));
        QCOMPARE(gw.groups[2].theme, QStringLiteral("Reiseliv året rundt")); // on the line after "Tema C"
        QCOMPARE(gw.groups[0].cases.size(), 2);
        QCOMPARE(gw.groups[0].cases[1].title, QStringLiteral("Solkraft på tak"));
        QCOMPARE(gw.groups[0].cases[1].presenter.organisation, QStringLiteral("Vestland fylkeskommune"));
        QCOMPARE(gw.groups[1].cases.size(), 1); // written as a bullet
        QCOMPARE(gw.groups[1].cases[0].presenter.name, QStringLiteral("Ola Dahl"));
        QCOMPARE(gw.groups[2].cases.size(), 1);
        QCOMPARE(gw.groups[2].cases[0].presenter.name, QStringLiteral("Liv Berg"));
        QVERIFY(r.event.group(QStringLiteral("d1-1000-g2")));
    }

    // "Tema: Klima", or a heading with the cases under it: numbered in the order written.
    void namedThemesParseWithTheirCases()
    {
        const QString text
            = QStringLiteral("Samling for planleggere\n\nProgram\n\n"
                             "Onsdag 4. september 2024\n"
                             "10.00 Gruppearbeid\n"
                             "Tema: Klima – hvordan kutte utslippene?\n"
                             "Case: Havvind i nord v/ Per Hansen, Troms og Finnmark fylkeskommune\n"
                             "Tema: Mat\n"
                             "Energi og kraft\n"
                             "Case: Kraft til industrien v/ Kari Nordmann, Vestland fylkeskommune\n"
                             "Case: Nett i distriktene v/ Ola Dahl, Statnett\n"
                             "Oppsummering i plenum.\n"
                             "12.00 Lunsj\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.front().text));
        QVERIFY2(r.warnings.isEmpty(), r.warnings.isEmpty() ? "" : qPrintable(r.warnings.front().text));
        const Session &gw = r.event.days[0].sessions[0];
        QCOMPARE(gw.groups.size(), 3);
        QCOMPARE(gw.groups[0].name, QStringLiteral("Klima"));
        QCOMPARE(gw.groups[0].theme, QStringLiteral("Klima – hvordan kutte utslippene?"));
        QCOMPARE(gw.groups[1].name, QStringLiteral("Mat"));
        QVERIFY(gw.groups[1].cases.isEmpty());
        QCOMPARE(gw.groups[2].name, QStringLiteral("Energi og kraft"));
        QCOMPARE(gw.groups[2].cases.size(), 2);
        QCOMPARE(gw.groups[2].cases[1].presenter.name, QStringLiteral("Ola Dahl"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(gw.groups[i].number, i + 1);
            QCOMPARE(gw.groups[i].key, QStringLiteral("d1-1000-g%1").arg(i + 1));
        }
        QCOMPARE(gw.groups[0].cases.front().presenter.name, QStringLiteral("Per Hansen"));
        QCOMPARE(gw.notes, QStringList { QStringLiteral("Oppsummering i plenum.") });
    }

    // Numbered themes keep their keys however the separator is written.
    void numberedThemesAsOrganisersWriteThem()
    {
        const QString text = QStringLiteral("Samling\n\nProgram\n\nOnsdag 4. september 2024\n"
                                            "10.00 Gruppearbeid\n"
                                            "Tema 1 – Energi\n"
                                            "Tema nr. 2: Mat\n"
                                            "Case: Lokalmat v/ Ola Dahl, Innlandet fylkeskommune\n"
                                            "Tema 4\n"
                                            "Reiseliv\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY(r.ok());
        QVERIFY(r.warnings.isEmpty());
        const Session &gw = r.event.days[0].sessions[0];
        QCOMPARE(gw.groups.size(), 3);
        QCOMPARE(gw.groups[0].key, QStringLiteral("d1-1000-g1"));
        QCOMPARE(gw.groups[0].theme, QStringLiteral("Energi"));
        QCOMPARE(gw.groups[1].key, QStringLiteral("d1-1000-g2"));
        QCOMPARE(gw.groups[1].name, QStringLiteral("Tema 2"));
        QCOMPARE(gw.groups[1].cases.size(), 1);
        QCOMPARE(gw.groups[2].key, QStringLiteral("d1-1000-g4"));
        QCOMPARE(gw.groups[2].name, QStringLiteral("Tema 4"));
        QCOMPARE(gw.groups[2].theme, QStringLiteral("Reiseliv"));
    }

    // A line with no place in the programme is a warning with its line, not lost or moved silently.
    void unplaceableLineIsAWarningWithItsLineNumber()
    {
        const QString text = QStringLiteral("Seminar\n" // 1
                                            "\n" // 2
                                            "Program\n" // 3
                                            "Alle tider er omtrentlige.\n" // 4
                                            "Mandag 2. september 2024: Oppstart\n" // 5
                                            "Dagen åpnes av fylkesordføreren.\n" // 6
                                            "Tirsdag 3. september 2024\n" // 7
                                            "09.00 Velkommen\n" // 8
                                            "10.00 Gruppearbeid\n" // 9
                                            "Case: Uten tema v/ Kari Nordmann, KS\n" // 10
                                            "Tema B: Mat\n" // 11
                                            "Fredag 6. september 2024\n" // 12
                                            "Programmet for fredag kommer.\n"); // 13
        const ProgramParseResult r = parseProgram(text);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.front().text));
        const auto warningAt = [&](int line) -> QString {
            for (const ProgramMessage &w : r.warnings)
                if (w.line == line)
                    return w.text;
            return {};
        };
        // Under a day without sessions: left out, said so, and not moved to the next day.
        QVERIFY2(warningAt(6).contains(QStringLiteral("Dagen åpnes av fylkesordføreren.")),
            qPrintable(warningAt(6)));
        QVERIFY2(warningAt(6).contains(QStringLiteral("Mandag 2. september 2024")), qPrintable(warningAt(6)));
        QVERIFY(r.event.days[1].sessions[0].notes.isEmpty());
        QVERIFY2(warningAt(13).contains(QStringLiteral("Programmet for fredag kommer.")),
            qPrintable(warningAt(13)));
        // A case before any theme: kept as a note, with a warning at its line.
        QVERIFY(!warningAt(10).isEmpty());
        QVERIFY(r.event.days[1].sessions[1].notes.contains(QStringLiteral("Uten tema v/ Kari Nordmann, KS")));
        // The lettered theme after it is a theme (key from B = 2).
        QCOMPARE(r.event.days[1].sessions[1].groups.size(), 1);
        QCOMPARE(r.event.days[1].sessions[1].groups[0].key, QStringLiteral("d2-1000-g2"));
        // Text between "Program" and the first day is about the programme.
        QVERIFY(r.event.description.contains(QStringLiteral("Alle tider er omtrentlige.")));
        QCOMPARE(r.warnings.size(), 3);
    }

    void nynorskWeekdaysAndNewYear()
    {
        const QString text = QStringLiteral("Nyttårsseminar\n\nProgram\n\n"
                                            "Måndag 30. desember 2024\n10.00 Opning\n"
                                            "Tysdag 31. desember\n10.00 Gruppearbeid\nTema 1: Plan\n"
                                            "Torsdag 2. januar\n09.00 Avslutting\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.front().text));
        QCOMPARE(r.event.days[0].date, QDate(2024, 12, 30));
        QCOMPARE(r.event.days[1].date, QDate(2024, 12, 31));
        QCOMPARE(r.event.days[2].date, QDate(2025, 1, 2));
        QVERIFY(r.warnings.isEmpty());
    }

    void wrongWeekdayWithAYearIsReported()
    {
        const QString text = QStringLiteral("Seminar\n\nProgram\n\nFredag 4. september 2024\n10.00 Start\n");
        const ProgramParseResult r = parseProgram(text);
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.front().text.contains(QStringLiteral("onsdag")));
    }

    void badInputGetsClearErrors()
    {
        QVERIFY(!parseProgram(QString()).ok());
        QVERIFY(!parseProgram(QStringLiteral("Bare en tittel\nog litt tekst")).ok());
        const ProgramParseResult noDay = parseProgram(QStringLiteral("Tittel\n\nProgram\n\n09.00 Start\n"));
        QVERIFY(!noDay.ok());
        const ProgramParseResult month
            = parseProgram(QStringLiteral("Tittel\n\nMandag 3. smarch 2025\n09.00 Start\n"));
        QVERIFY(!month.ok());
        QVERIFY(month.errors.front().text.contains(QStringLiteral("smarch")));
    }

    void settingsApplyAndRefuseUnknownGroups()
    {
        ProgramParseOptions o;
        o.year = 2017;
        ProgramParseResult r = parseProgram(seedText(), o);
        auto settings
            = readProgramSettings(test::sourcePath(QStringLiteral("assets/sample/verksted.settings.json")));
        QVERIFY(settings.ok());
        QCOMPARE(settings->year, 2017);
        QVERIFY(applyProgramSettings(r.event, settings.value()).ok());
        QCOMPARE(r.event.group(QStringLiteral("d1-1400-g2"))->capacity, 40);
        QVERIFY(!r.event.group(QStringLiteral("d1-1400-g2"))->room.isEmpty());
        const Session *mixed = r.event.session(QStringLiteral("d2-1100"));
        QCOMPARE(mixed->groups.size(), 6);
        QVERIFY(mixed->mixedGroups);

        auto bad = programSettingsFromJson(
            R"({"groups": {"d1-1400-g9": {"capacity": 10}}})", QStringLiteral("test"));
        QVERIFY(bad.ok());
        ProgramParseResult again = parseProgram(seedText(), o);
        const Status s = applyProgramSettings(again.event, bad.value());
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("d1-1400-g9")));
        QVERIFY(!programSettingsFromJson("{not json", QStringLiteral("x")).ok());
    }

    void windows1252File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("program.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // "Tirsdag 26. september 2017: «Smart» – 50 €" in Windows-1252
        f.write("Seminar\n\nProgram\n\nTirsdag 26. september 2017: \xab"
                "Smart\xbb \x96 50 \x80\n09.00 Start\n");
        f.close();
        auto text = readTextFile(path);
        QVERIFY(text.ok());
        const ProgramParseResult r = parseProgram(text.value());
        QVERIFY(r.ok());
        QCOMPARE(r.event.days[0].title, QStringLiteral("«Smart» – 50 €"));
    }
};

QTEST_GUILESS_MAIN(TestProgramParser)
#include "test_program_parser.moc"
