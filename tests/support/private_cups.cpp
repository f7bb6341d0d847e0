#include "private_cups.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cups/cups.h>

namespace oppmote::test {

namespace {

constexpr const char *kPdfPpd = R"ppd(*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "OPPMPDF.PPD"
*Manufacturer: "Oppmote"
*Product: "(Oppmote PDF test printer)"
*ModelName: "Oppmote PDF test printer"
*ShortNickName: "Oppmote PDF test printer"
*NickName: "Oppmote PDF test printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595.28 841.89]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: "<</PageSize[595.28 841.89]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595.28 841.89"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595.28 841.89"
*HWMargins: 0 0 0 0
*MaxMediaWidth: "1440"
*MaxMediaHeight: "1440"
*CustomPageSize True: "pop pop pop <</PageSize[5 -2 roll]/ImagingBBox null>>setpagedevice"
*ParamCustomPageSize Width: 1 points 36 1440
*ParamCustomPageSize Height: 2 points 36 1440
*ParamCustomPageSize WidthOffset: 3 points 0 0
*ParamCustomPageSize HeightOffset: 4 points 0 0
*ParamCustomPageSize Orientation: 5 int 0 0
*DefaultFont: Courier
*Font Courier: Standard "(002.004S)" Standard ROM
)ppd";

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace

PrivateCups::PrivateCups() = default;

PrivateCups::~PrivateCups()
{
    stop();
}

QString PrivateCups::path(const QString &relative) const
{
    return m_dir.filePath(relative);
}

QString PrivateCups::server() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool PrivateCups::running() const
{
    return m_daemon.state() == QProcess::Running;
}

bool PrivateCups::start(QString *error)
{
    QElapsedTimer clock;
    clock.start();
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // cupsd runs its filters as the unprivileged "lp" user: they must reach
    // the PPDs and the temporary folder inside.
    QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const char *sub : { "cache", "state", "spool/tmp", "log", "out" })
        QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("no free port");
        return false;
    }
    const QByteArray conf = QStringLiteral(R"(Listen 127.0.0.1:%1
LogLevel warn
Browsing No
WebInterface No
DefaultAuthType None
DefaultEncryption Never
ErrorPolicy stop-printer
JobRetryLimit 0
PreserveJobHistory Yes
MaxJobs 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
)")
                                .arg(m_port)
                                .toUtf8();
    // Every key has a value: cupsd 2.4.2-3+deb12u10 refuses an empty one (an
    // empty Printcap used to mean "none"). The printcap goes into the private
    // folder, so the system's /run/cups/printcap is never touched.
    const QByteArray files = QStringLiteral(R"(FileDevice Yes
ServerRoot %1
StateDir %1/state
CacheDir %1/cache
RequestRoot %1/spool
TempDir %1/spool/tmp
AccessLog %1/log/access_log
ErrorLog %1/log/error_log
PageLog %1/log/page_log
SystemGroup root
Printcap %1/printcap
)")
                                 .arg(m_dir.path())
                                 .toUtf8();
    if (!writeFile(path(QStringLiteral("cupsd.conf")), conf)
        || !writeFile(path(QStringLiteral("cups-files.conf")), files)) {
        *error = QStringLiteral("could not write the CUPS configuration");
        return false;
    }
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.start(QStringLiteral("cupsd"),
        { QStringLiteral("-f"), QStringLiteral("-c"), path(QStringLiteral("cupsd.conf")),
            QStringLiteral("-s"), path(QStringLiteral("cups-files.conf")) });
    if (!m_daemon.waitForStarted(5000)) {
        *error = QStringLiteral("cupsd did not start: ") + m_daemon.errorString();
        return false;
    }
    // Ready when it answers on its port.
    for (;;) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(200))
            break;
        if (m_daemon.state() != QProcess::Running || clock.elapsed() > 10000) {
            *error = QStringLiteral("cupsd did not come up: ") + QString::fromLocal8Bit(m_daemon.readAll())
                + errorLog();
            return false;
        }
        QThread::msleep(10);
    }
    qputenv("CUPS_SERVER", server().toUtf8());
    cupsSetServer(server().toUtf8().constData()); // this thread's libcups, if it was used already
    m_startMs = double(clock.nsecsElapsed()) / 1e6;
    return true;
}

void PrivateCups::stop()
{
    if (m_daemon.state() == QProcess::NotRunning)
        return;
    m_daemon.terminate();
    if (!m_daemon.waitForFinished(5000)) {
        m_daemon.kill();
        m_daemon.waitForFinished(2000);
    }
}

bool PrivateCups::run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(p.readAll()) + errorLog();
        return false;
    }
    return true;
}

QString PrivateCups::outputPath(const QString &name) const
{
    return m_dir.filePath(QStringLiteral("out/%1.out").arg(name));
}

bool PrivateCups::resetOutput(const QString &name)
{
    // cupsd 2.4.2-3+deb12u10 opens a file: device's output without creating it
    // (older builds created it), so the file is made here, empty, before each job.
    return writeFile(outputPath(name), {});
}

bool PrivateCups::addQueue(
    const QString &name, const QString &deviceUri, const QStringList &driverArgs, QString *error)
{
    // (A file in a folder that does not exist stays missing: that is a broken device.)
    const QFileInfo output(deviceUri.mid(7));
    if (deviceUri.startsWith(QLatin1String("file://")) && output.dir().exists()
        && !writeFile(output.filePath(), {})) {
        *error = QStringLiteral("could not make the output file %1").arg(deviceUri.mid(7));
        return false;
    }
    return run(QStringLiteral("lpadmin"),
        QStringList { QStringLiteral("-h"), server(), QStringLiteral("-p"), name, QStringLiteral("-E"),
            QStringLiteral("-v"), deviceUri }
            + driverArgs,
        error);
}

bool PrivateCups::addPdfQueue(const QString &name, QString *error)
{
    const QString ppd = path(QStringLiteral("oppmote-pdf.ppd"));
    if (!QFile::exists(ppd) && !writeFile(ppd, kPdfPpd)) {
        *error = QStringLiteral("could not write the PPD");
        return false;
    }
    return addQueue(name, QStringLiteral("file://") + outputPath(name), { QStringLiteral("-P"), ppd }, error);
}

bool PrivateCups::addZebraQueue(const QString &name, QString *error)
{
    return addQueue(name, QStringLiteral("file://") + outputPath(name),
        { QStringLiteral("-m"), QStringLiteral("drv:///sample.drv/zebra.ppd") }, error);
}

bool PrivateCups::disableQueue(const QString &name, QString *error)
{
    return run(QStringLiteral("cupsdisable"), { QStringLiteral("-h"), server(), name }, error);
}

bool PrivateCups::enableQueue(const QString &name, QString *error)
{
    return run(QStringLiteral("cupsenable"), { QStringLiteral("-h"), server(), name }, error);
}

bool PrivateCups::waitIdle(const QString &name, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        cups_job_t *jobs = nullptr;
        const int n
            = cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, name.toUtf8().constData(), 0, CUPS_WHICHJOBS_ACTIVE);
        cupsFreeJobs(n, jobs);
        if (n == 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

QString PrivateCups::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("log/error_log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("\n--- cupsd error_log ---\n") + QString::fromLocal8Bit(f.readAll());
}

} // namespace oppmote::test
