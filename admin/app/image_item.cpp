#include "image_item.h"

#include <QPainter>

namespace oppmote::admin {

ImageItem::ImageItem(QQuickItem *parent) : QQuickPaintedItem(parent) { }

void ImageItem::setImage(const QImage &image)
{
    m_image = image;
    Q_EMIT imageChanged();
    update();
}

void ImageItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
}

} // namespace oppmote::admin
