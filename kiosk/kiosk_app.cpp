#include "kiosk_app.h"

#include "platform/logging.h"
#include "kiosk/badge_printing.h"
#include "kiosk/hub_link.h"
#include "platform/runtime_dir.h"
#include "print/print_queue.h"

#include "i18n/translations.h"
#include "kiosk_sample_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace oppmote::kiosk {

KioskApp::KioskApp(KioskOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) { }

KioskApp::~KioskApp()
{
    // The window goes before the controllers it binds to.
    m_engine.reset();
    m_hubLink.reset();
    m_controller.reset();
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

    m_controller = std::make_unique<KioskController>(config, m_options.configPath);
    m_controller->scan()->setCameraAllowed(!m_options.testing);
    m_controller->start(m_options.databasePath);
    connectBadgePrinter(config);
    m_hubLink = std::make_unique<HubLink>(m_controller.get());
    m_hubLink->start();

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setNetworkAccessManagerFactory(&m_noNetwork); // data is text: QML fetches nothing
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    connect(m_controller.get(), &KioskController::languageChanged, m_engine.get(), &QQmlEngine::retranslate);
    connect(m_controller.get(), &KioskController::quitRequested, qApp, &QCoreApplication::quit,
        Qt::QueuedConnection);
    m_engine->setInitialProperties({
        { QStringLiteral("kiosk"), QVariant::fromValue(m_controller.get()) },
        { QStringLiteral("virtualKeyboard"), m_options.virtualKeyboard },
        { QStringLiteral("width"), m_options.windowSize.width() },
        { QStringLiteral("height"), m_options.windowSize.height() },
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Oppmote/Kiosk/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return makeError(
            ErrorCode::Internal, QCoreApplication::translate("kiosk", "The kiosk's screens did not load."));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return makeError(ErrorCode::Internal, QStringLiteral("Main.qml is not a window"));
    // Hand-scanner keys and any touch reach the controllers before the screens.
    m_window->installEventFilter(m_controller->scan());
    m_window->installEventFilter(m_controller.get());
    if (m_options.fullscreen)
        m_window->showFullScreen();
    else
        m_window->show();
    m_controller->scan()->startCamera();
    return Ok {};
}

void KioskApp::connectBadgePrinter(const KioskConfig &config)
{
    // No printer configured: badges are collected at the desk, and the
    // confirmation says so.
    if (config.printerQueue.isEmpty())
        return;
    PrintQueueSettings settings;
    settings.printer = config.printerQueue;
    m_printQueue = std::make_unique<PrintQueue>(settings);
    m_badgePrinting = std::make_unique<BadgePrinting>(m_controller->store(), m_printQueue.get());
    connect(
        m_controller.get(), &KioskController::badgeRequested, m_badgePrinting.get(), &BadgePrinting::request);
    connect(
        m_controller.get(), &KioskController::eventLoaded, m_badgePrinting.get(), &BadgePrinting::setEvent);
    connect(m_badgePrinting.get(), &BadgePrinting::printFailed, m_controller->confirm(),
        &ConfirmController::setPrintProblem);
}

} // namespace oppmote::kiosk
