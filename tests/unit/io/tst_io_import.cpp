// Column mapping, attendee records and the import plan; whole files through
// planImportFromFile (real files in a QTemporaryDir).
#include "io/attendee_file.h"
#include "io/attendee_import_plan.h"
#include "io/attendee_records.h"
#include "io/column_mapping.h"
#include "io/csv_reader.h"
#include "io/export_table.h"
#include "io/export_tables.h"
#include "io_test_data.h"
#include "sample/attendee_generator.h"
#include "sample_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::io;

namespace {

QList<AttendeeRecord> records(const QString &csv)
{
    auto table = readCsv(csv);
    if (!table)
        qFatal("csv: %s", qPrintable(table.error().message));
    auto mapping = mapColumns(table->headers);
    if (!mapping)
        qFatal("mapping: %s", qPrintable(mapping.error().message));
    return readAttendeeRecords(table.value(), mapping.value());
}

PlanOptions countingIds()
{
    auto counter = std::make_shared<int>(0);
    return PlanOptions { [counter] { return QStringLiteral("new-%1").arg(++*counter); } };
}

Attendee person(const QString &id, const QString &first, const QString &last, const QString &org,
    const QString &email = {})
{
    Attendee a;
    a.id = id;
    a.firstName = first;
    a.lastName = last;
    a.organisation = org;
    a.email = email;
    return a;
}

// What a store does with a plan: upsert by id.
QList<Attendee> applied(QList<Attendee> store, const ImportPlan &plan)
{
    for (const Attendee &a : plan.upserts) {
        auto it = std::find_if(store.begin(), store.end(), [&](const Attendee &s) { return s.id == a.id; });
        if (it != store.end())
            *it = a;
        else
            store.append(a);
    }
    return store;
}

QList<AttendeeField> fieldsOf(const QStringList &headers)
{
    auto mapping = mapColumns(headers);
    return mapping ? mapping->fields : QList<AttendeeField>();
}

} // namespace

class TestIoImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void norwegianHeaders()
    {
        using F = AttendeeField;
        QCOMPARE(fieldsOf({ QStringLiteral("Fornavn"), QStringLiteral("Etternavn"),
                     QStringLiteral("Fylkeskommune"), QStringLiteral("E-post"), QStringLiteral("Stilling"),
                     QStringLiteral("Ønsket tema"), QStringLiteral("Mobil"), QStringLiteral("Kommentar") }),
            QList<F>({ F::FirstName, F::LastName, F::Organisation, F::Email, F::Role, F::Preferences,
                F::Phone, F::Ignore }));
        QCOMPARE(fieldsOf({ QStringLiteral("Navn"), QStringLiteral("Virksomhet"),
                     QStringLiteral("E-postadresse *") }),
            QList<F>({ F::FullName, F::Organisation, F::Email }));
        QCOMPARE(fieldsOf({ QStringLiteral("Namn"), QStringLiteral("Verksemd"), QStringLiteral("Førenamn") }),
            QList<F>({ F::FullName, F::Organisation, F::FirstName }));
    }

    void swedishAndEnglishHeaders()
    {
        using F = AttendeeField;
        QCOMPARE(fieldsOf({ QStringLiteral("Förnamn"), QStringLiteral("Efternamn"),
                     QStringLiteral("Organisation"), QStringLiteral("E-postadress"),
                     QStringLiteral("Befattning"), QStringLiteral("Önskat tema") }),
            QList<F>({ F::FirstName, F::LastName, F::Organisation, F::Email, F::Role, F::Preferences }));
        QCOMPARE(
            fieldsOf({ QStringLiteral("first_name"), QStringLiteral("LAST NAME"), QStringLiteral("Company"),
                QStringLiteral("E-mail"), QStringLiteral("Job Title"), QStringLiteral("Preferences") }),
            QList<F>({ F::FirstName, F::LastName, F::Organisation, F::Email, F::Role, F::Preferences }));
    }

    void eventbriteAttendeeReport()
    {
        using F = AttendeeField;
        const QStringList headers = { QStringLiteral("Order #"), QStringLiteral("Order Date"),
            QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
            QStringLiteral("Quantity"), QStringLiteral("Ticket Type"), QStringLiteral("Attendee #"),
            QStringLiteral("Job Title"), QStringLiteral("Company"), QStringLiteral("Cell Phone"),
            QStringLiteral("Work Phone"), QStringLiteral("Buyer Email"), QStringLiteral("Attendee Status") };
        QCOMPARE(fieldsOf(headers),
            QList<F>({ F::Ignore, F::Ignore, F::FirstName, F::LastName, F::Email, F::Ignore, F::Ignore,
                F::Ignore, F::Role, F::Organisation, F::Phone, F::Phone, F::Ignore, F::Status }));
    }

    void rankedPreferenceColumns()
    {
        const auto recs = records(QStringLiteral("Navn;Ønske 2;Ønske 1;Ønske 3\nKari Nordmann;4;2;1\n"));
        QCOMPARE(recs[0].attendee.preferences,
            QStringList({ QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("1") }));
        const auto single = records(QStringLiteral("Navn;Ønsket tema\nKari Nordmann;\"3, 1 ;2\"\n"));
        QCOMPARE(single[0].attendee.preferences,
            QStringList({ QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("2") }));
    }

    void fullNameIsSplit()
    {
        QCOMPARE(splitFullName(QStringLiteral(" Kari  Nordmann ")),
            std::make_pair(QStringLiteral("Kari"), QStringLiteral("Nordmann")));
        QCOMPARE(splitFullName(QStringLiteral("Ola Johan Hansen")),
            std::make_pair(QStringLiteral("Ola Johan"), QStringLiteral("Hansen")));
        QCOMPARE(splitFullName(QStringLiteral("Nordmann, Kari")),
            std::make_pair(QStringLiteral("Kari"), QStringLiteral("Nordmann")));
        QCOMPARE(splitFullName(QStringLiteral("Cher")), std::make_pair(QStringLiteral("Cher"), QString()));
        const auto recs = records(
            QStringLiteral("Navn;Organisasjon;Samtykke;Type\nÅse Marie Bø;Vestland;ja;Fasilitator\n"));
        QCOMPARE(recs[0].attendee.firstName, QStringLiteral("Åse Marie"));
        QCOMPARE(recs[0].attendee.lastName, QStringLiteral("Bø"));
        QVERIFY(recs[0].attendee.consent);
        QCOMPARE(recs[0].attendee.type, AttendeeType::Facilitator);
    }

    void noNameColumnIsAClearError()
    {
        const auto mapping
            = mapColumns({ QStringLiteral("Org"), QStringLiteral("Telefon"), QStringLiteral("Dato") });
        QVERIFY(!mapping.ok());
        QVERIFY(mapping.error().message.contains(QStringLiteral("Fornavn")));
        QVERIFY(mapping.error().message.contains(QStringLiteral("\"Dato\"")));
    }

    void savedMappingWinsAndRoundTrips()
    {
        const auto saved = SavedMapping::fromJson(
            R"({"columns": {"Deltakarens namn": "fullName", "E-post": "ignore", "Arbeidsplass": "organisation"}})");
        QVERIFY(saved.ok());
        using F = AttendeeField;
        const QStringList headers = { QStringLiteral("Deltakarens namn"), QStringLiteral("E-post"),
            QStringLiteral("Arbeidsplass") };
        QCOMPARE(mapColumns(headers, saved.value())->fields,
            QList<F>({ F::FullName, F::Ignore, F::Organisation }));
        const auto again = SavedMapping::fromJson(saved->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->columns, saved->columns);
        const auto bad = SavedMapping::fromJson(R"({"columns": {"X": "shoeSize"}})");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("shoeSize")));
        QVERIFY(!SavedMapping::fromJson("{not json").ok());
    }

    void planOutcomesForEveryKindOfRow()
    {
        const QList<Attendee> existing = {
            person(QStringLiteral("a1"), QStringLiteral("Kari"), QStringLiteral("Nordmann"),
                QStringLiteral("Vestland"), QStringLiteral("kari@vestland.no")),
            person(
                QStringLiteral("a2"), QStringLiteral("Åse"), QStringLiteral("Bø"), QStringLiteral("Agder")),
            person(QStringLiteral("a3"), QStringLiteral("Ola"), QStringLiteral("Hansen"),
                QStringLiteral("Viken"), QStringLiteral("ola@viken.no")),
        };
        const QString csv = QStringLiteral(
            "Fornavn;Etternavn;Organisasjon;E-post;Status\n"
            "Kari;Nordmann;Vestland fylkeskommune;KARI@vestland.no;\n" // 2 updated (org), matched by e-mail
            "Åse;Bo;agder;;\n" // 3 new: name differs (Bo ≠ Bø)
            "åse;BØ;  Agder ;ase@agder.no;\n" // 4 updated: adds e-mail, by name + org
            "Ola;Hansen;Viken;ola@viken.no;\n" // 5 duplicate: nothing changed
            "Per;Berg;Innlandet;per@innlandet.no;\n" // 6 added
            "Pål;Berg;Innlandet;Per@Innlandet.no;\n" // 7 added: Per's e-mail, another person (flagged)
            "Liv;Dahl;Troms;;\n" // 8 added
            "Liv;Dahl;troms;;\n" // 9 duplicate of line 8 (name + org)
            ";;Ingen;x@y.no;\n" // 10 rejected: no name
            "Nils;Lie;Oslo;nils@;\n" // 11 rejected: invalid e-mail
            "Eva;Ek;Oslo;eva@oslo.no;Not Attending\n" // 12 rejected: cancelled
            "Kari;Nordmann;Vestland;kari@annen.no;\n" // 13 added: other e-mail, other person
            "PER;Berg;innlandet;per@INNLANDET.no;\n" // 14 duplicate of line 6 (same name and e-mail)
        );
        const ImportPlan plan = planAttendeeImport(records(csv), existing, countingIds());
        QCOMPARE(plan.rows.size(), 13);
        const auto outcome = [&](int line) {
            for (const RowReport &r : plan.rows)
                if (r.line == line)
                    return r;
            qFatal("no line %d", line);
        };
        QCOMPARE(outcome(2).outcome, RowOutcome::Updated);
        QCOMPARE(outcome(2).attendeeId, QStringLiteral("a1"));
        QCOMPARE(
            outcome(2).changedFields, QStringList({ QStringLiteral("organisation") })); // e-mail case ignored
        QCOMPARE(outcome(3).outcome, RowOutcome::Added);
        QCOMPARE(outcome(4).outcome, RowOutcome::Updated);
        QCOMPARE(outcome(4).attendeeId, QStringLiteral("a2"));
        QVERIFY(outcome(4).changedFields.contains(QStringLiteral("email")));
        QCOMPARE(outcome(5).outcome, RowOutcome::Duplicate);
        QCOMPARE(outcome(5).reasonCode, RowReason::AlreadyRegistered);
        QCOMPARE(outcome(5).reason, QStringLiteral("already registered, nothing changed"));
        QCOMPARE(outcome(6).outcome, RowOutcome::Added);
        QCOMPARE(outcome(6).warning, RowWarning::None);
        QCOMPARE(outcome(7).outcome, RowOutcome::Added); // two people, one e-mail
        QCOMPARE(outcome(7).warning, RowWarning::SharedEmail);
        QCOMPARE(outcome(7).relatedLine, 6);
        QCOMPARE(outcome(8).outcome, RowOutcome::Added);
        QCOMPARE(outcome(9).outcome, RowOutcome::Duplicate);
        QCOMPARE(outcome(9).reasonCode, RowReason::SameNameAndOrganisation);
        QCOMPARE(outcome(9).relatedLine, 8);
        QCOMPARE(outcome(9).reason, QStringLiteral("same name and organisation as line 8"));
        QCOMPARE(outcome(10).outcome, RowOutcome::Rejected);
        QCOMPARE(outcome(10).reasonCode, RowReason::NoName);
        QCOMPARE(outcome(11).outcome, RowOutcome::Rejected);
        QCOMPARE(outcome(11).reasonCode, RowReason::InvalidEmail);
        QVERIFY(outcome(11).reason.contains(QStringLiteral("nils@")));
        QCOMPARE(outcome(12).outcome, RowOutcome::Rejected);
        QCOMPARE(outcome(12).reasonCode, RowReason::Cancelled);
        QVERIFY(outcome(12).reason.contains(QStringLiteral("Not Attending")));
        QCOMPARE(outcome(13).outcome, RowOutcome::Added);
        QCOMPARE(outcome(14).outcome, RowOutcome::Duplicate);
        QCOMPARE(outcome(14).reasonCode, RowReason::SameEmailAndName);
        QCOMPARE(outcome(14).relatedLine, 6);
        QCOMPARE(outcome(14).attendeeId, outcome(6).attendeeId);
        QCOMPARE(outcome(14).warning, RowWarning::None);

        QCOMPARE(plan.added, 5);
        QCOMPARE(plan.updated, 2);
        QCOMPARE(plan.duplicates, 3);
        QCOMPARE(plan.rejected, 3);
        QCOMPARE(plan.toReview, 1);
        QCOMPARE(plan.upserts.size(), 7);
        // Upserts are complete attendees: the update keeps what the file did not give.
        const Attendee &kari = plan.upserts[0];
        QCOMPARE(kari.id, QStringLiteral("a1"));
        QCOMPARE(kari.organisation, QStringLiteral("Vestland fylkeskommune"));
        QCOMPARE(kari.email, QStringLiteral("kari@vestland.no"));
        QCOMPARE(plan.upserts[1].id, QStringLiteral("new-1"));

        const QString text = importPlanToText(plan);
        QVERIFY(
            text.contains(QStringLiteral("line 11: rejected Nils Lie — invalid e-mail address \"nils@\"")));
        QVERIFY(text.contains(QStringLiteral("5 added, 2 updated, 3 duplicate, 3 rejected")));
        QVERIFY2(
            text.contains(QStringLiteral("line 7: added Pål Berg — to review: Pål Berg and Per Berg (line 6) "
                                         "share the e-mail address per@innlandet.no")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 to review: people who share an e-mail address")));
        const QJsonObject json = importPlanToJson(plan);
        QCOMPARE(json[QStringLiteral("summary")][QStringLiteral("added")].toInt(), 5);
        QCOMPARE(json[QStringLiteral("summary")][QStringLiteral("review")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("rows")].toArray().size(), 13);
        const QJsonObject row7 = json[QStringLiteral("rows")][5].toObject();
        QCOMPARE(row7[QStringLiteral("line")].toInt(), 7);
        QCOMPARE(row7[QStringLiteral("warning")].toString(), QStringLiteral("shared-email"));
        QCOMPARE(row7[QStringLiteral("relatedLine")].toInt(), 6);
        QCOMPARE(json[QStringLiteral("rows")][3][QStringLiteral("reasonCode")].toString(),
            QStringLiteral("already-registered"));
        QCOMPARE(json[QStringLiteral("rows")][0][QStringLiteral("changed")].toArray().first().toString(),
            QStringLiteral("organisation"));
    }

    // An assistant registers two managers with her own address: two people, both kept, flagged.
    void twoPeopleSharingAnEmailAreBothKeptAndFlagged()
    {
        const QString csv = QStringLiteral("Fornavn;Etternavn;Organisasjon;E-post\n"
                                           "Kari;Nordmann;Vestland;post@vestland.no\n"
                                           "Ola;Hansen;Vestland;Post@Vestland.no\n"
                                           "Siri;Berg;Vestland;post@vestland.no\n");
        const ImportPlan plan = planAttendeeImport(records(csv), {}, countingIds());
        QCOMPARE(plan.added, 3);
        QCOMPARE(plan.duplicates, 0);
        QCOMPARE(plan.upserts.size(), 3);
        QCOMPARE(plan.toReview, 2);
        QCOMPARE(plan.rows[0].warning, RowWarning::None);
        for (const int i : { 1, 2 }) {
            const RowReport &row = plan.rows[i];
            QCOMPARE(row.outcome, RowOutcome::Added);
            QVERIFY(row.needsReview());
            QCOMPARE(row.warning, RowWarning::SharedEmail);
            QCOMPARE(row.relatedLine, 2); // the first person with the address
            QCOMPARE(row.relatedAttendeeId, QStringLiteral("new-1"));
            QVERIFY2(row.warningText.contains(row.name), qPrintable(row.warningText));
            QVERIFY2(row.warningText.contains(QStringLiteral("Kari Nordmann")), qPrintable(row.warningText));
            QVERIFY2(row.warningText.contains(QStringLiteral("line 2")), qPrintable(row.warningText));
        }
        QCOMPARE(plan.upserts[1].firstName, QStringLiteral("Ola"));
        QCOMPARE(plan.upserts[1].email, QStringLiteral("Post@Vestland.no"));

        // The same file again, into the store it made: nothing new, nothing changed, nobody merged.
        const QList<Attendee> store = applied({}, plan);
        const ImportPlan again = planAttendeeImport(records(csv), store);
        QCOMPARE(again.duplicates, 3);
        QVERIFY(!again.hasChanges());
        QCOMPARE(again.toReview, 0);
        QCOMPARE(again.rows[1].attendeeId, store[1].id);
        QCOMPARE(again.rows[2].attendeeId, store[2].id);
    }

    // Matching a stored attendee takes the e-mail and the name: the other person is not overwritten.
    void sharedEmailWithAStoredPersonIsANewPerson()
    {
        const QList<Attendee> existing = { person(QStringLiteral("a1"), QStringLiteral("Kari"),
            QStringLiteral("Nordmann"), QStringLiteral("Vestland"), QStringLiteral("post@vestland.no")) };
        const QString csv = QStringLiteral("Fornavn;Etternavn;Organisasjon;E-post\n"
                                           "Ola;Hansen;Vestland;post@vestland.no\n"
                                           "Kari;Nordmann;Vestland fylkeskommune;POST@vestland.no\n");
        const ImportPlan plan = planAttendeeImport(records(csv), existing, countingIds());
        QCOMPARE(plan.rows[0].outcome, RowOutcome::Added);
        QCOMPARE(plan.rows[0].warning, RowWarning::SharedEmail);
        QCOMPARE(plan.rows[0].relatedLine, 0); // not in this file: registered already
        QCOMPARE(plan.rows[0].relatedAttendeeId, QStringLiteral("a1"));
        QVERIFY2(plan.rows[0].warningText.contains(QStringLiteral("Ola Hansen"))
                && plan.rows[0].warningText.contains(QStringLiteral("Kari Nordmann")),
            qPrintable(plan.rows[0].warningText));
        QCOMPARE(plan.rows[1].outcome, RowOutcome::Updated); // the same person: e-mail and name
        QCOMPARE(plan.rows[1].attendeeId, QStringLiteral("a1"));
        QCOMPARE(plan.rows[1].changedFields, QStringList { QStringLiteral("organisation") });
        QCOMPARE(plan.rows[1].warning, RowWarning::None);
        const QList<Attendee> after = applied(existing, plan);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after[0].firstName, QStringLiteral("Kari"));
        QCOMPARE(after[1].firstName, QStringLiteral("Ola"));
    }

    // The same person twice with one e-mail is still a duplicate, however the name is cased.
    void samePersonTwiceWithOneEmailIsADuplicate()
    {
        const QString csv = QStringLiteral("Navn;Organisasjon;E-post\n"
                                           "Åse Bø;Agder;ase@agder.no\n"
                                           "åse  BØ;Agder fylkeskommune;ASE@agder.no\n");
        const ImportPlan plan = planAttendeeImport(records(csv), {}, countingIds());
        QCOMPARE(plan.added, 1);
        QCOMPARE(plan.duplicates, 1);
        QCOMPARE(plan.toReview, 0);
        QCOMPARE(plan.rows[1].outcome, RowOutcome::Duplicate);
        QCOMPARE(plan.rows[1].reasonCode, RowReason::SameEmailAndName);
        QCOMPARE(plan.rows[1].relatedLine, 2);
        QCOMPARE(plan.rows[1].attendeeId, QStringLiteral("new-1"));
        QVERIFY(plan.rows[1].reason.contains(QStringLiteral("2")));
    }

    // Re-importing our own export of a generated roster keeps everyone, also
    // the one in eight who shares an e-mail with somebody: assistants' and
    // shared addresses (another name), and namesakes at the same place with
    // one address (the Oppmøte ids tell them apart).
    void reimportOfAGeneratedRosterKeepsEveryone()
    {
        const Event event = test::sampleEvent();
        QList<Attendee> people = AttendeeGenerator(2017).generate(event, 4000);
        for (qsizetype i = 1; i < people.size(); ++i) {
            if (i % 8 == 7) // the e-mail of the person before, another name
                people[i].email = people[i - 1].email;
            else if (i % 40 == 20) { // a namesake at the same place, with the same address
                people[i].firstName = people[i - 1].firstName;
                people[i].lastName = people[i - 1].lastName;
                people[i].organisation = people[i - 1].organisation;
                people[i].email = people[i - 1].email;
            }
        }
        int sharing = 0; // people with an address someone before them has
        QSet<QString> addresses;
        for (const Attendee &a : std::as_const(people)) {
            const QString address = a.email.toLower();
            if (addresses.contains(address))
                ++sharing;
            else
                addresses.insert(address);
        }
        QVERIFY2(sharing >= int(people.size()) / 8, qPrintable(QString::number(sharing)));

        const QString file = writeFile(QStringLiteral("export.csv"), toCsv(attendeesTable(people)));
        const auto fresh = planImportFromFile(file, {});
        QVERIFY2(fresh.ok(), fresh.ok() ? "" : qPrintable(fresh.error().message));
        QCOMPARE(fresh->plan.added, int(people.size()));
        QCOMPARE(fresh->plan.duplicates + fresh->plan.rejected + fresh->plan.updated, 0);
        QCOMPARE(fresh->plan.toReview, sharing); // each flagged, naming the person before

        QStringList expected, actual;
        for (const Attendee &a : people)
            expected.append(iotest::describe(a));
        for (const Attendee &a : fresh->plan.upserts)
            actual.append(iotest::describe(a));
        QCOMPARE(actual, expected);

        // Into the store it came from: nobody new, nothing changed, each row its own person.
        const auto same = planImportFromFile(file, people);
        QVERIFY(same.ok());
        QCOMPARE(same->plan.duplicates, int(people.size()));
        QVERIFY(!same->plan.hasChanges());
        for (qsizetype i = 0; i < people.size(); ++i)
            QCOMPARE(same->plan.rows[i].attendeeId, people[i].id);

        // Into the store the first import made (new ids): still nobody doubled or merged.
        const QList<Attendee> imported = applied({}, fresh->plan);
        const auto again = planImportFromFile(file, imported);
        QVERIFY(again.ok());
        QCOMPARE(again->plan.duplicates, int(people.size()));
        QVERIFY(!again->plan.hasChanges());
        QSet<QString> matched;
        for (const RowReport &row : again->plan.rows)
            matched.insert(row.attendeeId);
        QCOMPARE(matched.size(), people.size());
    }

    void reimportUpdatesInsteadOfDoubling()
    {
        const QString first = QStringLiteral("Navn;Organisasjon;E-post;Stilling\n"
                                             "Kari Nordmann;Vestland;kari@v.no;Rådgiver\n"
                                             "Ola Hansen;Viken;;Leder\n"
                                             "Per Berg;Agder;per@a.no;\n");
        const ImportPlan plan1 = planAttendeeImport(records(first), {});
        QCOMPARE(plan1.added, 3);
        QList<Attendee> store = applied({}, plan1);
        for (const Attendee &a : store)
            QCOMPARE(a.id.size(), 36); // a QUuid without braces
        QVERIFY(!store[0].id.startsWith(u'{'));

        const QString updated = QStringLiteral("Navn;Organisasjon;E-post;Stilling\n"
                                               "Kari Nordmann;Vestland;kari@v.no;Seniorrådgiver\n"
                                               "Ola Hansen;Viken;ola@viken.no;\n" // empty cell keeps "Leder"
                                               "Per Berg;Agder;per@a.no;\n"
                                               "Liv Dahl;Troms;liv@t.no;\n");
        const ImportPlan plan2 = planAttendeeImport(records(updated), store);
        QCOMPARE(plan2.added, 1);
        QCOMPARE(plan2.updated, 2);
        QCOMPARE(plan2.duplicates, 1);
        store = applied(store, plan2);
        QCOMPARE(store.size(), 4);
        QCOMPARE(store[0].role, QStringLiteral("Seniorrådgiver"));
        QCOMPARE(store[1].email, QStringLiteral("ola@viken.no"));
        QCOMPARE(store[1].role, QStringLiteral("Leder"));

        const ImportPlan plan3 = planAttendeeImport(records(updated), store);
        QCOMPARE(plan3.duplicates, 4);
        QVERIFY(!plan3.hasChanges());
    }

    void foldingForMatching()
    {
        QCOMPARE(foldForMatching(QStringLiteral("  José  ÅSE ")), QStringLiteral("jose ase"));
        QCOMPARE(foldForMatching(QStringLiteral("Bø")), QStringLiteral("bø")); // ø is a letter of its own
        QVERIFY(isPlausibleEmail(QStringLiteral("kari.nordmann+verksted@vestlandfylke.no")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("kari@")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("kari nordmann@x.no")));
        QVERIFY(!isPlausibleEmail(QStringLiteral("kari@x")));
    }

    // --- whole files ---------------------------------------------------

    void eventbriteCsvFileImportsWithoutHandWork()
    {
        const QByteArray csv
            = "\xEF\xBB\xBF"
              "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Job "
              "Title,Company,"
              "Cell Phone,Attendee Status\r\n"
              "1234567890,2023-08-01 10:12:00+02:00,Kari,Nordmann,kari@vestland.no,1,General Admission,"
              "987654321,Rådgiver,\"Vestland fylkeskommune, Bergen\",+47 912 34 567,Attending\r\n"
              "1234567891,2023-08-02 09:00:00+02:00,Åse,Bø,ase@agder.no,1,General Admission,987654322,,"
              "Agder fylkeskommune,,Attending\r\n"
              "1234567892,2023-08-03 09:00:00+02:00,Per,Berg,per@x.no,1,General Admission,987654323,,X,,"
              "Not Attending\r\n";
        const auto result = planImportFromFile(writeFile(QStringLiteral("eventbrite.csv"), csv), {});
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const ImportPlan &plan = result->plan;
        QCOMPARE(plan.added, 2);
        QCOMPARE(plan.rejected, 1);
        const Attendee &kari = plan.upserts[0];
        QCOMPARE(kari.firstName, QStringLiteral("Kari"));
        QCOMPARE(kari.organisation, QStringLiteral("Vestland fylkeskommune, Bergen"));
        QCOMPARE(kari.role, QStringLiteral("Rådgiver"));
        QCOMPARE(kari.phone, QStringLiteral("+47 912 34 567"));
        QVERIFY(result->mapping.ignoredHeaders.contains(QStringLiteral("Order #")));
        QVERIFY(result->table.format.contains(QStringLiteral("separator ','")));
    }

    void swedishUtf16FileFromExcel()
    {
        const QString text = QStringLiteral("Förnamn\tEfternamn\tOrganisation\tE-postadress\tÖnskat tema\r\n"
                                            "Åsa\tLindström\tRegion Skåne\tasa@skane.se\t2, 1\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const auto result = planImportFromFile(writeFile(QStringLiteral("unicode.txt"), bytes), {});
        QVERIFY(result.ok());
        QCOMPARE(result->plan.added, 1);
        QCOMPARE(result->plan.upserts[0].organisation, QStringLiteral("Region Skåne"));
        QCOMPARE(
            result->plan.upserts[0].preferences, QStringList({ QStringLiteral("2"), QStringLiteral("1") }));
    }

    void fileErrorsAreClearAndQuick_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.csv") << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("Navn;Org\n") << QStringLiteral("h.csv")
                                     << QStringLiteral("no attendee rows");
        QTest::newRow("no name column")
            << QByteArray("Org;Dato\nA;1\n") << QStringLiteral("n.csv") << QStringLiteral("No column holds");
        QTest::newRow("unterminated quote") << QByteArray("Navn;Org\nKari;A\nOla;\"B\nPer;C\n")
                                            << QStringLiteral("q.csv") << QStringLiteral("Line 3");
        QTest::newRow("binary") << QByteArray("\x7F"
                                              "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00",
            16) << QStringLiteral("b.csv")
                                << QStringLiteral("not a text");
        QTest::newRow("xlsx that is not") << QByteArray("Navn;Org\nKari;A\n")
                                          << QStringLiteral("renamed.xlsx") << QStringLiteral("not an XLSX");
        QTest::newRow("damaged zip") << QByteArray("PK\x03\x04garbage", 11) << QStringLiteral("d.xlsx")
                                     << QStringLiteral("damaged");
    }
    void fileErrorsAreClearAndQuick()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, mentions);
        const auto result = planImportFromFile(writeFile(fileName, bytes), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    }

    void fiftyMegabytesIsRefusedAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Navn;Org\n");
        QVERIFY(f.resize(50LL * 1024 * 1024)); // sparse: quick to make, real size to the reader
        f.close();
        QElapsedTimer timer;
        timer.start();
        const auto result = planImportFromFile(path, {});
        QVERIFY(!result.ok());
        QVERIFY2(
            result.error().message.contains(QStringLiteral("50.0 MB")), qPrintable(result.error().message));
        QVERIFY(timer.elapsed() < 100);
    }

    void missingFile()
    {
        const auto result = planImportFromFile(m_dir.filePath(QStringLiteral("nope.csv")), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIoImport)
#include "tst_io_import.moc"
