#include "kiosk/kiosk_config.h"

#include "badge/badge_template.h"
#include "codes/sodium.h"
#include "platform/private_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace oppmote {

namespace {

struct KioskConfigText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::KioskConfig)
};

const QString kSessionPrefix = QStringLiteral("session:");

// A kiosk holds no template files: it names one of the built-in ones.
Status checkBadgeTemplateName(const QString &name)
{
    if (name.isEmpty() || builtInBadgeTemplates().contains(name))
        return Ok {};
    return makeError(ErrorCode::InvalidInput,
        KioskConfigText::tr("There is no badge template called «%1». Templates: %2.")
            .arg(name, builtInBadgeTemplates().join(QStringLiteral(", "))));
}

} // namespace

QString KioskMode::text() const
{
    return isEntrance() ? QStringLiteral("entrance") : kSessionPrefix + sessionKey;
}

std::optional<KioskMode> KioskMode::fromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("entrance"))
        return KioskMode {};
    if (t.startsWith(kSessionPrefix) && t.size() > kSessionPrefix.size())
        return KioskMode { t.mid(kSessionPrefix.size()) };
    return std::nullopt;
}

QJsonObject KioskConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("hub"), hubUrl);
    o.insert(QStringLiteral("deviceName"), deviceName);
    o.insert(QStringLiteral("deviceToken"), deviceToken);
    if (!hubFingerprint.isEmpty())
        o.insert(QStringLiteral("hubFingerprint"), hubFingerprint);
    if (!deviceSecret.isEmpty())
        o.insert(QStringLiteral("deviceSecret"), deviceSecret);
    if (revoked)
        o.insert(QStringLiteral("revoked"), true);
    o.insert(QStringLiteral("mode"), mode.text());
    o.insert(QStringLiteral("printer"), printerQueue);
    if (!badgeTemplate.isEmpty())
        o.insert(QStringLiteral("badgeTemplate"), badgeTemplate);
    o.insert(QStringLiteral("staffPinHash"), staffPinHash);
    o.insert(QStringLiteral("idleTimeoutSeconds"), idleTimeoutSeconds);
    o.insert(QStringLiteral("confirmSeconds"), confirmSeconds);
    o.insert(QStringLiteral("reprintNeedsStaff"), reprintNeedsStaff);
    o.insert(QStringLiteral("language"), language);
    if (eventDate.isValid())
        o.insert(QStringLiteral("eventDate"), eventDate.toString(Qt::ISODate));
    if (!scannerDevice.isEmpty())
        o.insert(QStringLiteral("scannerDevice"), scannerDevice);
    if (!scannerPrefix.isEmpty())
        o.insert(QStringLiteral("scannerPrefix"), scannerPrefix);
    if (!scannerSuffix.isEmpty())
        o.insert(QStringLiteral("scannerSuffix"), scannerSuffix);
    if (scannerNeedsEnter)
        o.insert(QStringLiteral("scannerNeedsEnter"), true);
    return o;
}

Result<KioskConfig> KioskConfig::fromJson(const QJsonObject &o)
{
    KioskConfig c;
    c.hubUrl = o.value(QStringLiteral("hub")).toString();
    c.deviceName = o.value(QStringLiteral("deviceName")).toString(c.deviceName);
    c.deviceToken = o.value(QStringLiteral("deviceToken")).toString();
    c.hubFingerprint = o.value(QStringLiteral("hubFingerprint")).toString();
    c.deviceSecret = o.value(QStringLiteral("deviceSecret")).toString();
    c.revoked = o.value(QStringLiteral("revoked")).toBool(false);
    const auto mode = KioskMode::fromText(o.value(QStringLiteral("mode")).toString());
    if (!mode)
        return makeError(ErrorCode::InvalidInput,
            KioskConfigText::tr(
                "The mode must be \"entrance\" or \"session:\" followed by a session key, not \"%1\".")
                .arg(o.value(QStringLiteral("mode")).toString()));
    c.mode = *mode;
    c.printerQueue = o.value(QStringLiteral("printer")).toString();
    c.badgeTemplate = o.value(QStringLiteral("badgeTemplate")).toString();
    if (auto known = checkBadgeTemplateName(c.badgeTemplate); !known.ok())
        return known.error();
    c.staffPinHash = o.value(QStringLiteral("staffPinHash")).toString();
    c.idleTimeoutSeconds = o.value(QStringLiteral("idleTimeoutSeconds")).toInt(c.idleTimeoutSeconds);
    c.confirmSeconds = o.value(QStringLiteral("confirmSeconds")).toInt(c.confirmSeconds);
    if (c.idleTimeoutSeconds < 1 || c.confirmSeconds < 1)
        return makeError(ErrorCode::InvalidInput,
            KioskConfigText::tr("The idle timeout and the confirmation time must be at least 1 second."));
    c.reprintNeedsStaff = o.value(QStringLiteral("reprintNeedsStaff")).toBool(c.reprintNeedsStaff);
    c.language = o.value(QStringLiteral("language")).toString(c.language);
    const QString date = o.value(QStringLiteral("eventDate")).toString();
    if (!date.isEmpty()) {
        c.eventDate = QDate::fromString(date, Qt::ISODate);
        if (!c.eventDate.isValid())
            return makeError(ErrorCode::InvalidInput,
                KioskConfigText::tr("The event date \"%1\" is not a date (YYYY-MM-DD).").arg(date));
    }
    c.scannerDevice = o.value(QStringLiteral("scannerDevice")).toString();
    c.scannerPrefix = o.value(QStringLiteral("scannerPrefix")).toString();
    c.scannerSuffix = o.value(QStringLiteral("scannerSuffix")).toString();
    c.scannerNeedsEnter = o.value(QStringLiteral("scannerNeedsEnter")).toBool(false);
    return c;
}

Result<KioskConfig> KioskConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            KioskConfigText::tr("Cannot read the kiosk settings %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
            KioskConfigText::tr("The kiosk settings %1 are not a JSON object: %2")
                .arg(path, error.errorString()));
    auto config = fromJson(doc.object());
    if (!config.ok())
        return makeError(config.error().code, QStringLiteral("%1: %2").arg(path, config.error().message));
    return config;
}

Status KioskConfig::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
            KioskConfigText::tr("Cannot write the kiosk settings %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Io,
            KioskConfigText::tr("Cannot write the kiosk settings %1: %2").arg(path, file.errorString()));
    keepPrivate(path); // it holds the device's secret and the staff PIN's hash
    return Ok {};
}

bool looksLikePairingCode(const QString &text)
{
    const QChar openBrace(0x7B); // written as a number: a brace literal confuses lupdate
    return text.trimmed().startsWith(openBrace) && text.contains(QLatin1String("\"pair\""));
}

Result<PairingCode> parsePairingCode(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8());
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("oppmote")).toString() != QLatin1String("pair"))
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("This is not an Oppmøte pairing code."));
    if (o.value(QStringLiteral("v")).toInt(1) != 1)
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("This pairing code is from a newer Oppmøte."));
    PairingCode code;
    code.hubUrl = o.value(QStringLiteral("hub")).toString();
    const QUrl url(code.hubUrl);
    // The hub speaks TLS only; a code pointing anywhere else is not ours.
    static const QStringList kSchemes { QStringLiteral("wss"), QStringLiteral("https") };
    if (!url.isValid() || url.host().isEmpty() || !kSchemes.contains(url.scheme()))
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("The pairing code has no valid hub address."));
    code.token = o.value(QStringLiteral("token")).toString();
    if (code.token.size() < 16)
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("The pairing code has no device token."));
    const auto mode = KioskMode::fromText(o.value(QStringLiteral("mode")).toString());
    if (!mode)
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("The pairing code names an unknown mode."));
    code.mode = *mode;
    code.printerQueue = o.value(QStringLiteral("printer")).toString();
    code.badgeTemplate = o.value(QStringLiteral("template")).toString();
    if (auto known = checkBadgeTemplateName(code.badgeTemplate); !known.ok())
        return known.error();
    code.fingerprint = o.value(QStringLiteral("fp")).toString();
    // The fingerprint is what pins the hub: without it anyone at that address could pose as the hub.
    if (code.fingerprint.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            KioskConfigText::tr(
                "The pairing code does not name the hub's certificate: make a new code with oppmote pair."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(code.fingerprint).hasMatch())
        return makeError(
            ErrorCode::InvalidInput, KioskConfigText::tr("The pairing code's hub fingerprint is damaged."));
    return code;
}

QString pairingCodeText(const PairingCode &code)
{
    QJsonObject o;
    o.insert(QStringLiteral("oppmote"), QStringLiteral("pair"));
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("hub"), code.hubUrl);
    o.insert(QStringLiteral("token"), code.token);
    o.insert(QStringLiteral("mode"), code.mode.text());
    o.insert(QStringLiteral("printer"), code.printerQueue);
    if (!code.badgeTemplate.isEmpty())
        o.insert(QStringLiteral("template"), code.badgeTemplate);
    o.insert(QStringLiteral("fp"), code.fingerprint);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void applyPairing(KioskConfig &config, const PairingCode &code)
{
    config.hubUrl = code.hubUrl;
    config.deviceToken = code.token;
    config.hubFingerprint = code.fingerprint;
    config.deviceSecret.clear(); // a new pairing: the token is exchanged for a new secret
    config.mode = code.mode;
    if (!code.printerQueue.isEmpty())
        config.printerQueue = code.printerQueue;
    if (!code.badgeTemplate.isEmpty())
        config.badgeTemplate = code.badgeTemplate;
}

QString hashStaffPin(const QString &pin)
{
    ensureSodium();
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), std::size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyStaffPin(const QString &hash, const QString &pin)
{
    if (hash.isEmpty())
        return false;
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), std::size_t(utf8.size())) == 0;
}

} // namespace oppmote
