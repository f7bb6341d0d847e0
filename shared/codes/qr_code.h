#pragma once
// A QR code's module matrix, made by libqrencode. Error correction follows
// the use: M for screens and e-mail (clean, flat, backlit), Q for printed
// badges (creased, scratched, partly covered by a lanyard clip).

#include "domain/result.h"

#include <QString>
#include <QVector>

namespace oppmote {

enum class QrUse { Screen, Badge };

class QrCode
{
public:
    static constexpr int kQuietZone = 4; // modules of light margin on each side

    static Result<QrCode> encode(const QString &text, QrUse use);

    int size() const { return m_size; } // modules per side, without quiet zone
    int sizeWithQuietZone() const { return m_size + 2 * kQuietZone; }
    int version() const { return m_version; }
    QrUse use() const { return m_use; }
    bool dark(int x, int y) const { return m_modules[y * m_size + x] != 0; }
    const QString &text() const { return m_text; }

private:
    QString m_text;
    QrUse m_use = QrUse::Screen;
    int m_size = 0;
    int m_version = 0;
    QVector<quint8> m_modules;
};

} // namespace oppmote
