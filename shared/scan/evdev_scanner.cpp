#include "scan/evdev_scanner.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace oppmote {

QString evdevKeyText(int code, bool shift)
{
    static const char *const rows[][2] = {
        // code ranges with unshifted / shifted characters
        { "1234567890-=", "!@#$%^&*()_+" }, // KEY_1 (2) … KEY_EQUAL (13)
        { "qwertyuiop[]", "QWERTYUIOP{}" }, // KEY_Q (16) … KEY_RIGHTBRACE (27)
        { "asdfghjkl;'`", "ASDFGHJKL:\"~" }, // KEY_A (30) … KEY_GRAVE (41)
        { "\\zxcvbnm,./", "|ZXCVBNM<>?" }, // KEY_BACKSLASH (43) … KEY_SLASH (53)
    };
    static const int starts[] = { KEY_1, KEY_Q, KEY_A, KEY_BACKSLASH };
    for (int r = 0; r < 4; ++r) {
        const int len = int(std::strlen(rows[r][0]));
        if (code >= starts[r] && code < starts[r] + len)
            return QString(QLatin1Char(rows[r][shift ? 1 : 0][code - starts[r]]));
    }
    switch (code) {
    case KEY_SPACE:
        return QStringLiteral(" ");
    case KEY_ENTER:
    case KEY_KPENTER:
        return QStringLiteral("\r");
    case KEY_TAB:
        return QStringLiteral("\t");
    case KEY_KPMINUS:
        return QStringLiteral("-");
    case KEY_KP0:
        return QStringLiteral("0");
    case KEY_KP1:
        return QStringLiteral("1");
    case KEY_KP2:
        return QStringLiteral("2");
    case KEY_KP3:
        return QStringLiteral("3");
    case KEY_KP4:
        return QStringLiteral("4");
    case KEY_KP5:
        return QStringLiteral("5");
    case KEY_KP6:
        return QStringLiteral("6");
    case KEY_KP7:
        return QStringLiteral("7");
    case KEY_KP8:
        return QStringLiteral("8");
    case KEY_KP9:
        return QStringLiteral("9");
    default:
        return {};
    }
}

EvdevScanner::EvdevScanner(WedgeConfig config, QObject *parent)
    : QObject(parent), m_detector(std::move(config))
{
    m_timeout.setSingleShot(true);
    // The timer fires once no key came for maxGapMs of real time; say so on
    // the kernel's clock, which the key times use.
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { deliver(m_detector.timeout(m_lastKeyMs + m_detector.config().maxGapMs + 1)); });
}

EvdevScanner::~EvdevScanner()
{
    close();
}

Status EvdevScanner::open(const QString &path, bool exclusive)
{
    close();
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("oppmote::EvdevScanner", "Cannot open the scanner %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (exclusive && ::ioctl(fd, EVIOCGRAB, 1) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("oppmote::EvdevScanner",
                "Cannot take the scanner %1 for "
                "Oppmøte alone: %2")
                .arg(path, why));
    }
    m_fd = fd;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EvdevScanner::readEvents);
    return Ok {};
}

void EvdevScanner::close()
{
    if (m_fd < 0)
        return;
    delete m_notifier;
    m_notifier = nullptr;
    ::ioctl(m_fd, EVIOCGRAB, 0);
    ::close(m_fd);
    m_fd = -1;
}

void EvdevScanner::readEvents()
{
    char buffer[64 * sizeof(input_event)];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        m_partial.append(buffer, n);
    }
    const int size = int(sizeof(input_event));
    int used = 0;
    for (; used + size <= m_partial.size(); used += size) {
        input_event ev;
        std::memcpy(&ev, m_partial.constData() + used, sizeof ev);
        if (ev.type != EV_KEY)
            continue;
        if (ev.code == KEY_LEFTSHIFT || ev.code == KEY_RIGHTSHIFT) {
            m_shift = ev.value != 0;
            continue;
        }
        if (ev.value == 0)
            continue; // release
        const QString text = evdevKeyText(ev.code, m_shift);
        if (text.isEmpty())
            continue;
        // The kernel's timestamp is when the key was pressed, not when we read it.
        const qint64 ms = qint64(ev.input_event_sec) * 1000 + ev.input_event_usec / 1000;
        m_lastKeyMs = ms;
        deliver(m_detector.key(text, ms));
        m_timeout.start(int(m_detector.config().maxGapMs) + 5);
    }
    m_partial.remove(0, used);
}

void EvdevScanner::deliver(const WedgeOutput &out)
{
    if (!out.typed.isEmpty())
        emit typed(out.typed);
    if (!out.scanned.isEmpty())
        emit scanned(out.scanned);
}

} // namespace oppmote
