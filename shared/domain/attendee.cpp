#include "domain/attendee.h"

namespace oppmote {

namespace {
struct TypeName {
    AttendeeType type;
    const char *name;
};
constexpr TypeName kTypeNames[] = {
    { AttendeeType::Participant, "participant" },
    { AttendeeType::Speaker, "speaker" },
    { AttendeeType::Facilitator, "facilitator" },
    { AttendeeType::Organiser, "organiser" },
    { AttendeeType::Staff, "staff" },
    { AttendeeType::WalkIn, "walkin" },
};
} // namespace

QString attendeeTypeName(AttendeeType type)
{
    for (const auto &t : kTypeNames)
        if (t.type == type)
            return QString::fromLatin1(t.name);
    return QStringLiteral("participant");
}

AttendeeType attendeeTypeFromName(const QString &name)
{
    for (const auto &t : kTypeNames)
        if (name == QLatin1String(t.name))
            return t.type;
    return AttendeeType::Participant;
}

QString Attendee::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

} // namespace oppmote
