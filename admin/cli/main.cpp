// oppmote: the command line. The composition root: builds the application,
// loads the translation and hands over to the command dispatcher.

#include "command.h"
#include "i18n/translations.h"
#include "platform/runtime_dir.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
int main(int argc, char **argv)
{
    // QGuiApplication takes arguments it knows (e.g. "-session") out of
    // argv; the commands get theirs untouched.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // A QGuiApplication for fonts and PDF (group lists, badges); no window is
    // ever shown, so without a display the offscreen platform is enough.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    oppmote::ensureRuntimeDir();
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("oppmote"));
    QCoreApplication::setApplicationName(QStringLiteral("oppmote"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPPMOTE_VERSION));
    // One language at a time: the messages and the dates (tickets) alike.
    const oppmote::Language language = oppmote::languageFromEnvironment();
    oppmote::installTranslations(app, language);
    QLocale::setDefault(oppmote::localeFor(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return oppmote::cli::runCommandLine(arguments, out, err);
}
