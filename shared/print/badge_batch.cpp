#include "print/badge_batch.h"

#include "domain/plain_text.h"
#include "print/cups_printer.h"
#include "print/event_logo.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPdfWriter>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

namespace oppmote::print {

namespace {

// The PDF a CUPS queue gets: fine enough for a 300 dpi label printer's text and QR codes.
Status writeJobPdf(const QString &path, const BadgeTemplate &tmpl, const QList<BadgeData> &badges,
    const BadgeRenderOptions &options)
{
    QPdfWriter writer(path);
    constexpr int kDpi = 1200;
    writer.setResolution(kDpi);
    writer.setPageLayout(badgePageLayout(tmpl));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Oppmøte"));
    return renderBadges(writer, kDpi, tmpl, badges, options);
}

// Everyone's allocated groups, in programme order of their slots.
Result<QHash<QString, QStringList>> groupKeysByAttendee(Store &store, const Event &event)
{
    auto placed = store.assignments();
    if (!placed.ok())
        return placed.error();
    QHash<QString, QStringList> groupsOf;
    for (const Session *slot : event.groupWorkSlots())
        for (const Assignment &a : placed.value())
            if (a.slotKey == slot->key)
                groupsOf[a.attendeeId] << a.groupKey;
    return groupsOf;
}

} // namespace

Result<BadgeBatch> BadgeBatches::prepare(const BadgeBatchRequest &request)
{
    auto roster = m_store.attendees();
    if (!roster.ok())
        return roster.error();
    auto event = m_store.program();
    if (!event.ok())
        return event.error();
    const QSet<QString> named(request.attendeeIds.cbegin(), request.attendeeIds.cend());
    QList<Attendee> chosen;
    for (const Attendee &a : roster.value()) {
        if (!named.isEmpty()) {
            if (named.contains(a.id))
                chosen << a;
            continue;
        }
        if (!request.organisation.isEmpty()
            && a.organisation.compare(request.organisation, Qt::CaseInsensitive) != 0)
            continue;
        if (request.walkInsOnly && a.type != AttendeeType::WalkIn)
            continue;
        chosen << a;
    }
    if (chosen.isEmpty() && named.isEmpty() && !request.organisation.isEmpty())
        return makeError(
            ErrorCode::NotFound, tr("No one is registered from «%1».").arg(shownText(request.organisation)));

    auto groupsOf = groupKeysByAttendee(m_store, event.value());
    if (!groupsOf.ok())
        return groupsOf.error();

    QSet<QString> printed;
    if (!request.reprint && !request.outdatedOnly) {
        auto withBadges = m_store.attendeesWithBadges();
        if (!withBadges.ok())
            return withBadges.error();
        printed = std::move(withBadges).value();
    }
    QSet<QString> outdated;
    if (request.outdatedOnly) {
        auto found = outdatedAmong(roster.value(), event.value(), groupsOf.value());
        if (!found.ok())
            return found.error();
        outdated = std::move(found).value();
    }
    auto logo = eventLogo(m_store);
    if (!logo.ok())
        return logo.error();
    BadgeBatch batch;
    batch.options.backs = request.backs;
    const QDate day = request.day.isValid() ? request.day : QDate::currentDate();
    for (const Attendee &a : chosen) {
        if (request.outdatedOnly && !outdated.contains(a.id))
            continue;
        if (printed.contains(a.id)) {
            batch.skipped << a;
            continue;
        }
        batch.people << a;
        BadgeData badge = badgeDataFor(a, event.value(), groupsOf->value(a.id), day);
        badge.logo = logo.value();
        batch.badges << badge;
    }
    return batch;
}

Result<QSet<QString>> BadgeBatches::outdatedBadges()
{
    auto roster = m_store.attendees();
    if (!roster.ok())
        return roster.error();
    auto event = m_store.program();
    if (!event.ok())
        return event.error();
    auto groupsOf = groupKeysByAttendee(m_store, event.value());
    if (!groupsOf.ok())
        return groupsOf.error();
    return outdatedAmong(roster.value(), event.value(), groupsOf.value());
}

Result<QSet<QString>> BadgeBatches::outdatedAmong(
    const QList<Attendee> &roster, const Event &event, const QHash<QString, QStringList> &groupsOf)
{
    auto shown = m_store.lastBadgePrints();
    if (!shown.ok())
        return shown.error();
    QSet<QString> outdated;
    for (const Attendee &a : roster) {
        const auto printed = shown->constFind(a.id);
        if (printed != shown->cend()
            && *printed != badgeShowsNote(badgeDataFor(a, event, groupsOf.value(a.id))))
            outdated.insert(a.id);
    }
    return outdated;
}

Result<int> BadgeBatches::print(
    const BadgeBatch &batch, const BadgeTemplate &tmpl, const QString &queue, CheckinMethod method)
{
    auto status = cups::printerStatus(queue);
    if (!status.ok())
        return status.error();
    if (!status->exists)
        return makeError(ErrorCode::NotFound, tr("There is no printer called «%1».").arg(queue));
    if (!status->ready())
        return makeError(ErrorCode::Io, status->problem());
    if (batch.badges.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No badges to print."));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("badges.pdf"));
    if (auto s = writeJobPdf(pdf, tmpl, batch.badges, batch.options); !s.ok())
        return s.error();
    auto job = cups::submitFile(queue, pdf, batch.options.title, { { "media", tmpl.cupsMedia().toUtf8() } });
    if (!job.ok())
        return job.error();
    QElapsedTimer clock;
    clock.start();
    const qint64 limitMs = 60000 + 2000LL * batch.badges.size();
    for (;;) {
        auto state = cups::jobStatus(job.value());
        if (state.ok() && state->state == CupsJobState::Completed)
            break;
        auto printer = cups::printerStatus(queue);
        const bool stuck = state.ok() && (state->finished() || state->state == CupsJobState::Stopped);
        if (stuck || (printer.ok() && !printer->ready()) || clock.elapsed() > limitMs) {
            // Taken back so it does not print by surprise later; if CUPS dropped it already, fine.
            static_cast<void>(cups::cancelJob(queue, job.value()));
            const QString why = printer.ok() && !printer->ready()
                ? printer->problem()
                : tr("The printer did not print the badges.");
            return makeError(ErrorCode::Io, why);
        }
        QThread::msleep(100);
    }
    for (qsizetype i = 0; i < batch.people.size(); ++i)
        if (auto r = m_store.recordBadgePrinted(batch.people[i].id, method, badgeShowsNote(batch.badges[i]));
            !r.ok())
            return r.error();
    return job.value();
}

Status BadgeBatches::writePdf(const BadgeBatch &batch, const BadgeTemplate &tmpl, const QString &path)
{
    return writeBadgesPdf(path, tmpl, batch.badges, batch.options);
}

Result<QList<BadgePrintEntry>> BadgeBatches::printLog(int limit)
{
    auto prints = m_store.badgePrints(limit);
    if (!prints.ok())
        return prints.error();
    auto devices = m_store.devices();
    if (!devices.ok())
        return devices.error();
    QHash<QString, QString> deviceNames;
    for (const Device &d : devices.value())
        deviceNames.insert(d.id, d.name);
    QList<BadgePrintEntry> log;
    for (const CheckinEvent &e : prints.value()) {
        BadgePrintEntry entry { e.deviceTime, e.attendeeId, e.attendeeId, {},
            shownText(deviceNames.value(e.deviceId, e.deviceId)) };
        if (auto who = m_store.attendee(e.attendeeId); who.ok() && who.value()) {
            entry.name = shownText(who.value()->fullName());
            entry.organisation = shownText(who.value()->organisation);
        }
        log << entry;
    }
    return log;
}

} // namespace oppmote::print
