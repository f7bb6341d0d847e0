// Translations: the shipped Bokmål and Nynorsk files are complete, and the
// compiled .qm finds every message under the context lupdate gave it — the
// context the code translates with (no lookup by source text at run time).

#include "alloc/allocator.h"
#include "badge/badge_data.h"
#include "codes/signed_token.h"
#include "codes/token.h"
#include "domain/device.h"
#include "i18n/translations.h"
#include "store/store.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace oppmote;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment; // the disambiguation
    QStringList translations; // one, or the plural forms
    bool numerus = false;
    bool finished = true;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message")
            messages.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = TsMessage { context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes",
                true };
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.finished
                = !xml.attributes().hasAttribute(QLatin1String("type")); // unfinished, vanished, obsolete
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations.append(xml.readElementText());
            } else {
                m.translations.append(xml.readElementText());
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &code)
{
    return qEnvironmentVariable("OPPMOTE_SOURCE_DIR")
        + QStringLiteral("/assets/translations/oppmote_%1.ts").arg(code);
}

// %1 … %99 (also %L1) and %n, each once however often it appears.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QList<TsMessage> messages(Language language)
    {
        QString error;
        const auto list = readTs(tsPath(languageCode(language)), &error);
        if (!error.isEmpty())
            qWarning() << "cannot read the .ts:" << error;
        return list;
    }

    // The translations of `source` in the shipped file, in any context: the
    // code's own context must reach one of them.
    QStringList shipped(Language language, const QString &source)
    {
        QStringList found;
        for (const TsMessage &m : messages(language))
            if (m.source == source && !m.numerus)
                found << m.translations.value(0);
        return found;
    }

    static void norwegian()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("nb") << int(Language::Bokmal);
        QTest::newRow("nn") << int(Language::Nynorsk);
    }

private Q_SLOTS:
    void cleanup() { installTranslations(*QCoreApplication::instance(), Language::English); }

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

    // Every message has a translation, with the placeholders of its source.
    void shippedFilesAreComplete_data() { norwegian(); }
    void shippedFilesAreComplete()
    {
        QFETCH(int, language);
        const auto list = messages(Language(language));
        QVERIFY2(list.size() > 500, qPrintable(QString::number(list.size())));
        for (const TsMessage &m : list) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(QStringLiteral("no translation: ") + where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
                QVERIFY2(placeholders(t) == placeholders(m.source),
                    qPrintable(QStringLiteral("placeholders differ: %1 → %2").arg(where, t)));
            }
        }
    }

    // The .qm answers every message under its .ts context: what lupdate
    // extracted is what the program finds.
    void compiledTranslationsAnswerEveryContext_data() { norwegian(); }
    void compiledTranslationsAnswerEveryContext()
    {
        QFETCH(int, language);
        const auto list = messages(Language(language));
        QVERIFY(!list.isEmpty());
        QVERIFY(installTranslations(*QCoreApplication::instance(), Language(language)));
        for (const TsMessage &m : list) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(),
                             comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                // Norwegian: the first form for 1, the second for the rest.
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 1),
                    QString(m.translations.value(0)).replace(QLatin1String("%n"), QLatin1String("1")));
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 3),
                    QString(m.translations.value(1)).replace(QLatin1String("%n"), QLatin1String("3")));
            } else {
                QCOMPARE(
                    QCoreApplication::translate(context, source, disambiguation), m.translations.value(0));
            }
        }
    }

    // Core code translates with the context lupdate files its messages under:
    // a sample of call sites, in the language, give the shipped translation.
    void coreCodeFindsItsTranslations_data() { norwegian(); }
    void coreCodeFindsItsTranslations()
    {
        QFETCH(int, language);
        const Language lang = Language(language);
        QVERIFY(installTranslations(*QCoreApplication::instance(), lang));
        const auto check = [&](const QString &text, const char *source) {
            const QStringList expected = shipped(lang, QString::fromUtf8(source));
            QVERIFY2(!expected.isEmpty(), source);
            QVERIFY2(expected.contains(text),
                qPrintable(QStringLiteral("%1 → %2").arg(QString::fromUtf8(source), text)));
        };
        check(attendeeTypeLabel(AttendeeType::Speaker), "Speaker"); // badge
        check(clockOffsetText(Device {}), "unknown"); // device
        check(quarantineReasonText(QStringLiteral("unknown-attendee")), "the hub does not know the attendee");
        check(Token::parse(QStringLiteral("OS1-X")).error().message, "This is not an Oppmøte attendee code.");
        check(SignedToken::parse(QStringLiteral("OP1-X")).error().message, "This is not an Oppmøte ticket.");
        check(alloc::ordinal(2), "2nd");
        QVERIFY(!alloc::ordinal(2).contains(QLatin1String("2nd")));
    }

    void shippedTranslationsCoverTheCheckInMessages_data() { norwegian(); }
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
