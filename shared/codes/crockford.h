#pragma once
// Crockford base32 (https://www.crockford.com/base32.html) for opaque codes:
// digits and upper-case letters without I, L, O and U, so a code survives
// being read aloud, typed and scanned. Bytes are written big-endian, 5 bits
// per character; the unused low bits of the last character are zero.

#include <QByteArray>
#include <QString>

#include <optional>

namespace oppmote::crockford {

inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// Number of characters that hold `bytes` bytes.
int encodedLength(int bytes);

QString encode(const QByteArray &bytes);

// Decodes exactly `bytes` bytes from a normalised string (see normalise());
// nullopt when a character is not in the alphabet, the length is wrong or the
// padding bits are not zero.
std::optional<QByteArray> decode(const QString &text, int bytes);

// Upper-case; I and L read as 1, O as 0; hyphens, spaces and underscores
// dropped. Other characters are kept (and refused later by decode()).
QString normalise(const QString &text);

// Value of one normalised character, or -1.
int valueOf(QChar c);

// The check character over `text` (normalised alphabet characters): the Damm
// algorithm on the quasigroup x∘y = 2·x + y over GF(32). It detects every
// single-character error and every swap of two adjacent characters.
QChar checkCharacter(const QString &text);

} // namespace oppmote::crockford
