#include "reports/privacy.h"

#include "platform/private_file.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace oppmote::reports {

namespace {

const QString kRetainUntil = QStringLiteral("retention_until");
const QString kPurgedAt = QStringLiteral("purged_at");

QString tr(const char *text)
{
    return QCoreApplication::translate("oppmote::reports", text);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject personJson(const Attendee &a)
{
    return {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("firstName"), a.firstName },
        { QStringLiteral("lastName"), a.lastName },
        { QStringLiteral("organisation"), a.organisation },
        { QStringLiteral("role"), a.role },
        { QStringLiteral("email"), a.email },
        { QStringLiteral("phone"), a.phone },
        { QStringLiteral("preferences"), QJsonArray::fromStringList(a.preferences) },
        { QStringLiteral("consentToLists"), a.consent },
        { QStringLiteral("type"), attendeeTypeName(a.type) },
        { QStringLiteral("code"), a.token },
        { QStringLiteral("fixedGroup"), a.fixedGroup },
    };
}

} // namespace

Result<PrivacyState> privacyState(Store &store)
{
    auto until = store.meta(kRetainUntil);
    if (!until.ok())
        return until.error();
    auto purged = store.meta(kPurgedAt);
    if (!purged.ok())
        return purged.error();
    return PrivacyState { QDate::fromString(until.value(), Qt::ISODate),
        QDateTime::fromString(purged.value(), Qt::ISODateWithMs) };
}

Status setRetentionDate(Store &store, const QDate &retainUntil)
{
    return store.setMeta(kRetainUntil, retainUntil.isValid() ? retainUntil.toString(Qt::ISODate) : QString());
}

Status purgeAfterRetention(Store &store, const QDate &today)
{
    auto state = privacyState(store);
    if (!state.ok())
        return state.error();
    if (state->retainUntil.isValid() && today < state->retainUntil)
        return makeError(ErrorCode::Conflict,
            tr("Personal data is kept until %1; nothing was deleted. Move the retention date to purge "
               "earlier.")
                .arg(QLocale().toString(state->retainUntil, QLocale::ShortFormat)));
    if (auto s = store.purgePersonalData(); !s.ok())
        return s;
    return store.setMeta(kPurgedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

Result<QJsonObject> personalRecord(Store &store, const QString &attendeeId)
{
    auto person = store.attendee(attendeeId);
    if (!person.ok())
        return person.error();
    if (!person.value())
        return makeError(ErrorCode::NotFound, tr("No one has the id %1.").arg(attendeeId));
    QJsonObject record { { QStringLiteral("person"), personJson(*person.value()) } };

    auto walkIn = store.walkIn(attendeeId);
    if (!walkIn.ok())
        return walkIn.error();
    if (const auto &w = walkIn.value())
        record.insert(QStringLiteral("walkIn"),
            QJsonObject { { QStringLiteral("state"), walkInStateName(w->state) },
                { QStringLiteral("registeredAt"), isoTime(w->registeredAt) },
                { QStringLiteral("registeredOn"), w->deviceName },
                { QStringLiteral("decidedAt"), isoTime(w->decidedAt) },
                { QStringLiteral("reason"), w->reason } });

    auto events = store.events(attendeeId);
    if (!events.ok())
        return events.error();
    QJsonArray log;
    int badges = 0;
    for (const CheckinEvent &e : events.value()) {
        auto device = store.deviceName(e.deviceId);
        if (!device.ok())
            return device.error();
        badges += e.kind == EventKind::BadgePrinted;
        QJsonObject entry { { QStringLiteral("kind"), eventKindName(e.kind) },
            { QStringLiteral("session"), e.sessionKey },
            { QStringLiteral("method"), checkinMethodName(e.method) },
            { QStringLiteral("at"), isoTime(e.deviceTime) }, { QStringLiteral("device"), device.value() } };
        if (!e.note.isEmpty()) // why it was done by hand: said about them, so theirs to see
            entry.insert(QStringLiteral("note"), e.note);
        log.append(entry);
    }
    record.insert(QStringLiteral("checkinEvents"), log);
    record.insert(QStringLiteral("badgesPrinted"), badges);

    auto places = store.assignments();
    if (!places.ok())
        return places.error();
    QJsonArray groups;
    for (const Assignment &a : places.value())
        if (a.attendeeId == attendeeId)
            groups.append(
                QJsonObject { { QStringLiteral("slot"), a.slotKey }, { QStringLiteral("group"), a.groupKey },
                    { QStringLiteral("fixed"), a.fixed }, { QStringLiteral("locked"), a.locked } });
    record.insert(QStringLiteral("groups"), groups);

    auto audit = store.auditLog();
    if (!audit.ok())
        return audit.error();
    QJsonArray changes;
    for (const AuditEntry &entry : audit.value())
        if (entry.attendeeId == attendeeId)
            changes.append(QJsonObject { { QStringLiteral("kind"), auditKindName(entry.kind) },
                { QStringLiteral("slot"), entry.slotKey }, { QStringLiteral("from"), entry.fromGroup },
                { QStringLiteral("to"), entry.toGroup }, { QStringLiteral("reason"), entry.reason },
                { QStringLiteral("at"), isoTime(entry.at) } });
    record.insert(QStringLiteral("groupChanges"), changes);
    return record;
}

Status writePersonalRecord(const QString &path, const QJsonObject &record)
{
    const QByteArray bytes = QJsonDocument(record).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    // 0600 on the temporary file before a byte is written: it becomes the record.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    if (!keepPrivate(path))
        return makeError(ErrorCode::Io, tr("Cannot make %1 private to its owner.").arg(path));
    return Ok {};
}

} // namespace oppmote::reports
