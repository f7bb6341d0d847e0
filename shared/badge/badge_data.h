#pragma once
// What a badge shows about one person: plain values, so the badge module
// depends on neither the store nor the allocation (the caller looks up the
// group and room and passes them in).

#include "domain/attendee.h"
#include "domain/program.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace oppmote {

// One group-work place the badge lists: "tir. 11:00", "Gruppe 3", "Rom 2".
struct BadgeGroupPlace {
    QString groupKey; // what the badge shows, for the print log (badgeShowsNote)
    QDate date; // the slot's day; invalid when the programme has no date
    QString when; // "tir. 11:00", written when the badge is made (the locale of that moment)
    QString group;
    QString room;
    bool operator==(const BadgeGroupPlace &) const = default;
};

struct BadgeData {
    QString attendeeId;
    QString firstName;
    QString lastName;
    QString organisation;
    QString role;
    AttendeeType type = AttendeeType::Participant;
    QString token; // the QR code's content
    QString group; // "Tema 2"; empty when not allocated
    QString room; // "Møterom 3"
    int day = 0; // 1-based day of the event for day-coloured bands; 0 = not set
    QString eventName;
    QString dates; // the event's days in the UI language: "25.–26. september 2025"
    QList<BadgeGroupPlace> schedule; // every slot the person has a group in, in programme order
    QByteArray logo; // the organiser's logo (PNG, JPEG or SVG); empty: none

    QString fullName() const;
    // The value bound to a template placeholder: firstName, lastName,
    // fullName, organisation, role, type (the person's kind, in the UI
    // language), group, room, day, event, dates, schedule (a line per place:
    // "tir. 11:00 Gruppe 3 · Rom 2"). Unknown names give "".
    QString field(const QString &name) const;
    // "{firstName} {lastName}" → the values; unknown fields are left empty. A
    // line break in the pattern or a value (the schedule) is kept; lines left
    // empty are dropped.
    QString expand(const QString &pattern) const;
};

BadgeData badgeDataFor(const Attendee &attendee);

// The badge as the event prints it: the event's name and days, every group
// the person has (their fixed group as facilitator or case presenter, by key
// or name; else the one they are placed in, of `groupKeys`), and
// as {group} and {room} the one of the day it is printed for: the first on
// `day`'s programme; when none is that day (or `day` is not given), the first.
BadgeData badgeDataFor(
    const Attendee &attendee, const Event &event, const QStringList &groupKeys, const QDate &day = {});

// What a printed badge showed of the person's groups, kept with its print
// (the badge_printed event's note): "groups: d1-1400-g2 d2-1100-m3"; "" for
// none. A badge whose note differs from what it would show now is outdated.
QString badgeShowsNote(const BadgeData &badge);

// "25. september 2025", "25.–26. september 2025", "25–26 September 2025"
// (English), in the default locale; "" without dates.
QString eventDatesText(const Event &event);

// "Speaker", "Participant" … in the UI language (QCoreApplication::translate).
QString attendeeTypeLabel(AttendeeType type);

} // namespace oppmote
