#include "quick_items.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>

namespace oppmote::quicktest {

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
        // QTest's own `delay` does not wait for a QWindow in Qt 6.4 (it becomes the
        // event's repeat count), so a person's pace is made here; the key
        // events carry the real time, which the hand-scanner filter judges.
        if (delayMs > 0)
            QTest::qWait(delayMs);
        QTest::sendKeyEvent(QTest::Press, window, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, window, key, QString(c), Qt::NoModifier);
    }
    // A person pauses after typing: the hand-scanner filter releases the last
    // key (held in case a burst follows) within 35 ms, before a test moves the
    // focus by hand.
    if (delayMs > 0)
        QTest::qWait(std::max(delayMs, 50));
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

QStringList nonPlainTexts(QQuickItem *root)
{
    QStringList found;
    if (!root)
        return found;
    // Placeholders of text fields show the app's own words, never data.
    if (root->inherits("QQuickText") && !root->inherits("QQuickPlaceholderText")
        && root->property("textFormat").toInt() != 0 /* Text.PlainText */)
        found << QStringLiteral("%1 «%2»").arg(root->objectName(), root->property("text").toString());
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found << nonPlainTexts(child);
    return found;
}

} // namespace oppmote::quicktest
