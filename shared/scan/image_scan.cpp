#include "scan/image_scan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace oppmote {

Result<QList<ImageFinding>> scanImageFile(const QString &path, const TokenVerifier &verifier)
{
    QString error;
    const QList<QrFinding> codes = decodeImageFile(path, &error);
    if (!error.isEmpty())
        return makeError(ErrorCode::Io, error);
    QList<ImageFinding> findings;
    for (const QrFinding &code : codes)
        findings.append({ code, verifier.verify(code.text) });
    return findings;
}

QJsonObject imageFindingToJson(const ImageFinding &f)
{
    QJsonArray corners;
    for (const QPoint &p : f.code.position)
        corners.append(QJsonArray { p.x(), p.y() });
    QJsonObject o { { QStringLiteral("text"), f.code.text }, { QStringLiteral("position"), corners },
        { QStringLiteral("inverted"), f.code.inverted },
        { QStringLiteral("status"), tokenStatusName(f.verdict.status) },
        { QStringLiteral("valid"), f.verdict.ok() }, { QStringLiteral("message"), f.verdict.message },
        { QStringLiteral("signed"), f.verdict.signedTicket } };
    if (!f.verdict.token.isNull())
        o.insert(QStringLiteral("token"), f.verdict.token.text());
    if (f.verdict.signedTicket)
        o.insert(QStringLiteral("issue"), f.verdict.issue);
    return o;
}

QString imageFindingToText(const ImageFinding &f)
{
    const QRect box = f.code.position.boundingRect();
    const QString where
        = QStringLiteral("(%1,%2)–(%3,%4)").arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom());
    const QString token = f.verdict.token.isNull() ? f.code.text : f.verdict.token.text();
    if (f.verdict.ok())
        return QCoreApplication::translate("oppmote::ImageScan", "%1 at %2: valid").arg(token, where);
    return QCoreApplication::translate("oppmote::ImageScan", "%1 at %2: refused (%3) — %4")
        .arg(token, where, tokenStatusName(f.verdict.status), f.verdict.message);
}

} // namespace oppmote
