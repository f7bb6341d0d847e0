// oppmote sync: this database's side of the hub, from the command line (a
// laptop at the desk, a script, the tests): pairs once, pushes what the hub
// does not have, takes what it has, and exits when caught up (or keeps
// following with --follow). docs/sync.md.

#include "command.h"
#include "kiosk/kiosk_config.h"
#include "output.h"
#include "platform/stop_signals.h"
#include "store/async_store.h"
#include "store_options.h"
#include "sync/sync_client.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace oppmote::cli {

namespace {

QJsonArray refusedJson(const QList<RefusedEvent> &refused)
{
    QJsonArray out;
    for (const RefusedEvent &r : refused)
        out.append(QJsonObject { { QStringLiteral("id"), r.event.id },
            { QStringLiteral("attendee"), r.event.attendeeId }, { QStringLiteral("reason"), r.reason },
            { QStringLiteral("message"), quarantineReasonText(r.reason) } });
    return out;
}

// The hub settings live in the database's meta table.
const QString kUrl = QStringLiteral("hub_url");
const QString kFingerprint = QStringLiteral("hub_fingerprint");
const QString kToken = QStringLiteral("hub_pairing_token");
const QString kSecret = QStringLiteral("hub_secret");

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("pairing"),
        tr("Pair with the hub using this pairing code (from oppmote pair)."), QStringLiteral("code") });
    parser.addOption({ QStringLiteral("follow"), tr("Keep syncing until stopped (Ctrl+C).") });
    parser.addOption({ QStringLiteral("timeout"), tr("Give up after this many seconds (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("sync"),
            tr("Sync this database with the hub: push, pull, then exit."));
        code >= 0)
        return code;
    int code = Success;
    const QString path = databasePath(parser);
    sync::SyncSettings settings;
    int unsentBefore = 0;
    {
        auto store = openStore(parser, ctx, code);
        if (!store)
            return code;
        if (parser.isSet(QStringLiteral("pairing"))) {
            auto pairing = parsePairingCode(parser.value(QStringLiteral("pairing")));
            if (!pairing.ok())
                return fail(ctx, pairing.error());
            for (const auto &[key, value] :
                { std::pair { kUrl, pairing->hubUrl }, { kFingerprint, pairing->fingerprint },
                    { kToken, pairing->token }, { kSecret, QString() } })
                if (auto s = store->setMeta(key, value); !s.ok())
                    return fail(ctx, s.error());
        }
        settings.hubUrl = QUrl(store->meta(kUrl).value_or(QString()));
        settings.fingerprint = store->meta(kFingerprint).value_or(QString());
        settings.pairingToken = store->meta(kToken).value_or(QString());
        settings.secret = store->meta(kSecret).value_or(QString());
        settings.mode = QStringLiteral("admin");
        unsentBefore = store->unsentEventCount().value_or(0);
    }
    if (settings.hubUrl.isEmpty()) {
        ctx.err << tr("oppmote sync: this database is not paired with a hub: give --pairing CODE once.")
                << Qt::endl;
        return Usage;
    }

    AsyncStore store;
    if (auto s = openOnItsThread(store, path); !s.ok())
        return fail(ctx, s.error());

    sync::SyncClient client(&store);
    int received = 0;
    int result = Success;
    QString refusal;
    QObject::connect(&client, &sync::SyncClient::paired, &client, [&](const QString &secret) {
        store.run<bool>(
            [secret](
                Store &s) { return s.setMeta(kSecret, secret).ok() && s.setMeta(kToken, QString()).ok(); },
            &client, [](bool) {});
        if (!parser.isSet(QStringLiteral("json")))
            ctx.out << tr("Paired with the hub.") << Qt::endl;
    });
    QObject::connect(&client, &sync::SyncClient::eventsReceived, &client, [&](int n) { received += n; });
    QObject::connect(
        &client, &sync::SyncClient::refused, &client, [&](const QString &, const QString &message) {
            refusal = message;
            result = Refused;
            QCoreApplication::quit();
        });
    QObject::connect(&client, &sync::SyncClient::wrongHub, &client, [&](const QString &message) {
        refusal = message;
        result = WrongHub;
        QCoreApplication::quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    if (!parser.isSet(QStringLiteral("follow"))) {
        QObject::connect(&client, &sync::SyncClient::caughtUp, &client, [] { QCoreApplication::quit(); });
        QObject::connect(&timeout, &QTimer::timeout, &client, [&] {
            result = Failure;
            QCoreApplication::quit();
        });
        timeout.start(std::max(1, parser.value(QStringLiteral("timeout")).toInt()) * 1000);
    }
    quitOnStopSignals(&client);
    client.start(settings);
    QCoreApplication::exec();
    const QString lastError = client.lastError();
    client.stop();
    store.drain();
    int unsentAfter = unsentBefore;
    QList<RefusedEvent> putAside;
    if (auto s = Store::open(path); s.ok()) {
        unsentAfter = s->unsentEventCount().value_or(unsentBefore);
        putAside = s->refusedEvents().value_or(QList<RefusedEvent> {});
    }

    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out,
            QJsonDocument(QJsonObject { { QStringLiteral("ok"), result == Success },
                { QStringLiteral("pushed"), unsentBefore - unsentAfter },
                { QStringLiteral("received"), received }, { QStringLiteral("unsent"), unsentAfter },
                { QStringLiteral("cursor"), client.cursor() },
                { QStringLiteral("refused"), refusedJson(putAside) },
                { QStringLiteral("error"),
                    result == Success ? QString() : (refusal.isEmpty() ? lastError : refusal) } }));
    } else if (result == Success) {
        ctx.out << tr("Synced: %1 sent, %2 received, %3 waiting.")
                       .arg(unsentBefore - unsentAfter)
                       .arg(received)
                       .arg(unsentAfter)
                << Qt::endl;
    }
    // Events the hub put aside are kept here, with the hub's reason, and not sent again.
    if (!putAside.isEmpty() && !parser.isSet(QStringLiteral("json"))) {
        ctx.err << tr(
            "%n check-in(s) were put aside by the hub and are kept here:", nullptr, int(putAside.size()))
                << Qt::endl;
        for (const RefusedEvent &r : std::as_const(putAside))
            ctx.err << "  " << r.event.attendeeId << ' ' << r.event.deviceTime.toString(Qt::ISODate) << ": "
                    << quarantineReasonText(r.reason) << Qt::endl;
    }
    if (result == Refused)
        ctx.err << tr("The hub refused this device: %1").arg(refusal) << Qt::endl;
    else if (result == WrongHub)
        ctx.err
            << tr("oppmote sync: %1 Nothing was sent; check the hub's address or pair again.").arg(refusal)
            << Qt::endl;
    else if (result == Failure)
        ctx.err << tr(
            "The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.")
                       .arg(lastError.isEmpty() ? tr("no answer") : lastError)
                       .arg(unsentAfter)
                << Qt::endl;
    return result;
}

} // namespace

Command syncCommand()
{
    return { "sync", QT_TRANSLATE_NOOP("cli", "Sync this database with the hub"), run };
}

} // namespace oppmote::cli
