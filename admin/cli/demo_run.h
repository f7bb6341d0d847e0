#pragma once
// The headless sample run (`oppmote demo`): the sample workshop on embedded
// SQLite, two kiosks and the organisers' store, the 09:30 queue checked in
// by QR code and by name, a kiosk cut off from the network and caught up,
// session attendance, and the reports written to a folder.

#include <QString>
#include <QTextStream>

#include <cstdint>

namespace oppmote::cli {

struct DemoOptions {
    QString outputDir = QStringLiteral("demo-output");
    int attendees = 150;
    int kiosks = 2;
    std::uint64_t seed = 2017;
    bool verbose = false;
};

// Returns an exit code (command.h).
int runDemo(const DemoOptions &options, QTextStream &out, QTextStream &err);

} // namespace oppmote::cli
