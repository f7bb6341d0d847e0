// `--fullscreen` on a portrait 800×1280 screen with no window manager (the
// offscreen platform given that one screen): the kiosk takes the screen's
// size and lays itself out in portrait, whatever size it was told otherwise.
// (The offscreen platform resizes a fullscreen window by itself; a bare X
// server does not, which is what KioskApp's own resize is for.)

#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "kiosk_test_support.h"

#include <QFile>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;
using namespace oppmote::kiosktest;

class TestKioskFullscreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void takesThePortraitScreen()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(800, 1280)); // the platform as set up below
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kiosk.sqlite"));
        auto sample = prepareSampleStore(db, 20);
        QVERIFY2(sample.ok(), sample.ok() ? "" : qPrintable(sample.error().message));
        KioskOptions options;
        options.databasePath = db;
        options.configPath = dir.filePath(QStringLiteral("kiosk.json"));
        options.testing = true;
        options.virtualKeyboard = false;
        options.fullscreen = true;
        options.windowSize = QSize(1920, 1080); // what it would be without --fullscreen
        KioskApp app(options);
        QVERIFY(app.start().ok());
        QVERIFY(waitFor([&] { return app.controller()->screen() == KioskController::Welcome; }));
        QCOMPARE(app.window()->size(), QSize(800, 1280));
        QVERIFY(app.window()->property("portrait").toBool());
    }
};

int main(int argc, char **argv)
{
    // One portrait screen, before the application exists (the platform is chosen once).
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 800, "height": 1280,
                  "logicalDpi": 96}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toUtf8());
    QGuiApplication app(argc, argv);
    TestKioskFullscreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_kiosk_fullscreen.moc"
