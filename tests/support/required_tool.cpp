#include "required_tool.h"

#include <QStandardPaths>

namespace oppmote::test {

bool underCi()
{
    const QByteArray ci = qgetenv("CI").toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

QString missingTool(const QString &program, const QString &debianPackage)
{
    // cupsd and other daemons live in sbin, which a user's PATH may lack.
    const QStringList extra { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") };
    if (!QStandardPaths::findExecutable(program).isEmpty()
        || !QStandardPaths::findExecutable(program, extra).isEmpty())
        return {};
    return QStringLiteral("%1 is not installed (Debian package %2; packaging/install-deps.sh installs it)")
        .arg(program, debianPackage);
}

} // namespace oppmote::test
