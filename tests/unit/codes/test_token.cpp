#include "codes/crockford.h"
#include "codes/token.h"

#include <QSet>
#include <QtTest>

using namespace oppmote;

class TestToken : public QObject
{
    Q_OBJECT

private slots:
    void generatedTokensHaveTheDocumentedForm()
    {
        const QString text = Token::generate();
        QCOMPARE(text.size(), Token::kTextLength);
        QVERIFY(text.startsWith(QStringLiteral("OP1-")));
        for (const QChar c : text.mid(4))
            QVERIFY2(crockford::valueOf(c) >= 0, qPrintable(text));
        const auto parsed = Token::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->text(), text);
        QCOMPARE(parsed->bytes().size(), 16);
    }

    void generatedTokensAreDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 5000; ++i)
            seen.insert(Token::generate());
        QCOMPARE(seen.size(), 5000);
    }

    void randomBitsAreSpreadOverEveryBit()
    {
        // Every one of the 128 bits must be set in some tokens and clear in
        // others; a constant bit would mean a broken generator or encoder.
        int ones[128] = {};
        const int n = 2000;
        for (int i = 0; i < n; ++i) {
            const QByteArray b = Token::random().bytes();
            for (int bit = 0; bit < 128; ++bit)
                ones[bit] += (quint8(b[bit / 8]) >> (7 - bit % 8)) & 1;
        }
        for (int bit = 0; bit < 128; ++bit)
            QVERIFY2(ones[bit] > n / 2 - 200 && ones[bit] < n / 2 + 200, qPrintable(QString::number(bit)));
    }

    void bytesRoundTripThroughText()
    {
        QByteArray bytes(16, '\0');
        QCOMPARE(Token::fromBytes(bytes).text(), QStringLiteral("OP1-") + QString(26, u'0') + u'0');
        bytes.fill('\xff');
        const Token t = Token::fromBytes(bytes);
        QCOMPARE(Token::parse(t.text())->bytes(), bytes);
        QVERIFY(Token::fromBytes(QByteArray(15, 'a')).isNull());
    }

    void readingIsLenient()
    {
        const QString text = Token::generate();
        QString messy = text.toLower();
        messy.insert(12, QStringLiteral(" - "));
        messy.replace(u'1', u'l');
        messy.replace(u'0', u'o');
        messy = QStringLiteral("  ") + messy + QStringLiteral("\n");
        const auto parsed = Token::parse(messy);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->text(), text);
        // The prefix typed with a zero and an I.
        QVERIFY(Token::parse(QStringLiteral("0PI") + text.mid(3)).ok());
    }

    void everySingleCharacterErrorIsRefused()
    {
        const QString text = Token::generate();
        for (int pos = 4; pos < text.size(); ++pos) {
            for (const char c : crockford::kAlphabet) {
                if (c == 0 || QLatin1Char(c) == text[pos])
                    continue;
                QString bad = text;
                bad[pos] = QLatin1Char(c);
                QVERIFY2(!Token::parse(bad).ok(), qPrintable(bad));
            }
        }
    }

    void everyAdjacentSwapIsRefused()
    {
        for (int round = 0; round < 50; ++round) {
            const QString text = Token::generate();
            for (int pos = 4; pos + 1 < text.size(); ++pos) {
                if (text[pos] == text[pos + 1])
                    continue;
                QString bad = text;
                std::swap(bad[pos], bad[pos + 1]);
                QVERIFY2(!Token::parse(bad).ok(), qPrintable(bad));
            }
        }
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const QString good = Token::generate();
        QTest::newRow("empty") << QString() << "No code";
        QTest::newRow("blank") << QStringLiteral("  ") << "No code";
        QTest::newRow("url") << QStringLiteral("https://example.org/t/123") << "not an Oppmøte";
        QTest::newRow("name") << QStringLiteral("Kari Nordmann") << "not an Oppmøte";
        QTest::newRow("newer") << QStringLiteral("OP2-") + good.mid(4) << "newer version";
        QTest::newRow("truncated") << good.left(20) << "too short";
        QTest::newRow("extra") << good + QStringLiteral("7") << "too long";
        QTest::newRow("u") << good.left(10) + QStringLiteral("U") + good.mid(11) << "“U”";
        QTest::newRow("symbol") << good.left(10) + QStringLiteral("*") + good.mid(11) << "“*”";
        QString badCheck = good;
        badCheck.back() = badCheck.back() == u'A' ? u'B' : u'A';
        QTest::newRow("check") << badCheck << "check character";
    }

    void refusalsSayWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto parsed = Token::parse(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void paddingBitsMustBeZero()
    {
        // 26 characters hold 130 bits; the last two must be zero, so a code
        // has exactly one spelling.
        const QString text = Token::fromBytes(QByteArray(16, '\0')).text();
        QString payload = text.mid(4, 26);
        payload.back() = u'1';
        QVERIFY(!Token::parse(QStringLiteral("OP1-") + payload + crockford::checkCharacter(payload)).ok());
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "test_token.moc"
