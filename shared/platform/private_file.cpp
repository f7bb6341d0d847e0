#include "platform/private_file.h"

#include <QFile>

namespace oppmote {

bool keepPrivate(const QString &path)
{
    if (!QFile::exists(path))
        return true;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void keepDatabasePrivate(const QString &databasePath)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        keepPrivate(databasePath + QLatin1String(suffix));
}

} // namespace oppmote
