// The kiosk with its on-screen keyboard (Qt Virtual Keyboard, offscreen): no
// dead end while it is up. On the search screen the way back, "I'm not on
// the list" and a key that puts the keyboard away stay above it, also after
// "no one found"; Enter puts it away; its layout follows the language chosen.
// On the walk-in form the field being typed in and "Send registration" are
// never under it.

#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"

#include <QGuiApplication>
#include <QInputMethod>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;

class TestKioskKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<KioskApp> m_app;

    QQuickWindow *window() const { return m_app->window(); }
    KioskController *kiosk() const { return m_app->controller(); }

    // The keyboard's top edge in the window, once it is up.
    qreal keyboardTop() const
    {
        QQuickItem *panel = item(window(), QStringLiteral("keyboard"));
        return panel ? panel->mapToScene(QPointF(0, 0)).y() : window()->height();
    }

    bool keyboardUp() const
    {
        QQuickItem *panel = item(window(), QStringLiteral("keyboard"));
        return QGuiApplication::inputMethod()->isVisible() && panel && panel->property("active").toBool()
            && keyboardTop() < window()->height() - 50;
    }

    // Shown, inside the window and wholly above the keyboard.
    bool reachable(const QString &objectName) const
    {
        QQuickItem *i = item(window(), objectName);
        if (!i || !i->isVisible() || i->width() <= 0 || i->height() <= 0)
            return false;
        const QRectF r = i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
        return r.left() >= 0 && r.right() <= window()->width() && r.top() >= 0 && r.bottom() <= keyboardTop();
    }

    QString report(const QStringList &names) const
    {
        QStringList out;
        for (const QString &n : names) {
            QQuickItem *i = item(window(), n);
            out << QStringLiteral("%1: %2").arg(n,
                i ? QDebug::toString(i->mapRectToScene(QRectF(0, 0, i->width(), i->height())))
                  : QStringLiteral("-"));
        }
        return out.join(QLatin1String("; ")) + QStringLiteral("; keyboard top %1").arg(keyboardTop());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        auto sample = prepareSampleStore(m_db, 60);
        QVERIFY2(sample.ok(), sample.ok() ? "" : qPrintable(sample.error().message));
        const QString config = m_dir.filePath(QStringLiteral("kiosk.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("eventDate"), QStringLiteral("2017-09-25") },
                                     { QStringLiteral("deviceName"), QStringLiteral("Kiosk 1") } })
                       .toJson());
        file.close();
        KioskOptions options;
        options.configPath = config;
        options.databasePath = m_db;
        options.testing = true;
        options.virtualKeyboard = true;
        options.windowSize = QSize(1920, 1080);
        m_app = std::make_unique<KioskApp>(options);
        QVERIFY(m_app->start().ok());
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Welcome; }));
    }

    void init()
    {
        kiosk()->device()->setLanguage(QStringLiteral("nb"));
        kiosk()->goHome();
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Welcome; }));
    }

    void searchKeepsAWayOutAboveTheKeyboard()
    {
        kiosk()->startSearch();
        QVERIFY(waitFor([this] { return keyboardUp(); }));
        const QStringList buttons { QStringLiteral("searchBackButton"), QStringLiteral("notOnListButton"),
            QStringLiteral("hideKeyboardButton") };
        for (const QString &query : { QStringLiteral("ber"), QStringLiteral("zzqxw") }) { // results, none
            kiosk()->search()->setQuery(query);
            QVERIFY(waitFor(
                [&] {
                    return std::all_of(
                        buttons.begin(), buttons.end(), [this](const QString &b) { return reachable(b); });
                },
                2000));
            QVERIFY2(reachable(QStringLiteral("searchInput")),
                qPrintable(report({ QStringLiteral("searchInput") })));
        }
        QVERIFY(reachable(QStringLiteral("searchHint"))); // "no one found" is not under the keyboard either
        // The key puts the keyboard away; the way back is still there.
        QVERIFY(click(window(), QStringLiteral("hideKeyboardButton")));
        QVERIFY(waitFor([this] { return !QGuiApplication::inputMethod()->isVisible(); }, 2000));
        QVERIFY(click(window(), QStringLiteral("searchBackButton")));
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Welcome; }));
    }

    void enterPutsTheKeyboardAway()
    {
        kiosk()->startSearch();
        QVERIFY(waitFor([this] { return keyboardUp(); }));
        kiosk()->search()->setQuery(QStringLiteral("ber"));
        QTest::keyClick(window(), Qt::Key_Return);
        QVERIFY(waitFor([this] { return !QGuiApplication::inputMethod()->isVisible(); }, 2000));
        QVERIFY(reachable(QStringLiteral("result_0")));
        QVERIFY(reachable(QStringLiteral("searchBackButton")));
    }

    void theLayoutFollowsTheLanguage()
    {
        kiosk()->startSearch();
        QVERIFY(waitFor([this] { return keyboardUp(); }));
        QCOMPARE(QGuiApplication::inputMethod()->locale().name(), QStringLiteral("nb_NO"));
        kiosk()->goHome();
        kiosk()->device()->setLanguage(QStringLiteral("en"));
        kiosk()->startSearch();
        QVERIFY(waitFor([this] { return keyboardUp(); }));
        QVERIFY2(
            waitFor([] { return QGuiApplication::inputMethod()->locale().name() == QLatin1String("en_GB"); },
                2000),
            qPrintable(QGuiApplication::inputMethod()->locale().name()));
        kiosk()->goHome();
        kiosk()->device()->setLanguage(QStringLiteral("nn")); // Nynorsk types on the Norwegian layout
        kiosk()->startSearch();
        QVERIFY(waitFor(
            [] { return QGuiApplication::inputMethod()->locale().name() == QLatin1String("nb_NO"); }, 2000));
    }

    void walkInFieldAndSendStayAboveTheKeyboard()
    {
        kiosk()->startWalkIn();
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::WalkIn && keyboardUp(); }));
        for (const QString &field :
            { QStringLiteral("walkInFirstNameInput"), QStringLiteral("walkInLastNameInput"),
                QStringLiteral("walkInOrganisationInput"), QStringLiteral("walkInEmailInput") }) {
            item(window(), field)->forceActiveFocus();
            QVERIFY2(
                waitFor([&] { return reachable(field) && reachable(QStringLiteral("walkInSubmitButton")); },
                    2000),
                qPrintable(report({ field, QStringLiteral("walkInSubmitButton") })));
        }
        QVERIFY(reachable(QStringLiteral("walkInConsent")));
        QVERIFY(reachable(QStringLiteral("walkInCancelButton")));
    }
};

int main(int argc, char **argv)
{
    // Before the application exists: the input method is chosen once.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    TestKioskKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_kiosk_keyboard.moc"
