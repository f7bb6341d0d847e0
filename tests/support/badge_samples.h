#pragma once
// Badge data for tests: the long Norwegian names of issue 6 and ordinary ones, and a logo.

#include "badge/badge_data.h"

#include <QBuffer>
#include <QColor>
#include <QImage>

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
    d.dates = QStringLiteral("25.–26. september 2017");
    d.schedule = { { QStringLiteral("d1-1400-g3"), QDate(2017, 9, 25), QStringLiteral("man. 14:00"),
                       QStringLiteral("Tema 3: Grønn omstilling"), QStringLiteral("Møterom Nidaros") },
        { QStringLiteral("d2-1100-m12"), QDate(2017, 9, 26), QStringLiteral("tir. 11:00"),
            QStringLiteral("Gruppe 12"), QStringLiteral("Plenumssalen B") } };
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

// A PNG file's bytes: one colour, for logos.
inline QByteArray pngBytes(const QSize &size, const QColor &colour)
{
    QImage png(size, QImage::Format_RGB32);
    png.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    png.save(&buffer, "PNG");
    return bytes;
}

} // namespace oppmote::test
