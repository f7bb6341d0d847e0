// Translations: lookup by context and by source text, and the shipped
// Bokmål and Nynorsk files cover what attendees and organisers read.

#include "i18n/source_text_translator.h"
#include "i18n/translations.h"
#include "store/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceTextLookup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.ts"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="nb_NO">
<context><name>oppmote::cli</name>
<message><source>Checked in.</source><translation>Sjekket inn.</translation></message>
<message><source>Left alone</source><translation type="unfinished"></translation></message>
</context>
<context><name>Exact</name>
<message><source>Checked in.</source><translation>Du er sjekket inn.</translation></message>
<message><source>Old &amp; gone</source><translation type="vanished">Borte</translation></message>
</context></TS>)");
        f.close();
        SourceTextTranslator t;
        QVERIFY(t.loadTs(path));
        QCOMPARE(t.translate("Exact", "Checked in."), QStringLiteral("Du er sjekket inn."));
        QCOMPARE(
            t.translate("cli", "Checked in."), QStringLiteral("Sjekket inn.")); // other context: by source
        QCOMPARE(t.translate("cli", "Left alone"), QString());
        QCOMPARE(t.translate("Exact", "Old & gone"), QString());
        QVERIFY(!t.loadTs(dir.filePath(QStringLiteral("missing.ts"))));
    }

    void languageChoice()
    {
        QCOMPARE(languageFromCode(QStringLiteral("nn_NO")), Language::Nynorsk);
        QCOMPARE(languageFromCode(QStringLiteral("en")), Language::English);
        QCOMPARE(languageFromCode(QStringLiteral("nb")), Language::Bokmal);
        QCOMPARE(languageFromCode(QStringLiteral("xx")), Language::Bokmal);
        qputenv("OPPMOTE_LANG", "nn");
        QCOMPARE(languageFromEnvironment(), Language::Nynorsk);
        qunsetenv("OPPMOTE_LANG");
    }

    void shippedTranslationsCoverTheCheckInMessages_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("nb") << int(Language::Bokmal);
        QTest::newRow("nn") << int(Language::Nynorsk);
    }
    void shippedTranslationsCoverTheCheckInMessages()
    {
        QFETCH(int, language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language(language)));
        CheckinOutcome out;
        for (CheckinStatus s :
            { CheckinStatus::CheckedIn, CheckinStatus::AlreadyCheckedIn, CheckinStatus::CheckedOut,
                CheckinStatus::NotCheckedIn, CheckinStatus::Undone, CheckinStatus::UnknownAttendee }) {
            out.status = s;
            out.earlierDeviceName = QStringLiteral("Kiosk 2");
            const QString text = out.message();
            QVERIFY2(!text.isEmpty(), "empty message");
            for (const char *english : { "Checked", "Already", "Unknown", "undone", "Not checked" })
                QVERIFY2(!text.contains(QLatin1String(english)), qPrintable(text));
        }
        // Back to the source language.
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language::English));
        out.status = CheckinStatus::CheckedIn;
        QCOMPARE(out.message(), QStringLiteral("Checked in."));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
