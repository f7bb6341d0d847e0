#pragma once
// Tells a USB hand scanner (a "keyboard wedge": it types the code as
// keystrokes) from a person typing, e.g. a name in the search field.
//
// A scanner types a whole code in a burst, every gap under ~30 ms, usually
// followed by Enter; a person leaves 80–300 ms between keys. Keystrokes are
// held while they could still be a burst and released as typing as soon as a
// gap shows they are not (at most `maxGapMs` late). Optional prefix/suffix
// characters configured in the scanner make the decision certain.

#include <QString>

namespace oppmote {

struct WedgeConfig {
    int minLength = 8; // shorter bursts are typing (a fast typist's "ok")
    qint64 maxGapMs = 30; // between two keystrokes of a scan
    QString prefix; // configured in the scanner, stripped; empty = none
    QString suffix; // ditto, before the Enter
    bool needEnter = false; // if false, a burst also ends when the keys stop
};

struct WedgeOutput {
    QString scanned; // a complete scan, prefix/suffix removed
    QString typed; // keystrokes to pass on to the focused field, in order
    bool enterTyped = false; // an Enter that belongs to the typing
};

class WedgeDetector
{
public:
    explicit WedgeDetector(WedgeConfig config = {}) : m_config(std::move(config)) { }

    // One keystroke: its text ("\r" or "\n" for Enter) and time in ms.
    WedgeOutput key(const QString &text, qint64 timeMs);
    // Call when no key came for maxGapMs (a timer); ends a burst.
    WedgeOutput timeout(qint64 nowMs);

    bool holding() const { return !m_buffer.isEmpty(); }
    const WedgeConfig &config() const { return m_config; }

private:
    bool looksScanned() const;
    WedgeOutput finishBurst(bool byEnter);

    WedgeConfig m_config;
    QString m_buffer;
    qint64 m_lastMs = 0;
    bool m_allFast = true;
};

} // namespace oppmote
