#pragma once
// Every kiosk screen as people and staff meet them, from a sample store, in
// each language and window size asked for: the welcome, a name search, "Is
// this you?", a check-in and a second one, a damaged code, the walk-in form
// (with the keyboard up and without), its receipt, the staff PIN and the
// staff screen, a session door and a wrong room. `at(app, view, screen)` is
// called on each one ("nb-1920x1080", "02-search"): the screenshot tool grabs
// it, the layout test measures it.

#include "kiosk_options.h"

#include <QSize>
#include <QStringList>

#include <functional>

namespace oppmote::kiosk {

class KioskApp;

using TourStop = std::function<void(KioskApp &app, const QString &view, const QString &screen)>;

// The number of steps that did not come about (0 when every screen was shown).
int tourScreens(
    const KioskOptions &base, const QList<QSize> &sizes, const QStringList &languages, const TourStop &at);

// The sizes the kiosk is made for: landscape 1920×1080 and 1280×800, portrait 800×1280 and 1080×1920.
QList<QSize> kioskWindowSizes();

} // namespace oppmote::kiosk
