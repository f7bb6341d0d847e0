#pragma once
// Badges printed in batch, the same at the command line and the desk: whose
// (everyone, one organisation, the walk-ins or named people), those printed
// before left out unless reprinting, each badge with the group and room of
// the day it is for; written to a PDF file, or sent to a CUPS queue as one job
// that is waited for, after which the print log records each badge. And the
// print log itself, newest first. Runs where the store lives (the command
// line's thread, an AsyncStore job in the desk).

#include "badge/badge_data.h"
#include "badge/badge_document.h"
#include "badge/badge_template.h"
#include "domain/checkin_event.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace oppmote {
class Store;
}

namespace oppmote::print {

struct BadgeBatchRequest {
    QStringList attendeeIds; // these people; empty: chosen by the fields below
    QString organisation; // everyone from it (any case); empty: any
    bool walkInsOnly = false;
    bool reprint = false; // include those printed before
    // Only those whose last badge shows other groups than it would now (none
    // yet, or an old one: printed before an allocation or a move); reprinted.
    bool outdatedOnly = false;
    QDate day; // the programme day the badges are for; invalid: today, else the first
    bool backs = true; // the template's back too, when it has one
};

struct BadgeBatch {
    QList<Attendee> people; // a badge each, in roster order
    QList<Attendee> skipped; // printed before, left out (not reprinting)
    QList<BadgeData> badges; // one per person, same order
    BadgeRenderOptions options;
};

struct BadgePrintEntry {
    QDateTime at; // when the badge printed (UTC)
    QString attendeeId;
    QString name; // plain text
    QString organisation;
    QString device; // the device's name ("Kiosk 2", "Hub")
};

class BadgeBatches
{
    Q_DECLARE_TR_FUNCTIONS(BadgeBatch)
public:
    explicit BadgeBatches(Store &store) : m_store(store) { }

    // Read-only: whose badges, with their groups. NotFound for an organisation nobody is from.
    Result<BadgeBatch> prepare(const BadgeBatchRequest &request);
    // One CUPS job with every badge, waited for (the printer off, out of labels
    // or a job that fails is an error in words and the job is taken back); then
    // each badge in the print log. Returns the CUPS job id.
    Result<int> print(const BadgeBatch &batch, const BadgeTemplate &tmpl, const QString &queue,
        CheckinMethod method = CheckinMethod::Staff);
    // The batch as a PDF file (sheets or labels, as the template says).
    Status writePdf(const BadgeBatch &batch, const BadgeTemplate &tmpl, const QString &path);
    // The latest `limit` badges printed, newest first (undone ones left out).
    Result<QList<BadgePrintEntry>> printLog(int limit);
    // Who has a badge that shows other groups than it would now (badgeShowsNote).
    Result<QSet<QString>> outdatedBadges();

private:
    Result<QSet<QString>> outdatedAmong(
        const QList<Attendee> &roster, const Event &event, const QHash<QString, QStringList> &groupsOf);

    Store &m_store;
};

} // namespace oppmote::print
