#pragma once
// The core's controllers as QML types (QML_FOREIGN: the core stays
// QML-free). None can be created from QML; the app hands them over.

#include "kiosk/kiosk_controller.h"

#include <QtQml/qqml.h>

namespace oppmote::kiosk::qml {

struct KioskControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::KioskController)
    QML_NAMED_ELEMENT(KioskController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct DeviceSessionForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::DeviceSession)
    QML_NAMED_ELEMENT(DeviceSession)
    QML_UNCREATABLE("The kiosk app creates the device session.")
};

struct WelcomeControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::WelcomeController)
    QML_NAMED_ELEMENT(WelcomeController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct ScanControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::ScanController)
    QML_NAMED_ELEMENT(ScanController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct SearchControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::SearchController)
    QML_NAMED_ELEMENT(SearchController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct SearchResultsModelForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::SearchResultsModel)
    QML_NAMED_ELEMENT(SearchResultsModel)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct ConfirmControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::ConfirmController)
    QML_NAMED_ELEMENT(ConfirmController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct StaffControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::StaffController)
    QML_NAMED_ELEMENT(StaffController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

struct WalkInControllerForeign {
    Q_GADGET
    QML_FOREIGN(oppmote::WalkInController)
    QML_NAMED_ELEMENT(WalkInController)
    QML_UNCREATABLE("The kiosk app creates the controllers.")
};

} // namespace oppmote::kiosk::qml
