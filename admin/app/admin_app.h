#pragma once
// The desk app's object graph (the composition root): the hub's store on its
// own thread, the app kit's models over it, navigation, the QML engine and
// its window. main.cpp parses options and runs it; tests build it the same way.

#include "admin_navigation.h"
#include "admin_options.h"
#include "domain/result.h"
#include "no_network_access.h"

#include <QObject>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace oppmote {
class AsyncStore;
class StoreListModel;
class AttendanceModel;
class AttendeeListModel;
class WalkInQueueModel;
class DeviceListModel;
class AllocationEditorModel;
class AllocationRunsModel;
class BadgeDesk;
class KioskPairing;
class ReportSaver;
class ArrivalCurveModel;
class OrganisationAttendanceModel;
class PrivacyDesk;
class PersonDesk;
class AttendeeImportDesk;
class ProgramDesk;
} // namespace oppmote

namespace oppmote::admin {

class AdminApp : public QObject
{
    Q_OBJECT
public:
    explicit AdminApp(AdminOptions options, QObject *parent = nullptr);
    ~AdminApp() override;

    static void prepareEnvironment(const AdminOptions &options); // before QGuiApplication

    // Opens the store, builds the models and shows the window.
    Status start();

    AdminNavigation *navigation() { return &m_navigation; }
    AsyncStore *store() const { return m_store.get(); }
    AttendanceModel *attendance() const { return m_attendance.get(); }
    AttendeeListModel *people() const { return m_people.get(); }
    WalkInQueueModel *walkIns() const { return m_walkIns.get(); }
    DeviceListModel *devices() const { return m_devices.get(); }
    AllocationEditorModel *groups() const { return m_groups.get(); }
    AllocationRunsModel *groupRuns() const { return m_groupRuns.get(); }
    BadgeDesk *badges() const { return m_badges.get(); }
    KioskPairing *pairing() const { return m_pairing.get(); }
    ReportSaver *reports() const { return m_reports.get(); }
    ArrivalCurveModel *arrivals() const { return m_arrivals.get(); }
    OrganisationAttendanceModel *organisations() const { return m_organisations.get(); }
    PrivacyDesk *privacy() const { return m_privacy.get(); }
    PersonDesk *person() const { return m_person.get(); }
    AttendeeImportDesk *attendeeImport() const { return m_attendeeImport.get(); }
    ProgramDesk *programme() const { return m_programme.get(); }
    QQuickWindow *window() const { return m_window; }
    // The store opened and every model has read its rows once.
    bool ready() const { return m_ready; }

Q_SIGNALS:
    void readyChanged();
    void storeFailed(const QString &message);

private:
    void checkReady();
    void followPage();
    QList<StoreListModel *> models() const; // every list the pages show

    AdminOptions m_options;
    AdminNavigation m_navigation;
    ui::NoNetworkAccessFactory m_noNetwork;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<AttendanceModel> m_attendance;
    std::unique_ptr<ArrivalCurveModel> m_arrivals;
    std::unique_ptr<OrganisationAttendanceModel> m_organisations;
    std::unique_ptr<AttendeeListModel> m_people;
    std::unique_ptr<WalkInQueueModel> m_walkIns;
    std::unique_ptr<DeviceListModel> m_devices;
    std::unique_ptr<AllocationEditorModel> m_groups;
    std::unique_ptr<AllocationRunsModel> m_groupRuns;
    std::unique_ptr<BadgeDesk> m_badges;
    std::unique_ptr<KioskPairing> m_pairing;
    std::unique_ptr<ReportSaver> m_reports;
    std::unique_ptr<PrivacyDesk> m_privacy;
    std::unique_ptr<PersonDesk> m_person;
    std::unique_ptr<AttendeeImportDesk> m_attendeeImport;
    std::unique_ptr<ProgramDesk> m_programme;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    bool m_opened = false;
    bool m_ready = false;
};

} // namespace oppmote::admin
