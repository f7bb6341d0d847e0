// oppmote: the command line. The composition root: builds the application,
// loads the translation and hands over to the command dispatcher.

#include "command.h"
#include "i18n/translations.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    // Badges need fonts, so a QGuiApplication; a command line needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("oppmote"));
    QCoreApplication::setApplicationName(QStringLiteral("oppmote"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPPMOTE_VERSION));
    oppmote::installTranslations(app, oppmote::languageFromEnvironment());

    QTextStream out(stdout);
    QTextStream err(stderr);
    return oppmote::cli::runCommandLine(app.arguments().mid(1), out, err);
}
