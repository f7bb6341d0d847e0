#pragma once
// `oppmote-admin` command line.

#include <QSize>
#include <QString>

namespace oppmote::admin {

struct AdminOptions {
    QString databasePath; // --db FILE: the hub's database on the organisers' machine
    QString language; // --language nb|nn|en (default: the environment's, else Bokmål)
    bool testing = false; // --testing: software rendering
    bool exitWhenReady = false; // --exit-when-ready: quit once the store is open and the dashboard is up
    QString screenshotDir; // --screenshot-dir DIR: a picture of every page, then exit
    QString hubUrl; // --hub-url wss://HOST:PORT: where devices reach the hub (pairing codes)
    QString by; // --by NAME: who is at the desk (written in the allocation's audit log)
    QString reportsDir; // --reports-dir DIR: where reports and personal-data exports are saved
    int watchMs = 250; // how often commits by the hub and the command line are looked for
    QSize windowSize { 1366, 768 };
};

// Parses the arguments (argv[0] first); returns an error or help text, or empty.
QString parseAdminOptions(const QStringList &arguments, AdminOptions &options);

} // namespace oppmote::admin
