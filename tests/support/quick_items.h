#pragma once
// Driving a real Qt Quick window in tests: items by objectName, clicks,
// typing at a person's pace, waiting, and finding text items that would read
// their text as markup. For every app's tests (kiosk, admin).

#include <QString>
#include <QStringList>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace oppmote::quicktest {

QQuickItem *item(QQuickWindow *window, const QString &objectName); // null if absent or hidden
QString itemText(QQuickWindow *window, const QString &objectName); // its "text" property
bool click(QQuickWindow *window, const QString &objectName); // a mouse click in its middle
// Key presses with text, `delayMs` of real time apart, then a pause (0: a hand
// scanner's burst, no pause; people leave 80–300 ms between keys, the kiosk's
// hand-scanner filter takes gaps ≤ 30 ms for a scanner).
void typeText(QQuickWindow *window, const QString &text, int delayMs = 0);

bool waitFor(const std::function<bool()> &done, int ms = 5000);
// The texts of the items under `root` that would interpret markup (any
// text format but plain), as "objectName «text»"; placeholders excepted.
QStringList nonPlainTexts(QQuickItem *root);

} // namespace oppmote::quicktest
