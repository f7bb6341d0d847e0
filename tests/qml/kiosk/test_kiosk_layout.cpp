// Every kiosk screen × language × size (screen_tour.h: 1920×1080, 1280×800,
// 800×1280, 1080×1920 in nb, nn and en), measured on the real window: each
// button, field and box that can be used lies inside the window and inside
// the screen's area under the top bar, and is not covered by another item
// (unless it sits in a list that scrolls, where only its own list's bounds
// count); no heading and no button's label is cut; each has an accessible
// name, as a screen reader reads it. Every problem is listed with where it is.

#include "kiosk/device_session.h"
#include "kiosk_app.h"
#include "screen_tour.h"

#include <QAccessible>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace oppmote;
using namespace oppmote::kiosk;

namespace {

bool interactive(const QQuickItem *i)
{
    return i->inherits("QQuickAbstractButton") || i->inherits("QQuickTextInput")
        || i->inherits("QQuickComboBox");
}

// Texts of the top bar that must keep their room whatever else is shown.
bool topBarText(const QQuickItem *i)
{
    static const QStringList names { QStringLiteral("eventName"), QStringLiteral("offlineIndicator"),
        QStringLiteral("offlineStrip") };
    return names.contains(i->objectName());
}

// Headings, and the large titles that greet a person by name.
bool heading(const QQuickItem *i)
{
    static const QStringList titles { QStringLiteral("confirmTitle"), QStringLiteral("candidateName") };
    return QString::fromLatin1(i->metaObject()->className()).startsWith(QLatin1String("Heading"))
        || titles.contains(i->objectName());
}

QRectF sceneRect(const QQuickItem *i)
{
    return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

// The topmost item drawn at `scenePos`, as a finger would find it.
QQuickItem *topmostAt(QQuickItem *root, const QPointF &scenePos)
{
    QQuickItem *current = root;
    while (true) {
        const QPointF p = current->mapFromScene(scenePos);
        QQuickItem *child = current->childAt(p.x(), p.y());
        if (!child)
            return current;
        current = child;
    }
}

const QQuickItem *scrollingAncestor(const QQuickItem *i)
{
    for (const QQuickItem *p = i->parentItem(); p; p = p->parentItem())
        if (p->inherits("QQuickFlickable"))
            return p;
    return nullptr;
}

QString where(const QQuickItem *i)
{
    const QRectF r = sceneRect(i);
    const QString name
        = i->objectName().isEmpty() ? QString::fromLatin1(i->metaObject()->className()) : i->objectName();
    const QString text = i->property("text").toString().left(30);
    return QStringLiteral("%1 «%2» at %3,%4 %5×%6")
        .arg(name, text)
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

bool inside(const QRectF &outer, const QRectF &r)
{
    return outer.adjusted(-1, -1, 1, 1).contains(r);
}

void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || item->opacity() == 0)
        return;
    if (interactive(item) || heading(item) || topBarText(item))
        out << item;
    if (interactive(item))
        return; // its parts (a combo box's text field) are the control, not controls
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, out);
}

QStringList problemsOn(QQuickWindow *window)
{
    QStringList problems;
    QQuickItem *screenArea = window->contentItem()->findChild<QQuickItem *>(QStringLiteral("screenLoader"));
    const QRectF windowRect(0, 0, window->width(), window->height());
    const QRectF screenRect = screenArea ? sceneRect(screenArea) : windowRect;
    QList<QQuickItem *> items;
    collect(window->contentItem(), items);
    for (QQuickItem *i : std::as_const(items)) {
        if (topBarText(i) && (i->width() < 40 || !inside(windowRect, sceneRect(i)))) {
            problems << QStringLiteral("squeezed out: %1").arg(where(i));
            continue;
        }
        if (i->width() <= 0 || i->height() <= 0)
            continue;
        const QRectF r = sceneRect(i);
        if (heading(i) && i->property("truncated").toBool())
            problems << QStringLiteral("heading cut: %1").arg(where(i));
        if (const auto *label = i->property("contentItem").value<QQuickItem *>();
            label && i->inherits("QQuickAbstractButton") && label->property("truncated").toBool())
            problems << QStringLiteral("label cut: %1").arg(where(i));
        if (interactive(i)) { // what a screen reader says for it
            QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(i);
            if (!spoken || spoken->text(QAccessible::Name).trimmed().isEmpty())
                problems << QStringLiteral("no accessible name: %1").arg(where(i));
        }
        const bool onScreen = screenArea && screenArea->isAncestorOf(i);
        if (const QQuickItem *list = scrollingAncestor(i)) {
            // Reached by scrolling: it must lie across the list, and the list in the window.
            const QRectF listRect = sceneRect(list);
            if (!inside(windowRect, listRect) || r.left() < listRect.left() - 1
                || r.right() > listRect.right() + 1)
                problems << QStringLiteral("outside its list: %1").arg(where(i));
            continue;
        }
        if (!inside(windowRect, r) || (onScreen && !inside(screenRect, r))) {
            problems << QStringLiteral("cut off: %1").arg(where(i));
            continue;
        }
        if (interactive(i) && !i->isEnabled())
            continue; // in place, not covered: nothing to tap yet
        QQuickItem *hit = topmostAt(window->contentItem(), r.center());
        if (hit != i && !i->isAncestorOf(hit))
            problems << QStringLiteral("covered: %1 by %2").arg(where(i), where(hit));
    }
    return problems;
}

} // namespace

class TestKioskLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScreenFitsEverySize_data()
    {
        QTest::addColumn<bool>("offline");
        QTest::newRow("not paired") << false;
        QTest::newRow("paired, the hub out of reach") << true; // the offline notice in the top bar
    }

    void everyScreenFitsEverySize()
    {
        QFETCH(bool, offline);
        QTemporaryDir dir;
        KioskOptions options;
        options.virtualKeyboard = false; // test_kiosk_keyboard measures the screens with it up
        if (offline) {
            options.configPath = dir.filePath(QStringLiteral("kiosk.json"));
            QFile file(options.configPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Paired with a hub that does not answer (port 9, discard): offline from the start.
            file.write(
                QJsonDocument(QJsonObject { { QStringLiteral("deviceName"), QStringLiteral("Kiosk 1") },
                                  { QStringLiteral("hub"), QStringLiteral("wss://127.0.0.1:9") },
                                  { QStringLiteral("deviceSecret"), QStringLiteral("not-used") } })
                    .toJson());
        }
        QStringList problems;
        int screens = 0;
        const int missed = tourScreens(options, kioskWindowSizes(),
            { QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en") },
            [&](KioskApp &app, const QString &view, const QString &screen) {
                ++screens;
                if (offline && !app.device()->paired())
                    problems << QStringLiteral("%1 %2: not paired").arg(view, screen);
                for (const QString &p : problemsOn(app.window()))
                    problems << QStringLiteral("%1 %2: %3").arg(view, screen, p);
            });
        QCOMPARE(missed, 0);
        QCOMPARE(screens, 4 * 3 * 13);
        for (const QString &p : std::as_const(problems)) // all of them: the failure message is cut short
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    }
};

QTEST_MAIN(TestKioskLayout)
#include "test_kiosk_layout.moc"
