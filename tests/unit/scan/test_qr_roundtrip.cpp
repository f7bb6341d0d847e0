// Generated codes through the distortions of a real camera, decoded by the
// same pipeline the kiosk uses. The table of results is written to
// <build>/codes-roundtrip.md and quoted in docs/codes.md.

#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "codes/signed_token.h"
#include "codes/token.h"
#include "qr_scenes.h"
#include "scan/qr_decoder.h"
#include "test_paths.h"

#include <QFile>
#include <QtTest>

using namespace oppmote;
using namespace oppmote::test;

class TestQrRoundTrip : public QObject
{
    Q_OBJECT

    QString m_token = Token::generate();
    QImage m_badge; // one pixel per module, Q
    QStringList m_table;
    const QSize m_frame { 640, 480 };

    bool decodes(const QImage &frame, const QString &expected) const
    {
        QrDecoder decoder(QrDecoder::Inversion::SameImage);
        const auto found = decoder.decode(frame.convertToFormat(QImage::Format_Grayscale8));
        return found.size() == 1 && found.front().text == expected;
    }

    // `required`: the case must decode (the test fails otherwise); the other
    // cases only go into the table, as the limits of what a camera can do.
    void check(const QString &group, const QString &detail, const QImage &frame, bool required,
        const QString &expected = {})
    {
        const bool ok = decodes(frame, expected.isEmpty() ? m_token : expected);
        m_table << QStringLiteral("| %1 | %2 | %3 |")
                       .arg(group, detail, ok ? QStringLiteral("yes") : QStringLiteral("no"));
        if (required)
            QVERIFY2(ok, qPrintable(group + QLatin1Char(' ') + detail));
    }

    QImage scene(double ppm = 6) const { return sceneWithCode(m_badge, m_frame, ppm); }

private slots:
    void initTestCase()
    {
        const auto code = QrCode::encode(m_token, QrUse::Badge);
        QVERIFY(code.ok());
        m_badge = renderQrImage(code.value(), 1);
        m_table << QStringLiteral("| distortion | level | decoded |") << QStringLiteral("|---|---|---|");
    }

    void rotation()
    {
        for (int deg = 0; deg < 360; deg += 15)
            check(QStringLiteral("rotation"), QStringLiteral("%1°").arg(deg), rotated(scene(), deg), true);
        check(QStringLiteral("rotation"), QStringLiteral("37°"), rotated(scene(), 37), true);
    }

    void perspectiveTilt()
    {
        for (const double tilt : { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 })
            check(QStringLiteral("perspective"), QStringLiteral("top edge −%1%").arg(tilt * 100),
                perspective(scene(), tilt), tilt <= 0.4);
    }

    void blur()
    {
        for (const int r : { 1, 2, 3, 4, 5 })
            check(QStringLiteral("blur (6 px modules)"), QStringLiteral("box radius %1 px ×3").arg(r),
                blurred(scene(), r), r <= 2);
    }

    void noise()
    {
        for (const int sigma : { 10, 25, 40, 60, 80 })
            check(QStringLiteral("Gaussian noise"), QStringLiteral("σ = %1").arg(sigma),
                noisy(scene(), sigma), sigma <= 40);
    }

    void contrast()
    {
        for (const int span : { 80, 40, 20, 10 })
            check(QStringLiteral("low contrast"),
                QStringLiteral("black %1 / white %2").arg(128 - span / 2).arg(128 + span / 2),
                lowContrast(scene(), 128 - span / 2, 128 + span / 2), span >= 40);
    }

    void glareOverTheCode()
    {
        for (const double s : { 0.3, 0.5, 0.7, 0.9 })
            check(QStringLiteral("glare"), QStringLiteral("strength %1").arg(s), glare(scene(), s), s <= 0.5);
    }

    void inversion()
    {
        check(
            QStringLiteral("inverted (dark mode)"), QStringLiteral("light on dark"), inverted(scene()), true);
        check(QStringLiteral("inverted (dark mode)"), QStringLiteral("rotated 30°, noise σ 20"),
            noisy(rotated(inverted(scene()), 30), 20), true);
    }

    void phoneScreen()
    {
        // A signed ticket (larger: version 6) shown on a phone, error correction M.
        const auto key = TicketKeyPair::generate();
        const QString ticket
            = SignedToken::sign(Token::random(), 1, QStringLiteral("ev"), key.secretKey)->text();
        const QImage screenCode = renderQrImage(QrCode::encode(ticket, QrUse::Screen).value(), 1);
        check(QStringLiteral("phone screen (simulated)"),
            QStringLiteral("signed ticket, grid + angle + reflection"), phoneScreenPhoto(screenCode, m_frame),
            false, ticket);
        QImage dark = screenCode;
        dark.invertPixels();
        check(QStringLiteral("phone screen (simulated)"), QStringLiteral("same, dark mode"),
            phoneScreenPhoto(dark, m_frame), true, ticket);
        check(QStringLiteral("phone screen (simulated)"), QStringLiteral("plain token"),
            phoneScreenPhoto(renderQrImage(QrCode::encode(m_token, QrUse::Screen).value(), 1), m_frame),
            true);
    }

    void smallSizes()
    {
        for (const double ppm : { 4.0, 3.0, 2.5, 2.0, 1.5, 1.0 })
            check(
                QStringLiteral("small"), QStringLiteral("%1 px per module").arg(ppm), scene(ppm), ppm >= 2.0);
    }

    void noCodeNoFinding()
    {
        QrDecoder decoder;
        QVERIFY(decoder.decode(scene(0)).isEmpty());
        QVERIFY(decoder.decode(noisy(scene(0), 40)).isEmpty());
    }

    void cleanupTestCase()
    {
        QFile f(binaryPath(QStringLiteral("codes-roundtrip.md")));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(m_table.join(QLatin1Char('\n')).toUtf8() + '\n');
        qInfo().noquote() << m_table.join(QLatin1Char('\n'));
    }
};

QTEST_MAIN(TestQrRoundTrip)
#include "test_qr_roundtrip.moc"
