#include "scan/frame_scanner.h"

#include "scan/frame_luma.h"

#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace oppmote {

FrameScanner::FrameScanner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_clock.start();
    connect(&m_watcher, &QFutureWatcher<FrameDecode>::finished, this, &FrameScanner::finished);
}

FrameScanner::~FrameScanner()
{
    waitForIdle();
}

void FrameScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &FrameScanner::processFrame);
}

void FrameScanner::setDebounce(qint64 leaveMs, qint64 rearmMs)
{
    m_debouncer = ScanDebouncer(leaveMs, rearmMs);
}

void FrameScanner::processFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    const qint64 now = m_clock.elapsed();
    if (m_busy) {
        if (m_pending.isValid())
            ++m_skipped; // replaced before it was decoded
        m_pending = frame;
        m_pendingArrivedMs = now;
        return;
    }
    start(frame, now);
}

void FrameScanner::start(const QVideoFrame &frame, qint64 arrivedMs)
{
    m_busy = true;
    QrDecoder *decoder = &m_decoder;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [frame, arrivedMs, decoder] {
        const auto t0 = std::chrono::steady_clock::now();
        FrameDecode result;
        result.findings = decodeFrame(*decoder, frame);
        result.decodeMs
            = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        result.frameArrivedMs = arrivedMs;
        return result;
    }));
}

void FrameScanner::finished()
{
    const FrameDecode result = m_watcher.result();
    ++m_decoded;
    m_busy = false;
    if (m_pending.isValid()) {
        const QVideoFrame next = m_pending;
        m_pending = QVideoFrame();
        start(next, m_pendingArrivedMs);
    }
    QStringList seen;
    for (const QrFinding &f : result.findings)
        seen << f.text;
    const QStringList fresh = m_debouncer.frameDecoded(seen, m_clock.elapsed());
    for (const QrFinding &f : result.findings) {
        if (fresh.contains(f.text))
            emit codeScanned(f.text, f.position, f.inverted, result.frameArrivedMs);
    }
    emit frameDecoded(int(result.findings.size()), result.decodeMs);
}

void FrameScanner::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace oppmote
