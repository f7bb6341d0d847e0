#include "platform/runtime_dir.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace oppmote {

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::temp().filePath(QStringLiteral("oppmote-runtime-%1").arg(getuid()));
    if (QDir().mkpath(dir)
        && QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
}

} // namespace oppmote
