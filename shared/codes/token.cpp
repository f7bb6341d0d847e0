#include "codes/token.h"

#include "codes/crockford.h"
#include "codes/sodium.h"

#include <QCoreApplication>

namespace oppmote {

namespace {

struct TokenText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::Token)
};

} // namespace

std::optional<CodePrefix> splitCodePrefix(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        if (c != u'-' && c != u'_' && !c.isSpace())
            compact += c.toUpper();
    }
    // "OP1": the O may have been typed as a zero, the 1 as I or L.
    if (compact.size() < 3 || (compact[0] != u'O' && compact[0] != u'0'))
        return std::nullopt;
    const QChar kind = compact[1];
    if (kind != u'P' && kind != u'S')
        return std::nullopt;
    const int version = crockford::valueOf(crockford::normalise(compact.mid(2, 1)).front());
    if (version < 0 || version > 9)
        return std::nullopt;
    return CodePrefix { kind, version, crockford::normalise(compact.mid(3)) };
}

QString Token::generate()
{
    return random().text();
}

Token Token::random()
{
    ensureSodium();
    QByteArray bytes(kBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return Token(bytes);
}

Token Token::fromBytes(const QByteArray &bytes)
{
    return bytes.size() == kBytes ? Token(bytes) : Token();
}

QString Token::text() const
{
    if (isNull())
        return {};
    const QString payload = crockford::encode(m_bytes);
    return kPrefix + payload + crockford::checkCharacter(payload);
}

Result<Token> Token::parse(const QString &text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, TokenText::tr("No code was read."));
    const auto prefix = splitCodePrefix(text);
    if (!prefix || prefix->kind != u'P')
        return makeError(ErrorCode::InvalidInput, TokenText::tr("This is not an Oppmøte attendee code."));
    if (prefix->version != 1) {
        return makeError(ErrorCode::SchemaTooNew,
            TokenText::tr("This code was made by a newer version of Oppmøte (code version %1).")
                .arg(prefix->version));
    }
    const QString &rest = prefix->rest;
    for (const QChar c : rest) {
        if (crockford::valueOf(c) < 0) {
            return makeError(ErrorCode::InvalidInput,
                TokenText::tr("The code contains “%1”, which never appears in an Oppmøte code.").arg(c));
        }
    }
    const int expected = kPayloadChars + 1;
    if (rest.size() < expected) {
        return makeError(ErrorCode::InvalidInput,
            TokenText::tr("The code is too short: %1 characters after “OP1-” where %2 are expected.")
                .arg(rest.size())
                .arg(expected));
    }
    if (rest.size() > expected) {
        return makeError(ErrorCode::InvalidInput,
            TokenText::tr("The code is too long: %1 characters after “OP1-” where %2 are expected.")
                .arg(rest.size())
                .arg(expected));
    }
    const QString payload = rest.left(kPayloadChars);
    const auto bytes = crockford::decode(payload, kBytes);
    if (!bytes || crockford::checkCharacter(payload) != rest.back()) {
        return makeError(ErrorCode::Corrupt,
            TokenText::tr("The code is damaged or mistyped: its check character does not match."));
    }
    return Token(*bytes);
}

} // namespace oppmote
