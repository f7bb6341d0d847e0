// oppmote init: create (or open and migrate) a database.

#include "command.h"
#include "output.h"
#include "store/schema.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace oppmote::cli {

namespace {
int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    const QCommandLineOption name(QStringLiteral("device-name"),
        QCoreApplication::translate("cli", "This device's name, e.g. \"Kiosk 2\"."), QStringLiteral("name"));
    parser.addOption(name);
    if (int code = parseArguments(parser, ctx, QStringLiteral("init"),
            QCoreApplication::translate("cli", "Create a database, or open and upgrade one."));
        code >= 0)
        return code;

    StoreOptions options;
    options.deviceName = parser.value(name);
    auto store = Store::open(databasePath(parser), options);
    if (!store.ok())
        return fail(ctx, store.error());
    const Device device = store->localDevice();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("database"), store->path() },
                { QStringLiteral("schemaVersion"), store->schemaVersion() },
                { QStringLiteral("deviceId"), device.id }, { QStringLiteral("deviceName"), device.name } }));
    } else {
        ctx.out << QCoreApplication::translate(
            "cli", "Database %1 is ready (schema version %2, device «%3»).")
                       .arg(store->path())
                       .arg(store->schemaVersion())
                       .arg(device.name)
                << Qt::endl;
    }
    return Success;
}
} // namespace

Command initCommand()
{
    return { "init", QT_TRANSLATE_NOOP("cli", "Create or upgrade a database"), run };
}

} // namespace oppmote::cli
