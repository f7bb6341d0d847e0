#include "screenshots.h"

#include "admin_app.h"
#include "appkit/allocation_editor_model.h"
#include "appkit/attendee_list_model.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTextStream>
#include <QThread>

namespace oppmote::admin {

namespace {

// Events for `ms`, so bindings, layouts and the store's answers settle.
void settle(int ms)
{
    QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace

int writeScreenshots(const AdminOptions &options)
{
    QTextStream err(stderr);
    if (!QDir().mkpath(options.screenshotDir)) {
        err << "oppmote-admin: cannot create " << options.screenshotDir << Qt::endl;
        return 1;
    }
    AdminApp desk(options);
    if (auto s = desk.start(); !s.ok()) {
        err << "oppmote-admin: " << s.error().message << Qt::endl;
        return 1;
    }
    QDeadlineTimer deadline(20000);
    while (!desk.ready() && !deadline.hasExpired())
        settle(20);
    if (!desk.ready()) {
        err << "oppmote-admin: the store did not open in time" << Qt::endl;
        return 1;
    }
    const QString language = options.language.isEmpty() ? QStringLiteral("nb") : options.language;
    // admin-people-nb.png at the default size, admin-people-nb-1920x1080.png at another.
    const QString size = options.windowSize == AdminOptions {}.windowSize
        ? QString()
        : QStringLiteral("-%1x%2").arg(options.windowSize.width()).arg(options.windowSize.height());
    for (AdminNavigation::Page page : AdminNavigation::pages()) {
        desk.navigation()->show(page);
        settle(400);
        const QString file = QDir(options.screenshotDir)
                                 .filePath(QStringLiteral("admin-%1-%2%3.png")
                                               .arg(AdminNavigation::pageName(page), language, size));
        if (!desk.window()->grabWindow().save(file)) {
            err << "oppmote-admin: cannot write " << file << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << file << Qt::endl;
    }
    // A person's card over the People page, for the first person listed.
    desk.navigation()->show(AdminNavigation::People);
    settle(200);
    QObject *people = desk.window()->findChild<QObject *>(QStringLiteral("peoplePage"));
    const QString first = desk.people()->data(desk.people()->index(0), AttendeeListModel::IdRole).toString();
    // Then the dialog of a check-in by hand for them.
    for (const char *shown : { "openPerson", "openHandCheckin" }) {
        if (first.isEmpty())
            break;
        if (!people || !QMetaObject::invokeMethod(people, shown, Q_ARG(QVariant, QVariant(first)))) {
            err << "oppmote-admin: cannot open " << shown << Qt::endl;
            return 1;
        }
        settle(400);
        const QString name
            = qstrcmp(shown, "openPerson") == 0 ? QStringLiteral("person") : QStringLiteral("checkin");
        const QString file = QDir(options.screenshotDir)
                                 .filePath(QStringLiteral("admin-%1-%2%3.png").arg(name, language, size));
        if (!desk.window()->grabWindow().save(file)) {
            err << "oppmote-admin: cannot write " << file << Qt::endl;
            return 1;
        }
        QTextStream(stdout) << file << Qt::endl;
    }
    return 0;
}

} // namespace oppmote::admin
