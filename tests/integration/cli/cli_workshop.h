#pragma once
// A temporary database holding the sample workshop, made with the real
// command line: import-program --sample, attendees generate N.

#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace oppmote::test {

struct Workshop {
    QTemporaryDir dir;
    QString db;

    QString file(const QString &name) const { return dir.filePath(name); }

    // Runs a command against this database; fails the test (returns false) on a crash.
    CliResult run(const QStringList &args) const { return runCli(args, db); }

    QJsonArray attendees() const
    {
        return run({ QStringLiteral("attendees"), QStringLiteral("--json") }).json().array();
    }
};

// Sets up the workshop; QVERIFY inside, so call it with QVERIFY(makeWorkshop(w, 120)).
inline bool makeWorkshop(Workshop &w, int people)
{
    w.db = w.dir.filePath(QStringLiteral("oppmote.sqlite"));
    const CliResult program = w.run({ QStringLiteral("import-program"), QStringLiteral("--sample") });
    if (program.exitCode != 0) {
        qWarning("import-program --sample: %d %s", program.exitCode, program.err.constData());
        return false;
    }
    if (people > 0) {
        const CliResult generated
            = w.run({ QStringLiteral("attendees"), QStringLiteral("generate"), QString::number(people) });
        if (generated.exitCode != 0) {
            qWarning("attendees generate: %d %s", generated.exitCode, generated.err.constData());
            return false;
        }
    }
    return true;
}

} // namespace oppmote::test
