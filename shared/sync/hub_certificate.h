#pragma once
// The hub's TLS certificate. A venue hub has no public name, so it makes
// its own (self-signed, with the openssl tool) on first start, and kiosks
// pin its SHA-256 fingerprint, which travels in the pairing QR code.

#include "domain/result.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace oppmote::sync {

struct HubCertificate {
    QSslCertificate certificate;
    QSslKey key;
    QString fingerprint() const; // hex SHA-256 of the DER certificate
};

// Reads certPath/keyPath (PEM); when both are missing, makes them first.
Result<HubCertificate> loadOrCreateHubCertificate(const QString &certPath, const QString &keyPath);
QString certificateFingerprint(const QSslCertificate &certificate);
// Where the hub keeps them unless told otherwise: beside its database.
QString defaultCertificatePath(const QString &databasePath);
QString defaultKeyPath(const QString &databasePath);

} // namespace oppmote::sync
