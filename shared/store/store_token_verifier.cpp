#include "store/store_token_verifier.h"

#include "store/store.h"

namespace oppmote {

Result<TokenVerifier> tokenVerifierFor(Store &store)
{
    auto eventId = store.eventId();
    if (!eventId.ok())
        return eventId.error();
    auto keys = store.ticketPublicKeys();
    if (!keys.ok())
        return keys.error();
    auto revoked = store.revocations();
    if (!revoked.ok())
        return revoked.error();
    return TokenVerifier(eventId.value(), keys.value(), revoked.value(), [&store](const Token &t) {
        const auto found = store.attendeeByToken(t.text());
        return found.ok() && found.value().has_value();
    });
}

} // namespace oppmote
