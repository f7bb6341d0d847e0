// oppmote-kiosk: the composition root. Parses the command line, prepares the
// environment, builds the app (KioskApp) and runs it.

#include "kiosk_app.h"
#include "qml_plugins.h"
#include "screenshots.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace oppmote::kiosk;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    KioskOptions options;
    // Options are parsed before QGuiApplication (the input method must be set first);
    // the parser needs a core application only for translations, which are not loaded yet.
    const QString problem = parseKioskOptions(arguments, options);
    if (!options.screenshotDir.isEmpty()) {
        options.testing = true;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    KioskApp::prepareEnvironment(options);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("oppmote-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Oppmote"));
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl;
        return problem.startsWith(QLatin1String("Usage")) ? 0 : 2;
    }
    if (!options.screenshotDir.isEmpty())
        return writeScreenshots(options);

    KioskApp kiosk(options);
    if (auto s = kiosk.start(); !s.ok()) {
        QTextStream(stderr) << "oppmote-kiosk: " << s.error().message << Qt::endl;
        return 1;
    }
    if (options.exitWhenReady) {
        auto quitWhenWelcome = [&kiosk] {
            if (kiosk.controller()->screen() == oppmote::KioskController::Welcome)
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        };
        QObject::connect(kiosk.controller(), &oppmote::KioskController::screenChanged, &app, quitWhenWelcome);
        quitWhenWelcome();
    }
    return app.exec();
}
