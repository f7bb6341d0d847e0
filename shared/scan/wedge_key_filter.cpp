#include "scan/wedge_key_filter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace oppmote {

WedgeKeyFilter::WedgeKeyFilter(WedgeConfig config, QObject *parent)
    : QObject(parent), m_detector(std::move(config))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { handle(m_detector.timeout(m_lastMs + m_detector.config().maxGapMs + 1)); });
}

bool WedgeKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_replaying && m_detector.holding()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::TouchBegin)) {
        // A touch ends the keys before it: what they are is decided now, so
        // typing reaches its field before the touch (say, on "Send") does.
        handle(m_detector.timeout(m_lastMs + m_detector.config().maxGapMs + 1));
        m_timeout.stop();
    }
    if (m_replaying || (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!enter && key->text().isEmpty())
        return QObject::eventFilter(watched, event); // arrows, shift …: not ours
    if (event->type() == QEvent::KeyRelease)
        return !m_held.isEmpty(); // releases of held keys are dropped; presses are replayed
    // The event's own time (ms) keeps bursts intact even if the event loop was busy.
    m_lastMs = qint64(key->timestamp());
    const HeldKey held { watched, key->key(), key->modifiers(), enter ? QStringLiteral("\r") : key->text() };
    if (enter)
        m_lastEnter = held;
    else
        m_held.append(held);
    handle(m_detector.key(held.text, m_lastMs));
    if (m_detector.holding())
        m_timeout.start(int(m_detector.config().maxGapMs) + 5);
    return true;
}

void WedgeKeyFilter::handle(const WedgeOutput &out)
{
    if (!out.typed.isEmpty() || out.enterTyped) {
        const bool taken = m_typingSink && m_typingSink(out.typed, out.enterTyped);
        replay(int(out.typed.size()), out.enterTyped, !taken);
    }
    if (!out.scanned.isEmpty()) {
        // Everything still held except what the detector holds now was the scan.
        const int stillHeld = m_detector.holding() ? 1 : 0;
        m_held.erase(m_held.begin(), m_held.end() - stillHeld);
        emit scanned(out.scanned);
    }
}

void WedgeKeyFilter::replay(int count, bool withEnter, bool deliver)
{
    m_replaying = true;
    auto send = [deliver](const HeldKey &k) {
        if (!deliver || !k.receiver)
            return;
        QKeyEvent press(
            QEvent::KeyPress, k.key, k.modifiers, k.text == QLatin1String("\r") ? QString() : k.text);
        QCoreApplication::sendEvent(k.receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, press.text());
        QCoreApplication::sendEvent(k.receiver, &release);
    };
    // `count` characters of typed text: one key each (Qt key events carry one character here).
    for (int i = 0; i < count && !m_held.isEmpty(); ++i)
        send(m_held.takeFirst());
    if (withEnter)
        send(m_lastEnter);
    m_replaying = false;
}

} // namespace oppmote
