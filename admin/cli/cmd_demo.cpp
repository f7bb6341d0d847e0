// oppmote demo: the sample workshop, end to end, without a display.

#include "command.h"
#include "demo_run.h"

#include <QCoreApplication>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("out"), tr("Folder for the databases and reports (default demo-output)."),
            QStringLiteral("dir"), QStringLiteral("demo-output") });
    parser.addOption({ QStringLiteral("attendees"), tr("How many fictional attendees (default 150)."),
        QStringLiteral("n"), QStringLiteral("150") });
    parser.addOption({ QStringLiteral("kiosks"), tr("How many kiosks (default 2)."), QStringLiteral("n"),
        QStringLiteral("2") });
    parser.addOption({ QStringLiteral("seed"), tr("Random seed (default 2017)."), QStringLiteral("n"),
        QStringLiteral("2017") });
    parser.addOption({ QStringLiteral("verbose"), tr("Print every check-in.") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("demo"),
            tr("Run the sample workshop headless: import, check-in queue at two kiosks, "
               "an offline kiosk catching up, attendance per session, reports."));
        code >= 0)
        return code;
    DemoOptions options;
    options.outputDir = parser.value(QStringLiteral("out"));
    bool ok1 = false, ok2 = false, ok3 = false;
    options.attendees = parser.value(QStringLiteral("attendees")).toInt(&ok1);
    options.kiosks = parser.value(QStringLiteral("kiosks")).toInt(&ok2);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok3);
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    if (!ok1 || !ok2 || !ok3 || options.attendees < 10 || options.attendees > 100000 || options.kiosks < 1
        || options.kiosks > 50) {
        ctx.err << tr("oppmote demo: --attendees takes 10 to 100000, --kiosks 1 to 50.") << Qt::endl;
        return Usage;
    }
    return runDemo(options, ctx.out, ctx.err);
}
} // namespace

Command demoCommand()
{
    return { "demo", QT_TRANSLATE_NOOP("cli", "Run the sample workshop headless"), run };
}

} // namespace oppmote::cli
