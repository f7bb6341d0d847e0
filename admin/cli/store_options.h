#pragma once
// The --db option every store command shares, and opening the store with
// the error turned into an exit code.

#include "command.h"
#include "store/store.h"

#include <QCommandLineOption>

#include <optional>

namespace oppmote {
class AsyncStore;
}

namespace oppmote::cli {

QCommandLineOption dbOption();
QCommandLineOption jsonOption();
QString databasePath(const QCommandLineParser &parser); // --db, $OPPMOTE_DB, or the user's data folder

int exitCodeFor(const Error &error);
// Prints the error and returns its exit code.
int fail(Context &context, const Error &error);

// Opens an existing database on the store's own thread (`oppmote hub`,
// `oppmote sync`) and waits until it is open; the error says why not.
Status openOnItsThread(AsyncStore &store, const QString &path);

// Opens the store named by --db; on failure prints why and sets `exitCode`.
std::optional<Store> openStore(
    const QCommandLineParser &parser, Context &context, int &exitCode, bool createIfMissing = false);

} // namespace oppmote::cli
