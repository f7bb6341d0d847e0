#pragma once
// The one way a code is judged against a database (the command line's
// checkin --token and decode --db): the store's event id, ticket keys and
// revocation list, and its roster for plain tokens — the same inputs a kiosk
// loads into its roster. The verifier refers to `store`, which must outlive it.

#include "codes/token_verifier.h"
#include "domain/result.h"

namespace oppmote {

class Store;

Result<TokenVerifier> tokenVerifierFor(Store &store);

} // namespace oppmote
