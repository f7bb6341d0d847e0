#include "domain/device.h"

#include <QCoreApplication>

#include <cstdlib>

namespace oppmote {

namespace {
constexpr qint64 kClockTolerance = 60 * 1000;

struct DeviceText {
    Q_DECLARE_TR_FUNCTIONS(Device)
};
} // namespace

bool Device::clockIsOff() const
{
    return clockOffsetMs && std::llabs(*clockOffsetMs) > kClockTolerance;
}

QString clockOffsetText(const Device &device)
{
    if (!device.clockOffsetMs)
        return DeviceText::tr("unknown");
    if (!device.clockIsOff())
        return DeviceText::tr("on time");
    const qint64 minutes = std::llabs(*device.clockOffsetMs) / 60000;
    const QString amount = minutes >= 60 ? DeviceText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                         : DeviceText::tr("%1 min").arg(minutes);
    return (*device.clockOffsetMs > 0 ? DeviceText::tr("%1 ahead") : DeviceText::tr("%1 behind")).arg(amount);
}

} // namespace oppmote
