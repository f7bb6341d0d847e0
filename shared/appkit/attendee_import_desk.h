#pragma once
// The desk's import of an attendee list (CSV or XLSX): a preview of what the
// file would do (every row's outcome; those refused, duplicates and those to
// review listed with the reason), then the import itself, planned again
// against the roster as it is then, its changes written in one transaction
// (roster/attendee_import.h, as `oppmote import-attendees`). Both on the
// store's thread; a file that cannot be read is said and changes nothing.

#include "store/async_store.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace oppmote {

class AttendeeImportDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString fileName READ fileName NOTIFY previewChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY previewChanged) // "3 added, 1 updated, …"
    Q_PROPERTY(QStringList attention READ attention NOTIFY previewChanged) // rows not simply added or updated
    Q_PROPERTY(
        bool canImport READ canImport NOTIFY previewChanged) // the preview found people to add or update
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit AttendeeImportDesk(AsyncStore *store, QObject *parent = nullptr);

    QString fileName() const;
    QString summary() const { return m_summary; }
    QStringList attention() const { return m_attention; }
    bool canImport() const { return m_canImport; }
    bool busy() const { return m_busy; }

    // A local file (as a file dialog gives it).
    Q_INVOKABLE void preview(const QUrl &file);
    Q_INVOKABLE void importFile();

Q_SIGNALS:
    void previewChanged();
    void busyChanged();
    void previewed(bool ok, const QString &message); // the preview is ready (or why there is none)
    void imported(bool ok, const QString &message);

private:
    void setBusy(bool busy);

    QPointer<AsyncStore> m_store;
    QString m_path;
    QString m_summary;
    QStringList m_attention;
    bool m_canImport = false;
    bool m_busy = false;
};

} // namespace oppmote
