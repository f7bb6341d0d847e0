#include "command.h"

#include <QCoreApplication>

namespace oppmote::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("oppmote::cli", text, disambiguation, n);
}

QString tr(const char *text, int n)
{
    return tr(text, nullptr, n);
}

const QList<Command> &commands()
{
    static const QList<Command> list { initCommand(), importProgramCommand(), programCommand(),
        attendeesCommand(), searchCommand(), checkinCommand(), attendanceCommand(), demoCommand(),
        importAttendeesCommand(), exportCommand(), allocateCommand(), qrCommand(), decodeCommand(),
        badgesCommand(), reissueCommand(), ticketsCommand(), pairCommand(), hubCommand(), syncCommand(),
        devicesCommand(), prepareKioskCommand(), ticketKeyCommand(), walkinsCommand(), privacyCommand() };
    return list;
}

namespace {
void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "cli", "Usage: oppmote <command> [options]   (oppmote <command> --help)")
        << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(18)
            << QCoreApplication::translate("cli", c.summary) << '\n';
    out.flush();
}
} // namespace

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")
        || args.front() == QLatin1String("help")) {
        printUsage(out);
        return args.isEmpty() ? Usage : Success;
    }
    if (args.front() == QLatin1String("--version")) {
        out << "oppmote " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            Context context { args, out, err };
            const int code = c.run(context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("cli", "oppmote: unknown command «%1».").arg(name) << '\n';
    printUsage(err);
    err.flush();
    return Usage;
}

int parseArguments(
    QCommandLineParser &parser, Context &context, const QString &name, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    QStringList args = context.arguments;
    args.prepend(QStringLiteral("oppmote ") + name);
    if (!parser.parse(args)) {
        context.err << parser.errorText() << Qt::endl
                    << QCoreApplication::translate("cli", "See: oppmote %1 --help").arg(name) << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QLatin1String("Usage: oppmote ") + name, QLatin1String("Usage: oppmote ") + name);
        context.out << text;
        context.out.flush();
        return Success;
    }
    return -1;
}

} // namespace oppmote::cli
