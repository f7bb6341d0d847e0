#pragma once
// A person registered for the event. `id` is globally unique text so a
// walk-in registered on an offline kiosk never collides with the roster.

#include <QString>
#include <QStringList>

namespace oppmote {

enum class AttendeeType { Participant, Speaker, Facilitator, Organiser, Staff, WalkIn };

QString attendeeTypeName(AttendeeType type);
AttendeeType attendeeTypeFromName(const QString &name); // unknown → Participant

struct Attendee {
    QString id;
    QString firstName;
    QString lastName;
    QString organisation;
    QString role; // job title
    QString email;
    QString phone;
    QStringList preferences; // ranked group keys or theme numbers ("1", "3", "2")
    bool consent = false; // to appear on lists shared with other attendees
    AttendeeType type = AttendeeType::Participant;
    QString token; // the code on the invitation and badge
    QString fixedGroup; // facilitator / case presenter: group key they belong to

    QString fullName() const;
};

} // namespace oppmote
