#include "sync/hub_certificate.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace oppmote::sync {

namespace {

Status createSelfSigned(const QString &certPath, const QString &keyPath)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return makeError(ErrorCode::NotFound,
            QStringLiteral(
                "The hub needs a TLS certificate: give --cert and --key, or install the openssl tool "
                "(apt-get install openssl) so the hub can make one."));
    QProcess p;
    p.start(openssl,
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("825"), QStringLiteral("-subj"),
            QStringLiteral("/CN=oppmote-hub"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"),
            certPath });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return makeError(ErrorCode::Io,
            QStringLiteral("Could not make the hub's certificate: %1")
                .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Ok {};
}

} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString defaultCertificatePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".cert.pem");
}

QString defaultKeyPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".key.pem");
}

QString HubCertificate::fingerprint() const
{
    return certificateFingerprint(certificate);
}

Result<HubCertificate> loadOrCreateHubCertificate(const QString &certPath, const QString &keyPath)
{
    if (!QFileInfo::exists(certPath) && !QFileInfo::exists(keyPath))
        if (auto s = createSelfSigned(certPath, keyPath); !s.ok())
            return s.error();
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            QStringLiteral("Cannot read the hub's certificate or key (%1, %2).").arg(certPath, keyPath));
    HubCertificate hub;
    hub.certificate = QSslCertificate(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        hub.key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!hub.key.isNull())
            break;
    }
    if (hub.certificate.isNull() || hub.key.isNull())
        return makeError(ErrorCode::Corrupt,
            QStringLiteral("The hub's certificate or key is not a PEM certificate and private key (%1, %2).")
                .arg(certPath, keyPath));
    return hub;
}

} // namespace oppmote::sync
