#include "domain/device.h"

#include <QCoreApplication>

#include <cstdlib>

namespace oppmote {

namespace {
constexpr qint64 kClockTolerance = 60 * 1000;
} // namespace

bool Device::clockIsOff() const
{
    return clockOffsetMs && std::llabs(*clockOffsetMs) > kClockTolerance;
}

QString clockOffsetText(const Device &device)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Device", s); };
    if (!device.clockOffsetMs)
        return tr("unknown");
    if (!device.clockIsOff())
        return tr("on time");
    const qint64 minutes = std::llabs(*device.clockOffsetMs) / 60000;
    const QString amount = minutes >= 60
        ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
        : tr("%1 min").arg(minutes);
    return (*device.clockOffsetMs > 0 ? tr("%1 ahead") : tr("%1 behind")).arg(amount);
}

} // namespace oppmote
