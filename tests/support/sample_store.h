#pragma once
// A temporary store holding the sample workshop and a generated roster with
// tokens: the starting point of many tests and benchmarks.

#include "domain/attendee.h"
#include "domain/program.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace oppmote::test {

// The sample programme parsed from the source tree's assets (with settings).
Event sampleEvent();

struct SampleStore {
    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    Event event;
    QList<Attendee> attendees;
    std::optional<Store> store;
};

// Creates <tmp>/oppmote.sqlite with the sample programme and `people` attendees.
SampleStore makeSampleStore(int people, const QString &deviceName = QStringLiteral("Kiosk 1"));

} // namespace oppmote::test
