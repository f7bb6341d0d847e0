#pragma once
// A QImage drawn in QML (the badge preview), scaled to fit the item and centred.

#include <QImage>
#include <QQuickPaintedItem>

namespace oppmote::admin {

class ImageItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
public:
    explicit ImageItem(QQuickItem *parent = nullptr);

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void imageChanged();

private:
    QImage m_image;
};

} // namespace oppmote::admin
