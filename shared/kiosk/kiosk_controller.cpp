#include "kiosk/kiosk_controller.h"

#include "store/async_store.h"

#include <QEvent>

namespace oppmote {

KioskController::KioskController(DeviceSession *device, AsyncStore *store, QObject *parent)
    : QObject(parent),
      m_device(device),
      m_welcome(&m_context),
      m_search(&m_context),
      m_confirm(&m_context),
      m_staff(&m_context),
      m_walkIn(&m_context)
{
    m_context.device = device;
    m_context.store = store;
    if (m_device->revoked()) // since an earlier start: nothing is loaded
        m_loadError = tr("This kiosk is out of service. Please check in at the desk.");

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_context.config().idleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::idleReset);
    m_confirmTimer.setSingleShot(true);
    m_confirmTimer.setInterval(m_context.config().confirmSeconds * 1000);
    connect(&m_confirmTimer, &QTimer::timeout, this, &KioskController::goHome);

    connect(store, &AsyncStore::opened, this, &KioskController::storeOpened);
    connect(store, &AsyncStore::changed, &m_staff, &StaffController::storeChanged);
    connect(m_device, &DeviceSession::revokedChanged, this, [this] {
        if (m_device->revoked())
            outOfService();
    });
    connect(m_device, &DeviceSession::modeChanged, this, [this] {
        m_welcome.refresh();
        m_staff.refreshStatus();
    });
    connect(m_device, &DeviceSession::pairingChanged, &m_staff, &StaffController::refreshStatus);
    connect(m_device, &DeviceSession::languageChanged, this, [this] {
        m_welcome.refresh(); // the day's date in the new language
        userActivity();
    });

    connect(&m_scan, &ScanController::codeRead, this, &KioskController::handleCode);
    connect(&m_search, &SearchController::codeTyped, this,
        [this](const QString &text) { handleCode(text, CheckinMethod::Wedge); });
    connect(&m_search, &SearchController::chosen, this, [this](const QString &id) {
        if (m_search.staffSearch()) {
            m_confirm.checkIn(id, CheckinMethod::Staff);
            setScreen(Confirm);
        } else {
            setScreen(Identify);
        }
    });
    connect(&m_confirm, &ConfirmController::finished, this, [this](ConfirmController::State state) {
        if (state == ConfirmController::CheckedIn && m_confirm.badge() == ConfirmController::BadgeNotPrinted
            && !m_context.config().printerQueue.isEmpty() && m_context.config().mode.isEntrance())
            m_confirm.printBadge(false);
        if (m_screen == Confirm)
            m_confirmTimer.start();
    });
    // In flight from the moment it is asked for, so a second tap cannot ask again.
    const auto request = [this](const QString &attendeeId, bool reprint) {
        m_context.badgesInFlight.insert(attendeeId);
        Q_EMIT badgeRequested(attendeeId, reprint);
    };
    connect(&m_confirm, &ConfirmController::badgeRequested, this, request);
    connect(&m_staff, &StaffController::badgeRequested, this, request);
    connect(&m_staff, &StaffController::unlockedChanged, this, [this] {
        if (!m_staff.unlocked() || m_screen != StaffPin)
            return;
        if (m_staffPurpose == StaffPurpose::ApproveReprint) {
            m_confirm.printBadge(true);
            m_staff.lock();
            setScreen(Confirm);
            m_confirmTimer.start();
        } else {
            setScreen(Staff);
        }
    });
    connect(&m_staff, &StaffController::walkInApproved, this, [this](const Attendee &a) {
        if (m_context.roster)
            m_context.roster->add(a);
    });
    connect(&m_walkIn, &WalkInController::submitted, this, [this] { setScreen(WalkInDone); });
}

KioskController::~KioskController()
{
    m_context.store->drain(); // no job of ours still running against the roster
}

void KioskController::storeOpened(bool ok, const QString &error)
{
    if (!ok) {
        m_loadError = error;
        Q_EMIT screenChanged();
        return;
    }
    if (m_device->revoked()) {
        Q_EMIT screenChanged(); // out of service; the device session wipes the store again
        return;
    }
    m_context.store->run<Result<std::shared_ptr<KioskRoster>>>(
        [](Store &store) { return KioskRoster::load(store); }, this,
        [this](Result<std::shared_ptr<KioskRoster>> roster) {
            if (!roster.ok()) {
                m_loadError = roster.error().message;
                Q_EMIT screenChanged();
                return;
            }
            rosterLoaded(roster.value());
        });
}

void KioskController::rosterLoaded(std::shared_ptr<KioskRoster> roster, bool first)
{
    if (m_device->revoked())
        return; // revoked while loading: the names stay out of memory
    m_context.roster = std::move(roster);
    const KioskRoster *r = m_context.roster.get();
    Q_EMIT eventLoaded(std::shared_ptr<const Event>(m_context.roster, &r->event()));
    m_verifier.emplace(r->verifier());
    m_welcome.refresh();
    if (!first)
        return;
    setScreen(Welcome);
    Q_EMIT ready();
}

void KioskController::reloadRoster()
{
    m_context.store->run<Result<std::shared_ptr<KioskRoster>>>(
        [](Store &store) { return KioskRoster::load(store); }, this,
        [this](Result<std::shared_ptr<KioskRoster>> roster) {
            if (roster.ok() && !m_device->revoked() && m_context.roster)
                rosterLoaded(roster.value(), false);
        });
}

void KioskController::setScreen(Screen screen)
{
    if (m_device->revoked())
        screen = Loading; // out of service: the loading screen shows why
    m_confirmTimer.stop();
    if (screen != m_screen) {
        m_screen = screen;
        Q_EMIT screenChanged();
    }
    if (screen == Welcome)
        m_idleTimer.stop();
    else
        m_idleTimer.start();
}

void KioskController::showProblem(const QString &text)
{
    m_problemText = text;
    setScreen(Problem);
    Q_EMIT screenChanged();
}

void KioskController::handleCode(const QString &text, CheckinMethod method)
{
    userActivity();
    switch (m_screen) {
    case Loading:
    case WalkIn:
    case WalkInDone:
    case StaffPin:
        return;
    default:
        break;
    }
    if (looksLikePairingCode(text)) {
        if (auto paired = m_device->pair(text, m_screen == Staff && m_staff.unlocked()); !paired.ok())
            showProblem(paired.error().message);
        return;
    }
    if (!m_verifier || !m_context.roster)
        return;
    const TokenVerdict verdict = m_verifier->verify(text);
    const KioskPerson *person
        = verdict.token.isNull() ? nullptr : m_context.roster->byToken(verdict.token.text());
    if (m_screen == Staff) {
        // Staff scan a badge to act on that person.
        if (person)
            m_staff.setSubject(person->id, person->firstName + QLatin1Char(' ') + person->lastName);
        return;
    }
    if (!verdict.ok() || !person) {
        showProblem(verdict.ok() ? tr("This code is not on the list of attendees.") : verdict.message);
        return;
    }
    m_search.clear();
    m_confirm.checkIn(person->id, method);
    setScreen(Confirm);
}

void KioskController::outOfService()
{
    // The device session has remembered the revocation and wipes the store; here
    // the names leave memory and the screen says where to go instead.
    m_loadError = tr("This kiosk is out of service. Please check in at the desk.");
    m_context.roster = std::make_shared<KioskRoster>(); // nobody to find any more
    const KioskRoster *r = m_context.roster.get();
    m_verifier.emplace(r->verifier()); // an empty roster: every code is unknown
    m_search.clear();
    m_confirm.clear();
    m_staff.lock();
    setScreen(Loading);
    Q_EMIT screenChanged();
}

bool KioskController::takeTyping(const QString &text, bool enter)
{
    Q_UNUSED(enter) // an Enter without a text field to take it means nothing
    switch (m_screen) {
    case Search:
    case WalkIn:
        return false; // the text field has the focus and gets the keys
    case Welcome:
    case Problem:
    case Confirm:
        // Someone typing on a hardware keyboard: that is a name search.
        if (const QString letters = text.trimmed(); !letters.isEmpty()) {
            startSearch();
            m_search.setQuery(letters);
        }
        break;
    case StaffPin:
        for (const QChar c : text)
            if (c.isDigit())
                m_staff.appendDigit(QString(c));
        userActivity();
        break;
    default:
        break;
    }
    return true;
}

void KioskController::startSearch()
{
    m_search.clear();
    setScreen(Search);
}

void KioskController::startWalkIn()
{
    m_walkIn.clear();
    setScreen(WalkIn);
}

void KioskController::openStaff()
{
    m_staffPurpose = StaffPurpose::Menu;
    m_staff.lock();
    if (!m_confirm.attendeeId().isEmpty())
        m_staff.setSubject(
            m_confirm.attendeeId(), m_confirm.firstName() + QLatin1Char(' ') + m_confirm.lastName());
    setScreen(StaffPin);
}

void KioskController::confirmIdentity()
{
    const QString id = m_search.candidateId();
    if (id.isEmpty())
        return;
    m_search.clear();
    m_confirm.checkIn(id, CheckinMethod::Search);
    setScreen(Confirm);
}

void KioskController::rejectIdentity()
{
    setScreen(Search);
}

void KioskController::requestReprint()
{
    if (!m_confirm.canReprint())
        return;
    if (m_context.config().reprintNeedsStaff) {
        m_staff.lock();
        m_staffPurpose = StaffPurpose::ApproveReprint;
        setScreen(StaffPin);
    } else {
        m_confirm.printBadge(true);
        m_confirmTimer.start();
    }
}

void KioskController::retryBadge()
{
    m_confirm.retryBadge();
    if (m_screen == Confirm)
        m_confirmTimer.start();
}

void KioskController::badgeProgress(
    const QString &attendeeId, PrintJobState state, const QString &message, bool retryable)
{
    if (state == PrintJobState::Queued || state == PrintJobState::Printing)
        m_context.badgesInFlight.insert(attendeeId);
    else
        m_context.badgesInFlight.remove(attendeeId);
    m_confirm.setBadgeProgress(attendeeId, state, message, retryable);
    m_staff.setBadgeProgress(attendeeId, state, message);
    // A person waiting for their badge sees how it ends before the screen goes back.
    if (m_screen == Confirm && attendeeId == m_confirm.attendeeId() && m_confirmTimer.isActive())
        m_confirmTimer.start();
}

void KioskController::manualCheckIn()
{
    if (!m_staff.unlocked())
        return;
    m_search.clear();
    m_search.setStaffSearch(true);
    setScreen(Search);
}

void KioskController::setMode(const QString &modeText)
{
    const auto mode = KioskMode::fromText(modeText);
    if (!mode || (!m_staff.unlocked() && m_screen != Loading))
        return;
    m_device->setMode(*mode); // modeChanged: the welcome screen and the staff status follow
}

void KioskController::goHome()
{
    m_search.clear();
    m_confirm.clear();
    m_walkIn.clear();
    m_staff.lock();
    m_problemText.clear();
    setScreen(Welcome);
}

void KioskController::idleReset()
{
    goHome();
    m_device->resetLanguage(); // the next person starts in the kiosk's language
}

void KioskController::exitApp()
{
    if (m_staff.unlocked())
        Q_EMIT quitRequested();
}

void KioskController::userActivity()
{
    if (m_screen != Welcome && m_screen != Loading)
        m_idleTimer.start();
    if (m_confirmTimer.isActive())
        m_confirmTimer.start();
}

bool KioskController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        userActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace oppmote
