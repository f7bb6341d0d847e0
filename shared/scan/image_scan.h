#pragma once
// `oppmote decode FILE`: an image file through the same decoder as the
// camera, each code found checked against the event.

#include "codes/token_verifier.h"
#include "domain/result.h"
#include "scan/qr_decoder.h"

#include <QJsonObject>
#include <QList>

namespace oppmote {

struct ImageFinding {
    QrFinding code;
    TokenVerdict verdict;
};

// Every QR code in the image (both polarities), with its verdict.
Result<QList<ImageFinding>> scanImageFile(const QString &path, const TokenVerifier &verifier);

// {"text", "position": [[x,y]×4], "inverted", "status", "valid", "message", "token", "signed", "issue"}
QJsonObject imageFindingToJson(const ImageFinding &finding);
// One line for people: "OP1-… at (x,y)–(x,y): valid" / ": refused — <message>".
QString imageFindingToText(const ImageFinding &finding);

} // namespace oppmote
