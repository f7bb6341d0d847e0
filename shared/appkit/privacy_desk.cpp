#include "appkit/privacy_desk.h"

#include "reports/privacy.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace oppmote {

namespace {

struct Saved {
    QString path;
    Status status = Ok {};
};

} // namespace

PrivacyDesk::PrivacyDesk(AsyncStore *store, QString folder, QObject *parent)
    : QObject(parent), m_store(store), m_folder(std::move(folder))
{
    connect(store, &AsyncStore::changed, this, &PrivacyDesk::reload);
}

QString PrivacyDesk::retainUntil() const
{
    return m_retainUntil.isValid() ? QLocale().toString(m_retainUntil, dateFormat()) : QString();
}

QString PrivacyDesk::purgedAt() const
{
    return m_purgedAt.isValid() ? QLocale().toString(m_purgedAt.toLocalTime(), QLocale::ShortFormat)
                                : QString();
}

bool PrivacyDesk::canPurge() const
{
    return !m_purgedAt.isValid() && (!m_retainUntil.isValid() || QDate::currentDate() >= m_retainUntil);
}

QString PrivacyDesk::dateFormat() const
{
    return QStringLiteral("dd.MM.yyyy");
}

void PrivacyDesk::reload()
{
    if (!m_store)
        return;
    m_store->run<Result<reports::PrivacyState>>([](Store &store) { return reports::privacyState(store); },
        this,
        [this](Result<reports::PrivacyState> state) {
            if (!state.ok()) {
                m_message = state.error().message;
                m_failed = true;
            } else {
                m_retainUntil = state->retainUntil;
                m_purgedAt = state->purgedAt;
            }
            Q_EMIT changed();
        });
}

void PrivacyDesk::setRetention(const QString &text)
{
    const QString t = text.trimmed();
    QDate date = QDate::fromString(t, dateFormat());
    if (!date.isValid())
        date = QDate::fromString(t, Qt::ISODate);
    if (!t.isEmpty() && !date.isValid()) {
        report(makeError(ErrorCode::InvalidInput,
                   tr("«%1» is not a date like %2.").arg(t, QStringLiteral("01.03.2027"))),
            {});
        return;
    }
    if (!m_store || m_busy)
        return;
    m_busy = true;
    Q_EMIT changed();
    m_store->run<Status>([date](Store &store) { return reports::setRetentionDate(store, date); }, this,
        [this, date](Status status) {
            report(status,
                date.isValid()
                    ? tr("Personal data is kept until %1.").arg(QLocale().toString(date, dateFormat()))
                    : tr("No retention date is set."));
        });
}

void PrivacyDesk::purge()
{
    if (!m_store || m_busy)
        return;
    m_busy = true;
    Q_EMIT changed();
    m_store->run<Status>([](Store &store) { return reports::purgeAfterRetention(store); }, this,
        [this](Status status) {
            report(status, tr("Names, contact details and codes are deleted; the counts remain."));
        });
}

void PrivacyDesk::exportPerson(const QString &attendeeId)
{
    if (!m_store || m_busy)
        return;
    if (!QDir().mkpath(m_folder)) {
        report(makeError(ErrorCode::Io, tr("Cannot make the folder %1.").arg(m_folder)), {});
        return;
    }
    m_busy = true;
    Q_EMIT changed();
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("personal-data-%1-%2.json")
            .arg(attendeeId.left(8),
                QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_store->run<Saved>(
        [attendeeId, path](Store &store) {
            auto record = reports::personalRecord(store, attendeeId);
            return Saved { path,
                record.ok() ? reports::writePersonalRecord(path, record.value()) : Status(record.error()) };
        },
        this,
        [this](Saved saved) {
            report(saved.status, tr("Everything held about the person is in %1.").arg(saved.path));
        });
}

void PrivacyDesk::report(const Status &status, const QString &success)
{
    m_busy = false;
    m_failed = !status.ok();
    m_message = status.ok() ? success : status.error().message;
    Q_EMIT changed();
    Q_EMIT done(status.ok(), m_message);
    if (status.ok())
        reload();
}

} // namespace oppmote
