#include "platform/logging.h"

#include "platform/private_file.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace oppmote {

// Debug messages only when asked for (QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(lcStore, "oppmote.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "oppmote.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrint, "oppmote.print", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScan, "oppmote.scan", QtInfoMsg)

namespace {

QFile *g_logFile = nullptr; // set once, before messages from other threads
QtMessageHandler g_previous = nullptr;
QMutex g_logMutex;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void writeToLogFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_logFile) {
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
                + message.toUtf8() + '\n';
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    if (g_previous)
        g_previous(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

bool logToFile(const QString &path)
{
    QMutexLocker lock(&g_logMutex);
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    keepPrivate(path);
    delete g_logFile;
    g_logFile = file;
    if (!g_previous) {
        lock.unlock();
        g_previous = qInstallMessageHandler(writeToLogFile);
    }
    return true;
}

} // namespace oppmote
