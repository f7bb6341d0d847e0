#pragma once
// Fictional-name material for the sample roster: common Norwegian and
// Swedish given names and surnames (with æ, ø, å, ä, ö), job titles, and the
// organisations of Norway's regional development field.

#include <QStringList>

namespace oppmote::sample {

const QStringList &norwegianWomen();
const QStringList &norwegianMen();
const QStringList &norwegianSurnames();
const QStringList &swedishWomen();
const QStringList &swedishMen();
const QStringList &swedishSurnames();
const QStringList &jobTitles();
const QStringList &countyCouncils(); // the 2017 fylkeskommuner (and Oslo)
const QStringList &otherOrganisations(); // ministry, unions, agencies, Swedish regions

} // namespace oppmote::sample
