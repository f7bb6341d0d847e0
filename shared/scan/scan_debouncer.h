#pragma once
// A code held in front of the camera is seen in every frame; it is reported
// once, and again only after it has left the view (not seen for `leaveMs`)
// or after `rearmMs` (0 = never) for someone who keeps holding it up.

#include <QHash>
#include <QString>
#include <QStringList>

namespace oppmote {

class ScanDebouncer
{
public:
    explicit ScanDebouncer(qint64 leaveMs = 700, qint64 rearmMs = 4000)
        : m_leaveMs(leaveMs), m_rearmMs(rearmMs)
    { }

    // The codes seen in one decoded frame at `nowMs`; returns those to report.
    QStringList frameDecoded(const QStringList &seen, qint64 nowMs);

    void reset() { m_codes.clear(); }

private:
    struct Seen {
        qint64 lastSeenMs = 0;
        qint64 reportedMs = 0;
    };
    qint64 m_leaveMs;
    qint64 m_rearmMs;
    QHash<QString, Seen> m_codes;
};

} // namespace oppmote
