// Any bytes typed or scanned go through Token::parse, SignedToken::parse and
// TokenVerifier::verify: none may crash, and whatever parses must print back
// to a text that parses to the same token.

#include "codes/signed_token.h"
#include "codes/token.h"
#include "codes/token_verifier.h"

#include <cstdint>
#include <cstdlib>

using namespace oppmote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto token = Token::parse(text);
    if (token.ok()) {
        const auto again = Token::parse(token->text());
        if (!again.ok() || !(again.value() == token.value()))
            std::abort();
    } else if (token.error().message.isEmpty()) {
        std::abort(); // every refusal says why
    }

    const auto ticket = SignedToken::parse(text);
    if (ticket.ok()) {
        const auto again = SignedToken::parse(ticket->text());
        if (!again.ok() || again->text() != ticket->text())
            std::abort();
    }

    static const TicketKeyPair key = TicketKeyPair::generate();
    static const TokenVerifier verifier(QStringLiteral("fuzz-event"), { key.publicKey });
    const TokenVerdict verdict = verifier.verify(text);
    if (verdict.ok() || verdict.message.isEmpty())
        std::abort(); // nothing random is valid: no roster, and forging Ed25519 is out of reach
    return 0;
}
