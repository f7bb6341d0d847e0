#include "roster.h"

#include "codes/token.h"

namespace oppmote::cli {

NameIndex buildNameIndex(const QList<Attendee> &attendees)
{
    std::vector<NameEntry> entries;
    entries.reserve(std::size_t(attendees.size()));
    for (const Attendee &a : attendees)
        entries.push_back(NameEntry { a.id, a.firstName, a.lastName, a.organisation });
    NameIndex index;
    index.build(std::move(entries));
    return index;
}

int assignMissingTokens(QList<Attendee> &attendees)
{
    int n = 0;
    for (Attendee &a : attendees)
        if (a.token.isEmpty()) {
            a.token = Token::generate();
            ++n;
        }
    return n;
}

} // namespace oppmote::cli
