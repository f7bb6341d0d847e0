// oppmote-admin: the organisers' desk. Parses the command line, prepares the
// environment, builds the app (AdminApp) and runs it.

#include "admin_app.h"
#include "qml_plugins.h"
#include "screenshots.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace oppmote::admin;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    AdminOptions options;
    const QString problem = parseAdminOptions(arguments, options);
    if (!options.screenshotDir.isEmpty()) {
        options.testing = true;
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    AdminApp::prepareEnvironment(options);
    QApplication app(argc, argv); // Qt Charts' ChartView needs a QApplication
    QApplication::setApplicationName(QStringLiteral("oppmote-admin"));
    QApplication::setOrganizationName(QStringLiteral("Oppmote"));
    if (!problem.isEmpty()) {
        QTextStream(stderr) << problem << Qt::endl;
        return problem.startsWith(QLatin1String("Usage")) ? 0 : 2;
    }
    if (!options.screenshotDir.isEmpty())
        return writeScreenshots(options);

    AdminApp desk(options);
    if (auto s = desk.start(); !s.ok()) {
        QTextStream(stderr) << "oppmote-admin: " << s.error().message << Qt::endl;
        return 1;
    }
    QObject::connect(&desk, &AdminApp::storeFailed, &app, [&](const QString &message) {
        QTextStream(stderr) << "oppmote-admin: " << message << Qt::endl;
        if (options.exitWhenReady)
            QCoreApplication::exit(1);
    });
    if (options.exitWhenReady)
        QObject::connect(&desk, &AdminApp::readyChanged, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    return app.exec();
}
