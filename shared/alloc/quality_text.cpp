#include "alloc/quality_text.h"

#include "alloc/allocator.h"
#include "domain/plain_text.h"

#include <QCoreApplication>

namespace oppmote::alloc {

namespace {

struct AllocationText {
    Q_DECLARE_TR_FUNCTIONS(Allocation)
};

} // namespace

QStringList qualityLines(const Quality &q, bool rerun)
{
    QStringList lines;
    lines << AllocationText::tr("%1 of %2 placed, %3 not placed; %4 fixed or locked.")
                 .arg(q.placed)
                 .arg(q.people)
                 .arg(q.unplaced)
                 .arg(q.fixed + q.locked);
    QStringList ranks;
    for (std::size_t r = 1; r < q.rankCounts.size(); ++r)
        if (q.rankCounts[r] > 0)
            ranks << (int(r) == q.outsideRank
                    ? AllocationText::tr("%1 outside their choices").arg(q.rankCounts[r])
                    : AllocationText::tr("%1 got their %2 choice").arg(q.rankCounts[r]).arg(ordinal(int(r))));
    if (!q.rankCounts.empty() && q.rankCounts[0] > 0)
        ranks << AllocationText::tr("%1 without preference").arg(q.rankCounts[0]);
    if (!ranks.isEmpty())
        lines << ranks.join(QStringLiteral("; "));
    if (q.worstRank > 1 && q.worstRank != q.outsideRank)
        lines << AllocationText::tr("Nobody got worse than their %1 choice.").arg(ordinal(q.worstRank));
    if (rerun)
        lines << AllocationText::tr("%1 moved since the last run.").arg(q.moved);
    return lines;
}

QString organisationMixText(const GroupReport &group, int most)
{
    QStringList mix;
    for (std::size_t i = 0; i < group.mix.size() && int(i) < most; ++i)
        mix << QStringLiteral("%1 %2").arg(shownText(group.mix[i].organisation)).arg(group.mix[i].count);
    return mix.join(QStringLiteral(", "));
}

} // namespace oppmote::alloc
