#include "appkit/report_saver.h"

#include "reports/report_builder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace oppmote {

namespace {

struct Written {
    QString path;
    Result<int> rows = 0;
};

} // namespace

ReportSaver::ReportSaver(AsyncStore *store, QString folder, QObject *parent)
    : QObject(parent), m_store(store), m_folder(std::move(folder))
{ }

void ReportSaver::save(const QString &kind, const QString &format)
{
    if (!m_store || m_busy)
        return;
    const auto reportKind = reports::reportKindFromName(kind);
    const auto reportFormat = reports::reportFormatFromName(format);
    if (!reportKind || !reportFormat) {
        finish({}, tr("Unknown report or format."), true);
        return;
    }
    if (!QDir().mkpath(m_folder)) {
        finish({}, tr("Cannot make the folder %1.").arg(m_folder), true);
        return;
    }
    m_busy = true;
    Q_EMIT changed();
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.%3")
            .arg(kind, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                reports::reportFormatSuffix(*reportFormat)));
    m_store->run<Written>(
        [kind = *reportKind, format = *reportFormat, path](Store &store) {
            auto tables = reports::buildReport(store, kind);
            if (!tables.ok())
                return Written { path, tables.error() };
            auto title = store.meta(QStringLiteral("event_name"));
            return Written { path,
                reports::writeReport(path, tables.value(), format, io::CsvStyle::norwegianExcel(),
                    title.ok() ? title.value() : QString()) };
        },
        this,
        [this](Written written) {
            m_busy = false;
            if (written.rows.ok())
                finish(written.path,
                    tr("Saved %1 (%n row(s)).", nullptr, written.rows.value()).arg(written.path), false);
            else
                finish({}, written.rows.error().message, true);
        });
}

void ReportSaver::finish(const QString &path, const QString &message, bool failed)
{
    m_busy = false;
    m_message = message;
    m_failed = failed;
    if (!path.isEmpty())
        m_lastPath = path;
    Q_EMIT changed();
    Q_EMIT saved(path);
}

} // namespace oppmote
