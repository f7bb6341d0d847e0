#pragma once
// Paths of the embedded assets (Qt resources).

#include <QString>

namespace oppmote::assets {

QString sampleProgram(); // the sample workshop's programme text
QString sampleSettings(); // its rooms, capacities and year
QString sampleLogo(); // a fictional organiser's logo for its badges

} // namespace oppmote::assets
