#include "scan/evdev_scanner.h"
#include "scan/wedge_detector.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace oppmote;

namespace {

struct Fed {
    QStringList scans;
    QString typed;
    int enters = 0;
};

// Feeds `text` with the given gaps (ms) between keys, then optionally Enter,
// then lets the quiet-time timeout fire.
Fed feed(WedgeDetector &d, const QString &text, const QList<int> &gaps, bool enter, qint64 &t)
{
    Fed fed;
    auto take = [&](const WedgeOutput &o) {
        if (!o.scanned.isEmpty())
            fed.scans << o.scanned;
        fed.typed += o.typed;
        fed.enters += o.enterTyped;
    };
    for (int i = 0; i < text.size(); ++i) {
        t += gaps[i % gaps.size()];
        take(d.key(text.mid(i, 1), t));
    }
    if (enter) {
        t += gaps[0];
        take(d.key(QStringLiteral("\r"), t));
    }
    t += 500;
    take(d.timeout(t));
    return fed;
}

} // namespace

class TestWedgeDetector : public QObject
{
    Q_OBJECT

    const QString m_code = QStringLiteral("OP1-4Z8D1G0W5N3C7QH2R9T6V8K0XJE");

private slots:
    void scannerBurstWithEnterIsAScan()
    {
        WedgeDetector d;
        qint64 t = 1000;
        const Fed f = feed(d, m_code, { 4, 6, 9 }, true, t);
        QCOMPARE(f.scans, QStringList { m_code });
        QVERIFY(f.typed.isEmpty());
        QCOMPARE(f.enters, 0);
    }

    void personTypingANameIsTyping()
    {
        WedgeDetector d;
        qint64 t = 1000;
        // 120-250 ms between keys, then Enter to search.
        const Fed f = feed(d, QStringLiteral("Kari Nordmann"), { 120, 180, 250, 95 }, true, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, QStringLiteral("Kari Nordmann"));
        QCOMPARE(f.enters, 1);
    }

    void aFastTypistsShortWordIsTyping()
    {
        WedgeDetector d;
        qint64 t = 0;
        const Fed f = feed(d, QStringLiteral("ola"), { 25 }, true, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, QStringLiteral("ola"));
    }

    void aHeldDownKeyIsTyping()
    {
        WedgeDetector d;
        qint64 t = 0;
        const Fed f = feed(d, QString(20, u'x'), { 25 }, false, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, QString(20, u'x'));
    }

    void typingThenAScanAreSeparated()
    {
        WedgeDetector d;
        qint64 t = 0;
        Fed a = feed(d, QStringLiteral("Kar"), { 150 }, false, t);
        Fed b = feed(d, m_code, { 5 }, true, t);
        QCOMPARE(a.typed, QStringLiteral("Kar"));
        QCOMPARE(b.scans, QStringList { m_code });
        QVERIFY(b.typed.isEmpty());
    }

    void aFastTypistsRolloverIsTyping()
    {
        // Fast typists press the next key before releasing the last: some
        // gaps under 30 ms, but never a whole code's worth in a row.
        WedgeDetector d;
        qint64 t = 0;
        const Fed f = feed(d, QStringLiteral("Nordmann Kari"), { 18, 140, 25, 9, 160, 22, 95 }, true, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, QStringLiteral("Nordmann Kari"));
        QCOMPARE(f.enters, 1);
    }

    void prefixAndSuffixAreRequiredAndStripped()
    {
        WedgeConfig config;
        config.prefix = QStringLiteral("]Q");
        config.suffix = QStringLiteral("#");
        WedgeDetector d(config);
        qint64 t = 0;
        QCOMPARE(feed(d, QStringLiteral("]Q") + m_code + QStringLiteral("#"), { 5 }, true, t).scans,
            QStringList { m_code });
        // A fast burst without the prefix is not this scanner.
        const Fed f = feed(d, m_code, { 5 }, true, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, m_code);
    }

    void scannerWithoutEnterEndsOnSilence()
    {
        WedgeDetector d; // needEnter = false
        qint64 t = 0;
        QCOMPARE(feed(d, m_code, { 7 }, false, t).scans, QStringList { m_code });
        WedgeConfig strict;
        strict.needEnter = true;
        WedgeDetector e(strict);
        const Fed f = feed(e, m_code, { 7 }, false, t);
        QVERIFY(f.scans.isEmpty());
        QCOMPARE(f.typed, m_code);
    }

    void typingIsReleasedWithinTheGap()
    {
        WedgeDetector d;
        QVERIFY(d.key(QStringLiteral("K"), 100).typed.isEmpty()); // held: could be a burst
        QVERIFY(d.holding());
        QVERIFY(d.timeout(120).typed.isEmpty()); // still within 30 ms
        QCOMPARE(d.timeout(131).typed, QStringLiteral("K"));
        QVERIFY(!d.holding());
    }

    void evdevKeyCodesMapToAUsLayout()
    {
        QCOMPARE(evdevKeyText(KEY_O, true), QStringLiteral("O"));
        QCOMPARE(evdevKeyText(KEY_P, false), QStringLiteral("p"));
        QCOMPARE(evdevKeyText(KEY_1, false), QStringLiteral("1"));
        QCOMPARE(evdevKeyText(KEY_MINUS, false), QStringLiteral("-"));
        QCOMPARE(evdevKeyText(KEY_0, false), QStringLiteral("0"));
        QCOMPARE(evdevKeyText(KEY_Z, true), QStringLiteral("Z"));
        QCOMPARE(evdevKeyText(KEY_ENTER, false), QStringLiteral("\r"));
        QVERIFY(evdevKeyText(KEY_LEFTCTRL, false).isEmpty());
    }

    void evdevEventsFromAFifoBecomeAScan()
    {
        // The input_event stream of a real device, through a FIFO (no
        // hardware here; the exclusive grab is refused on a FIFO).
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("event-kbd")).toLocal8Bit();
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        EvdevScanner scanner;
        QVERIFY(!scanner.open(QString::fromLocal8Bit(path), true).ok());
        const Status opened = scanner.open(QString::fromLocal8Bit(path), false);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const int writer = ::open(path.constData(), O_WRONLY);
        QVERIFY(writer >= 0);
        QByteArray stream;
        long usec = 0;
        auto push = [&](int code, int value) {
            input_event ev {};
            usec += 4000;
            ev.input_event_sec = 1000 + usec / 1000000;
            ev.input_event_usec = usec % 1000000;
            ev.type = EV_KEY;
            ev.code = quint16(code);
            ev.value = value;
            stream.append(reinterpret_cast<const char *>(&ev), sizeof ev);
        };
        const QString code = QStringLiteral("OP1-4Z8D1G0W");
        const QHash<QChar, int> keys { { u'O', KEY_O }, { u'P', KEY_P }, { u'1', KEY_1 }, { u'-', KEY_MINUS },
            { u'4', KEY_4 }, { u'Z', KEY_Z }, { u'8', KEY_8 }, { u'D', KEY_D }, { u'G', KEY_G },
            { u'0', KEY_0 }, { u'W', KEY_W } };
        for (const QChar c : code) {
            const bool shift = c.isLetter();
            if (shift)
                push(KEY_LEFTSHIFT, 1);
            push(keys[c], 1);
            push(keys[c], 0);
            if (shift)
                push(KEY_LEFTSHIFT, 0);
        }
        push(KEY_ENTER, 1);
        push(KEY_ENTER, 0);
        QSignalSpy spy(&scanner, &EvdevScanner::scanned);
        QCOMPARE(::write(writer, stream.constData(), std::size_t(stream.size())), ssize_t(stream.size()));
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.at(0).at(0).toString(), code);
        ::close(writer);
    }
};

QTEST_GUILESS_MAIN(TestWedgeDetector)
#include "test_wedge_detector.moc"
