// Markup is text (issue: names rendered as rich text). Attendees, a walk-in,
// the event and a session whose names hold HTML, bidirectional controls and
// 500 characters, shown on every screen they reach, by the real kiosk under
// the offscreen platform. A local HTTP server stands where the markup points:
// it must receive nothing. Every text item on every screen is plain text.

#include "codes/token.h"
#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"
#include "no_network_access.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;
using oppmote::quicktest::nonPlainTexts;

namespace {

QStringList allTexts(QQuickItem *root)
{
    QStringList found;
    if (!root)
        return found;
    if (root->inherits("QQuickText") && root->isVisible())
        found << root->property("text").toString();
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found << allTexts(child);
    return found;
}

} // namespace

class TestKioskHostileText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QTcpServer m_trap; // where the markup's links point
    int m_requests = 0;
    Attendee m_markup, m_bidi, m_long;
    std::unique_ptr<KioskApp> m_app;

    QString trapUrl(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_trap.serverPort()).arg(path);
    }

    void startKiosk()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("eventDate"), QStringLiteral("2017-09-25") },
                                     { QStringLiteral("deviceName"), QStringLiteral("<b>Kiosk</b> 1") } })
                       .toJson());
        file.close();
        KioskOptions options;
        options.configPath = path;
        options.databasePath = m_db;
        options.testing = true;
        options.virtualKeyboard = false;
        options.windowSize = QSize(1280, 800);
        m_app = std::make_unique<KioskApp>(options);
        QVERIFY(m_app->start().ok());
        QVERIFY(waitFor([this] { return m_app->controller()->screen() == KioskController::Welcome; }));
    }

    QQuickWindow *window() const { return m_app->window(); }
    KioskController *kiosk() const { return m_app->controller(); }

    // Every text item now on screen is plain text, and nothing was fetched.
    void checkScreen(const char *where)
    {
        QTest::qWait(50); // let images and text layouts that would fetch start
        QCoreApplication::processEvents();
        const QStringList offenders = nonPlainTexts(window()->contentItem());
        QVERIFY2(offenders.isEmpty(),
            qPrintable(
                QString::fromLatin1(where) + QStringLiteral(": ") + offenders.join(QStringLiteral("; "))));
        QCOMPARE(m_requests, 0);
        const QString dir = qEnvironmentVariable("OPPMOTE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window()->grabWindow().save(QDir(dir).filePath(QStringLiteral("hostile-%1.png").arg(where)));
    }

    void scan(const QString &code)
    {
        typeText(window(), code);
        QTest::keyClick(window(), Qt::Key_Return);
        QVERIFY(waitFor([this] {
            return kiosk()->screen() == KioskController::Confirm
                && kiosk()->confirm()->state() != ConfirmController::Busy;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_trap.listen(QHostAddress::LocalHost, 0));
        connect(&m_trap, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_trap.nextPendingConnection()) {
                ++m_requests;
                s->deleteLater();
            }
        });
        m_db = m_dir.filePath(QStringLiteral("kiosk.sqlite"));
        auto sample = prepareSampleStore(m_db, 40);
        QVERIFY2(sample.ok(), qPrintable(sample.error().message));
        auto store = Store::open(m_db);
        QVERIFY(store.ok());

        m_markup.id = QStringLiteral("hostile-markup");
        m_markup.firstName = QStringLiteral("<img src=\"%1\">Kari").arg(trapUrl(QStringLiteral("a.png")));
        m_markup.lastName = QStringLiteral("Fetsen <b>Fet</b><h1>Stor</h1>");
        m_markup.organisation = QStringLiteral("<a href=\"%1\">lenke</a><img src=\"%2\">")
                                    .arg(trapUrl(QStringLiteral("link")), trapUrl(QStringLiteral("org.png")));
        m_bidi.id = QStringLiteral("hostile-bidi");
        m_bidi.firstName = QStringLiteral("Ola");
        m_bidi.lastName = QStringLiteral("Nordmann\u202Eaksnedre\u202C");
        m_bidi.organisation = QStringLiteral("\u2067Viken\u2069 fylkeskommune");
        m_long.id = QStringLiteral("hostile-long");
        m_long.firstName = QString(250, QLatin1Char('A'));
        m_long.lastName = QString(250, QLatin1Char('B'));
        m_long.organisation = QStringLiteral("Langt ").repeated(80);
        for (Attendee *a : { &m_markup, &m_bidi, &m_long })
            a->token = Token::generate();
        Attendee walkIn;
        walkIn.id = QStringLiteral("hostile-walkin");
        walkIn.type = AttendeeType::WalkIn;
        walkIn.firstName = QStringLiteral("<img src=\"%1\">Åse").arg(trapUrl(QStringLiteral("walkin.png")));
        walkIn.lastName = QStringLiteral("<i>Walkinsen</i>");
        walkIn.organisation = QStringLiteral("<h1>Viken</h1>");
        QVERIFY(store->upsertAttendees({ m_markup, m_bidi, m_long, walkIn }).ok());

        // The programme's own texts are data too: the event name and a session title.
        Event event = sample->event;
        event.name = QStringLiteral("<img src=\"%1\">Verksted").arg(trapUrl(QStringLiteral("event.png")));
        event.days[0].sessions[0].title
            = QStringLiteral("<img src=\"%1\"><b>Åpning</b>").arg(trapUrl(QStringLiteral("session.png")));
        QVERIFY(store->replaceProgram(event).ok());
    }

    void cleanup() { m_app.reset(); }

    void everyScreenShowsMarkupAsText()
    {
        startKiosk();
        checkScreen("welcome");
        QVERIFY(allTexts(window()->contentItem()).join(u'\n').contains(QStringLiteral("<img src=")));

        scan(m_markup.token);
        QCOMPARE(kiosk()->confirm()->state(), ConfirmController::CheckedIn);
        // Shown as written, tags and all.
        QVERIFY2(itemText(window(), QStringLiteral("confirmTitle")).contains(QStringLiteral("<img src=")),
            qPrintable(itemText(window(), QStringLiteral("confirmTitle"))));
        QVERIFY(
            itemText(window(), QStringLiteral("confirmOrganisation")).contains(QStringLiteral("<a href=")));
        checkScreen("confirm");

        kiosk()->goHome();
        QVERIFY(click(window(), QStringLiteral("findNameButton")));
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Search; }));
        QTRY_VERIFY(item(window(), QStringLiteral("searchInput")));
        item(window(), QStringLiteral("searchInput"))->forceActiveFocus();
        typeText(window(), QStringLiteral("fetsen"), 30);
        QTRY_VERIFY(item(window(), QStringLiteral("result_0")));
        checkScreen("search");
        QVERIFY(click(window(), QStringLiteral("result_0")));
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Identify; }));
        QVERIFY(itemText(window(), QStringLiteral("candidateName")).contains(QStringLiteral("<b>Fet</b>")));
        checkScreen("identify");

        kiosk()->openStaff();
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::StaffPin; }));
        checkScreen("pin");
        for (const QChar c : QStringLiteral("1234"))
            QVERIFY(click(window(), QStringLiteral("pin_") + c));
        QVERIFY(click(window(), QStringLiteral("pinOk")));
        QVERIFY(waitFor([this] { return kiosk()->screen() == KioskController::Staff; }));
        // The pending walk-in with markup in its name is listed as text.
        QTRY_VERIFY(
            allTexts(window()->contentItem()).join(u'\n').contains(QStringLiteral("<i>Walkinsen</i>")));
        auto *modes = item(window(), QStringLiteral("modeBox"));
        QVERIFY(modes);
        auto *popup = modes->property("popup").value<QObject *>();
        QVERIFY(popup);
        QVERIFY(QMetaObject::invokeMethod(popup, "open")); // the session titles in the list
        QTRY_VERIFY(popup->property("opened").toBool());
        checkScreen("staff");
        QCOMPARE(ui::RefusingNetworkAccessManager::refusedCount(), 0); // nothing even tried
    }

    void directionControlsCannotFlipAName()
    {
        startKiosk();
        scan(m_bidi.token);
        const QString title = itemText(window(), QStringLiteral("confirmTitle"));
        const QString organisation = itemText(window(), QStringLiteral("confirmOrganisation"));
        for (const QString &shown : { title, organisation, kiosk()->confirm()->lastName() })
            for (const char16_t control : { u'\u202E', u'\u202C', u'\u2067', u'\u2069' })
                QVERIFY2(!shown.contains(QChar(control)), qPrintable(shown));
        QCOMPARE(kiosk()->confirm()->lastName(), QStringLiteral("Nordmannaksnedre"));
        QCOMPARE(organisation, QStringLiteral("Viken fylkeskommune"));
        checkScreen("bidi");
    }

    void aVeryLongNameStaysOnTheScreen()
    {
        startKiosk();
        scan(m_long.token);
        for (const char *name : { "confirmTitle", "confirmOrganisation", "doneButton" }) {
            QQuickItem *shown = item(window(), QString::fromLatin1(name));
            QVERIFY2(shown, name);
            const auto boxOf
                = [&] { return shown->mapRectToScene(QRectF(0, 0, shown->width(), shown->height())); };
            const QRectF screen(0, 0, window()->width(), window()->height());
            // The layout places the new text at its next polish: wait for it, then judge.
            QTRY_VERIFY_WITH_TIMEOUT(screen.contains(boxOf()), 2000);
            const QRectF box = boxOf();
            QVERIFY2(screen.contains(box),
                qPrintable(QStringLiteral("%1 at %2,%3 %4×%5")
                               .arg(QString::fromLatin1(name))
                               .arg(box.x())
                               .arg(box.y())
                               .arg(box.width())
                               .arg(box.height())));
        }
        QVERIFY(item(window(), QStringLiteral("confirmTitle"))->property("truncated").toBool());
        checkScreen("long");
    }

    void qmlHasNoNetworkEvenForRichText()
    {
        // The last line of defence: markup that is rendered anyway fetches nothing.
        startKiosk();
        const int before = ui::RefusingNetworkAccessManager::refusedCount();
        QQmlComponent component(m_app->engine());
        component.setData(
            QStringLiteral("import QtQuick\nText { textFormat: Text.RichText; text: '<img src=\"%1\">' }")
                .arg(trapUrl(QStringLiteral("rich.png")))
                .toUtf8(),
            QUrl());
        std::unique_ptr<QObject> text(component.create());
        QVERIFY2(text, qPrintable(component.errorString()));
        auto *quickText = qobject_cast<QQuickItem *>(text.get());
        quickText->setParentItem(window()->contentItem());
        QTRY_VERIFY(ui::RefusingNetworkAccessManager::refusedCount() > before);
        QCOMPARE(m_requests, 0);
    }
};

QTEST_MAIN(TestKioskHostileText)
#include "test_kiosk_hostile_text.moc"
