#include "admin_app.h"

#include "appkit/allocation_editor_model.h"
#include "appkit/allocation_runs_model.h"
#include "appkit/arrival_curve_model.h"
#include "appkit/attendance_model.h"
#include "appkit/attendee_import_desk.h"
#include "appkit/attendee_list_model.h"
#include "appkit/badge_desk.h"
#include "appkit/device_list_model.h"
#include "appkit/kiosk_pairing.h"
#include "appkit/organisation_attendance_model.h"
#include "appkit/person_desk.h"
#include "appkit/privacy_desk.h"
#include "appkit/program_desk.h"
#include "appkit/report_saver.h"
#include "appkit/walkin_queue_model.h"
#include "i18n/translations.h"
#include "platform/runtime_dir.h"
#include "store/async_store.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
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
    m_programme.reset();
    m_attendeeImport.reset();
    m_person.reset();
    m_privacy.reset();
    m_reports.reset();
    m_pairing.reset();
    m_badges.reset();
    m_groupRuns.reset();
    m_groups.reset();
    m_devices.reset();
    m_walkIns.reset();
    m_people.reset();
    m_organisations.reset();
    m_arrivals.reset();
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
    QLocale::setDefault(localeFor(language)); // dates and weekdays (badges, lists) in the desk's language

    // The store on its thread, the models over it (each follows `changed`),
    // and the hub's and the command line's commits seen within `watchMs`.
    m_store = std::make_unique<AsyncStore>();
    m_attendance = std::make_unique<AttendanceModel>(m_store.get());
    m_arrivals = std::make_unique<ArrivalCurveModel>(m_store.get());
    m_organisations = std::make_unique<OrganisationAttendanceModel>(m_store.get());
    m_people = std::make_unique<AttendeeListModel>(m_store.get());
    m_walkIns = std::make_unique<WalkInQueueModel>(m_store.get());
    m_devices = std::make_unique<DeviceListModel>(m_store.get());
    m_groups = std::make_unique<AllocationEditorModel>(m_store.get());
    m_groups->setBy(m_options.by);
    // The runs follow the slot the group-work page shows.
    m_groupRuns = std::make_unique<AllocationRunsModel>(m_store.get(), m_options.reportsDir);
    m_groupRuns->setBy(m_options.by);
    connect(m_groups.get(), &AllocationEditorModel::slotChanged, m_groupRuns.get(),
        [this] { m_groupRuns->setSlot(m_groups->slotKey()); });
    m_badges = std::make_unique<BadgeDesk>(m_store.get(), m_options.reportsDir);
    m_pairing = std::make_unique<KioskPairing>(m_store.get(), m_options.hubUrl);
    m_reports = std::make_unique<ReportSaver>(m_store.get(), m_options.reportsDir);
    m_privacy = std::make_unique<PrivacyDesk>(m_store.get(), m_options.reportsDir);
    m_person = std::make_unique<PersonDesk>(m_store.get(), m_options.reportsDir);
    m_attendeeImport = std::make_unique<AttendeeImportDesk>(m_store.get());
    m_programme = std::make_unique<ProgramDesk>(m_store.get());
    connect(m_store.get(), &AsyncStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            Q_EMIT storeFailed(error);
            return;
        }
        m_opened = true;
        m_store->watchExternalWrites(m_options.watchMs);
        m_privacy->reload();
        m_programme->reload();
        m_badges->refreshPrinters();
        checkReady();
    });
    for (StoreListModel *model : models())
        connect(model, &StoreListModel::loadingChanged, this, &AdminApp::checkReady);
    // The lists of one page read while it shows (the dashboard's and the walk-in count always).
    connect(&m_navigation, &AdminNavigation::pageChanged, this, &AdminApp::followPage);
    followPage();
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
        { QStringLiteral("arrivals"), QVariant::fromValue(m_arrivals.get()) },
        { QStringLiteral("organisations"), QVariant::fromValue(m_organisations.get()) },
        { QStringLiteral("people"), QVariant::fromValue(m_people.get()) },
        { QStringLiteral("walkIns"), QVariant::fromValue(m_walkIns.get()) },
        { QStringLiteral("devices"), QVariant::fromValue(m_devices.get()) },
        { QStringLiteral("groups"), QVariant::fromValue(m_groups.get()) },
        { QStringLiteral("groupRuns"), QVariant::fromValue(m_groupRuns.get()) },
        { QStringLiteral("badges"), QVariant::fromValue(m_badges.get()) },
        { QStringLiteral("pairing"), QVariant::fromValue(m_pairing.get()) },
        { QStringLiteral("reports"), QVariant::fromValue(m_reports.get()) },
        { QStringLiteral("privacy"), QVariant::fromValue(m_privacy.get()) },
        { QStringLiteral("person"), QVariant::fromValue(m_person.get()) },
        { QStringLiteral("attendeeImport"), QVariant::fromValue(m_attendeeImport.get()) },
        { QStringLiteral("programme"), QVariant::fromValue(m_programme.get()) },
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

QList<StoreListModel *> AdminApp::models() const
{
    return { m_attendance.get(), m_arrivals.get(), m_organisations.get(), m_people.get(), m_walkIns.get(),
        m_devices.get(), m_groups.get(), m_groupRuns.get(), m_badges.get() };
}

void AdminApp::followPage()
{
    const AdminNavigation::Page page = m_navigation.page();
    m_people->setActive(page == AdminNavigation::People);
    m_groups->setActive(page == AdminNavigation::GroupWork);
    m_groupRuns->setActive(page == AdminNavigation::GroupWork);
    m_badges->setActive(page == AdminNavigation::Badges);
}

void AdminApp::checkReady()
{
    bool ready = m_opened;
    for (StoreListModel *model : models())
        ready = ready && !model->loading();
    if (ready == m_ready || !ready)
        return; // once ready, reloads (loading again) do not make it unready
    m_ready = true;
    Q_EMIT readyChanged();
}

} // namespace oppmote::admin
