#pragma once
// Runs the built `oppmote` command line as a separate process, the way an
// organiser's script would, and hands back what it printed.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QStringList>

namespace oppmote::test {

struct CliResult {
    int exitCode = -1; // -1: crashed or did not finish
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
};

// `oppmote <args…>`; OPPMOTE_DB is set to `db` when given, so commands need no --db.
// A `launcher` runs it (e.g. {"faketime", "-f", "-5h"}: a machine whose clock is off).
CliResult runCli(
    const QStringList &args, const QString &db = {}, int timeoutMs = 60000, const QStringList &launcher = {});

} // namespace oppmote::test
