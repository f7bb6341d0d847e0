#include "synced_device.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace oppmote::test {

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace oppmote::test
