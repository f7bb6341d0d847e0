// Decode time per frame against a bare ZXing::ReadBarcode on the same frames,
// and the latency from a frame arriving to a verified token.

#include "bench_stats.h"
#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/token.h"
#include "codes/token_verifier.h"
#include "qr_scenes.h"
#include "scan/frame_luma.h"
#include "scan/frame_scanner.h"
#include "scan/qr_decoder.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSet>
#include <QTimer>
#include <QVideoSink>

#include <ZXing/ReadBarcode.h>

#include <cstring>

using namespace oppmote;
using namespace oppmote::bench;

namespace {

QVideoFrame nv12(const QImage &luma)
{
    QVideoFrame frame(QVideoFrameFormat(luma.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    std::memset(frame.bits(1), 128, std::size_t(frame.mappedBytes(1)));
    for (int y = 0; y < luma.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), luma.constScanLine(y), std::size_t(luma.width()));
    frame.unmap();
    return frame;
}

QImage codeImage(const QString &text)
{
    return renderQrImage(QrCode::encode(text, QrUse::Screen).value(), 1);
}

// The reference: ZXing straight on the mapped Y plane, QR only.
int bareZxing(const QVideoFrame &input)
{
    QVideoFrame frame(input);
    frame.map(QVideoFrame::ReadOnly);
    const ZXing::ImageView view(
        frame.bits(0), frame.width(), frame.height(), ZXing::ImageFormat::Lum, frame.bytesPerLine(0));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const int found = ZXing::ReadBarcode(view, hints).isValid();
    frame.unmap();
    return found;
}

void decodeTimes()
{
    const QList<QSize> sizes { QSize(640, 480), QSize(1280, 720), QSize(1920, 1080) };
    const QString token = Token::generate();
    for (const QSize size : sizes) {
        for (const bool withCode : { true, false }) {
            // A code about a third of the frame height, as held up at a kiosk.
            const double ppm = withCode ? size.height() / 3.0 / 33 : 0;
            QList<QVideoFrame> frames;
            for (int i = 0; i < 4; ++i)
                frames << nv12(
                    test::noisy(test::sceneWithCode(codeImage(token), size, std::floor(ppm), i + 1), 6, i));
            const int rounds = size.width() > 1500 ? 30 : 50;
            std::vector<double> ours, bare;
            QrDecoder decoder(QrDecoder::Inversion::AlternateFrames, 1); // as FrameScanner
            int foundOurs = 0, foundBare = 0;
            for (int r = 0; r < rounds; ++r) {
                const QVideoFrame &f = frames[r % frames.size()];
                // Alternate which runs first, so neither always gets a warm cache.
                for (int k = 0; k < 2; ++k) {
                    if ((k == 0) == (r % 2 == 0)) {
                        Stopwatch a;
                        foundBare += bareZxing(f);
                        bare.push_back(a.elapsedMs());
                    } else {
                        Stopwatch b;
                        foundOurs += int(decodeFrame(decoder, f).size());
                        ours.push_back(b.elapsedMs());
                    }
                }
            }
            const Stats so = summarize(ours), sb = summarize(bare);
            report(QStringLiteral("scan.decode.%1x%2.%3")
                       .arg(size.width())
                       .arg(size.height())
                       .arg(withCode ? QStringLiteral("code") : QStringLiteral("empty")),
                QStringLiteral("%1 bare_p50=%2ms ratio_p50=%3 ratio_mean=%4 found=%5/%6 bare_found=%7")
                    .arg(format(so))
                    .arg(sb.p50, 0, 'f', 3)
                    .arg(so.p50 / sb.p50, 0, 'f', 3)
                    .arg(so.mean / sb.mean, 0, 'f', 3)
                    .arg(foundOurs)
                    .arg(rounds)
                    .arg(foundBare));
        }
    }
}

// Frame handed to the sink → codeScanned on the GUI thread → TokenVerifier verdict.
void frameToVerifiedToken()
{
    const int n = 200;
    QList<QVideoFrame> frames;
    QSet<QByteArray> roster;
    for (int i = 0; i < n; ++i) {
        const Token t = Token::random();
        roster.insert(t.bytes());
        frames << nv12(test::sceneWithCode(codeImage(t.text()), QSize(1280, 720), 7, i));
    }
    const TokenVerifier verifier(QStringLiteral("bench-event"), {}, {},
        [&roster](const Token &t) { return roster.contains(t.bytes()); });
    QVideoSink sink;
    FrameScanner scanner;
    scanner.setVideoSink(&sink);
    std::vector<double> latency;
    int valid = 0;
    QElapsedTimer sent;
    QEventLoop loop;
    QObject::connect(&scanner, &FrameScanner::codeScanned, [&](const QString &text) {
        valid += verifier.verify(text).ok();
        latency.push_back(sent.nsecsElapsed() / 1e6);
        loop.quit();
    });
    QTimer guard; // a frame whose code is not found must not hang the run
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (const QVideoFrame &f : frames) {
        sent.start();
        guard.start(2000);
        sink.setVideoFrame(f);
        loop.exec();
    }
    report(QStringLiteral("scan.frame_to_verified_token.1280x720"),
        QStringLiteral("%1 valid=%2/%3").arg(format(summarize(latency))).arg(valid).arg(n));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // frames and images only: no display needed
    QGuiApplication app(argc, argv);
    decodeTimes();
    frameToVerifiedToken();
    return 0;
}
