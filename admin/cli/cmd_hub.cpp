// oppmote hub: the shared attendance store as a service. Kiosks and other
// devices connect over a TLS WebSocket (docs/sync.md); runs until SIGINT or
// SIGTERM.

#include "command.h"
#include "platform/stop_signals.h"
#include "store/async_store.h"
#include "store_options.h"
#include "sync/hub_server.h"

#include <QCoreApplication>
#include <QDateTime>

namespace oppmote::cli {

namespace {

QString now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({ QStringLiteral("listen"), tr("The address to listen on (default: every interface)."),
        QStringLiteral("address"), QStringLiteral("0.0.0.0") });
    parser.addOption({ QStringLiteral("port"), tr("The port (default 8443; 0 picks a free one)."),
        QStringLiteral("port"), QStringLiteral("8443") });
    parser.addOption({ QStringLiteral("cert"),
        tr("The TLS certificate (PEM). Made on first start when missing."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("key"), tr("The certificate's private key (PEM)."), QStringLiteral("file") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("hub"),
            tr("Run the hub: the shared attendance store the kiosks sync with."));
        code >= 0)
        return code;
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    const QHostAddress address(parser.value(QStringLiteral("listen")));
    if (!portOk || port > 65535 || address.isNull()) {
        ctx.err << tr("oppmote hub: --listen takes an IP address and --port a number up to 65535.")
                << Qt::endl;
        return Usage;
    }
    int code = Success;
    const QString path = databasePath(parser);
    {
        auto store = openStore(parser, ctx, code); // checks and migrates before the thread takes it
        if (!store)
            return code;
    }
    const QString certPath = parser.isSet(QStringLiteral("cert")) ? parser.value(QStringLiteral("cert"))
                                                                  : sync::defaultCertificatePath(path);
    const QString keyPath = parser.isSet(QStringLiteral("key")) ? parser.value(QStringLiteral("key"))
                                                                : sync::defaultKeyPath(path);
    auto certificate = sync::loadOrCreateHubCertificate(certPath, keyPath);
    if (!certificate.ok())
        return fail(ctx, certificate.error());

    AsyncStore store;
    if (auto s = openOnItsThread(store, path); !s.ok())
        return fail(ctx, s.error());

    sync::HubServer hub(&store);
    if (auto s = hub.listen(certificate.value(), address, quint16(port)); !s.ok())
        return fail(ctx, s.error());
    QObject::connect(
        &hub, &sync::HubServer::deviceConnected, &hub, [&](const QString &id, const QString &name) {
            ctx.out << now() << ' ' << tr("Connected: %1 (%2)").arg(name, id) << Qt::endl;
        });
    QObject::connect(&hub, &sync::HubServer::deviceRefused, &hub, [&](const QString &reason) {
        ctx.out << now() << ' ' << tr("Refused a device: %1").arg(reason) << Qt::endl;
    });
    QObject::connect(&hub, &sync::HubServer::storeFailed, &hub, [&](const QString &message) {
        ctx.err << now() << ' ' << tr("The hub's database failed: %1").arg(message) << Qt::endl;
    });
    QObject::connect(&hub, &sync::HubServer::eventsAccepted, &hub, [&](int n) {
        ctx.out << now() << ' ' << QCoreApplication::translate("cli", "%n event(s) received", nullptr, n)
                << Qt::endl;
    });
    ctx.out << tr("Hub for %1").arg(path) << '\n'
            << tr("Listening on port %1 (%2)").arg(hub.port()).arg(address.toString()) << '\n'
            << tr("Certificate SHA-256: %1").arg(certificate->fingerprint()) << '\n'
            << tr("Stop with Ctrl+C.") << Qt::endl;
    quitOnStopSignals(&hub);
    QCoreApplication::exec();
    store.drain();
    ctx.out << tr("Hub stopped.") << Qt::endl;
    return Success;
}

} // namespace

Command hubCommand()
{
    return { "hub", QT_TRANSLATE_NOOP("cli", "Run the hub the kiosks sync with"), run };
}

} // namespace oppmote::cli
