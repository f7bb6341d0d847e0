#include "kiosk/kiosk_controller.h"

#include "platform/logging.h"
#include "i18n/translations.h"
#include "store/async_store.h"

#include <QCoreApplication>
#include <QEvent>

namespace oppmote {

KioskController::KioskController(KioskConfig config, QString configPath, QObject *parent)
    : QObject(parent),
      m_welcome(&m_context),
      m_search(&m_context),
      m_confirm(&m_context),
      m_staff(&m_context),
      m_walkIn(&m_context)
{
    m_context.config = std::move(config);
    m_context.configPath = std::move(configPath);
    m_context.store = new AsyncStore(this);
    m_language = languageCode(languageFromCode(m_context.config.language));
    QLocale::setDefault(localeFor(languageFromCode(m_language)));

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_context.config.idleTimeoutSeconds * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskController::idleReset);
    m_confirmTimer.setSingleShot(true);
    m_confirmTimer.setInterval(m_context.config.confirmSeconds * 1000);
    connect(&m_confirmTimer, &QTimer::timeout, this, &KioskController::goHome);

    connect(&m_scan, &ScanController::codeRead, this, &KioskController::handleCode);
    connect(&m_scan, &ScanController::typed, this, [this](const QString &text) {
        if (m_screen == Welcome || m_screen == Problem || m_screen == Confirm) {
            // Someone typing on a hardware keyboard: that is a name search.
            const QString letters = text.trimmed();
            if (letters.isEmpty())
                return;
            startSearch();
            m_search.setQuery(letters);
        } else if (m_screen == StaffPin) {
            for (const QChar c : text)
                if (c.isDigit())
                    m_staff.appendDigit(QString(c));
        }
    });
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
            && !m_context.config.printerQueue.isEmpty() && m_context.config.mode.isEntrance())
            m_confirm.printBadge(false);
        if (m_screen == Confirm)
            m_confirmTimer.start();
    });
    connect(&m_confirm, &ConfirmController::badgeRequested, this, &KioskController::badgeRequested);
    connect(&m_staff, &StaffController::badgeRequested, this, &KioskController::badgeRequested);
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
    m_context.store->drain();
}

void KioskController::start(const QString &databasePath)
{
    if (m_context.config.revoked) {
        m_revoked = true;
        m_loadError = tr("This kiosk is out of service. Please check in at the desk.");
    }
    connect(m_context.store, &AsyncStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_loadError = error;
            Q_EMIT screenChanged();
            return;
        }
        if (m_revoked) {
            purgeAfterRevocation(); // again: the last wipe may not have finished
            Q_EMIT screenChanged();
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
    });
    StoreOptions options;
    options.deviceName = m_context.config.deviceName;
    m_context.store->open(databasePath, options);
}

void KioskController::rosterLoaded(std::shared_ptr<KioskRoster> roster, bool first)
{
    if (m_revoked)
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

void KioskController::purgeAfterRevocation()
{
    m_context.store->run<Status>([](Store &store) { return store.wipeRevokedDevice(); }, this,
        [](Status s) {
            if (!s.ok())
                qCCritical(lcStore) << "could not wipe the personal data after revocation:" << s.error().message;
        });
}

void KioskController::reloadRoster()
{
    m_context.store->run<Result<std::shared_ptr<KioskRoster>>>(
        [](Store &store) { return KioskRoster::load(store); }, this,
        [this](Result<std::shared_ptr<KioskRoster>> roster) {
            if (roster.ok() && !m_revoked && m_context.roster)
                rosterLoaded(roster.value(), false);
        });
}

void KioskController::setScreen(Screen screen)
{
    if (m_revoked)
        screen = Loading; // out of service: the loading screen shows why
    m_confirmTimer.stop();
    if (screen != m_screen) {
        m_screen = screen;
        // Text fields take the keys on these screens; elsewhere a hand scanner may be typing.
        m_scan.setKeysEnabled(screen != Search && screen != WalkIn);
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
        applyPairing(text);
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

void KioskController::applyPairing(const QString &text)
{
    if (paired() && !(m_screen == Staff && m_staff.unlocked())) {
        showProblem(tr("This kiosk is already set up. Staff can pair it again from staff mode."));
        return;
    }
    auto code = parsePairingCode(text);
    if (!code.ok()) {
        showProblem(code.error().message);
        return;
    }
    oppmote::applyPairing(m_context.config, code.value());
    saveConfig();
    m_welcome.refresh();
    m_staff.refreshStatus();
    Q_EMIT modeChanged();
}

void KioskController::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}

void KioskController::keepDeviceSecret(const QString &secret)
{
    m_context.config.deviceSecret = secret;
    m_context.config.deviceToken.clear();
    saveConfig();
}

void KioskController::wipeAfterRevocation()
{
    if (m_revoked)
        return;
    m_revoked = true;
    m_online = false;
    m_loadError = tr("This kiosk is out of service. Please check in at the desk.");
    // Remembered first: if the power goes before the wipe is done, the next start wipes again.
    m_context.config.revoked = true;
    m_context.config.deviceSecret.clear();
    m_context.config.deviceToken.clear();
    saveConfig();
    purgeAfterRevocation();
    m_context.roster = std::make_shared<KioskRoster>(); // nobody to find any more
    const KioskRoster *r = m_context.roster.get();
    m_verifier.emplace(r->verifier()); // an empty roster: every code is unknown
    m_search.clear();
    setScreen(Loading);
    Q_EMIT onlineChanged();
    Q_EMIT screenChanged();
}

void KioskController::saveConfig()
{
    if (!m_context.configPath.isEmpty())
        if (auto s = m_context.config.write(m_context.configPath); !s.ok())
            qCWarning(lcStore) << "kiosk settings:" << s.error().message;
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
    if (m_confirm.attendeeId().isEmpty())
        return;
    if (m_context.config.reprintNeedsStaff) {
        m_staff.lock();
        m_staffPurpose = StaffPurpose::ApproveReprint;
        setScreen(StaffPin);
    } else {
        m_confirm.printBadge(true);
        m_confirmTimer.start();
    }
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
    m_context.config.mode = *mode;
    saveConfig();
    m_welcome.refresh();
    Q_EMIT modeChanged();
    m_staff.refreshStatus();
}

void KioskController::setLanguage(const QString &code)
{
    const QString normalised = languageCode(languageFromCode(code));
    if (normalised == m_language)
        return;
    m_language = normalised;
    QLocale::setDefault(localeFor(languageFromCode(normalised)));
    if (auto *app = QCoreApplication::instance())
        installTranslations(*app, languageFromCode(normalised));
    m_welcome.refresh(); // the day's date in the new language
    Q_EMIT languageChanged(); // the app calls QQmlEngine::retranslate()
    userActivity();
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
    setLanguage(m_context.config.language); // the next person starts in the kiosk's language
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
