#include "test_paths.h"

#include <QDir>

namespace oppmote::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(OPPMOTE_SOURCE_DIR)).filePath(relative);
}

QString binaryPath(const QString &relative)
{
    return QDir(QStringLiteral(OPPMOTE_BINARY_DIR)).filePath(relative);
}

QString cliPath()
{
    return QStringLiteral(OPPMOTE_CLI_PATH); // where CMake put the `oppmote` target
}

} // namespace oppmote::test
