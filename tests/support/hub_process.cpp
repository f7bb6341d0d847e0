#include "hub_process.h"

#include "process_memory.h"
#include "test_paths.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <csignal>

namespace oppmote::test {

HubProcess::~HubProcess()
{
    stop();
}

bool HubProcess::start(const QString &db, QString *why)
{
    m_log.clear(); // a restart prints its own port
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPPMOTE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(cliPath(),
        { QStringLiteral("hub"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0") });
    static const QRegularExpression port(QStringLiteral("Listening on port (\\d+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        m_process.waitForReadyRead(200);
        m_log += QString::fromUtf8(m_process.readAll());
        if (auto m = port.match(m_log); m.hasMatch()) {
            m_port = m.captured(1).toInt();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    if (why)
        *why = QStringLiteral("the hub did not start: ") + m_log;
    return false;
}

void HubProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_log += QString::fromUtf8(m_process.readAll());
}

QString HubProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

double HubProcess::residentMiB() const
{
    return processMemoryMiB(pid(), "VmRSS:");
}

double HubProcess::peakMiB() const
{
    return processMemoryMiB(pid(), "VmHWM:");
}

QString HubProcess::url() const
{
    return QStringLiteral("wss://127.0.0.1:%1").arg(m_port);
}

} // namespace oppmote::test
