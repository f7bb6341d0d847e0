#pragma once
// Camera frames → QR codes without ever blocking the GUI thread.
//
// Frames arrive from a QVideoSink on the thread that owns it. At most one
// decode is in flight, on a worker thread of the scanner's own pool; a frame
// arriving meanwhile replaces any frame still waiting (the newest frame
// wins, so latency never builds up). Results come back as queued signals.

#include "scan/qr_decoder.h"
#include "scan/scan_debouncer.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>

class QVideoSink;

namespace oppmote {

struct FrameDecode {
    QList<QrFinding> findings;
    double decodeMs = 0;
    qint64 frameArrivedMs = 0; // on the scanner's clock
};

class FrameScanner : public QObject
{
    Q_OBJECT

public:
    explicit FrameScanner(QObject *parent = nullptr);
    ~FrameScanner() override;

    void setVideoSink(QVideoSink *sink);
    void setDebounce(qint64 leaveMs, qint64 rearmMs);

    // Can be called directly too (tests, image sources).
    void processFrame(const QVideoFrame &frame);

    int framesDecoded() const { return m_decoded; }
    int framesSkipped() const { return m_skipped; }
    bool busy() const { return m_busy; }
    qint64 clockMs() const { return m_clock.elapsed(); }

    void waitForIdle(); // tests and shutdown only: blocks until no decode runs

signals:
    // A code came into view (once; see ScanDebouncer). `position` in frame pixels.
    void codeScanned(const QString &text, const QPolygon &position, bool inverted, qint64 frameArrivedMs);
    // Every finished decode, with or without codes.
    void frameDecoded(int codes, double decodeMs);

private:
    void start(const QVideoFrame &frame, qint64 arrivedMs);
    void finished();

    QThreadPool m_pool;
    QFutureWatcher<FrameDecode> m_watcher;
    QrDecoder m_decoder { QrDecoder::Inversion::AlternateFrames }; // used only by the one worker task
    ScanDebouncer m_debouncer;
    QElapsedTimer m_clock;
    QPointer<QVideoSink> m_sink;
    QVideoFrame m_pending;
    qint64 m_pendingArrivedMs = 0;
    bool m_busy = false;
    int m_decoded = 0;
    int m_skipped = 0;
};

} // namespace oppmote
