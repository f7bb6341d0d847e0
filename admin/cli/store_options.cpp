#include "store_options.h"

#include "store/async_store.h"

#include <QEventLoop>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace oppmote::cli {

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("cli",
            "The database file (default: $OPPMOTE_DB, or "
            "oppmote.sqlite in the user's data folder)."),
        QStringLiteral("file"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON, for scripts."));
}

QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    const QString env = qEnvironmentVariable("OPPMOTE_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("oppmote.sqlite"));
}

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return NotFound;
    case ErrorCode::InvalidInput:
        return InvalidData;
    case ErrorCode::Conflict:
        return Failure;
    case ErrorCode::Io:
        return StoreError;
    case ErrorCode::Corrupt:
    case ErrorCode::SchemaTooNew:
        return DamagedStore;
    case ErrorCode::None:
    case ErrorCode::Internal:
        return Failure;
    }
    return Failure;
}

int fail(Context &context, const Error &error)
{
    context.err << QCoreApplication::translate("cli", "oppmote: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error);
}

std::optional<Store> openStore(
    const QCommandLineParser &parser, Context &context, int &exitCode, bool createIfMissing)
{
    const QString path = databasePath(parser);
    StoreOptions options;
    options.createIfMissing = createIfMissing;
    auto store = Store::open(path, options);
    if (!store.ok()) {
        Error e = store.error();
        if (e.code == ErrorCode::NotFound)
            e.message += QLatin1Char(' ')
                + QCoreApplication::translate("cli", "Create it with: oppmote init --db %1").arg(path);
        exitCode = fail(context, e);
        return std::nullopt;
    }
    return std::move(store).value();
}

Status openOnItsThread(AsyncStore &store, const QString &path)
{
    QEventLoop wait;
    QString openError;
    QObject::connect(&store, &AsyncStore::opened, &wait, [&](bool ok, const QString &error) {
        openError = ok ? QString() : error;
        wait.quit();
    });
    StoreOptions options;
    options.createIfMissing = false;
    store.open(path, options);
    wait.exec();
    if (!openError.isEmpty())
        return makeError(ErrorCode::Io, openError);
    return Ok {};
}

} // namespace oppmote::cli
