#pragma once
// A deterministic generator of fictional attendees for the sample workshop,
// tests and benchmarks: the same seed and size give the same people. The
// organisations come from the programme (its speakers' organisations) plus
// the rest of the field; names are Norwegian, and Swedish for the Swedish
// regions, with æ, ø, å, ä, ö. The people the programme names come first,
// as speakers, with case presenters fixed to their theme's group.

#include "domain/attendee.h"
#include "domain/program.h"

#include <QList>
#include <QStringList>

#include <cstdint>

namespace oppmote {

class AttendeeGenerator
{
public:
    explicit AttendeeGenerator(std::uint64_t seed = 2017);

    QList<Attendee> generate(const Event &event, int count);
    static QStringList organisationsOf(const Event &event); // as named in the programme
    static constexpr int kMaxCount = 1000000;

private:
    std::uint64_t next(); // SplitMix64: same numbers on every platform
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    Attendee invent(const QStringList &organisations, const Event &event, int index);

    std::uint64_t m_state;
    std::uint64_t m_seed;
};

} // namespace oppmote
