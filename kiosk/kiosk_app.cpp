#include "kiosk_app.h"

#include "kiosk/badge_printing.h"
#include "kiosk/device_session.h"
#include "kiosk/hub_link.h"
#include "kiosk/printer_report.h"
#include "kiosk/staff_controller.h"
#include "platform/logging.h"
#include "platform/runtime_dir.h"
#include "print/print_queue.h"
#include "scan/evdev_scanner.h"
#include "scan/wedge_key_filter.h"
#include "store/async_store.h"

#include "i18n/translations.h"
#include "kiosk_sample_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>

namespace oppmote::kiosk {

KioskApp::KioskApp(KioskOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) { }

KioskApp::~KioskApp()
{
    // The window goes before the controllers it binds to; the store's jobs
    // (a revocation's wipe, a check-in) finish before the store goes.
    m_engine.reset();
    m_evdev.reset();
    m_keyFilter.reset();
    m_printerReport.reset();
    m_hubLink.reset();
    if (m_store)
        m_store->drain();
    m_badgePrinting.reset();
    m_controller.reset();
    m_device.reset();
    m_store.reset();
}

void KioskApp::prepareEnvironment(const KioskOptions &options)
{
    if (options.virtualKeyboard && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    if (options.testing) {
        // Offscreen and CI machines have no GPU: the software scene graph draws and grabs reliably.
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    ensureRuntimeDir();
}

Status KioskApp::start()
{
    KioskConfig config;
    if (!m_options.configPath.isEmpty() && QFileInfo::exists(m_options.configPath)) {
        auto read = KioskConfig::read(m_options.configPath);
        if (!read.ok())
            return read.error();
        config = read.value();
    }
    if (!m_options.mode.isEmpty()) {
        const auto mode = KioskMode::fromText(m_options.mode);
        if (!mode)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("kiosk", "Unknown mode \"%1\": use entrance or session:KEY.")
                    .arg(m_options.mode));
        config.mode = *mode;
    }
    if (!m_options.language.isEmpty())
        config.language = languageCode(languageFromCode(m_options.language));
    if (m_options.eventDate.isValid())
        config.eventDate = m_options.eventDate;
    if (m_options.testing && config.staffPinHash.isEmpty())
        config.staffPinHash = hashStaffPin(m_options.testPin);

    if (m_options.sampleAttendees > 0 && !QFileInfo::exists(m_options.databasePath)) {
        auto sample = prepareSampleStore(m_options.databasePath, m_options.sampleAttendees);
        if (!sample.ok())
            return sample.error();
    }

    if (auto *app = QCoreApplication::instance())
        installTranslations(*app, languageFromCode(config.language));
    // Beside the database: what went wrong is there to read (sync, printing,
    // camera, the store; no names). Kept through a revocation's wipe.
    if (!m_options.testing && !m_options.databasePath.isEmpty())
        logToFile(QFileInfo(m_options.databasePath).dir().filePath(QStringLiteral("oppmote-kiosk.log")));

    // The object graph: the store's thread, the device (settings, pairing,
    // revocation), navigation with its screen controllers, the hub link.
    m_store = std::make_unique<AsyncStore>();
    m_device = std::make_unique<DeviceSession>(config, m_options.configPath, m_store.get());
    m_controller = std::make_unique<KioskController>(m_device.get(), m_store.get());
    m_controller->scan()->setCameraAllowed(!m_options.testing);
    connectBadgePrinter(config);
    m_hubLink = std::make_unique<HubLink>(m_device.get(), m_store.get());
    connect(m_hubLink->client(), &sync::SyncClient::rosterUpdated, m_controller.get(),
        &KioskController::reloadRoster);
    StoreOptions storeOptions;
    storeOptions.deviceName = config.deviceName;
    m_store->open(m_options.databasePath, storeOptions);
    if (m_printQueue) { // the desk sees the printer's state through the hub
        m_printerReport = std::make_unique<PrinterReport>(m_printQueue.get(), m_hubLink->client());
        connect(m_printerReport.get(), &PrinterReport::problemChanged, m_controller->staff(),
            &StaffController::setPrinterProblem);
        m_printerReport->checkNow();
    }
    m_hubLink->start();

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setNetworkAccessManagerFactory(&m_noNetwork); // data is text: QML fetches nothing
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    connect(m_device.get(), &DeviceSession::languageChanged, m_engine.get(), &QQmlEngine::retranslate);
    connect(m_controller.get(), &KioskController::quitRequested, qApp, &QCoreApplication::quit,
        Qt::QueuedConnection);
    m_engine->setInitialProperties({
        { QStringLiteral("kiosk"), QVariant::fromValue(m_controller.get()) },
        { QStringLiteral("virtualKeyboard"), m_options.virtualKeyboard },
        { QStringLiteral("width"), windowSize().width() },
        { QStringLiteral("height"), windowSize().height() },
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Oppmote/Kiosk/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return makeError(
            ErrorCode::Internal, QCoreApplication::translate("kiosk", "The kiosk's screens did not load."));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return makeError(ErrorCode::Internal, QStringLiteral("Main.qml is not a window"));
    // Any touch or key restarts the idle timer; hand-scanner keys are sorted
    // out before that (the filter installed last runs first), so a scan never
    // reaches a screen and typing reaches it in order.
    m_window->installEventFilter(m_controller.get());
    connectHandScanner(config);
    if (m_options.fullscreen) {
        // Without a window manager (cage, a bare X server) nobody resizes the
        // window to the screen: it is made the screen's size here.
        if (const QScreen *screen = m_window->screen())
            m_window->setGeometry(screen->geometry());
        m_window->showFullScreen();
    } else
        m_window->show();
    m_controller->scan()->startCamera();
    return Ok {};
}

QSize KioskApp::windowSize() const
{
    if (m_options.fullscreen)
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            return screen->size();
    return m_options.windowSize;
}

void KioskApp::connectHandScanner(const KioskConfig &config)
{
    WedgeConfig wedge;
    wedge.prefix = config.scannerPrefix;
    wedge.suffix = config.scannerSuffix;
    wedge.needEnter = config.scannerNeedsEnter;
    // The one hand-scanner path: the scanner's keys arrive through the window
    // (a keyboard wedge) ...
    m_keyFilter = std::make_unique<WedgeKeyFilter>(wedge);
    KioskController *controller = m_controller.get();
    m_keyFilter->setTypingSink(
        [controller](const QString &text, bool enter) { return controller->takeTyping(text, enter); });
    m_controller->scan()->attachHandScanner(m_keyFilter.get());
    m_window->installEventFilter(m_keyFilter.get());
    // ... unless its input device is configured: then it is read directly and
    // grabbed, so its keys never reach the window (and are not read twice).
    if (config.scannerDevice.isEmpty())
        return;
    m_evdev = std::make_unique<EvdevScanner>(wedge);
    if (auto opened = m_evdev->open(config.scannerDevice, true); !opened.ok()) {
        qCWarning(lcScan) << "hand scanner:" << opened.error().message
                          << "- its keys come through the window";
        m_evdev.reset();
        return;
    }
    m_controller->scan()->attachHandScanner(m_evdev.get());
}

void KioskApp::connectBadgePrinter(const KioskConfig &config)
{
    // No printer configured: badges are collected at the desk, and the
    // confirmation says so.
    if (config.printerQueue.isEmpty())
        return;
    PrintQueueSettings settings;
    settings.printer = config.printerQueue;
    if (!config.badgeTemplate.isEmpty()) // the labels in this kiosk's printer
        settings.defaultTemplate = config.badgeTemplate;
    m_printQueue = std::make_unique<PrintQueue>(settings);
    m_badgePrinting = std::make_unique<BadgePrinting>(m_controller->store(), m_printQueue.get());
    connect(
        m_controller.get(), &KioskController::badgeRequested, m_badgePrinting.get(), &BadgePrinting::request);
    connect(
        m_controller.get(), &KioskController::eventLoaded, m_badgePrinting.get(), &BadgePrinting::setEvent);
    connect(
        m_badgePrinting.get(), &BadgePrinting::progress, m_controller.get(), &KioskController::badgeProgress);
}

} // namespace oppmote::kiosk
