#pragma once
// The WedgeDetector on a Qt window's key events: install on the application
// (or the kiosk window). Keys that may belong to a hand-scanner burst are
// held back; a burst becomes `scanned(text)` and never reaches the focused
// field; keys that turn out to be typing are delivered to the object they
// were meant for, in order, at most `maxGapMs` late — unless the typing
// sink takes them (the kiosk: typing on a screen without a text field opens
// the name search). Decided by the key events' own timestamps; a touch or
// mouse press decides at once, so typing arrives before the touch.

#include "scan/wedge_detector.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace oppmote {

class WedgeKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit WedgeKeyFilter(WedgeConfig config = {}, QObject *parent = nullptr);

    // Asked first with keys that turned out to be typing (their text, and
    // whether an Enter ended them); returning true drops them, false replays
    // them to their receiver. None: always replayed.
    using TypingSink = std::function<bool(const QString &text, bool enter)>;
    void setTypingSink(TypingSink sink) { m_typingSink = std::move(sink); }

    const WedgeConfig &config() const { return m_detector.config(); }

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
    void replay(int count, bool withEnter, bool deliver); // deliver false: dropped

    WedgeDetector m_detector;
    TypingSink m_typingSink;
    QList<HeldKey> m_held; // the keys the detector holds, in order
    HeldKey m_lastEnter;
    QTimer m_timeout;
    qint64 m_lastMs = 0;
    bool m_replaying = false;
};

} // namespace oppmote
