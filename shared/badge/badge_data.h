#pragma once
// What a badge shows about one person: plain values, so the badge module
// depends on neither the store nor the allocation (the caller looks up the
// group and room and passes them in).

#include "domain/attendee.h"
#include "domain/program.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace oppmote {

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

    QString fullName() const;
    // The value bound to a template placeholder: firstName, lastName,
    // fullName, organisation, role, type (the person's kind, in the UI
    // language), group, room, day, event. Unknown names give "".
    QString field(const QString &name) const;
    // "{firstName} {lastName}" → the values; unknown fields are left empty.
    QString expand(const QString &pattern) const;
};

BadgeData badgeDataFor(const Attendee &attendee);

// The badge as the event prints it: the event's name, and the group and room
// of the day it is printed for: of the person's fixed group (facilitators,
// case presenters) and the groups they are placed in (`groupKeys`, in
// programme order), the first on `day`'s programme; when none is that day
// (or `day` is not given), the first of them.
BadgeData badgeDataFor(
    const Attendee &attendee, const Event &event, const QStringList &groupKeys, const QDate &day = {});

// "Speaker", "Participant" … in the UI language (QCoreApplication::translate).
QString attendeeTypeLabel(AttendeeType type);

} // namespace oppmote
