#pragma once
// The desk's Reports page: a report (reports/report_builder.h) built and
// written on the store's thread into the reports folder, under a name with
// the time, so an earlier file is never overwritten. One at a time.

#include "store/async_store.h"

#include <QObject>
#include <QPointer>

namespace oppmote {

class ReportSaver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString folder READ folder CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed) // what happened, for a person
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY changed) // the file last written
public:
    ReportSaver(AsyncStore *store, QString folder, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QString lastPath() const { return m_lastPath; }

    // `kind`: attendees, sessions, organisations, groups or all; `format`: csv, xlsx, json or pdf.
    Q_INVOKABLE void save(const QString &kind, const QString &format);

Q_SIGNALS:
    void changed();
    void saved(const QString &path); // also when it failed: `path` empty

private:
    void finish(const QString &path, const QString &message, bool failed);

    QPointer<AsyncStore> m_store;
    QString m_folder;
    bool m_busy = false;
    QString m_message;
    bool m_failed = false;
    QString m_lastPath;
};

} // namespace oppmote
