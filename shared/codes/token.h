#pragma once
// An attendee's opaque code (../../docs/codes.md, "Tokens").
//
// Text form: "OP1-" + 26 Crockford base32 characters (128 random bits from
// libsodium's CSPRNG) + 1 check character, 31 characters in all, e.g.
// "OP1-4Z8D1G0W5N3C7QH2R9T6V8K0XJE". The prefix names the kind and version;
// the check character refuses a damaged or mistyped code before any lookup.
// Reading is lenient: case, hyphens and spaces are ignored and I/L read as 1,
// O as 0. The code carries no name, e-mail or URL.

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace oppmote {

class Token
{
public:
    static constexpr int kBytes = 16; // 128 bits
    static constexpr int kPayloadChars = 26; // ceil(128 / 5)
    static constexpr int kTextLength = 4 + kPayloadChars + 1;
    static inline const QString kPrefix = QStringLiteral("OP1-");

    Token() = default;

    // A fresh random token in its canonical text form.
    static QString generate();
    static Token random();

    // Reads a typed or scanned code. Refuses, with a message a person
    // understands: an empty text, another system's code, a newer version, a
    // character that is not in the alphabet, a wrong length, a bad check
    // character.
    static Result<Token> parse(const QString &text);

    // The token for 16 bytes (as carried inside a signed ticket).
    static Token fromBytes(const QByteArray &bytes);

    bool isNull() const { return m_bytes.isEmpty(); }
    const QByteArray &bytes() const { return m_bytes; }
    QString text() const; // canonical: "OP1-" + payload + check

    friend bool operator==(const Token &a, const Token &b) { return a.m_bytes == b.m_bytes; }

private:
    explicit Token(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    QByteArray m_bytes;
};

// The prefix of a code after normalisation ("OP1", "OS1", …) split into its
// kind letter and version, or nullopt when the text does not start like an
// Oppmøte code. Shared by plain and signed tokens.
struct CodePrefix {
    QChar kind; // 'P' plain, 'S' signed
    int version = 0;
    QString rest; // normalised characters after the prefix
};
std::optional<CodePrefix> splitCodePrefix(const QString &text);

} // namespace oppmote
