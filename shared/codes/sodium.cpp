#include "codes/sodium.h"

#include <cstdlib>

namespace oppmote {

void ensureSodium()
{
    static const bool ready = [] {
        // Without a working CSPRNG no token may be made: stop rather than
        // hand out guessable codes.
        if (sodium_init() < 0)
            std::abort();
        return true;
    }();
    (void)ready;
}

} // namespace oppmote
