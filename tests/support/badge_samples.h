#pragma once
// Badge data for tests: the long Norwegian names of issue 6 and ordinary ones.

#include "badge/badge_data.h"

namespace oppmote::test {

inline BadgeData longNameBadge()
{
    BadgeData d;
    d.attendeeId = QStringLiteral("a-long");
    d.firstName = QStringLiteral("Kristin Marie");
    d.lastName = QStringLiteral("Østensjø-Aarflot Bjørnstad");
    d.organisation = QStringLiteral(
        "Sør-Trøndelag fylkeskommune, seksjon for forsking, internasjonalisering og analyse");
    d.role = QStringLiteral("Seniorrådgiver");
    d.type = AttendeeType::Speaker;
    d.token = QStringLiteral("O1-7ZK3M9QH2W6XR0B5T8VNPD4FGY");
    d.group = QStringLiteral("Tema 3: Grønn omstilling");
    d.room = QStringLiteral("Møterom Nidaros");
    d.day = 2;
    d.eventName = QStringLiteral("Verksted for regional utvikling");
    return d;
}

inline BadgeData shortNameBadge()
{
    BadgeData d;
    d.attendeeId = QStringLiteral("a-short");
    d.firstName = QStringLiteral("Ola");
    d.lastName = QStringLiteral("Nå");
    d.organisation = QStringLiteral("Agder fylkeskommune");
    d.type = AttendeeType::Participant;
    d.token = QStringLiteral("O1-2M4Q6S8U0W2Y4A6C8E0G2J4K");
    d.day = 1;
    d.eventName = QStringLiteral("Verksted for regional utvikling");
    return d;
}

} // namespace oppmote::test
