#pragma once
// Speakers as programmes write them after "v/":
//   "Ragna Brenne Bjerkeset, assisterende regional- og næringssjef i Møre og
//    Romsdal fylkeskommune og Vincent Fleischer, avdelingsdirektør i KMD."
// → two people with name, role and organisation.

#include "domain/program.h"

#include <QList>

namespace oppmote {

QList<Person> parsePeople(const QString &text);

// "Sogn- og Fjordane fylkeskommune" → "Sogn og Fjordane fylkeskommune"
QString normaliseOrganisation(const QString &name);

} // namespace oppmote
