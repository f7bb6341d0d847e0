#pragma once
// A paired device's secret and how the hub keeps it: 256 random bits, sent
// only over TLS, stored on the hub as SHA-256 (a random secret needs no slow
// hash). Pairing tokens are kept the same way.

#include <QString>

namespace oppmote::sync {

QString makeDeviceSecret(); // base64url, 43 characters
QString secretHash(const QString &secret); // hex SHA-256

} // namespace oppmote::sync
