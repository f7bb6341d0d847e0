#pragma once
// A QR code drawn in QML from its text (the desk's pairing code): sharp
// modules with the quiet zone, scaled to the item's size.

#include <QImage>
#include <QQuickPaintedItem>

namespace oppmote::admin {

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_image; // one pixel per module, with the quiet zone; null without text
};

} // namespace oppmote::admin
