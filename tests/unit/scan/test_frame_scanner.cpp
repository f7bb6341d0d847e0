// Frames through a real QVideoSink into the FrameScanner: synthetic
// QVideoFrames in each pixel format, and a Y4M clip played by QMediaPlayer
// (FFmpeg backend, offscreen).

#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/token.h"
#include "qr_scenes.h"
#include "scan/frame_luma.h"
#include "scan/frame_scanner.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>
#include <QtTest>

#include <cstring>

using namespace oppmote;
using namespace oppmote::test;

namespace {

using PF = QVideoFrameFormat::PixelFormat;

// A frame of `format` whose luminance is `luma` (chroma neutral).
QVideoFrame frameFrom(const QImage &luma, PF format)
{
    const int w = luma.width(), h = luma.height();
    if (format == QVideoFrameFormat::Format_Jpeg) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        luma.save(&buffer, "JPEG", 90);
        QVideoFrame frame(QVideoFrameFormat(luma.size(), format));
        frame.map(QVideoFrame::WriteOnly);
        Q_ASSERT(frame.mappedBytes(0) >= jpeg.size());
        std::memcpy(frame.bits(0), jpeg.constData(), std::size_t(jpeg.size()));
        frame.unmap();
        return frame;
    }
    QVideoFrame frame(QVideoFrameFormat(luma.size(), format));
    frame.map(QVideoFrame::WriteOnly);
    for (int p = 0; p < frame.planeCount(); ++p)
        std::memset(frame.bits(p), 128, std::size_t(frame.mappedBytes(p)));
    const int stride = frame.bytesPerLine(0);
    uchar *bits = frame.bits(0);
    for (int y = 0; y < h; ++y) {
        const uchar *src = luma.constScanLine(y);
        uchar *row = bits + y * stride;
        switch (format) {
        case QVideoFrameFormat::Format_YUYV:
            for (int x = 0; x < w; ++x)
                row[2 * x] = src[x];
            break;
        case QVideoFrameFormat::Format_UYVY:
            for (int x = 0; x < w; ++x)
                row[2 * x + 1] = src[x];
            break;
        case QVideoFrameFormat::Format_BGRA8888:
            for (int x = 0; x < w; ++x) {
                row[4 * x] = row[4 * x + 1] = row[4 * x + 2] = src[x];
                row[4 * x + 3] = 255;
            }
            break;
        default: // planar and semi-planar: plane 0 is Y
            std::memcpy(row, src, std::size_t(w));
        }
    }
    frame.unmap();
    return frame;
}

QImage codeImage(const QString &text)
{
    return renderQrImage(QrCode::encode(text, QrUse::Screen).value(), 1);
}

} // namespace

class TestFrameScanner : public QObject
{
    Q_OBJECT

    QString m_token = Token::generate();

private slots:
    void everyPixelFormatGivesTheLuminance_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12);
        QTest::newRow("NV21") << int(QVideoFrameFormat::Format_NV21);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P);
        QTest::newRow("YV12") << int(QVideoFrameFormat::Format_YV12);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV);
        QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY);
        QTest::newRow("BGRA8888") << int(QVideoFrameFormat::Format_BGRA8888);
        QTest::newRow("JPEG") << int(QVideoFrameFormat::Format_Jpeg);
    }

    void everyPixelFormatGivesTheLuminance()
    {
        QFETCH(int, format);
        // 650 wide: strides are padded past the width in most formats.
        const QImage scene = sceneWithCode(codeImage(m_token), QSize(650, 480), 5);
        const QVideoFrame frame = frameFrom(scene, PF(format));
        const QImage luma = lumaFromFrame(frame);
        QCOMPARE(luma.size(), scene.size());
        if (PF(format) == QVideoFrameFormat::Format_Jpeg) {
            QVERIFY(qAbs(int(luma.pixelColor(5, 5).red()) - int(scene.pixelColor(5, 5).red())) < 12);
        } else {
            for (int y = 0; y < scene.height(); y += 7)
                QVERIFY(std::memcmp(luma.constScanLine(y), scene.constScanLine(y), std::size_t(scene.width()))
                    == 0);
        }

        // And the whole way: QVideoSink → FrameScanner → worker → signal.
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy spy(&scanner, &FrameScanner::codeScanned);
        sink.setVideoFrame(frame);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).toString(), m_token);
        QCOMPARE(spy.at(0).at(1).value<QPolygon>().size(), 4);
    }

    void invertedCodeIsFoundOnTheNextFrame()
    {
        QImage scene = sceneWithCode(codeImage(m_token), QSize(640, 480), 5);
        scene.invertPixels();
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy spy(&scanner, &FrameScanner::codeScanned);
        QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
        for (int i = 0; i < 2; ++i) {
            sink.setVideoFrame(frameFrom(scene, QVideoFrameFormat::Format_NV12));
            QVERIFY(decoded.wait(5000));
        }
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(2).toBool());
    }

    void sameCodeIsReportedOnceAndAgainAfterLeaving()
    {
        // Fresh frames each time: a sink ignores a frame it already shows.
        const QImage with = sceneWithCode(codeImage(m_token), QSize(640, 480), 5);
        const QImage without = sceneWithCode(QImage(), QSize(640, 480), 0);
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setDebounce(150, 0);
        scanner.setVideoSink(&sink);
        QSignalSpy spy(&scanner, &FrameScanner::codeScanned);
        QSignalSpy decoded(&scanner, &FrameScanner::frameDecoded);
        auto show = [&](const QImage &scene) {
            sink.setVideoFrame(frameFrom(scene, PF::Format_NV12));
            QVERIFY(decoded.wait(5000));
        };
        for (int i = 0; i < 6; ++i)
            show(with);
        QCOMPARE(spy.size(), 1);
        show(without);
        QTest::qWait(200);
        show(without);
        show(with);
        show(with);
        QCOMPARE(spy.size(), 2);
    }

    void newestFrameWinsAndTheGuiThreadNeverWaits()
    {
        // 12 frames pushed at once, each with a different code: the first is
        // decoded, the last replaces all the ones in between.
        QList<QVideoFrame> frames;
        QStringList texts;
        for (int i = 0; i < 12; ++i) {
            texts << Token::generate();
            frames << frameFrom(sceneWithCode(codeImage(texts.back()), QSize(1280, 720), 6), PF::Format_NV12);
        }
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy spy(&scanner, &FrameScanner::codeScanned);
        QElapsedTimer gui;
        gui.start();
        double worst = 0;
        for (const QVideoFrame &f : frames) {
            QElapsedTimer one;
            one.start();
            sink.setVideoFrame(f);
            worst = std::max(worst, one.nsecsElapsed() / 1e6);
        }
        // A decode takes 10–40 ms; a hand-off ~0.1 ms (the bound leaves room for a busy machine).
        QVERIFY2(worst < 15.0, qPrintable(QString::number(worst)));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
        scanner.waitForIdle();
        QCOMPARE(spy.at(0).at(0).toString(), texts.front());
        QCOMPARE(spy.at(1).at(0).toString(), texts.back());
        QCOMPARE(scanner.framesDecoded(), 2);
        QCOMPARE(scanner.framesSkipped(), 10);
    }

    void aY4mClipPlayedByQMediaPlayer()
    {
        // Y4M (YUV4MPEG2): a text header, then "FRAME\n" + Y + U + V (4:2:0) per frame.
        const int w = 640, h = 480, n = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.y4m"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("YUV4MPEG2 W") + QByteArray::number(w) + " H" + QByteArray::number(h)
            + " F25:1 Ip A1:1 C420jpeg\n");
        const QByteArray chroma(w * h / 2, char(128));
        for (int i = 0; i < n; ++i) {
            // Empty frames, then the code slides in.
            const QImage scene = i < 5 ? sceneWithCode(QImage(), QSize(w, h), 0, i)
                                       : sceneWithCode(codeImage(m_token), QSize(w, h), 5, i);
            file.write("FRAME\n");
            for (int y = 0; y < h; ++y)
                file.write(reinterpret_cast<const char *>(scene.constScanLine(y)), w);
            file.write(chroma);
        }
        file.close();

        QMediaPlayer player;
        QVideoSink sink;
        player.setVideoSink(&sink);
        FrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy spy(&scanner, &FrameScanner::codeScanned);
        QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);
        player.setSource(QUrl::fromLocalFile(path));
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() || !errors.isEmpty(), 15000);
        QVERIFY2(errors.isEmpty(), qPrintable(player.errorString()));
        QCOMPARE(spy.at(0).at(0).toString(), m_token);
        player.stop();
        scanner.waitForIdle();
    }
};

int main(int argc, char **argv)
{
    // Qt 6.4 defaults to GStreamer; the FFmpeg backend plays Y4M headless.
    qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QGuiApplication app(argc, argv);
    TestFrameScanner test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_frame_scanner.moc"
