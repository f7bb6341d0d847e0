#pragma once
// The app kit's models and the desk's navigation as QML types (QML_FOREIGN:
// the core stays QML-free). None can be created from QML; the app hands them over.

#include "admin_navigation.h"
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
#include "image_item.h"
#include "qr_code_item.h"

#include <QtQml/qqml.h>

namespace oppmote::admin::qml {

struct AdminNavigationForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::admin::AdminNavigation)
    QML_NAMED_ELEMENT(AdminNavigation)
    QML_UNCREATABLE("The desk app creates its navigation.")
};

struct AttendanceModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::AttendanceModel)
    QML_NAMED_ELEMENT(AttendanceModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct ArrivalCurveModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::ArrivalCurveModel)
    QML_NAMED_ELEMENT(ArrivalCurveModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct OrganisationAttendanceModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::OrganisationAttendanceModel)
    QML_NAMED_ELEMENT(OrganisationAttendanceModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct AttendeeListModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::AttendeeListModel)
    QML_NAMED_ELEMENT(AttendeeListModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct WalkInQueueModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::WalkInQueueModel)
    QML_NAMED_ELEMENT(WalkInQueueModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct DeviceListModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::DeviceListModel)
    QML_NAMED_ELEMENT(DeviceListModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct AllocationEditorModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::AllocationEditorModel)
    QML_NAMED_ELEMENT(AllocationEditorModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct AllocationRunsModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::AllocationRunsModel)
    QML_NAMED_ELEMENT(AllocationRunsModel)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct KioskPairingForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::KioskPairing)
    QML_NAMED_ELEMENT(KioskPairing)
    QML_UNCREATABLE("The desk app creates it.")
};

struct ReportSaverForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::ReportSaver)
    QML_NAMED_ELEMENT(ReportSaver)
    QML_UNCREATABLE("The desk app creates it.")
};

struct BadgeDeskForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::BadgeDesk)
    QML_NAMED_ELEMENT(BadgeDesk)
    QML_UNCREATABLE("The desk app creates the models.")
};

struct PrivacyDeskForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::PrivacyDesk)
    QML_NAMED_ELEMENT(PrivacyDesk)
    QML_UNCREATABLE("The desk app creates it.")
};

struct AttendeeImportDeskForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::AttendeeImportDesk)
    QML_NAMED_ELEMENT(AttendeeImportDesk)
    QML_UNCREATABLE("The desk app creates it.")
};

struct ProgramDeskForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::ProgramDesk)
    QML_NAMED_ELEMENT(ProgramDesk)
    QML_UNCREATABLE("The desk app creates it.")
};

struct PersonDeskForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::PersonDesk)
    QML_NAMED_ELEMENT(PersonDesk)
    QML_UNCREATABLE("The desk app creates it.")
};

// Created in QML: QrCode { text: … }.
struct QrCodeItemForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::admin::QrCodeItem)
    QML_NAMED_ELEMENT(QrCode)
};

// Created in QML: ImageView { image: … }.
struct ImageItemForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::admin::ImageItem)
    QML_NAMED_ELEMENT(ImageView)
};

} // namespace oppmote::admin::qml
