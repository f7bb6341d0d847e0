#pragma once
// libsodium, initialised once before first use (sodium_init is thread-safe
// and idempotent).

#include <sodium.h>

namespace oppmote {

void ensureSodium();

} // namespace oppmote
