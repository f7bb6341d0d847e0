#include "appkit/attendee_import_desk.h"

#include "domain/plain_text.h"
#include "roster/attendee_import.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oppmote {

namespace {

constexpr int kAttentionRows = 500; // a file with more problems is listed in part

struct Preview {
    QString error;
    QString summary;
    QStringList attention;
    bool changes = false;
};

struct Imported {
    bool ok = false;
    QString message;
};

} // namespace

AttendeeImportDesk::AttendeeImportDesk(AsyncStore *store, QObject *parent) : QObject(parent), m_store(store)
{ }

QString AttendeeImportDesk::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void AttendeeImportDesk::preview(const QUrl &file)
{
    if (!m_store || m_busy)
        return;
    m_path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    setBusy(true);
    m_store->run<Preview>(
        [path = m_path](Store &store) {
            Preview out;
            auto planned = roster::planAttendeeFile(store, path, {});
            if (!planned.ok()) {
                out.error = planned.error().message;
                return out;
            }
            const io::ImportPlan &plan = planned->plan;
            out.summary = io::importSummaryText(plan);
            for (const io::RowReport &row : plan.rows)
                if ((row.outcome != io::RowOutcome::Added && row.outcome != io::RowOutcome::Updated)
                    || row.needsReview()) {
                    if (out.attention.size() == kAttentionRows)
                        break;
                    out.attention << shownText(io::importRowText(row));
                }
            out.changes = plan.hasChanges();
            return out;
        },
        this,
        [this](Preview p) {
            setBusy(false);
            m_summary = p.summary;
            m_attention = p.attention;
            m_canImport = p.error.isEmpty() && p.changes;
            Q_EMIT previewChanged();
            Q_EMIT previewed(p.error.isEmpty(), p.error);
        });
}

void AttendeeImportDesk::importFile()
{
    if (!m_store || m_busy || !m_canImport)
        return;
    setBusy(true);
    m_store->run<Imported>(
        [path = m_path](Store &store) {
            // Planned again: the roster may have changed since the preview.
            auto planned = roster::planAttendeeFile(store, path, {});
            if (!planned.ok())
                return Imported { false, planned.error().message };
            auto codes = roster::writeAttendeeImport(store, planned->plan);
            if (!codes.ok())
                return Imported { false,
                    tr("Nothing was imported; the list is as it was. %1").arg(codes.error().message) };
            return Imported { true,
                tr("Imported: %1. %n new people were given a code.", nullptr, codes.value())
                    .arg(io::importSummaryText(planned->plan)) };
        },
        this,
        [this](Imported done) {
            setBusy(false);
            if (done.ok) {
                m_canImport = false;
                Q_EMIT previewChanged();
            }
            Q_EMIT imported(done.ok, done.message);
        });
}

void AttendeeImportDesk::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace oppmote
