#include "admin_app.h"

#include "appkit/allocation_editor_model.h"
#include "appkit/attendance_model.h"
#include "appkit/attendee_list_model.h"
#include "appkit/device_list_model.h"
#include "appkit/kiosk_pairing.h"
#include "appkit/walkin_queue_model.h"
#include "i18n/translations.h"
#include "platform/runtime_dir.h"
#include "store/async_store.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

namespace oppmote::admin {

AdminApp::AdminApp(AdminOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) { }

AdminApp::~AdminApp()
{
    // The window goes before the models it binds to; the store's jobs finish
    // before the models that wait for their answers.
    m_engine.reset();
    if (m_store)
        m_store->drain();
    m_pairing.reset();
    m_groups.reset();
    m_devices.reset();
    m_walkIns.reset();
    m_people.reset();
    m_attendance.reset();
    m_store.reset();
}

void AdminApp::prepareEnvironment(const AdminOptions &options)
{
    if (options.testing)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // offscreen, no GPU
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    ensureRuntimeDir();
}

Status AdminApp::start()
{
    const Language language
        = m_options.language.isEmpty() ? languageFromEnvironment() : languageFromCode(m_options.language);
    if (auto *app = QCoreApplication::instance())
        installTranslations(*app, language);

    // The store on its thread, the models over it (each follows `changed`),
    // and the hub's and the command line's commits seen within `watchMs`.
    m_store = std::make_unique<AsyncStore>();
    m_attendance = std::make_unique<AttendanceModel>(m_store.get());
    m_people = std::make_unique<AttendeeListModel>(m_store.get());
    m_walkIns = std::make_unique<WalkInQueueModel>(m_store.get());
    m_devices = std::make_unique<DeviceListModel>(m_store.get());
    m_groups = std::make_unique<AllocationEditorModel>(m_store.get());
    m_groups->setBy(m_options.by);
    m_pairing = std::make_unique<KioskPairing>(m_store.get(), m_options.hubUrl);
    connect(m_store.get(), &AsyncStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            Q_EMIT storeFailed(error);
            return;
        }
        m_opened = true;
        m_store->watchExternalWrites(m_options.watchMs);
        checkReady();
    });
    for (StoreListModel *model : std::initializer_list<StoreListModel *> {
             m_attendance.get(), m_people.get(), m_walkIns.get(), m_devices.get(), m_groups.get() })
        connect(model, &StoreListModel::loadingChanged, this, &AdminApp::checkReady);
    // The hub's database must exist: a mistyped path opens nothing rather
    // than an empty event. The database's own device keeps its name.
    StoreOptions storeOptions;
    storeOptions.createIfMissing = false;
    m_store->open(m_options.databasePath, storeOptions);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setNetworkAccessManagerFactory(&m_noNetwork); // data is text: QML fetches nothing
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->setInitialProperties({
        { QStringLiteral("navigation"), QVariant::fromValue(&m_navigation) },
        { QStringLiteral("attendance"), QVariant::fromValue(m_attendance.get()) },
        { QStringLiteral("people"), QVariant::fromValue(m_people.get()) },
        { QStringLiteral("walkIns"), QVariant::fromValue(m_walkIns.get()) },
        { QStringLiteral("devices"), QVariant::fromValue(m_devices.get()) },
        { QStringLiteral("groups"), QVariant::fromValue(m_groups.get()) },
        { QStringLiteral("pairing"), QVariant::fromValue(m_pairing.get()) },
        { QStringLiteral("width"), m_options.windowSize.width() },
        { QStringLiteral("height"), m_options.windowSize.height() },
    });
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Oppmote/Admin/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return makeError(
            ErrorCode::Internal, QCoreApplication::translate("admin", "The desk's pages did not load."));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return makeError(ErrorCode::Internal, QStringLiteral("Main.qml is not a window"));
    connect(this, &AdminApp::storeFailed, m_window,
        [this](const QString &message) { m_window->setProperty("storeError", message); });
    m_window->show();
    return Ok {};
}

void AdminApp::checkReady()
{
    const bool ready = m_opened && !m_attendance->loading() && !m_people->loading() && !m_walkIns->loading()
        && !m_devices->loading() && !m_groups->loading();
    if (ready == m_ready || !ready)
        return; // once ready, reloads (loading again) do not make it unready
    m_ready = true;
    Q_EMIT readyChanged();
}

} // namespace oppmote::admin
