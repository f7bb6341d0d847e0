#include "assets.h"

namespace oppmote::assets {

QString sampleProgram()
{
    return QStringLiteral(":/sample/verksted-for-regional-utvikling.txt");
}

QString sampleSettings()
{
    return QStringLiteral(":/sample/verksted.settings.json");
}

QString sampleLogo()
{
    return QStringLiteral(":/sample/organiser-logo.svg");
}

} // namespace oppmote::assets
