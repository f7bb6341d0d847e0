// oppmote devices: the devices paired with the hub, and revoking one (a
// stolen kiosk): the hub refuses it from then on and it wipes its personal data.

#include "command.h"
#include "output.h"
#include "store_options.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("revoke"), tr("Revoke this device (by id)."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("rename"), tr("Rename this device (by id); the new name with --name."),
        QStringLiteral("id") });
    parser.addOption({ QStringLiteral("name"), tr("rename: the new name."), QStringLiteral("text") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("devices"),
            tr("List the devices paired with the hub, rename or revoke one."));
        code >= 0)
        return code;
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    if (parser.isSet(QStringLiteral("revoke"))) {
        const QString id = parser.value(QStringLiteral("revoke"));
        if (auto s = store->revokeDevice(id); !s.ok())
            return fail(ctx, s.error());
        ctx.out << tr("Revoked %1: the hub refuses it from now on.").arg(id) << Qt::endl;
        return Success;
    }
    if (parser.isSet(QStringLiteral("rename"))) {
        if (!parser.isSet(QStringLiteral("name"))) {
            ctx.err << tr("oppmote devices --rename: give the new name with --name.") << Qt::endl;
            return Usage;
        }
        const QString id = parser.value(QStringLiteral("rename"));
        if (auto s = store->renameDevice(id, parser.value(QStringLiteral("name"))); !s.ok())
            return fail(ctx, s.error());
        ctx.out << tr("%1 is now called «%2».").arg(id, parser.value(QStringLiteral("name")).simplified())
                << Qt::endl;
        return Success;
    }
    auto devices = store->devices();
    if (!devices.ok())
        return fail(ctx, devices.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Device &d : devices.value()) {
            QJsonObject device { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name },
                { QStringLiteral("mode"), d.mode }, { QStringLiteral("paired"), d.paired },
                { QStringLiteral("revoked"), d.revoked }, { QStringLiteral("lastSeen"), d.lastSeen },
                { QStringLiteral("clockOffsetMs"),
                    d.clockOffsetMs ? QJsonValue(*d.clockOffsetMs) : QJsonValue() },
                { QStringLiteral("connected"), d.connected }, { QStringLiteral("online"), d.onlineAt(now) } };
            if (d.status)
                device.insert(QStringLiteral("status"),
                    QJsonObject { { QStringLiteral("at"), d.statusAt },
                        { QStringLiteral("unsent"), d.status->unsent },
                        { QStringLiteral("printer"), d.status->printer },
                        { QStringLiteral("printerProblem"), d.status->printerProblem },
                        { QStringLiteral("printQueue"), d.status->printQueue } });
            list.append(device);
        }
        printJson(ctx.out, QJsonDocument(list));
        return Success;
    }
    QList<QStringList> rows;
    const QString local = store->localDevice().id;
    auto state = [&](const Device &d) {
        if (d.revoked)
            return tr("revoked");
        if (d.onlineAt(now))
            return tr("online");
        if (d.paired)
            return tr("paired");
        return d.id == local ? tr("this database") : tr("not paired");
    };
    for (const Device &d : devices.value())
        rows.append({ d.name, d.id, d.mode, state(d), d.lastSeen.isEmpty() ? QStringLiteral("–") : d.lastSeen,
            d.clockIsOff() ? QStringLiteral("⚠ ") + clockOffsetText(d) : clockOffsetText(d),
            d.status && !d.revoked ? deviceStatusText(*d.status, d.onlineAt(now)) : QStringLiteral("–") });
    printTable(ctx.out,
        { tr("Name"), tr("Id"), tr("Mode"), tr("State"), tr("Last seen (UTC)"), tr("Clock"), tr("Reported") },
        rows);
    return Success;
}

} // namespace

Command devicesCommand()
{
    return { "devices", QT_TRANSLATE_NOOP("cli", "List or revoke the devices paired with the hub"), run };
}

} // namespace oppmote::cli
