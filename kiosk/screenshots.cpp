#include "screenshots.h"

#include "kiosk_app.h"
#include "screen_tour.h"

#include <QDir>
#include <QQuickWindow>
#include <QTextStream>

namespace oppmote::kiosk {

int writeScreenshots(const KioskOptions &base)
{
    QDir dir(base.screenshotDir);
    dir.mkpath(QStringLiteral("."));
    int failures = 0;
    const auto grab = [&](KioskApp &app, const QString &view, const QString &screen) {
        const QImage image = app.window()->grabWindow();
        const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(view, screen));
        if (image.isNull() || !image.save(path)) {
            QTextStream(stderr) << "cannot save " << path << Qt::endl;
            ++failures;
        }
    };
    failures += tourScreens(
        base, kioskWindowSizes(), { QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en") }, grab);
    return failures == 0 ? 0 : 1;
}

} // namespace oppmote::kiosk
