#include "kiosk_test_support.h"

#include "codes/qr_code.h"
#include "codes/qr_render.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QVideoFrameFormat>

#include <cstring>

namespace oppmote::kiosktest {

QVideoFrame codeFrame(const QString &text)
{
    QImage scene(640, 480, QImage::Format_Grayscale8);
    scene.fill(200);
    auto code = QrCode::encode(text, QrUse::Badge);
    Q_ASSERT(code.ok());
    const QImage qr = renderQrImage(code.value(), 6);
    {
        QPainter p(&scene);
        p.drawImage((scene.width() - qr.width()) / 2, (scene.height() - qr.height()) / 2, qr);
    }
    QVideoFrame frame(QVideoFrameFormat(scene.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    std::memset(frame.bits(1), 128, std::size_t(frame.mappedBytes(1)));
    for (int y = 0; y < scene.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), scene.constScanLine(y), std::size_t(scene.width()));
    frame.unmap();
    return frame;
}

namespace {

// Depth-first over the visual tree: Repeater and Loader items are found too
// (their QObject parent is not always the item they sit in).
QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findVisible(child, objectName))
            return found;
    return nullptr;
}

} // namespace

QQuickItem *item(QQuickWindow *window, const QString &objectName)
{
    return findVisible(window->contentItem(), objectName);
}

QString itemText(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *i = item(window, objectName);
    return i ? i->property("text").toString() : QString();
}

bool click(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *i = item(window, objectName);
    if (!i || !i->isEnabled())
        return false;
    // Let layouts settle (polish happens before the next frame).
    QTest::qWait(30);
    i = item(window, objectName);
    if (!i || i->width() <= 0 || i->height() <= 0)
        return false;
    const QPointF centre = i->mapToScene(QPointF(i->width() / 2, i->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

void typeText(QQuickWindow *window, const QString &text, int delayMs)
{
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        const Qt::Key key = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u' ' || u == u'-'
            ? Qt::Key(u)
            : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, window, key, QString(c), Qt::NoModifier, delayMs);
        QTest::sendKeyEvent(QTest::Release, window, key, QString(c), Qt::NoModifier);
    }
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(1);
    }
    return true;
}

} // namespace oppmote::kiosktest
