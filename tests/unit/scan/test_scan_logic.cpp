#include "scan/camera_format.h"
#include "scan/scan_debouncer.h"

#include <QtTest>

using namespace oppmote;

class TestScanLogic : public QObject
{
    Q_OBJECT

private slots:
    void aCodeIsReportedOnceWhileInView()
    {
        ScanDebouncer d(700, 4000);
        const QStringList code { QStringLiteral("OP1-A") };
        QCOMPARE(d.frameDecoded(code, 0), code);
        for (qint64 t = 33; t < 3000; t += 33)
            QVERIFY(d.frameDecoded(code, t).isEmpty());
    }

    void aCodeThatLeftTheViewIsReportedAgain()
    {
        ScanDebouncer d(700, 0);
        const QStringList code { QStringLiteral("OP1-A") };
        QCOMPARE(d.frameDecoded(code, 0), code);
        QVERIFY(d.frameDecoded({}, 300).isEmpty());
        QVERIFY(d.frameDecoded(code, 500).isEmpty()); // a missed frame or two: still the same showing
        QVERIFY(d.frameDecoded({}, 1000).isEmpty());
        QCOMPARE(d.frameDecoded(code, 1300), code); // gone for 800 ms: shown again
    }

    void theRearmDelayReportsAHeldCodeAgain()
    {
        ScanDebouncer d(700, 2000);
        const QStringList code { QStringLiteral("OP1-A") };
        QCOMPARE(d.frameDecoded(code, 0), code);
        for (qint64 t = 40; t < 2000; t += 40)
            QVERIFY(d.frameDecoded(code, t).isEmpty());
        QCOMPARE(d.frameDecoded(code, 2000), code);
        QVERIFY(d.frameDecoded(code, 2040).isEmpty());
    }

    void twoCodesAreIndependent()
    {
        ScanDebouncer d;
        const QString a = QStringLiteral("A"), b = QStringLiteral("B");
        QCOMPARE(d.frameDecoded({ a }, 0), QStringList { a });
        QCOMPARE(d.frameDecoded({ a, b }, 40), QStringList { b });
    }

    void cameraFormatIsChosenNotTheLargest()
    {
        using F = QVideoFrameFormat;
        const QList<CameraFormatInfo> formats {
            { F::Format_YUYV, QSize(3840, 2160), 5 },
            { F::Format_Jpeg, QSize(3840, 2160), 30 },
            { F::Format_YUYV, QSize(1920, 1080), 5 },
            { F::Format_Jpeg, QSize(1920, 1080), 30 },
            { F::Format_Jpeg, QSize(1280, 720), 30 },
            { F::Format_YUYV, QSize(1280, 720), 10 },
            { F::Format_NV12, QSize(1280, 720), 30 },
            { F::Format_YUYV, QSize(640, 480), 30 },
            { F::Format_YUYV, QSize(320, 240), 30 },
        };
        QCOMPARE(chooseCameraFormat(formats), 6); // NV12 720p 30 fps
        // Without the NV12 mode: MJPEG 720p at 30 fps beats YUYV 720p at 10 fps.
        QList<CameraFormatInfo> noNv12 = formats;
        noNv12.removeAt(6);
        QCOMPARE(noNv12[chooseCameraFormat(noNv12)].pixelFormat, F::Format_Jpeg);
        QCOMPARE(noNv12[chooseCameraFormat(noNv12)].resolution, QSize(1280, 720));
        // A small wanted size picks VGA, never below it.
        QCOMPARE(formats[chooseCameraFormat(formats, QSize(320, 240))].resolution, QSize(640, 480));
        QCOMPARE(chooseCameraFormat(QList<CameraFormatInfo> {}), -1);
    }
};

QTEST_GUILESS_MAIN(TestScanLogic)
#include "test_scan_logic.moc"
