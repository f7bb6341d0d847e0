#include "admin_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace oppmote::admin {

QString parseAdminOptions(const QStringList &arguments, AdminOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("admin", "Oppmøte, the organisers' desk"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate("admin", "The hub's database (default: $OPPMOTE_DB)."),
        QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("admin", "nb, nn or en."), QStringLiteral("CODE"));
    const QCommandLineOption testing(
        QStringLiteral("testing"), QCoreApplication::translate("admin", "Software rendering (tests)."));
    const QCommandLineOption exitWhenReady(QStringLiteral("exit-when-ready"),
        QCoreApplication::translate("admin", "Quit once the dashboard is up (start-up checks)."));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("admin", "Save a picture of every page and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption by(QStringLiteral("by"),
        QCoreApplication::translate("admin", "Who is at the desk (for the audit log)."),
        QStringLiteral("NAME"));
    const QCommandLineOption hubUrl(QStringLiteral("hub-url"),
        QCoreApplication::translate(
            "admin", "Where kiosks reach the hub, for pairing codes (default wss://THIS-HOST:8443)."),
        QStringLiteral("URL"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("admin", "Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    const QCommandLineOption reports(QStringLiteral("reports-dir"),
        QCoreApplication::translate("admin", "Where reports are saved (default: Documents/Oppmøte)."),
        QStringLiteral("DIR"));
    parser.addOptions({ db, language, testing, exitWhenReady, screenshots, by, hubUrl, size, reports });
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help")))
        return parser.helpText();
    options.databasePath = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("OPPMOTE_DB");
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("admin", "Give the hub's database with --db FILE.");
    options.language = parser.value(language);
    options.hubUrl = parser.isSet(hubUrl) ? parser.value(hubUrl)
                                          : QStringLiteral("wss://%1:8443").arg(QHostInfo::localHostName());
    options.testing = parser.isSet(testing);
    options.exitWhenReady = parser.isSet(exitWhenReady);
    options.screenshotDir = parser.value(screenshots);
    options.reportsDir = parser.isSet(reports)
        ? parser.value(reports)
        : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("Oppmøte"));
    options.by = parser.isSet(by) ? parser.value(by) : qEnvironmentVariable("USER");
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch())
            return QCoreApplication::translate("admin", "--size is WIDTHxHEIGHT, e.g. 1366x768.");
        options.windowSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return {};
}

} // namespace oppmote::admin
