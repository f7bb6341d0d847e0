#include "scan/scan_debouncer.h"

namespace oppmote {

QStringList ScanDebouncer::frameDecoded(const QStringList &seen, qint64 nowMs)
{
    // Forget codes that left the view.
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (nowMs - it->lastSeenMs > m_leaveMs && !seen.contains(it.key()))
            it = m_codes.erase(it);
        else
            ++it;
    }
    QStringList report;
    for (const QString &text : seen) {
        auto it = m_codes.find(text);
        if (it == m_codes.end()) {
            m_codes.insert(text, Seen { nowMs, nowMs });
            report << text;
            continue;
        }
        const bool away = nowMs - it->lastSeenMs > m_leaveMs;
        const bool rearmed = m_rearmMs > 0 && nowMs - it->reportedMs >= m_rearmMs;
        if (away || rearmed) {
            it->reportedMs = nowMs;
            report << text;
        }
        it->lastSeenMs = nowMs;
    }
    return report;
}

} // namespace oppmote
