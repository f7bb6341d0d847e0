#include "sync/device_secret.h"

#include "codes/sodium.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace oppmote::sync {

QString makeDeviceSecret()
{
    ensureSodium();
    QByteArray bytes(32, '\0');
    randombytes_buf(bytes.data(), std::size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString secretHash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace oppmote::sync
