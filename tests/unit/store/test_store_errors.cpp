// Bad input to the store: a damaged file, another program's database, a
// newer schema, an unwritable place, a full disk. Each gets a clear error
// and loses nothing.

#include "required_tool.h"
#include "sample_store.h"
#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace oppmote;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestStoreErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void garbageFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(64 * 1024, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);

        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::Corrupt);
        QVERIFY2(store.error().message.contains(path), qPrintable(store.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void damagedPagesAreFoundByIntegrityCheck()
    {
        auto s = test::makeSampleStore(400);
        for (int i = 0; i < 50; ++i)
            QVERIFY(
                s.store->checkIn({ s.attendees[i].id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        s.store.reset(); // checkpoint and close
        {
            // Scribble over a page in the middle of the file.
            QFile f(s.path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            f.seek(f.size() / 2 / 4096 * 4096);
            f.write(QByteArray(4096, '\x5a'));
        }
        auto store = Store::open(s.path);
        if (store.ok()) {
            const Status check = store->checkIntegrity();
            QVERIFY(!check.ok());
            QCOMPARE(check.error().code, ErrorCode::Corrupt);
        } else {
            QCOMPARE(store.error().code, ErrorCode::Corrupt);
        }
    }

    void foreignDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            sql::Connection raw;
            QVERIFY(raw.open(path, true).ok());
            QVERIFY(raw.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)").ok());
        }
        const QByteArray before = fileHash(path);
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::Corrupt);
        QVERIFY(store.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(fileHash(path), before);
    }

    void newerSchemaIsRefusedUntouched()
    {
        auto s = test::makeSampleStore(3);
        s.store.reset();
        {
            sql::Connection raw;
            QVERIFY(raw.open(s.path, false).ok());
            QVERIFY(raw.exec("PRAGMA user_version = 999").ok());
        }
        const QByteArray before = fileHash(s.path);
        auto store = Store::open(s.path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::SchemaTooNew);
        QVERIFY2(store.error().message.contains(QStringLiteral("999")), qPrintable(store.error().message));
        QCOMPARE(fileHash(s.path), before);
    }

    void missingFileWithoutCreateIsNotFound()
    {
        QTemporaryDir dir;
        StoreOptions options;
        options.createIfMissing = false;
        auto store = Store::open(dir.filePath(QStringLiteral("absent.sqlite")), options);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::NotFound);
    }

    void unwritableFolderIsAnIoError()
    {
        // /proc refuses new files even for root.
        auto store = Store::open(QStringLiteral("/proc/oppmote-test.sqlite"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::Io);
        QVERIFY2(store.error().message.contains(QStringLiteral("/proc/oppmote-test.sqlite")),
            qPrintable(store.error().message));
        auto folder = Store::open(QDir::tempPath());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, ErrorCode::Io);
    }

    void readOnlyFileIsAnIoErrorAndNothingLost()
    {
        auto s = test::makeSampleStore(3);
        QVERIFY(s.store->checkIn({ s.attendees[0].id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        s.store.reset();
        // Root writes through permission bits, so root makes the file and its
        // folder immutable instead (chattr +i); others use the permission bits.
        const bool root = geteuid() == 0;
        auto makeReadOnly = [&](bool readOnly) {
            if (root)
                return QProcess::execute(QStringLiteral("chattr"),
                           { readOnly ? QStringLiteral("+i") : QStringLiteral("-i"), s.path, s.dir->path() })
                    == 0;
            QFile::setPermissions(
                s.path, readOnly ? QFileDevice::ReadOwner : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QFile::setPermissions(s.dir->path(),
                QFileDevice::ReadOwner | QFileDevice::ExeOwner
                    | (readOnly ? QFileDevice::Permissions() : QFileDevice::WriteOwner));
            return true;
        };
        if (root)
            OPPMOTE_REQUIRE_TOOL("chattr", "e2fsprogs");
        if (!makeReadOnly(true)) {
            const char *why = "this file system cannot make a file read-only for root (chattr +i)";
            if (test::underCi())
                QFAIL(why);
            QSKIP(why);
        }
        auto store = Store::open(s.path);
        const bool refused = !store.ok();
        const Error error = refused ? store.error() : Error {};
        store = makeError(ErrorCode::None, QString()); // close before lifting the protection
        makeReadOnly(false);
        QVERIFY(refused);
        QCOMPARE(error.code, ErrorCode::Io);
        QVERIFY2(error.message.contains(s.path), qPrintable(error.message));
        auto again = Store::open(s.path);
        QVERIFY(again.ok());
        QCOMPARE(again->events()->size(), 1);
        QVERIFY(again->checkIntegrity().ok());
    }

    void fullDiskRefusesTheCheckInAndKeepsEarlierOnes()
    {
        // A real "no more room" from the kernel: a child process whose file
        // size limit (RLIMIT_FSIZE) is just above the database checks people
        // in until a write fails. Every check-in it saw committed must be
        // there afterwards, and the file must be sound.
        auto s = test::makeSampleStore(2000);
        s.store.reset();
        const qint64 size = QFileInfo(s.path).size();
        int fds[2];
        QVERIFY(pipe(fds) == 0);
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            signal(SIGXFSZ, SIG_IGN);
            rlimit limit { rlim_t(size + 96 * 1024), rlim_t(size + 96 * 1024) };
            setrlimit(RLIMIT_FSIZE, &limit);
            auto store = Store::open(s.path);
            QByteArray report;
            if (!store.ok()) {
                report = "OPEN " + store.error().message.toUtf8();
            } else {
                int acked = 0;
                QString error;
                int code = 0;
                for (int i = 0; i < 2000; ++i) {
                    auto r
                        = store->checkIn({ s.attendees[i].id, QString(), CheckinMethod::Qr, QString(), {} });
                    if (!r.ok()) {
                        error = r.error().message;
                        code = int(r.error().code);
                        break;
                    }
                    ++acked;
                }
                report = QByteArray::number(acked) + ' ' + QByteArray::number(code) + ' ' + error.toUtf8();
            }
            (void)!::write(fds[1], report.constData(), size_t(report.size()));
            ::close(fds[1]);
            _exit(0);
        }
        ::close(fds[1]);
        QByteArray report;
        char buf[512];
        ssize_t n;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
            report.append(buf, n);
        ::close(fds[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        QVERIFY2(!report.startsWith("OPEN"), report.constData());
        const QList<QByteArray> parts = report.split(' ');
        const int acked = parts.value(0).toInt();
        const auto code = ErrorCode(parts.value(1).toInt());
        QVERIFY2(acked > 0 && acked < 2000, report.constData());
        QCOMPARE(code, ErrorCode::Io);
        QVERIFY2(report.contains("nothing was saved"), report.constData());

        auto store = Store::open(s.path);
        QVERIFY(store.ok());
        QVERIFY(store->checkIntegrity().ok());
        QCOMPARE(int(store->events()->size()), acked);
        QCOMPARE(int(store->checkedInAttendeeIds(QString())->size()), acked);
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "test_store_errors.moc"
