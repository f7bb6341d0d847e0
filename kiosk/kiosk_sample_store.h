#pragma once
// A store with the sample workshop, N generated attendees with codes and a
// group allocation for every group-work slot: for the screenshot tool,
// `oppmote-kiosk --sample N`, the Qt Quick tests and the benchmarks.

#include "domain/attendee.h"
#include "domain/program.h"
#include "domain/result.h"

#include <QList>

namespace oppmote::kiosk {

struct SampleStore {
    Event event;
    QList<Attendee> attendees;
};

Result<SampleStore> prepareSampleStore(const QString &path, int attendees, quint64 seed = 2017,
    const QString &deviceName = QStringLiteral("Kiosk 1"));

} // namespace oppmote::kiosk
