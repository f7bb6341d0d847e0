#include "appkit/badge_desk.h"

#include "appkit/shown_time.h"
#include "badge/badge_document.h"
#include "domain/plain_text.h"
#include "print/badge_batch.h"
#include "print/cups_printer.h"
#include "print/event_logo.h"

#include <QDir>
#include <QSet>
#include <QVariantMap>

#include <algorithm>

namespace oppmote {

namespace {

constexpr int kLogRows = 200; // the print log shows the latest badges
constexpr int kPreviewDpi = 150;

struct DeskRead {
    BadgeSelection selection;
    QString error;
    QList<BadgePrintRow> rows;
    BadgeBatchSummary summary;
};

struct Done {
    bool ok = false;
    QString message;
    QVariantList printers; // read again after printing
};

// The batch the selection names; an organisation not chosen yet is nobody.
Result<print::BadgeBatch> batchFor(Store &store, const BadgeSelection &s)
{
    print::BadgeBatchRequest request;
    if (!s.attendeeId.isEmpty()) {
        request.attendeeIds = { s.attendeeId };
        request.reprint = true;
        return print::BadgeBatches(store).prepare(request);
    }
    if (s.whose == QLatin1String("organisation") && s.organisation.isEmpty())
        return print::BadgeBatch {};
    if (s.whose == QLatin1String("organisation"))
        request.organisation = s.organisation;
    request.walkInsOnly = s.whose == QLatin1String("walkIns");
    request.outdatedOnly = s.whose == QLatin1String("outdated");
    request.reprint = s.reprint;
    return print::BadgeBatches(store).prepare(request);
}

// The batch's summary; `previous` as it is when nothing it was read from changed.
Result<BadgeBatchSummary> summaryFor(
    Store &store, const BadgeSelection &selection, const BadgeBatchSummary &previous)
{
    auto version = store.rosterVersion();
    auto registered = store.attendeeCount();
    auto lastPrints = store.lastBadgePrints();
    for (const Error *e :
        { version.ok() ? nullptr : &version.error(), registered.ok() ? nullptr : &registered.error(),
            lastPrints.ok() ? nullptr : &lastPrints.error() })
        if (e)
            return *e;
    BadgeBatchSummary out;
    out.source = { selection, version.value(), registered.value(), lastPrints.value(), QDate::currentDate() };
    if (out.source == previous.source)
        return previous;
    auto roster = store.attendees();
    if (!roster.ok())
        return roster.error();
    auto batch = batchFor(store, selection);
    if (!batch.ok())
        return batch.error();
    auto tmpl = loadBadgeTemplate(selection.templateName);
    if (!tmpl.ok())
        return tmpl.error();
    QSet<QString> organisations;
    for (const Attendee &a : roster.value())
        if (!a.organisation.trimmed().isEmpty())
            organisations.insert(shownText(a.organisation.trimmed()));
    out.organisations = QStringList(organisations.cbegin(), organisations.cend());
    std::sort(out.organisations.begin(), out.organisations.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    auto outdated = print::BadgeBatches(store).outdatedBadges();
    if (!outdated.ok())
        return outdated.error();
    out.outdated = int(outdated->size());
    auto logo = print::eventLogo(store);
    if (!logo.ok())
        return logo.error();
    out.hasLogo = !logo->isEmpty();
    out.badges = int(batch->badges.size());
    out.skipped = int(batch->skipped.size());
    out.pages = oppmote::pageCount(tmpl.value(), out.badges, batch->options);
    if (!batch->badges.isEmpty()) {
        if (auto image = renderBadgeImage(tmpl.value(), batch->badges.first(), BadgeSide::Front, kPreviewDpi);
            image.ok())
            out.preview = image.value();
        out.previewName = shownText(batch->people.first().fullName());
    }
    return out;
}

QVariantList readPrinters()
{
    QVariantList list;
    for (const QString &queue : cups::queueNames()) {
        auto status = cups::printerStatus(queue);
        list.append(QVariantMap { { QStringLiteral("name"), queue },
            { QStringLiteral("problem"), status.ok() ? status->problem() : status.error().message } });
    }
    return list;
}

} // namespace

BadgeDesk::BadgeDesk(AsyncStore *store, QString folder, QObject *parent)
    : StoreRowsModel(store, parent), m_folder(std::move(folder)), m_templateName(defaultBadgeTemplate())
{ }

QVariantList BadgeDesk::templates() const
{
    QVariantList list;
    for (const QString &name : builtInBadgeTemplates())
        if (auto t = loadBadgeTemplate(name); t.ok())
            list.append(QVariantMap { { QStringLiteral("name"), name },
                { QStringLiteral("title"), shownTemplateTitle(t.value()) } });
    return list;
}

void BadgeDesk::setTemplateName(const QString &name)
{
    if (name == m_templateName)
        return;
    m_templateName = name;
    changeSelection();
}

void BadgeDesk::setWhose(const QString &whose)
{
    if (whose == m_whose)
        return;
    m_whose = whose;
    changeSelection();
}

void BadgeDesk::setOrganisation(const QString &organisation)
{
    if (organisation == m_organisation)
        return;
    m_organisation = organisation;
    changeSelection();
}

void BadgeDesk::setReprint(bool reprint)
{
    if (reprint == m_reprint)
        return;
    m_reprint = reprint;
    changeSelection();
}

void BadgeDesk::changeSelection()
{
    Q_EMIT selectionChanged();
    reload();
}

void BadgeDesk::setBusy(bool busy)
{
    m_busy = busy;
    Q_EMIT busyChanged();
}

void BadgeDesk::startRead()
{
    const BadgeSelection selection { m_templateName, m_whose, m_organisation, m_reprint };
    read<DeskRead>(
        [selection, previous = m_summary](Store &store) {
            DeskRead out;
            out.selection = selection;
            auto log = print::BadgeBatches(store).printLog(kLogRows);
            auto summary = summaryFor(store, selection, previous);
            if (!log.ok() || !summary.ok()) {
                out.error = !log.ok() ? log.error().message : summary.error().message;
                return out;
            }
            for (const print::BadgePrintEntry &e : log.value())
                out.rows.append({ e.attendeeId + QLatin1Char('@') + e.at.toString(Qt::ISODateWithMs), e.at,
                    e.name, e.organisation, e.device });
            out.summary = std::move(summary).value();
            return out;
        },
        [this](DeskRead &r) {
            if (!(r.selection == BadgeSelection { m_templateName, m_whose, m_organisation, m_reprint }))
                return; // read for an earlier selection; the next read is queued
            setError(r.error);
            if (!r.error.isEmpty())
                return;
            setRows(std::move(r.rows));
            if (r.summary.source == m_summary.source)
                return; // a check-in: nothing else on this page changed
            m_summary = std::move(r.summary);
            Q_EMIT summaryChanged();
        });
}

void BadgeDesk::refreshPrinters()
{
    if (!store())
        return;
    store()->run<QVariantList>([](Store &) { return readPrinters(); }, this,
        [this](QVariantList printers) {
            m_printers = printers;
            Q_EMIT printersChanged();
        });
}

void BadgeDesk::print(const QString &queue)
{
    printSelection({ m_templateName, m_whose, m_organisation, m_reprint }, queue);
}

void BadgeDesk::printFor(const QString &attendeeId, const QString &queue)
{
    printSelection({ m_templateName, m_whose, m_organisation, true, attendeeId }, queue);
}

void BadgeDesk::reprintOutdated(const QString &queue)
{
    printSelection({ m_templateName, QStringLiteral("outdated"), {}, true }, queue);
}

void BadgeDesk::setLogo(const QUrl &file)
{
    const QString path = file.isLocalFile()     ? file.toLocalFile()
        : file.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + file.path()
                                                : file.toString();
    act([path](Store &store) -> ActionOutcome {
        if (auto s = print::setEventLogoFile(store, path); !s.ok())
            return { false, s.error().message };
        return { true, tr("The logo is on the badges now, at the kiosks too.") };
    });
}

void BadgeDesk::removeLogo()
{
    act([](Store &store) -> ActionOutcome {
        if (auto s = print::removeEventLogo(store); !s.ok())
            return { false, s.error().message };
        return { true, tr("The badges have no logo now.") };
    });
}

void BadgeDesk::printSelection(const BadgeSelection &selection, const QString &queue)
{
    if (m_busy || !store())
        return;
    setBusy(true);
    store()->run<Done>(
        [selection, queue](Store &store) -> Done {
            Done done;
            auto tmpl = loadBadgeTemplate(selection.templateName);
            auto batch = tmpl.ok() ? batchFor(store, selection) : Result<print::BadgeBatch>(tmpl.error());
            if (!batch.ok()) {
                done.message = batch.error().message;
            } else if (batch->badges.isEmpty()) {
                done.message
                    = tr("No badges to print: everyone chosen has one (tick “print again” to reprint).");
            } else if (auto job = print::BadgeBatches(store).print(batch.value(), tmpl.value(), queue);
                       !job.ok()) {
                done.message = job.error().message;
            } else {
                done.ok = true;
                done.message
                    = tr("%n badge(s) printed on %1.", nullptr, int(batch->badges.size())).arg(queue);
            }
            done.printers = readPrinters();
            return done;
        },
        this,
        [this](Done done) {
            setBusy(false);
            m_printers = done.printers;
            Q_EMIT printersChanged();
            Q_EMIT actionDone(done.ok, done.message);
        });
}

void BadgeDesk::savePdf()
{
    if (m_busy || !store())
        return;
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT actionDone(false, tr("Cannot make the folder %1.").arg(m_folder));
        return;
    }
    setBusy(true);
    const BadgeSelection selection { m_templateName, m_whose, m_organisation, m_reprint };
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("badges-%1.pdf")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    store()->run<Done>(
        [selection, path](Store &store) -> Done {
            Done done;
            auto tmpl = loadBadgeTemplate(selection.templateName);
            auto batch = tmpl.ok() ? batchFor(store, selection) : Result<print::BadgeBatch>(tmpl.error());
            if (!batch.ok())
                done.message = batch.error().message;
            else if (batch->badges.isEmpty())
                done.message
                    = tr("No badges to save: everyone chosen has one (tick “print again” to include them).");
            else if (auto s = print::BadgeBatches(store).writePdf(batch.value(), tmpl.value(), path); !s.ok())
                done.message = s.error().message;
            else
                done = { true, tr("Saved %1 (%n badge(s)).", nullptr, int(batch->badges.size())).arg(path),
                    {} };
            return done;
        },
        this,
        [this](Done done) {
            setBusy(false);
            Q_EMIT actionDone(done.ok, done.message);
        });
}

QVariant BadgeDesk::data(const QModelIndex &index, int role) const
{
    const BadgePrintRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case AtRole:
        return shownWhen(r->at);
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case OrganisationRole:
        return r->organisation;
    case DeviceRole:
        return r->device;
    default:
        return {};
    }
}

QHash<int, QByteArray> BadgeDesk::roleNames() const
{
    return { { AtRole, "at" }, { NameRole, "name" }, { OrganisationRole, "organisation" },
        { DeviceRole, "device" } };
}

} // namespace oppmote
