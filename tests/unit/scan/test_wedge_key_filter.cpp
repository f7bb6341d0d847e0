#include "scan/wedge_key_filter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QtTest>

using namespace oppmote;

namespace {

// Stands in for the search field: records the text of the key presses it gets
// (and, in `log`, touches as '#').
class Field : public QObject
{
public:
    QString text;
    QString log;
    int enters = 0;
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::MouseButtonPress) {
            log += QLatin1Char('#');
            return true;
        }
        if (e->type() == QEvent::KeyPress) {
            log += static_cast<QKeyEvent *>(e)->text();
            auto *k = static_cast<QKeyEvent *>(e);
            if (k->key() == Qt::Key_Return)
                ++enters;
            else
                text += k->text();
            return true;
        }
        return QObject::event(e);
    }
};

void press(QObject *target, const QString &text, qint64 ms)
{
    const bool enter = text == QLatin1String("\r");
    const int key = enter ? Qt::Key_Return : QKeySequence(text.toUpper())[0].key();
    QKeyEvent e(QEvent::KeyPress, key, Qt::NoModifier, enter ? QString() : text);
    e.setTimestamp(quint64(ms));
    QCoreApplication::sendEvent(target, &e);
    QKeyEvent r(QEvent::KeyRelease, key, Qt::NoModifier, enter ? QString() : text);
    r.setTimestamp(quint64(ms + 2));
    QCoreApplication::sendEvent(target, &r);
}

} // namespace

class TestWedgeKeyFilter : public QObject
{
    Q_OBJECT

private slots:
    void aScanNeverReachesTheField()
    {
        Field field;
        WedgeKeyFilter filter;
        field.installEventFilter(&filter);
        QSignalSpy spy(&filter, &WedgeKeyFilter::scanned);
        const QString code = QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Z");
        qint64 t = 10000;
        for (const QChar c : code)
            press(&field, QString(c), t += 6);
        press(&field, QStringLiteral("\r"), t += 6);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), code);
        QTest::qWait(80);
        QVERIFY(field.text.isEmpty());
        QCOMPARE(field.enters, 0);
    }

    void typingReachesTheFieldInOrder()
    {
        Field field;
        WedgeKeyFilter filter;
        field.installEventFilter(&filter);
        QSignalSpy spy(&filter, &WedgeKeyFilter::scanned);
        qint64 t = 10000;
        for (const QChar c : QStringLiteral("kari"))
            press(&field, QString(c), t += 160);
        QTRY_COMPARE_WITH_TIMEOUT(
            field.text, QStringLiteral("kari"), 1000); // the last key after the quiet time
        press(&field, QStringLiteral("\r"), t += 200);
        QCOMPARE(field.enters, 1);
        QVERIFY(spy.isEmpty());
    }

    // The gaps measured here: a USB hand scanner sends a key every 7–8 ms; a
    // person types 80–200 ms apart (80 ms is a fast typist's roll).
    void measuredScannerAndPersonTimingsAreToldApart_data()
    {
        QTest::addColumn<QList<int>>("gaps");
        QTest::addColumn<bool>("scan");
        QTest::newRow("scanner 7 ms") << QList<int> { 7 } << true;
        QTest::newRow("scanner 8 ms") << QList<int> { 8 } << true;
        QTest::newRow("scanner 7–8 ms") << QList<int> { 7, 8, 8, 7 } << true;
        QTest::newRow("person 80 ms") << QList<int> { 80 } << false;
        QTest::newRow("person 200 ms") << QList<int> { 200 } << false;
        QTest::newRow("person 80–200 ms") << QList<int> { 80, 140, 200, 95 } << false;
    }

    void measuredScannerAndPersonTimingsAreToldApart()
    {
        QFETCH(QList<int>, gaps);
        QFETCH(bool, scan);
        Field field;
        WedgeKeyFilter filter;
        field.installEventFilter(&filter);
        QSignalSpy spy(&filter, &WedgeKeyFilter::scanned);
        const QString code = QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Z");
        qint64 t = 10000;
        for (qsizetype i = 0; i < code.size(); ++i)
            press(&field, code.mid(i, 1), t += gaps[i % gaps.size()]);
        press(&field, QStringLiteral("\r"), t += gaps[0]);
        if (scan) {
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(0).toString(), code);
            QTest::qWait(80);
            QVERIFY(field.text.isEmpty());
            QCOMPARE(field.enters, 0);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(field.text, code, 1000);
            QCOMPARE(field.enters, 1);
            QVERIFY(spy.isEmpty());
        }
    }

    void aTypingSinkTakesTypingButNeverAScan()
    {
        Field field;
        WedgeKeyFilter filter;
        QStringList taken;
        bool take = true;
        filter.setTypingSink([&](const QString &text, bool) {
            if (take)
                taken << text;
            return take;
        });
        field.installEventFilter(&filter);
        QSignalSpy spy(&filter, &WedgeKeyFilter::scanned);
        qint64 t = 10000;
        for (const QChar c : QStringLiteral("kari"))
            press(&field, QString(c), t += 160);
        QTRY_COMPARE_WITH_TIMEOUT(taken.join(QString()), QStringLiteral("kari"), 1000);
        QVERIFY(field.text.isEmpty()); // taken: not replayed
        const QString code = QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Z");
        t += 300;
        for (const QChar c : code)
            press(&field, QString(c), t += 5);
        press(&field, QStringLiteral("\r"), t += 5);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(taken.join(QString()), QStringLiteral("kari")); // the sink never sees a scan
        take = false; // declined: replayed as before
        t += 300;
        for (const QChar c : QStringLiteral("ola"))
            press(&field, QString(c), t += 160);
        QTRY_COMPARE_WITH_TIMEOUT(field.text, QStringLiteral("ola"), 1000);
    }

    void aTouchLetsHeldTypingThroughFirst()
    {
        Field field;
        WedgeKeyFilter filter;
        field.installEventFilter(&filter);
        qint64 t = 10000;
        for (const QChar c : QStringLiteral("ola"))
            press(&field, QString(c), t += 150);
        // "a" is still held (a burst could follow); a touch right away decides it is typing.
        QMouseEvent touch(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton,
            Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&field, &touch);
        QCOMPARE(field.log, QStringLiteral("ola#"));
    }

    void typingThenScanningAreSeparated()
    {
        Field field;
        WedgeKeyFilter filter;
        field.installEventFilter(&filter);
        QSignalSpy spy(&filter, &WedgeKeyFilter::scanned);
        qint64 t = 10000;
        for (const QChar c : QStringLiteral("ola"))
            press(&field, QString(c), t += 150);
        t += 300;
        const QString code = QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Z");
        for (const QChar c : code)
            press(&field, QString(c), t += 5);
        press(&field, QStringLiteral("\r"), t += 5);
        QCOMPARE(field.text, QStringLiteral("ola"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), code);
        QCOMPARE(field.enters, 0);
    }
};

QTEST_MAIN(TestWedgeKeyFilter)
#include "test_wedge_key_filter.moc"
