#pragma once
// The whole kiosk object graph — settings, controllers, QML engine, window —
// built in one place and used by main.cpp, the Qt Quick tests, the
// screenshot tool and the benchmarks alike.

#include "domain/result.h"
#include "kiosk/kiosk_controller.h"
#include "kiosk_options.h"
#include "no_network_access.h"

#include <QObject>

#include <memory>

namespace oppmote {
class AsyncStore;
class DeviceSession;
class EvdevScanner;
class PrintQueue;
class BadgePrinting;
class HubLink;
class PrinterReport;
class WedgeKeyFilter;
} // namespace oppmote

class QQmlApplicationEngine;
class QQuickWindow;

namespace oppmote::kiosk {

class KioskApp : public QObject
{
    Q_OBJECT
public:
    explicit KioskApp(KioskOptions options, QObject *parent = nullptr);
    ~KioskApp() override;

    // Reads the settings, builds the store thread, the device session and the
    // controllers, opens the store and shows the window with the hand-scanner
    // filter on it. The welcome screen follows when the roster is loaded
    // (controller()->ready()).
    Status start();

    KioskController *controller() const { return m_controller.get(); }
    DeviceSession *device() const { return m_device.get(); }
    HubLink *hubLink() const { return m_hubLink.get(); }
    PrinterReport *printerReport() const { return m_printerReport.get(); } // null without a printer
    WedgeKeyFilter *keyFilter() const { return m_keyFilter.get(); }
    EvdevScanner *evdevScanner() const { return m_evdev.get(); } // null unless configured and opened
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const { return m_window; }
    const KioskOptions &options() const { return m_options; }

    // Sets the process-wide things that must precede QGuiApplication
    // (virtual keyboard input method, software rendering in tests).
    static void prepareEnvironment(const KioskOptions &options);

private:
    void connectBadgePrinter(const KioskConfig &config);
    QSize windowSize() const; // the screen's when fullscreen, else the options'
    void connectHandScanner(const KioskConfig &config);
    KioskOptions m_options;
    std::unique_ptr<AsyncStore> m_store;
    std::unique_ptr<DeviceSession> m_device;
    std::unique_ptr<KioskController> m_controller;
    std::unique_ptr<WedgeKeyFilter> m_keyFilter;
    std::unique_ptr<EvdevScanner> m_evdev; // only with a scanner device configured
    std::unique_ptr<PrintQueue> m_printQueue; // only with a printer configured
    std::unique_ptr<BadgePrinting> m_badgePrinting;
    std::unique_ptr<HubLink> m_hubLink;
    std::unique_ptr<PrinterReport> m_printerReport; // only with a printer configured
    ui::NoNetworkAccessFactory m_noNetwork; // outlives the engine
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace oppmote::kiosk
