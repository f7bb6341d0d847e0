#pragma once
// The kiosk's navigation state: which screen shows, the transitions between
// them, the idle reset, the mode (entrance or a session's door) and the
// language. One controller per screen does the work; QML only binds to these
// objects and forwards input (../../docs/kiosk.md).

#include "codes/token_verifier.h"
#include "kiosk/confirm_controller.h"
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
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool sessionDoor READ sessionDoor NOTIFY modeChanged)
    Q_PROPERTY(QString deviceName READ deviceName CONSTANT)
    Q_PROPERTY(bool paired READ paired NOTIFY modeChanged)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool revoked READ revoked NOTIFY onlineChanged)
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

    explicit KioskController(KioskConfig config, QString configPath = {}, QObject *parent = nullptr);
    ~KioskController() override;

    // Opens the store on its thread and loads the roster; `ready` follows.
    void start(const QString &databasePath);

    Screen screen() const { return m_screen; }
    QString language() const { return m_language; }
    bool sessionDoor() const { return !m_context.config.mode.isEntrance(); }
    QString deviceName() const { return m_context.config.deviceName; }
    bool paired() const { return m_context.config.paired(); }
    bool online() const { return m_online; }
    bool revoked() const { return m_revoked; }
    QString problemText() const { return m_problemText; }
    QString loadError() const { return m_loadError; }
    const KioskConfig &config() const { return m_context.config; }
    const KioskContext &context() const { return m_context; }
    AsyncStore *store() const { return m_context.store; }

    // The hub link (hub_link.h) reports here.
    void setOnline(bool online);
    void keepDeviceSecret(const QString &secret); // pairing worked: the token is spent
    // The organisers revoked this kiosk: its personal data is wiped and it
    // stops checking people in.
    void wipeAfterRevocation();
    // The store's roster changed (the hub sent a new one): load it again without
    // interrupting the person at the screen.
    void reloadRoster();

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
    Q_INVOKABLE void manualCheckIn(); // staff: find a name and check them in
    Q_INVOKABLE void setMode(const QString &modeText);
    Q_INVOKABLE void setLanguage(const QString &code);
    Q_INVOKABLE void goHome();
    Q_INVOKABLE void exitApp();
    Q_INVOKABLE void userActivity();

    // A code from the camera or a hand scanner (also callable from tests).
    void handleCode(const QString &text, CheckinMethod method);
    // The idle timeout, now (tests).
    void idleReset();

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void screenChanged();
    void languageChanged();
    void modeChanged();
    void onlineChanged();
    void ready();
    void quitRequested();
    // The print-queue hook: ConfirmController's and StaffController's requests, in one place.
    void badgeRequested(const QString &attendeeId, bool reprint);
    // A roster was loaded: its programme, for what the badge shows (group, room).
    void eventLoaded(std::shared_ptr<const Event> event);

private:
    enum class StaffPurpose { Menu, ApproveReprint };
    void setScreen(Screen screen);
    void rosterLoaded(std::shared_ptr<KioskRoster> roster, bool first = true);
    void showProblem(const QString &text);
    void applyPairing(const QString &text);
    void purgeAfterRevocation();
    void saveConfig();

    KioskContext m_context;
    WelcomeController m_welcome;
    ScanController m_scan;
    SearchController m_search;
    ConfirmController m_confirm;
    StaffController m_staff;
    WalkInController m_walkIn;
    std::optional<TokenVerifier> m_verifier;
    Screen m_screen = Loading;
    QString m_language;
    QString m_problemText;
    QString m_loadError;
    bool m_online = false;
    bool m_revoked = false;
    StaffPurpose m_staffPurpose = StaffPurpose::Menu;
    QTimer m_idleTimer;
    QTimer m_confirmTimer;
};

} // namespace oppmote
