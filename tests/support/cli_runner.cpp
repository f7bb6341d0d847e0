#include "cli_runner.h"

#include "test_paths.h"

#include <QElapsedTimer>
#include <QProcess>

namespace oppmote::test {

CliResult runCli(const QStringList &args, const QString &db, int timeoutMs, const QStringList &launcher)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OPPMOTE_LANG"), QStringLiteral("en"));
    if (!db.isEmpty())
        env.insert(QStringLiteral("OPPMOTE_DB"), db);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    if (launcher.isEmpty())
        process.start(cliPath(), args);
    else
        process.start(launcher.front(), launcher.mid(1) + QStringList { cliPath() } + args);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.elapsedMs = timer.elapsed();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace oppmote::test
