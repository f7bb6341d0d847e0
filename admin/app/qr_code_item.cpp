#include "qr_code_item.h"

#include "codes/qr_code.h"
#include "codes/qr_render.h"

#include <QPainter>

namespace oppmote::admin {

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent) { }

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_image = {};
    if (!text.isEmpty())
        if (auto code = QrCode::encode(text, QrUse::Screen); code.ok())
            m_image = renderQrImage(code.value(), 1);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    const qreal side = std::min(width(), height());
    // Whole device pixels per module keep the modules sharp for the camera.
    const int perModule = std::max(1, int(side / m_image.width()));
    const int drawn = perModule * m_image.width();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QRect(int((width() - drawn) / 2), int((height() - drawn) / 2), drawn, drawn), m_image);
}

} // namespace oppmote::admin
