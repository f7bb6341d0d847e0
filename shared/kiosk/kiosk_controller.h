#pragma once
// The kiosk's navigation state: which screen shows, the transitions between
// them, the idle reset and what a code or typing means on each screen. One
// controller per screen does the work; the device (settings, pairing,
// revocation, mode, language) is the injected DeviceSession. QML only binds
// to these objects and forwards input (../../docs/kiosk.md).

#include "codes/token_verifier.h"
#include "kiosk/confirm_controller.h"
#include "kiosk/device_session.h"
#include "kiosk/kiosk_context.h"
#include "kiosk/scan_controller.h"
#include "kiosk/search_controller.h"
#include "kiosk/staff_controller.h"
#include "kiosk/walkin_controller.h"
#include "kiosk/welcome_controller.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace oppmote {

class AsyncStore;

class KioskController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Screen screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(DeviceSession *device READ device CONSTANT)
    Q_PROPERTY(QString problemText READ problemText NOTIFY screenChanged)
    Q_PROPERTY(QString loadError READ loadError NOTIFY screenChanged)
    Q_PROPERTY(WelcomeController *welcome READ welcome CONSTANT)
    Q_PROPERTY(ScanController *scan READ scan CONSTANT)
    Q_PROPERTY(SearchController *search READ search CONSTANT)
    Q_PROPERTY(ConfirmController *confirm READ confirm CONSTANT)
    Q_PROPERTY(StaffController *staff READ staff CONSTANT)
    Q_PROPERTY(WalkInController *walkIn READ walkIn CONSTANT)
public:
    enum Screen { Loading, Welcome, Search, Identify, Confirm, Problem, WalkIn, WalkInDone, StaffPin, Staff };
    Q_ENUM(Screen)

    // Both built by the app (the composition root) and outliving the
    // controller. When the store has opened, the roster is loaded on its
    // thread and `ready` follows; a revoked device stays on the loading screen.
    KioskController(DeviceSession *device, AsyncStore *store, QObject *parent = nullptr);
    ~KioskController() override;

    Screen screen() const { return m_screen; }
    DeviceSession *device() const { return m_device; }
    QString problemText() const { return m_problemText; }
    QString loadError() const { return m_loadError; }
    const KioskContext &context() const { return m_context; }
    AsyncStore *store() const { return m_context.store; }

    // The store's roster changed (the hub sent a new one): load it again without
    // interrupting the person at the screen.
    void reloadRoster();
    // Keys the hand-scanner filter found to be a person typing (not a scan):
    // true when this screen takes them (the welcome, problem and confirmation
    // screens start a name search with the letters; the PIN screen takes
    // digits; screens without a text field drop them); false on the search and
    // walk-in screens, whose text fields get the keys.
    bool takeTyping(const QString &text, bool enter);

    WelcomeController *welcome() { return &m_welcome; }
    ScanController *scan() { return &m_scan; }
    SearchController *search() { return &m_search; }
    ConfirmController *confirm() { return &m_confirm; }
    StaffController *staff() { return &m_staff; }
    WalkInController *walkIn() { return &m_walkIn; }

    // Input forwarded from QML.
    Q_INVOKABLE void startSearch();
    Q_INVOKABLE void startWalkIn();
    Q_INVOKABLE void openStaff();
    Q_INVOKABLE void confirmIdentity(); // "Yes, that's me"
    Q_INVOKABLE void rejectIdentity(); // "No"
    Q_INVOKABLE void requestReprint();
    Q_INVOKABLE void retryBadge(); // after the printer failed for the person on screen
    Q_INVOKABLE void manualCheckIn(); // staff: find a name and check them in
    Q_INVOKABLE void setMode(const QString &modeText); // staff only (or while loading)
    Q_INVOKABLE void goHome();
    Q_INVOKABLE void exitApp();
    Q_INVOKABLE void userActivity();

    // A code from the camera or a hand scanner (also callable from tests).
    void handleCode(const QString &text, CheckinMethod method);
    // The idle timeout, now (tests).
    void idleReset();
    // From the print queue (BadgePrinting::progress): the confirmation and
    // the staff screen follow the badges they asked for.
    void badgeProgress(
        const QString &attendeeId, PrintJobState state, const QString &message, bool retryable);

    // Touches and keys that reach the window: the idle timer starts again.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void screenChanged();
    void ready();
    void quitRequested();
    // The print-queue hook: ConfirmController's and StaffController's requests, in one place.
    void badgeRequested(const QString &attendeeId, bool reprint);
    // A roster was loaded: its programme, for what the badge shows (group, room).
    void eventLoaded(std::shared_ptr<const Event> event);

private:
    enum class StaffPurpose { Menu, ApproveReprint };
    void setScreen(Screen screen);
    void storeOpened(bool ok, const QString &error);
    void rosterLoaded(std::shared_ptr<KioskRoster> roster, bool first = true);
    void showProblem(const QString &text);
    void outOfService();

    DeviceSession *m_device;
    KioskContext m_context;
    WelcomeController m_welcome;
    ScanController m_scan;
    SearchController m_search;
    ConfirmController m_confirm;
    StaffController m_staff;
    WalkInController m_walkIn;
    std::optional<TokenVerifier> m_verifier;
    Screen m_screen = Loading;
    QString m_problemText;
    QString m_loadError;
    StaffPurpose m_staffPurpose = StaffPurpose::Menu;
    QTimer m_idleTimer;
    QTimer m_confirmTimer;
};

} // namespace oppmote
