// The core's logging categories and the kiosk's log file.

#include "platform/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace oppmote;

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesGoToTheFileWithTheirCategory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("oppmote-kiosk.log"));
        QVERIFY(logToFile(path));
        qCWarning(lcSync) << "the hub refused this device:" << QStringLiteral("revoked");
        qCWarning(lcPrint) << "print job" << 7 << "failed";
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(
            lines[0].contains("warning oppmote.sync: the hub refused this device:"), lines[0].constData());
        QVERIFY(lines[0].contains("revoked"));
        QVERIFY2(lines[1].contains("warning oppmote.print: print job 7 failed"), lines[1].constData());
        QVERIFY(QDateTime::fromString(QString::fromUtf8(lines[0].left(24)), Qt::ISODateWithMs).isValid());
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // Debug messages of a category are off unless asked for.
        qCDebug(lcStore) << "not written";
        f.seek(0);
        QVERIFY(!f.readAll().contains("not written"));
    }

    void aFolderThatCannotBeWrittenIsRefused()
    {
        QVERIFY(!logToFile(QStringLiteral("/proc/no-such-dir/oppmote.log")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"
