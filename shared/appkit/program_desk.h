#pragma once
// The desk's Programme page: the programme as stored (days, sessions, group
// work with its groups and rooms), and a programme text imported from a file
// with its settings (rooms, capacities, the year): previewed first, with the
// parser's warnings and errors by line (the duplicated date, a weekday that
// disagrees), stored only on "Import" and only without errors
// (program/program_source.h, as `oppmote import-program`).

#include "store/async_store.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

namespace oppmote {

class ProgramDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString eventName READ eventName NOTIFY programChanged)
    // [{title, sessions: [{time, title, detail}]}]: each day and its sessions, as stored.
    Q_PROPERTY(QVariantList days READ days NOTIFY programChanged)
    Q_PROPERTY(
        QString previewSummary READ previewSummary NOTIFY previewChanged) // "2 days, 14 sessions, 9 groups"
    Q_PROPERTY(
        QStringList previewMessages READ previewMessages NOTIFY previewChanged) // warnings and errors by line
    Q_PROPERTY(bool canImport READ canImport NOTIFY previewChanged) // parsed without errors
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit ProgramDesk(AsyncStore *store, QObject *parent = nullptr);

    QString eventName() const { return m_eventName; }
    QVariantList days() const { return m_days; }
    QString previewSummary() const { return m_previewSummary; }
    QStringList previewMessages() const { return m_previewMessages; }
    bool canImport() const { return m_canImport; }
    bool busy() const { return m_busy; }

    Q_INVOKABLE void reload();
    // `settings` may be empty (no rooms or capacities).
    Q_INVOKABLE void preview(const QUrl &program, const QUrl &settings = {});
    Q_INVOKABLE void importProgram();

Q_SIGNALS:
    void programChanged();
    void previewChanged();
    void busyChanged();
    void previewed(bool ok, const QString &message); // ready to show (or why there is nothing to show)
    void imported(bool ok, const QString &message);

private:
    void setBusy(bool busy);

    QPointer<AsyncStore> m_store;
    QString m_eventName;
    QVariantList m_days;
    QString m_programPath;
    QString m_settingsPath;
    QString m_previewSummary;
    QStringList m_previewMessages;
    bool m_canImport = false;
    bool m_busy = false;
};

} // namespace oppmote
