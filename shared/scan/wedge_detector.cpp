#include "scan/wedge_detector.h"

namespace oppmote {

bool WedgeDetector::looksScanned() const
{
    QString body = m_buffer;
    if (!m_config.prefix.isEmpty()) {
        if (!body.startsWith(m_config.prefix))
            return false;
        body.remove(0, m_config.prefix.size());
    }
    if (!m_config.suffix.isEmpty()) {
        if (!body.endsWith(m_config.suffix))
            return false;
        body.chop(m_config.suffix.size());
    }
    if (!m_allFast || body.size() < m_config.minLength)
        return false;
    // A held-down key auto-repeats at scanner speed: one repeated character is typing.
    return body.count(body.front()) != body.size();
}

WedgeOutput WedgeDetector::finishBurst(bool byEnter)
{
    WedgeOutput out;
    if (looksScanned()) {
        QString body = m_buffer.mid(m_config.prefix.size());
        body.chop(m_config.suffix.size());
        out.scanned = body;
    } else {
        out.typed = m_buffer;
        out.enterTyped = byEnter;
    }
    m_buffer.clear();
    m_allFast = true;
    return out;
}

WedgeOutput WedgeDetector::key(const QString &text, qint64 timeMs)
{
    const bool enter = text == QLatin1String("\r") || text == QLatin1String("\n");
    const bool fast = timeMs - m_lastMs <= m_config.maxGapMs;
    WedgeOutput out;
    if (!m_buffer.isEmpty() && !fast) {
        // The held keys were not a burst: a person typed them.
        if (m_config.needEnter || !looksScanned()) {
            out.typed = m_buffer;
            m_buffer.clear();
            m_allFast = true;
        } else {
            out = finishBurst(false);
        }
    }
    m_lastMs = timeMs;
    if (enter) {
        if (m_buffer.isEmpty()) {
            out.enterTyped = true;
            return out;
        }
        const WedgeOutput burst = finishBurst(true);
        out.typed += burst.typed;
        out.scanned = burst.scanned;
        out.enterTyped = burst.enterTyped;
        return out;
    }
    m_buffer += text;
    return out;
}

WedgeOutput WedgeDetector::timeout(qint64 nowMs)
{
    if (m_buffer.isEmpty() || nowMs - m_lastMs <= m_config.maxGapMs)
        return {};
    if (m_config.needEnter) {
        WedgeOutput out;
        out.typed = m_buffer;
        m_buffer.clear();
        m_allFast = true;
        return out;
    }
    return finishBurst(false);
}

} // namespace oppmote
