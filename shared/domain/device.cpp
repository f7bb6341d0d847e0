#include "domain/device.h"

#include "domain/printer_problem.h"

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

bool Device::onlineAt(const QDateTime &nowUtc) const
{
    if (revoked || !connected || lastSeen.isEmpty())
        return false;
    QDateTime seen = QDateTime::fromString(lastSeen, Qt::ISODateWithMs);
    seen.setTimeSpec(Qt::UTC);
    return seen.isValid() && seen.secsTo(nowUtc) <= kOnlineWindowSeconds;
}

bool Device::printerNeedsAttention() const
{
    return !revoked && status && !status->printer.isEmpty() && !status->printerProblem.isEmpty();
}

QString deviceStatusText(const DeviceStatus &status, bool online)
{
    QStringList parts;
    parts << (status.unsent == 0 ? DeviceText::tr("everything sent")
                                 : DeviceText::tr("%n not sent yet", nullptr, status.unsent));
    if (status.printer.isEmpty())
        parts << DeviceText::tr("no badge printer");
    else if (status.printerProblem.isEmpty())
        parts << DeviceText::tr("printer ready");
    else
        parts << DeviceText::tr("printer: %1")
                     .arg(printerProblemText(printerProblemFromKey(status.printerProblem)));
    if (status.printQueue > 0)
        parts << DeviceText::tr("%n badges waiting", nullptr, status.printQueue);
    const QString joined = parts.join(QStringLiteral(" · "));
    return online ? joined : DeviceText::tr("when last seen: %1").arg(joined);
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
