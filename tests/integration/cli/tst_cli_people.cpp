// The command line speaks like a person (issue 13), run as a process: people
// by id, code or name in checkin, badges, reissue and tickets (an unknown name
// is exit 3, an ambiguous one exit 1 with the candidates); `attendees add` and
// `attendees edit` at the desk, judged by the import's rules; messages that
// name people; the programme listing with the keys other commands take;
// ticket dates in the UI language; CSV with the decimal comma.

#include "cli_workshop.h"
#include "required_tool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace oppmote::test;

class TestCliPeople : public QObject
{
    Q_OBJECT

    Workshop w;

    // Registers a person at the desk; returns their JSON (empty on failure, the test failed).
    QJsonObject add(const QStringList &args)
    {
        const CliResult r = w.run(QStringList { QStringLiteral("attendees"), QStringLiteral("add") } + args
            + QStringList { QStringLiteral("--json") });
        if (r.exitCode != 0) {
            qWarning("attendees add %s: %d %s", qPrintable(args.join(u' ')), r.exitCode, r.err.constData());
            return {};
        }
        return r.json().object().value(QStringLiteral("attendee")).toObject();
    }

    QJsonObject stored(const QString &id) const
    {
        for (const auto &v : w.attendees())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(makeWorkshop(w, 60)); }

    void addedPersonIsFoundBySearch()
    {
        const CliResult r = w.run({ QStringLiteral("attendees"), QStringLiteral("add"),
            QStringLiteral("Kari"), QStringLiteral("Nordmann"), QStringLiteral("--organisation"),
            QStringLiteral("Vestland fylkeskommune"), QStringLiteral("--email"),
            QStringLiteral("  mailto:kari.nordmann@vlfk.no "), QStringLiteral("--role"),
            QStringLiteral("Rådgiver"), QStringLiteral("--phone"), QStringLiteral("+47 900  00 001"),
            QStringLiteral("--type"), QStringLiteral("fasilitator"), QStringLiteral("--preferences"),
            QStringLiteral("2; 1"), QStringLiteral("--fixed-group"), QStringLiteral("Tema 2"),
            QStringLiteral("--consent"), QStringLiteral("ja") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QRegularExpression said(QStringLiteral(
            "^Kari Nordmann \\(Vestland fylkeskommune\\) is registered, with the code (OP1-\\S+)\\.$"));
        const auto m = said.match(r.text().trimmed());
        QVERIFY2(m.hasMatch(), r.out.constData());

        // The import's rules: e-mail cleaned, whitespace simplified, words understood.
        const CliResult found
            = w.run({ QStringLiteral("search"), QStringLiteral("kari nordman"), QStringLiteral("--json") });
        QCOMPARE(found.exitCode, 0);
        QString id;
        for (const auto &v : found.json().array())
            if (v.toObject().value(QStringLiteral("organisation")).toString()
                == QLatin1String("Vestland fylkeskommune"))
                id = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject a = stored(id);
        QCOMPARE(a.value(QStringLiteral("lastName")).toString(), QStringLiteral("Nordmann"));
        QCOMPARE(a.value(QStringLiteral("token")).toString(), m.captured(1));
        QCOMPARE(a.value(QStringLiteral("email")).toString(), QStringLiteral("kari.nordmann@vlfk.no"));
        QCOMPARE(a.value(QStringLiteral("phone")).toString(), QStringLiteral("+47 900 00 001"));
        QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("facilitator"));
        QCOMPARE(a.value(QStringLiteral("preferences")).toArray(),
            (QJsonArray { QStringLiteral("2"), QStringLiteral("1") }));
        QCOMPARE(a.value(QStringLiteral("fixedGroup")).toString(), QStringLiteral("Tema 2"));
        QCOMPARE(a.value(QStringLiteral("consent")).toBool(), true);

        // The same person again changes nothing (7); with other details, they are sent to edit (1).
        const QStringList again { QStringLiteral("attendees"), QStringLiteral("add"),
            QStringLiteral("Kari Nordmann"), QStringLiteral("--email"),
            QStringLiteral("kari.nordmann@vlfk.no") };
        const CliResult same = w.run(again);
        QCOMPARE(same.exitCode, 7);
        QVERIFY2(same.errors().contains(QStringLiteral("registered already")), same.err.constData());
        const CliResult other
            = w.run(again + QStringList { QStringLiteral("--role"), QStringLiteral("Leder") });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.errors().contains(QStringLiteral("attendees edit")), other.err.constData());
        QCOMPARE(stored(id).value(QStringLiteral("role")).toString(), QStringLiteral("Rådgiver"));
    }

    void invalidEmailIsRefused()
    {
        const int before = int(w.attendees().size());
        const CliResult r
            = w.run({ QStringLiteral("attendees"), QStringLiteral("add"), QStringLiteral("Ola Feilpost"),
                QStringLiteral("--email"), QStringLiteral("ola@feil"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errors().contains(QStringLiteral("invalid e-mail address")), r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("reasonCode")).toString(),
            QStringLiteral("invalid-email"));
        QCOMPARE(r.json().object().value(QStringLiteral("written")).toBool(true), false);
        QCOMPARE(int(w.attendees().size()), before);
        QCOMPARE(w.run({ QStringLiteral("search"), QStringLiteral("Feilpost") }).exitCode, 3);
        // No name at all is a usage error.
        QCOMPARE(w.run({ QStringLiteral("attendees"), QStringLiteral("add"), QStringLiteral("--email"),
                           QStringLiteral("x@example.no") })
                     .exitCode,
            2);
    }

    void editByName()
    {
        const QJsonObject a = add({ QStringLiteral("Ingrid Endresen"), QStringLiteral("--organisation"),
            QStringLiteral("Agder fylkeskommune"), QStringLiteral("--role"),
            QStringLiteral("Seniorrådgiver") });
        QVERIFY(!a.isEmpty());
        const QString id = a.value(QStringLiteral("id")).toString();
        const CliResult r
            = w.run({ QStringLiteral("attendees"), QStringLiteral("edit"), QStringLiteral("ingrid endresen"),
                QStringLiteral("--phone"), QStringLiteral("+47 400 00 002"), QStringLiteral("--email"),
                QStringLiteral("ingrid@agderfk.no"), QStringLiteral("--role"), QString() });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.text().trimmed(),
            QStringLiteral("Ingrid Endresen (Agder fylkeskommune) is changed: role, e-mail, phone."));
        QJsonObject now = stored(id);
        QCOMPARE(now.value(QStringLiteral("phone")).toString(), QStringLiteral("+47 400 00 002"));
        QCOMPARE(now.value(QStringLiteral("email")).toString(), QStringLiteral("ingrid@agderfk.no"));
        QCOMPARE(now.value(QStringLiteral("role")).toString(), QString()); // typed empty: cleared
        QCOMPARE(now.value(QStringLiteral("token")).toString(), a.value(QStringLiteral("token")).toString());

        // Renaming; JSON names the fields that changed.
        const CliResult renamed = w.run({ QStringLiteral("attendees"), QStringLiteral("edit"), id,
            QStringLiteral("--last-name"), QStringLiteral("Endresen Lie"), QStringLiteral("--json") });
        QCOMPARE(renamed.exitCode, 0);
        QCOMPARE(renamed.json().object().value(QStringLiteral("changed")).toArray(),
            QJsonArray { QStringLiteral("lastName") });
        QCOMPARE(stored(id).value(QStringLiteral("lastName")).toString(), QStringLiteral("Endresen Lie"));

        // The import's rules hold here too; nothing changes on a refusal.
        const CliResult bad = w.run(
            { QStringLiteral("attendees"), QStringLiteral("edit"), QStringLiteral("Ingrid Endresen Lie"),
                QStringLiteral("--email"), QStringLiteral("ingrid(at)agder") });
        QCOMPARE(bad.exitCode, 4);
        QCOMPARE(stored(id).value(QStringLiteral("email")).toString(), QStringLiteral("ingrid@agderfk.no"));
        QCOMPARE(w.run({ QStringLiteral("attendees"), QStringLiteral("edit"),
                           QStringLiteral("Ingrid Endresen Lie"), QStringLiteral("--phone"),
                           QStringLiteral("+47 400 00 002") })
                     .exitCode,
            7); // nothing to change
        QCOMPARE(w.run({ QStringLiteral("attendees"), QStringLiteral("edit"), id }).exitCode, 2);
        const CliResult nobody = w.run({ QStringLiteral("attendees"), QStringLiteral("edit"),
            QStringLiteral("Zyxwv Qqqqq"), QStringLiteral("--phone"), QStringLiteral("1") });
        QCOMPARE(nobody.exitCode, 3);
        QVERIFY2(nobody.errors().contains(QStringLiteral("«Zyxwv Qqqqq»")), nobody.err.constData());
    }

    void checkinByNameAndCode()
    {
        const QJsonObject a = add({ QStringLiteral("Sigbjørn Åsheim"), QStringLiteral("--organisation"),
            QStringLiteral("Nordland fylkeskommune") });
        QVERIFY(!a.isEmpty());
        // Two words without quotes, typed without ø and å.
        const CliResult r
            = w.run({ QStringLiteral("checkin"), QStringLiteral("Sigbjorn"), QStringLiteral("Aasheim") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            r.text().trimmed(), QStringLiteral("Sigbjørn Åsheim (Nordland fylkeskommune) is checked in."));
        const CliResult again = w.run({ QStringLiteral("checkin"),
            a.value(QStringLiteral("token")).toString(), QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 7);
        QCOMPARE(again.json().object().value(QStringLiteral("attendeeId")).toString(),
            a.value(QStringLiteral("id")).toString());
        const CliResult text = w.run({ QStringLiteral("checkin"), QStringLiteral("Sigbjørn Åsheim") });
        QCOMPARE(text.exitCode, 7);
        QVERIFY2(text.text().startsWith(
                     QStringLiteral("Sigbjørn Åsheim (Nordland fylkeskommune) was already checked in at ")),
            text.out.constData());
        // At a session, the session is named by its title, not its key.
        const CliResult session = w.run({ QStringLiteral("checkin"), QStringLiteral("Sigbjørn Åsheim"),
            QStringLiteral("--session"), QStringLiteral("d1-1400") });
        QCOMPARE(session.exitCode, 0);
        QVERIFY2(session.text().contains(QStringLiteral("is checked in at «Gruppearbeid")),
            session.out.constData());
        QVERIFY(!session.text().contains(QStringLiteral("d1-1400")));
        const CliResult undo = w.run({ QStringLiteral("checkin"), QStringLiteral("Sigbjørn Åsheim"),
            QStringLiteral("--session"), QStringLiteral("d1-1400"), QStringLiteral("--undo") });
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(undo.text().trimmed(),
            QStringLiteral("The check-in of Sigbjørn Åsheim (Nordland fylkeskommune) is undone."));
    }

    void ambiguousAndUnknownNames()
    {
        for (const char *org : { "Troms fylkeskommune", "Finnmark fylkeskommune" })
            QVERIFY(!add(
                { QStringLiteral("Tove Tvilling"), QStringLiteral("--organisation"), QLatin1String(org) })
                         .isEmpty());
        QStringList ids;
        for (const auto &v : w.attendees())
            if (v.toObject().value(QStringLiteral("lastName")).toString() == QLatin1String("Tvilling"))
                ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids.size(), 2);
        const QString pdf = w.file(QStringLiteral("tvilling.pdf"));
        const QList<QStringList> commands { { QStringLiteral("checkin"), QStringLiteral("Tove Tvilling") },
            { QStringLiteral("badges"), QStringLiteral("--attendee"), QStringLiteral("Tove Tvilling"),
                QStringLiteral("--pdf"), pdf },
            { QStringLiteral("reissue"), QStringLiteral("Tove Tvilling") },
            { QStringLiteral("tickets"), QStringLiteral("--attendee"), QStringLiteral("Tove Tvilling"),
                QStringLiteral("--out"), w.file(QStringLiteral("tvilling")) } };
        for (const QStringList &args : commands) {
            const CliResult r = w.run(args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + QLatin1String(": ") + r.errors()));
            QVERIFY2(r.errors().contains(QStringLiteral("More than one person matches «Tove Tvilling»")),
                r.err.constData());
            for (const QString &id : ids)
                QVERIFY2(r.errors().contains(id), r.err.constData());
            QVERIFY(r.errors().contains(QStringLiteral("Tove Tvilling (Troms fylkeskommune, id ")));
            QVERIFY(r.errors().contains(QStringLiteral("Tove Tvilling (Finnmark fylkeskommune, id ")));
        }
        QVERIFY(!QFile::exists(pdf));

        const QList<QStringList> unknown { { QStringLiteral("checkin"), QStringLiteral("Qwzx Vbnm") },
            { QStringLiteral("badges"), QStringLiteral("--attendee"), QStringLiteral("Qwzx Vbnm"),
                QStringLiteral("--pdf"), pdf },
            { QStringLiteral("reissue"), QStringLiteral("Qwzx Vbnm") },
            { QStringLiteral("checkin"), QStringLiteral("--search"), QStringLiteral("Qwzx Vbnm") } };
        for (const QStringList &args : unknown) {
            const CliResult r = w.run(args);
            QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ') + QLatin1String(": ") + r.errors()));
            QVERIFY2(r.errors().contains(QStringLiteral("No one has the id or name «Qwzx Vbnm».")),
                r.err.constData());
        }
    }

    void badgesByName()
    {
        const QJsonObject a = add({ QStringLiteral("Bjørg Merkelapp"), QStringLiteral("--organisation"),
            QStringLiteral("Innlandet fylkeskommune") });
        QVERIFY(!a.isEmpty());
        const QString pdf = w.file(QStringLiteral("merkelapp.pdf"));
        const CliResult r = w.run(
            { QStringLiteral("badges"), QStringLiteral("--attendee"), QStringLiteral("Bjørg Merkelapp"),
                QStringLiteral("--attendee"), a.value(QStringLiteral("id")).toString(),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("attendees")).toArray(),
            QJsonArray { a.value(QStringLiteral("id")).toString() }); // named twice, one badge
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const CliResult text = w.run({ QStringLiteral("badges"), QStringLiteral("--attendee"),
            QStringLiteral("merkelapp"), QStringLiteral("--pdf"), pdf });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.text().contains(QStringLiteral("Badges for: Bjørg Merkelapp (Innlandet fylkeskommune).")),
            text.out.constData());
    }

    void badgeLogoAtTheCommandLine()
    {
        QFile notImage(w.file(QStringLiteral("logo.png")));
        QVERIFY(notImage.open(QIODevice::WriteOnly) && notImage.write("not a picture") > 0);
        notImage.close();
        const CliResult bad
            = w.run({ QStringLiteral("badges"), QStringLiteral("--set-logo"), notImage.fileName() });
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.errors().contains(QStringLiteral("PNG, JPEG or SVG")), bad.err.constData());
        const CliResult both = w.run({ QStringLiteral("badges"), QStringLiteral("--set-logo"),
            notImage.fileName(), QStringLiteral("--remove-logo") });
        QCOMPARE(both.exitCode, 2);
        const QString svg = w.file(QStringLiteral("logo.svg"));
        QFile good(svg);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"><rect width=\"40\" "
                   "height=\"10\" fill=\"#123456\"/></svg>");
        good.close();
        const CliResult set = w.run({ QStringLiteral("badges"), QStringLiteral("--set-logo"), svg });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.text().contains(QStringLiteral("The logo is on the badges now")), set.out.constData());
        // Nobody has a badge yet, so none is outdated: nothing to print is "not found".
        const CliResult outdated = w.run({ QStringLiteral("badges"), QStringLiteral("--outdated"),
            QStringLiteral("--pdf"), w.file(QStringLiteral("outdated.pdf")), QStringLiteral("--json") });
        QVERIFY2(outdated.exitCode == 3, outdated.err.constData());
        QVERIFY(!QFileInfo::exists(w.file(QStringLiteral("outdated.pdf"))));
        QCOMPARE(outdated.json().object().value(QStringLiteral("badges")).toInt(), 0);
        QCOMPARE(w.run({ QStringLiteral("badges"), QStringLiteral("--remove-logo") }).exitCode, 0);
    }

    void reissueByNameAndCode()
    {
        const QJsonObject a = add({ QStringLiteral("Reidun Nykode"), QStringLiteral("--organisation"),
            QStringLiteral("Viken fylkeskommune") });
        QVERIFY(!a.isEmpty());
        const QString oldCode = a.value(QStringLiteral("token")).toString();
        const CliResult r
            = w.run({ QStringLiteral("reissue"), QStringLiteral("Reidun"), QStringLiteral("Nykode") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString newCode
            = stored(a.value(QStringLiteral("id")).toString()).value(QStringLiteral("token")).toString();
        QVERIFY(newCode != oldCode);
        QCOMPARE(r.text().trimmed(),
            QStringLiteral(
                "Reidun Nykode (Viken fylkeskommune) has a new code: %1. The old one is refused from "
                "now on.")
                .arg(newCode));
        // The old code names nobody any more: refused with its reason, as a kiosk refuses it.
        const CliResult old = w.run({ QStringLiteral("reissue"), oldCode });
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.errors().contains(QStringLiteral("replaced")), old.err.constData());
        // The new code names the person.
        const CliResult cancel = w.run({ QStringLiteral("reissue"), newCode, QStringLiteral("--cancel") });
        QCOMPARE(cancel.exitCode, 0);
        QCOMPARE(cancel.text().trimmed(),
            QStringLiteral("The code of Reidun Nykode (Viken fylkeskommune) is cancelled."));
    }

    void programmeListingShowsKeys()
    {
        const CliResult r = w.run({ QStringLiteral("program") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = r.text();
        QVERIFY2(QRegularExpression(QStringLiteral("(?m)^d1-1400\\s+14:00\\s+group work\\s+Gruppearbeid"))
                     .match(text)
                     .hasMatch(),
            r.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("(?m)^  d1-1400-g2\\s+Tema 2: Kompetanse"))
                    .match(text)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("(?m)^d2-1100\\s+11:00")).match(text).hasMatch());
        QVERIFY(text.contains(QStringLiteral("Møterom Fjorden")));
        // import-program prints the same listing.
        const CliResult imported = w.run(
            { QStringLiteral("import-program"), QStringLiteral("--sample"), QStringLiteral("--dry-run") });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.text().contains(QStringLiteral("  d1-1400-g2 ")));
        QVERIFY(
            QRegularExpression(QStringLiteral("(?m)^d1-1400\\s+14:00")).match(imported.text()).hasMatch());
        // JSON for scripts: the keys and the group names.
        const QJsonObject json
            = w.run({ QStringLiteral("program"), QStringLiteral("--json") }).json().object();
        const QJsonArray sessions = json.value(QStringLiteral("days"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
        bool found = false;
        for (const auto &s : sessions)
            if (s.toObject().value(QStringLiteral("key")).toString() == QLatin1String("d1-1400"))
                found = s.toObject()
                            .value(QStringLiteral("groups"))
                            .toArray()
                            .at(1)
                            .toObject()
                            .value(QStringLiteral("name"))
                    == QStringLiteral("Tema 2");
        QVERIFY(found);
    }

    void ticketDatesInTheUiLanguage()
    {
        const QJsonObject a = add({ QStringLiteral("Tora Billett") });
        QVERIFY(!a.isEmpty());
        const auto tickets = [&](const char *language, const QString &dir) {
            return runCli(
                { QStringLiteral("tickets"), QStringLiteral("--attendee"), QStringLiteral("Tora Billett"),
                    QStringLiteral("--out"), dir, QStringLiteral("--json") },
                w.db, 60000,
                { QStringLiteral("env"), QStringLiteral("OPPMOTE_LANG=%1").arg(QLatin1String(language)) });
        };
        const QString nbDir = w.file(QStringLiteral("tickets-nb"));
        const CliResult nb = tickets("nb", nbDir);
        QVERIFY2(nb.exitCode == 0, nb.err.constData());
        QCOMPARE(nb.json().object().value(QStringLiteral("when")).toString(),
            QStringLiteral("mandag 25. september 2017 kl. 09.30\ntirsdag 26. september 2017 kl. 09.00"));
        const CliResult nn = tickets("nn", w.file(QStringLiteral("tickets-nn")));
        QCOMPARE(nn.json().object().value(QStringLiteral("when")).toString().section(u'\n', 0, 0),
            QStringLiteral("måndag 25. september 2017 kl. 09.30"));
        const QString enDir = w.file(QStringLiteral("tickets-en"));
        const CliResult en = tickets("en", enDir);
        QVERIFY2(en.exitCode == 0, en.err.constData());
        QCOMPARE(en.json().object().value(QStringLiteral("when")).toString(),
            QStringLiteral("Monday 25 September 2017 at 09:30\nTuesday 26 September 2017 at 09:00"));

        // And on the ticket itself.
        OPPMOTE_REQUIRE_TOOL("pdftotext", "poppler-utils");
        const auto pdfText = [](const QString &pdf) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput()).simplified();
        };
        QVERIFY2(pdfText(QDir(nbDir).filePath(QStringLiteral("all.pdf")))
                     .contains(QStringLiteral("mandag 25. september 2017 kl. 09.30")),
            qPrintable(pdfText(QDir(nbDir).filePath(QStringLiteral("all.pdf")))));
        QVERIFY(pdfText(QDir(enDir).filePath(QStringLiteral("all.pdf")))
                    .contains(QStringLiteral("Monday 25 September 2017 at 09:30")));
    }

    void csvForNorwegianExcelHasDecimalCommas()
    {
        // One in three checked in: shares such as 33,3 %.
        const QJsonArray people = w.attendees();
        for (int i = 0; i < people.size(); i += 3) {
            const int code = w.run({ QStringLiteral("checkin"),
                                       people[i].toObject().value(QStringLiteral("id")).toString() })
                                 .exitCode;
            QVERIFY(code == 0 || code == 7);
        }
        const CliResult r = w.run({ QStringLiteral("export"), QStringLiteral("organisations"),
            QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines
            = QString::fromUtf8(r.out.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Organisasjon;Påmeldt;Til stede;Andel %"));
        int decimals = 0;
        for (const QString &line : lines.mid(1)) {
            const QString share = line.section(u';', -1);
            QVERIFY2(!share.contains(u'.'), qPrintable(line));
            decimals += share.contains(u',');
        }
        QVERIFY2(decimals > 0, r.out.constData());

        // English spreadsheets: commas between fields, decimal points.
        const CliResult en
            = w.run({ QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--separator"), QStringLiteral(",") });
        QCOMPARE(en.exitCode, 0);
        const QStringList enLines
            = QString::fromUtf8(en.out.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(enLines.value(0), QStringLiteral("Organisasjon,Påmeldt,Til stede,Andel %"));
        int points = 0;
        for (const QString &line : enLines.mid(1))
            points += QRegularExpression(QStringLiteral(",\\d+\\.\\d$")).match(line).hasMatch();
        QCOMPARE(points, decimals);
        // ';' with a decimal point is there for whoever needs it; ',' and ',' is refused.
        const CliResult point
            = w.run({ QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--decimal"), QStringLiteral(".") });
        QCOMPARE(point.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral(";\\d+\\.\\d\r\n"))
                    .match(QString::fromUtf8(point.out))
                    .hasMatch());
        QCOMPARE(w.run({ QStringLiteral("export"), QStringLiteral("organisations"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--separator"),
                           QStringLiteral(","), QStringLiteral("--decimal"), QStringLiteral(",") })
                     .exitCode,
            2);
        QCOMPARE(
            w.run({ QStringLiteral("export"), QStringLiteral("organisations"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--decimal"), QStringLiteral(",") })
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "tst_cli_people.moc"
