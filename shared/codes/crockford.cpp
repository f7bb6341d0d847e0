#include "codes/crockford.h"

namespace oppmote::crockford {

namespace {

// Multiplication by x (the element 2) in GF(2^5) with the primitive
// polynomial x^5 + x^2 + 1.
int timesTwo(int v)
{
    v <<= 1;
    if (v & 0x20)
        v ^= 0x25;
    return v;
}

} // namespace

int encodedLength(int bytes)
{
    return (bytes * 8 + 4) / 5;
}

QString encode(const QByteArray &bytes)
{
    QString out;
    out.reserve(encodedLength(int(bytes.size())));
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 31]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    for (int i = 10; i < 32; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
}

std::optional<QByteArray> decode(const QString &text, int bytes)
{
    if (text.size() != encodedLength(bytes))
        return std::nullopt;
    QByteArray out;
    out.reserve(bytes);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int v = valueOf(c);
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    // Leftover bits are padding and must be zero, so each byte string has
    // exactly one spelling.
    if ((buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QString normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'-' || c == u'_' || c.isSpace())
            continue;
        const QChar u = c.toUpper();
        if (u == u'I' || u == u'L')
            out += u'1';
        else if (u == u'O')
            out += u'0';
        else
            out += u;
    }
    return out;
}

QChar checkCharacter(const QString &text)
{
    int interim = 0;
    for (const QChar c : text) {
        const int v = valueOf(c);
        interim = timesTwo(interim) ^ (v < 0 ? 0 : v);
    }
    // The check c satisfies interim∘c = 0, i.e. c = 2·interim (char 2).
    return QLatin1Char(kAlphabet[timesTwo(interim)]);
}

} // namespace oppmote::crockford
