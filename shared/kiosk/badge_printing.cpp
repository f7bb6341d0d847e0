#include "kiosk/badge_printing.h"

#include "badge/badge_data.h"
#include "print/event_logo.h"
#include "print/print_job.h"
#include "print/print_queue.h"
#include "store/async_store.h"

namespace oppmote {

namespace {
struct BadgeRequest {
    std::optional<BadgeData> data;
    int timesPrinted = 0;
    QString error;
};
} // namespace

BadgePrinting::BadgePrinting(AsyncStore *store, PrintQueue *queue, QString templateName, QObject *parent)
    : QObject(parent), m_store(store), m_queue(queue), m_template(std::move(templateName))
{
    connect(m_queue, &PrintQueue::jobChanged, this, &BadgePrinting::onChanged);
    connect(m_queue, &PrintQueue::jobFinished, this, &BadgePrinting::onFinished);
}

void BadgePrinting::setEvent(std::shared_ptr<const Event> event)
{
    m_event = std::move(event);
}

void BadgePrinting::request(const QString &attendeeId, bool reprint)
{
    m_store->run<BadgeRequest>(
        [attendeeId, known = m_event](Store &store) {
            BadgeRequest r;
            auto who = store.attendee(attendeeId);
            if (!who.ok() || !who.value()) {
                r.error = who.ok() ? QStringLiteral("unknown attendee") : who.error().message;
                return r;
            }
            std::optional<Event> loaded;
            if (!known)
                if (auto event = store.program(); event.ok())
                    loaded = std::move(event.value());
            const Event *event = known ? known.get() : (loaded ? &*loaded : nullptr);
            auto placed = store.assignmentsOf(attendeeId);
            QStringList groupKeys;
            if (placed.ok())
                for (const GroupAssignment &a : placed.value())
                    groupKeys << a.groupKey;
            BadgeData data = event
                ? badgeDataFor(*who.value(), *event, groupKeys, QDate::currentDate()) // today's group
                : badgeDataFor(*who.value());
            if (auto logo = print::eventLogo(store); logo.ok())
                data.logo = logo.value();
            if (auto n = store.badgePrintCount(attendeeId); n.ok())
                r.timesPrinted = n.value();
            r.data = data;
            return r;
        },
        this,
        [this, attendeeId, reprint](BadgeRequest r) {
            if (!r.data) {
                Q_EMIT progress(attendeeId, PrintJobState::Failed,
                    tr("Your badge could not be made. Please ask at the desk."), false);
                return;
            }
            m_queue->enqueue(*r.data, m_template, r.timesPrinted, reprint);
        });
}

void BadgePrinting::onChanged(const PrintJob &job)
{
    if (job.state == PrintJobState::Queued || job.state == PrintJobState::Printing)
        Q_EMIT progress(job.badge.attendeeId, job.state, {}, false);
}

void BadgePrinting::onFinished(const PrintJob &job)
{
    const QString id = job.badge.attendeeId;
    if (job.state == PrintJobState::Done) {
        // The print log is the check-in log: one badge_printed event per badge.
        // "Printed" is said once it is there (the badge is out of the printer either way).
        m_store->run<bool>(
            [id, shows = badgeShowsNote(job.badge)](
                Store &store) { return store.recordBadgePrinted(id, CheckinMethod::Staff, shows).ok(); },
            this, [this, id](bool) { Q_EMIT progress(id, PrintJobState::Done, {}, false); });
        return;
    }
    Q_EMIT progress(id, PrintJobState::Failed,
        job.message.isEmpty() ? tr("The badge printer is not working. Please ask at the desk.") : job.message,
        !job.refused);
}

} // namespace oppmote
