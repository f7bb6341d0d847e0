#include "codes/qr_code.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <memory>

namespace oppmote {

Result<QrCode> QrCode::encode(const QString &text, QrUse use)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.contains('\0')) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("oppmote::QrCode", "There is no text to put in the QR code."));
    }
    const QRecLevel level = use == QrUse::Badge ? QR_ECLEVEL_Q : QR_ECLEVEL_M;
    // Upper-case tokens are encoded in alphanumeric mode by libqrencode's
    // own segmentation (case-sensitive, so lower case stays byte mode).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> raw(
        QRcode_encodeString(utf8.constData(), 0, level, QR_MODE_8, 1), &QRcode_free);
    if (!raw) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("oppmote::QrCode", "The text is too long for a QR code."));
    }
    QrCode code;
    code.m_text = text;
    code.m_use = use;
    code.m_size = raw->width;
    code.m_version = raw->version;
    code.m_modules.resize(raw->width * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.m_modules[i] = raw->data[i] & 1;
    return code;
}

} // namespace oppmote
