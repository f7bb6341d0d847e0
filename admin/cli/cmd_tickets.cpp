// oppmote tickets --out DIR: invitation tickets, one PDF per attendee and
// all.pdf, with the QR code and the event's practical information.

#include "attendee_lookup.h"
#include "codes/invitation.h"
#include "command.h"
#include "output.h"
#include "store/ticket_signer.h"
#include "store_options.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace oppmote::cli {

namespace {

int run(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(jsonOption());
    parser.addOption({ QStringLiteral("out"), tr("Folder for the PDFs."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("attendee"),
        tr("Only this attendee: an id, code or name (repeatable)."), QStringLiteral("who") });
    parser.addOption(
        { QStringLiteral("organisation"), tr("Only this organisation."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("bring"), tr("A line for \"what to bring\" (repeatable)."),
        QStringLiteral("text") });
    parser.addOption({ QStringLiteral("signed"),
        tr("Print signed tickets made with this secret key (oppmote ticket-key) instead of plain codes."),
        QStringLiteral("key-file") });
    if (int code = parseArguments(parser, ctx, QStringLiteral("tickets"),
            tr("Write invitation tickets: one PDF per attendee and all.pdf."));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("out"))) {
        ctx.err << tr("oppmote tickets: give --out DIR.") << Qt::endl;
        return Usage;
    }
    int code = Success;
    auto store = openStore(parser, ctx, code);
    if (!store)
        return code;
    auto event = store->program();
    if (!event.ok())
        return fail(ctx, event.error());
    auto people = parser.isSet(QStringLiteral("attendee"))
        ? findAttendees(*store, parser.values(QStringLiteral("attendee")))
        : store->attendees();
    if (!people.ok())
        return fail(ctx, people.error());
    std::optional<TicketSigner> signer;
    if (parser.isSet(QStringLiteral("signed"))) {
        auto made = TicketSigner::load(*store, parser.value(QStringLiteral("signed")));
        if (!made.ok())
            return fail(ctx, made.error());
        signer.emplace(std::move(made).value());
    }
    const QString org = parser.value(QStringLiteral("organisation"));
    QList<Invitation> invitations;
    for (const Attendee &a : people.value()) {
        if (!org.isEmpty() && a.organisation != org)
            continue;
        if (a.token.isEmpty())
            continue; // a walk-in waiting for approval, or a cancelled code
        QString ticket;
        if (signer) {
            auto signedTicket = signer->sign(a);
            if (!signedTicket.ok())
                return fail(ctx, signedTicket.error());
            ticket = signedTicket.value();
        }
        invitations.append(Invitation { a, ticket });
    }
    if (invitations.isEmpty())
        return fail(ctx, makeError(ErrorCode::NotFound, tr("No attendee with a code matches.")));
    // The dates in the UI language, with the start time (main.cpp sets the locale).
    const InvitationInfo info = invitationInfoFor(event.value(), parser.values(QStringLiteral("bring")));
    auto written = writeInvitationTickets(parser.value(QStringLiteral("out")), invitations, info);
    if (!written.ok())
        return fail(ctx, written.error());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(ctx.out,
            QJsonDocument(
                QJsonObject { { QStringLiteral("files"), QJsonArray::fromStringList(written.value()) },
                    { QStringLiteral("when"), info.dates } }));
    } else {
        ctx.out << tr("%1 files written to %2.").arg(written->size()).arg(parser.value(QStringLiteral("out")))
                << Qt::endl;
        if (!info.dates.isEmpty())
            ctx.out << tr("When: %1").arg(info.dates.split(QLatin1Char('\n')).join(QStringLiteral("; ")))
                    << Qt::endl;
    }
    return Success;
}
} // namespace

Command ticketsCommand()
{
    return { "tickets", QT_TRANSLATE_NOOP("cli", "Write invitation tickets (PDF)"), run };
}

} // namespace oppmote::cli
