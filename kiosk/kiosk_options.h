#pragma once
// `oppmote-kiosk` command line: a settings file, then options that override it.

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

namespace oppmote::kiosk {

struct KioskOptions {
    QString configPath; // --config FILE (JSON, docs/kiosk.md)
    QString databasePath; // --db FILE
    bool testing = false; // --testing: no camera, software rendering, a known staff PIN
    bool fullscreen = false; // --fullscreen
    QString mode; // --mode entrance|session:KEY (overrides the file)
    QString language; // --language nb|nn|en (overrides the file)
    QString screenshotDir; // --screenshot-dir DIR: grab every screen and exit
    bool exitWhenReady = false; // quit once the welcome screen is up
    int sampleAttendees = 0; // --sample N: create the database with the sample workshop if it is missing
    QString testPin = QStringLiteral("1234"); // --testing without a PIN hash in the settings
    QDate eventDate; // overrides the settings' event date (screenshots)
    QSize windowSize { 1920, 1080 };
    bool virtualKeyboard = true;
};

// Parses the arguments (argv[0] first); returns an error text or empty.
QString parseKioskOptions(const QStringList &arguments, KioskOptions &options);

} // namespace oppmote::kiosk
