#pragma once
// The WedgeDetector on a Qt window's key events: install on the application
// (or the kiosk window). Keys that may belong to a hand-scanner burst are
// held back; a burst becomes `scanned(text)` and never reaches the focused
// field; keys that turn out to be typing are delivered to the object they
// were meant for, in order, at most `maxGapMs` late.

#include "scan/wedge_detector.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace oppmote {

class WedgeKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit WedgeKeyFilter(WedgeConfig config = {}, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void scanned(const QString &text);

private:
    struct HeldKey {
        QPointer<QObject> receiver;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    void handle(const WedgeOutput &out);
    void replay(int count, bool withEnter);

    WedgeDetector m_detector;
    QList<HeldKey> m_held; // the keys the detector holds, in order
    HeldKey m_lastEnter;
    QTimer m_timeout;
    qint64 m_lastMs = 0;
    bool m_replaying = false;
};

} // namespace oppmote
