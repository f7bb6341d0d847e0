#include "screen_tour.h"

#include "kiosk_app.h"
#include "kiosk_sample_store.h"
#include "store/async_store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QInputMethod>
#include <QTemporaryDir>
#include <QTextStream>

namespace oppmote::kiosk {

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

QList<QSize> kioskWindowSizes()
{
    return { QSize(1920, 1080), QSize(1280, 800), QSize(800, 1280), QSize(1080, 1920) };
}

int tourScreens(
    const KioskOptions &base, const QList<QSize> &sizes, const QStringList &languages, const TourStop &at)
{
    QTemporaryDir temp;
    const QString db = temp.filePath(QStringLiteral("kiosk.sqlite"));
    auto sample = prepareSampleStore(db, 150);
    if (!sample.ok()) {
        QTextStream(stderr) << sample.error().message << Qt::endl;
        return 1;
    }
    // Somebody with a theme group on day 1, and someone else for the wrong-room picture.
    const Attendee *guest = nullptr;
    for (const Attendee &a : sample->attendees)
        if (a.type == AttendeeType::Participant && a.organisation.size() > 12) {
            guest = &a;
            break;
        }
    int failures = 0;
    for (const QString &language : languages) {
        for (const QSize size : sizes) {
            KioskOptions options = base;
            options.databasePath = db;
            // Each view starts from the settings given (the tour changes the mode and saves it).
            if (!base.configPath.isEmpty()) {
                options.configPath = temp.filePath(
                    QStringLiteral("kiosk-%1x%2-%3.json").arg(size.width()).arg(size.height()).arg(language));
                if (!QFile::copy(base.configPath, options.configPath))
                    return failures + 1;
            }
            options.language = language;
            options.windowSize = size;
            options.testing = true;
            options.sampleAttendees = 0;
            options.mode.clear();
            options.eventDate = sample->event.days.first().date;
            KioskApp app(options);
            if (auto s = app.start(); !s.ok()) {
                QTextStream(stderr) << s.error().message << Qt::endl;
                return failures + 1;
            }
            KioskController *k = app.controller();
            const QString view
                = QStringLiteral("%1-%2x%3").arg(language).arg(size.width()).arg(size.height());
            if (!waitFor([k] { return k->screen() == KioskController::Welcome; }))
                return failures + 1;
            const auto stop = [&](const QString &screen) {
                settle();
                at(app, view, screen);
            };
            stop(QStringLiteral("01-welcome"));

            k->startSearch();
            k->search()->setQuery(QStringLiteral("ber"));
            stop(QStringLiteral("02-search"));
            k->search()->choose(0);
            stop(QStringLiteral("03-is-this-you"));
            k->goHome();

            k->handleCode(guest->token, CheckinMethod::Qr);
            if (!waitFor([k] { return k->confirm()->state() != ConfirmController::Busy; }))
                ++failures;
            stop(QStringLiteral("04-welcome-name"));
            k->goHome();
            k->handleCode(guest->token, CheckinMethod::Qr);
            if (!waitFor([k] { return k->confirm()->state() != ConfirmController::Busy; }))
                ++failures;
            stop(QStringLiteral("05-already-checked-in"));

            k->goHome();
            k->handleCode(QStringLiteral("OP1-22K0FNNFMKF3CHTHJJA6YD0DM8Y"), CheckinMethod::Qr);
            stop(QStringLiteral("06-damaged-code"));

            k->startWalkIn();
            k->walkIn()->setProperty("firstName", QStringLiteral("Åse"));
            k->walkIn()->setProperty("lastName", QStringLiteral("Ødegård"));
            k->walkIn()->setProperty("organisation", QStringLiteral("Trøndelag fylkeskommune"));
            stop(QStringLiteral("07-walk-in"));
            QGuiApplication::inputMethod()->hide(); // the whole form, as after Enter
            stop(QStringLiteral("07-walk-in-form"));
            k->walkIn()->submit();
            if (!waitFor([k] { return k->screen() == KioskController::WalkInDone; }))
                ++failures;
            stop(QStringLiteral("08-walk-in-done"));

            k->openStaff();
            k->staff()->appendDigit(QStringLiteral("1"));
            k->staff()->appendDigit(QStringLiteral("2"));
            stop(QStringLiteral("09-staff-pin"));
            k->staff()->appendDigit(QStringLiteral("3"));
            k->staff()->appendDigit(QStringLiteral("4"));
            k->staff()->submitPin();
            if (!waitFor([k] { return k->screen() == KioskController::Staff; }))
                ++failures;
            if (!waitFor([k] { return !k->staff()->walkIns().isEmpty(); }, 2000))
                ++failures;
            stop(QStringLiteral("10-staff"));

            k->setMode(QStringLiteral("session:d1-1400-g1"));
            k->goHome();
            stop(QStringLiteral("11-session-door"));
            QString wrongToken;
            for (const Attendee &a : sample->attendees)
                if (a.preferences.value(0) == QLatin1String("d1-1400-g2") && a.fixedGroup.isEmpty()) {
                    wrongToken = a.token;
                    break;
                }
            k->handleCode(wrongToken, CheckinMethod::Qr);
            if (!waitFor([k] { return k->confirm()->state() != ConfirmController::Busy; }))
                ++failures;
            stop(QStringLiteral("12-wrong-room"));
            k->goHome();
            app.controller()->store()->drain();
            // The views share the sample database: the next one starts as this one did.
            auto store = Store::open(db);
            if (!store.ok())
                return failures + 1;
            for (const Attendee &a : sample->attendees)
                if (!store->undoCheckIn(a.id, QString()).ok())
                    ++failures;
            for (const Attendee &walkIn : store->pendingWalkIns().value_or(QList<Attendee> {}))
                if (!store->rejectWalkIn(walkIn.id, QStringLiteral("screen tour")).ok())
                    ++failures;
        }
    }
    return failures;
}

} // namespace oppmote::kiosk
