#pragma once
// One `oppmote <command>`: a name, a one-line summary and run(). Each
// cmd_*.cpp defines one factory; command.cpp lists them. Exit codes mean the
// same for every command (docs/cli.md).

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace oppmote::cli {

enum Exit : int {
    Success = 0,
    Failure = 1, // the operation ran and did not succeed (e.g. unknown attendee)
    Usage = 2, // bad arguments
    NotFound = 3, // a named thing does not exist
    InvalidData = 4, // the input file or text is malformed
    StoreError = 5, // the database could not be opened or written (disk, permissions)
    DamagedStore = 6, // damaged database, or a newer schema
    AlreadyDone = 7, // nothing to do: e.g. already checked in (nothing was written)
    Refused = 8, // the hub refused this device (revoked, not paired, a used pairing code)
    WrongHub = 9, // the hub's certificate is not the one this device was paired with
};

struct Context {
    QStringList arguments; // after the command name
    QTextStream &out;
    QTextStream &err;
};

struct Command {
    const char *name;
    const char *summary; // untranslated source; shown through tr()
    std::function<int(Context &)> run;
};

const QList<Command> &commands();

// The command line's messages, in the UI language. The context is
// "oppmote::cli", the one lupdate gives a tr() call in this namespace (outside
// a class). Plural forms: tr("%n thing(s)", nullptr, n) — lupdate files only
// the three-argument form as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
QString tr(const char *text, int n); // the same as tr(text, nullptr, n)

// Runs `oppmote <arguments…>` in this process (main.cpp and tests).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Parses `arguments` with `parser` (adds --help); returns -1 to go on, or an
// exit code to return at once (after printing help or the error).
int parseArguments(
    QCommandLineParser &parser, Context &context, const QString &name, const QString &description);

// The factories, one per cmd_*.cpp.
Command initCommand();
Command importProgramCommand();
Command programCommand();
Command attendeesCommand();
Command searchCommand();
Command checkinCommand();
Command attendanceCommand();
Command demoCommand();
Command importAttendeesCommand();
Command exportCommand();
Command allocateCommand();
Command qrCommand();
Command decodeCommand();
Command badgesCommand();
Command reissueCommand();
Command ticketsCommand();
Command pairCommand();
Command hubCommand();
Command syncCommand();
Command devicesCommand();
Command prepareKioskCommand();
Command ticketKeyCommand();
Command walkinsCommand();
Command privacyCommand();

} // namespace oppmote::cli
