#include "kiosk_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oppmote::kiosk {

QString parseKioskOptions(const QStringList &arguments, KioskOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("kiosk", "Oppmøte self-service check-in kiosk"));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("config"),
        QCoreApplication::translate("kiosk", "Kiosk settings (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("kiosk", "The kiosk's database."), QStringLiteral("FILE"));
    const QCommandLineOption testing(QStringLiteral("testing"),
        QCoreApplication::translate("kiosk", "No camera, software rendering, staff PIN 1234 unless set."));
    const QCommandLineOption fullscreen(
        QStringLiteral("fullscreen"), QCoreApplication::translate("kiosk", "Fill the screen."));
    const QCommandLineOption mode(QStringLiteral("mode"),
        QCoreApplication::translate("kiosk", "entrance or session:KEY."), QStringLiteral("MODE"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("kiosk", "nb, nn or en."), QStringLiteral("CODE"));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("kiosk", "Save a picture of every screen and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption sample(QStringLiteral("sample"),
        QCoreApplication::translate(
            "kiosk", "Create a missing database with the sample workshop and N people."),
        QStringLiteral("N"));
    const QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("kiosk", "Quit once the welcome screen is up (start-up measurements)."));
    parser.addOptions(
        { config, db, testing, fullscreen, mode, language, screenshots, sample, exitWhenReady });
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help")))
        return parser.helpText();
    options.configPath = parser.value(config);
    options.databasePath = parser.value(db);
    options.testing = parser.isSet(testing);
    options.fullscreen = parser.isSet(fullscreen);
    options.mode = parser.value(mode);
    options.language = parser.value(language);
    options.screenshotDir = parser.value(screenshots);
    options.exitWhenReady = parser.isSet(exitWhenReady);
    if (parser.isSet(sample)) {
        bool ok = false;
        options.sampleAttendees = parser.value(sample).toInt(&ok);
        if (!ok || options.sampleAttendees < 1)
            return QCoreApplication::translate("kiosk", "--sample needs a number of people.");
    }
    if (options.databasePath.isEmpty() && options.screenshotDir.isEmpty())
        return QCoreApplication::translate("kiosk", "Which database? Use --db FILE.");
    return {};
}

} // namespace oppmote::kiosk
