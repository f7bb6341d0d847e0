#include "io/attendee_import_plan.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace oppmote::io {

QString rowOutcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Added:
        return QStringLiteral("added");
    case RowOutcome::Updated:
        return QStringLiteral("updated");
    case RowOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case RowOutcome::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("rejected");
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}$"));
    return pattern.match(email).hasMatch();
}

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.simplified().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

namespace {

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString nameOrgKey(const Attendee &a)
{
    return foldForMatching(a.fullName()) + u'\x1F' + foldForMatching(a.organisation);
}

// Copies the fields the row gives onto `target`; returns the keys that changed.
QStringList mergeGiven(Attendee &target, const AttendeeRecord &record)
{
    QStringList changed;
    const Attendee &from = record.attendee;
    const auto text = [&](AttendeeField field, QString Attendee::*member, bool caseInsensitive = false) {
        if (!record.given.contains(field))
            return;
        const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if ((target.*member).compare(from.*member, cs) != 0) {
            target.*member = from.*member;
            changed.append(attendeeFieldKey(field));
        }
    };
    text(AttendeeField::FirstName, &Attendee::firstName);
    text(AttendeeField::LastName, &Attendee::lastName);
    text(AttendeeField::Organisation, &Attendee::organisation);
    text(AttendeeField::Role, &Attendee::role);
    text(AttendeeField::Email, &Attendee::email, true);
    text(AttendeeField::Phone, &Attendee::phone);
    text(AttendeeField::FixedGroup, &Attendee::fixedGroup);
    if (record.given.contains(AttendeeField::Preferences) && target.preferences != from.preferences) {
        target.preferences = from.preferences;
        changed.append(attendeeFieldKey(AttendeeField::Preferences));
    }
    if (record.given.contains(AttendeeField::Consent) && target.consent != from.consent) {
        target.consent = from.consent;
        changed.append(attendeeFieldKey(AttendeeField::Consent));
    }
    if (record.given.contains(AttendeeField::Type) && target.type != from.type) {
        target.type = from.type;
        changed.append(attendeeFieldKey(AttendeeField::Type));
    }
    return changed;
}

QString rejection(const AttendeeRecord &record)
{
    const Attendee &a = record.attendee;
    if (a.firstName.isEmpty() && a.lastName.isEmpty())
        return QStringLiteral("no name");
    if (!a.email.isEmpty() && !isPlausibleEmail(a.email))
        return QStringLiteral("invalid e-mail address \"%1\"").arg(a.email);
    if (!record.status.isEmpty() && isCancelledStatus(record.status))
        return QStringLiteral("the registration is cancelled (status \"%1\")").arg(record.status);
    return {};
}

class Planner
{
public:
    Planner(const QList<Attendee> &existing, const PlanOptions &options) : m_existing(existing)
    {
        m_newId = options.newId ? options.newId
                                : [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
        for (qsizetype i = 0; i < existing.size(); ++i) {
            const Attendee &a = existing[i];
            m_byId.insert(a.id, i);
            if (!a.email.isEmpty())
                m_byEmail.insert(emailKey(a.email), i);
        }
        // Prefer the first stored attendee for an ambiguous name + organisation.
        for (qsizetype i = existing.size() - 1; i >= 0; --i)
            m_byNameOrg.insert(nameOrgKey(existing[i]), i);
    }

    ImportPlan run(const QList<AttendeeRecord> &records)
    {
        for (const AttendeeRecord &record : records)
            m_plan.rows.append(plan(record));
        for (const QString &id : m_upsertOrder)
            m_plan.upserts.append(m_working.value(id));
        return std::move(m_plan);
    }

private:
    RowReport plan(const AttendeeRecord &record)
    {
        RowReport report;
        report.line = record.line;
        report.name = record.attendee.fullName();

        if (const QString reason = rejection(record); !reason.isEmpty()) {
            ++m_plan.rejected;
            report.outcome = RowOutcome::Rejected;
            report.reason = reason;
            return report;
        }

        const QString email = emailKey(record.attendee.email);
        const QString nameOrg = nameOrgKey(record.attendee);
        if (!email.isEmpty() && m_emailLines.contains(email))
            return duplicate(report, QStringLiteral("same e-mail as line %1").arg(m_emailLines.value(email)),
                m_emailIds.value(email));
        if (email.isEmpty() && m_nameOrgLines.contains(nameOrg))
            return duplicate(report,
                QStringLiteral("same name and organisation as line %1").arg(m_nameOrgLines.value(nameOrg)),
                m_nameOrgIds.value(nameOrg));

        const qsizetype match = findExisting(record, email, nameOrg);
        if (match >= 0 && m_matchedLines.contains(m_existing[match].id)) {
            const QString &id = m_existing[match].id;
            return duplicate(
                report, QStringLiteral("same person as line %1").arg(m_matchedLines.value(id)), id);
        }

        QString id;
        if (match >= 0) {
            id = m_existing[match].id;
            Attendee merged = m_existing[match];
            report.changedFields = mergeGiven(merged, record);
            m_matchedLines.insert(id, record.line);
            if (report.changedFields.isEmpty()) {
                remember(record, email, nameOrg, id);
                return duplicate(report, QStringLiteral("already registered, nothing changed"), id);
            }
            ++m_plan.updated;
            report.outcome = RowOutcome::Updated;
            m_working.insert(id, merged);
        } else {
            id = m_newId();
            Attendee added = record.attendee;
            added.id = id;
            ++m_plan.added;
            report.outcome = RowOutcome::Added;
            m_working.insert(id, added);
        }
        m_upsertOrder.append(id);
        report.attendeeId = id;
        remember(record, email, nameOrg, id);
        return report;
    }

    qsizetype findExisting(const AttendeeRecord &record, const QString &email, const QString &nameOrg) const
    {
        if (!record.idInFile.isEmpty())
            if (const auto it = m_byId.constFind(record.idInFile); it != m_byId.cend())
                return it.value();
        if (!email.isEmpty())
            if (const auto it = m_byEmail.constFind(email); it != m_byEmail.cend())
                return it.value();
        if (const auto it = m_byNameOrg.constFind(nameOrg); it != m_byNameOrg.cend()) {
            // Two e-mails mean two people, even with the same name at the same place.
            const QString stored = emailKey(m_existing[it.value()].email);
            if (email.isEmpty() || stored.isEmpty())
                return it.value();
        }
        return -1;
    }

    RowReport &duplicate(RowReport &report, const QString &reason, const QString &id)
    {
        ++m_plan.duplicates;
        report.outcome = RowOutcome::Duplicate;
        report.reason = reason;
        report.attendeeId = id;
        return report;
    }

    void remember(
        const AttendeeRecord &record, const QString &email, const QString &nameOrg, const QString &id)
    {
        if (!email.isEmpty() && !m_emailLines.contains(email)) {
            m_emailLines.insert(email, record.line);
            m_emailIds.insert(email, id);
        }
        if (!m_nameOrgLines.contains(nameOrg)) {
            m_nameOrgLines.insert(nameOrg, record.line);
            m_nameOrgIds.insert(nameOrg, id);
        }
    }

    const QList<Attendee> &m_existing;
    std::function<QString()> m_newId;
    QHash<QString, qsizetype> m_byId, m_byEmail, m_byNameOrg;
    QHash<QString, int> m_emailLines, m_nameOrgLines, m_matchedLines;
    QHash<QString, QString> m_emailIds, m_nameOrgIds;
    QHash<QString, Attendee> m_working;
    QStringList m_upsertOrder;
    ImportPlan m_plan;
};

} // namespace

ImportPlan planAttendeeImport(
    const QList<AttendeeRecord> &records, const QList<Attendee> &existing, const PlanOptions &options)
{
    return Planner(existing, options).run(records);
}

QString importPlanToText(const ImportPlan &plan)
{
    QString out;
    for (const RowReport &row : plan.rows) {
        out += QStringLiteral("line %1: %2").arg(row.line).arg(rowOutcomeName(row.outcome));
        if (!row.name.isEmpty())
            out += QStringLiteral(" %1").arg(row.name);
        if (!row.changedFields.isEmpty())
            out += QStringLiteral(" (%1)").arg(row.changedFields.join(QStringLiteral(", ")));
        if (!row.reason.isEmpty())
            out += QStringLiteral(" — %1").arg(row.reason);
        out += u'\n';
    }
    out += QStringLiteral("%1 added, %2 updated, %3 duplicate, %4 rejected\n")
               .arg(plan.added)
               .arg(plan.updated)
               .arg(plan.duplicates)
               .arg(plan.rejected);
    return out;
}

QJsonObject importPlanToJson(const ImportPlan &plan)
{
    QJsonArray rows;
    for (const RowReport &row : plan.rows) {
        QJsonObject o { { QStringLiteral("line"), row.line },
            { QStringLiteral("outcome"), rowOutcomeName(row.outcome) } };
        if (!row.attendeeId.isEmpty())
            o.insert(QStringLiteral("attendeeId"), row.attendeeId);
        if (!row.name.isEmpty())
            o.insert(QStringLiteral("name"), row.name);
        if (!row.changedFields.isEmpty())
            o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(row.changedFields));
        if (!row.reason.isEmpty())
            o.insert(QStringLiteral("reason"), row.reason);
        rows.append(o);
    }
    const QJsonObject summary { { QStringLiteral("added"), plan.added },
        { QStringLiteral("updated"), plan.updated }, { QStringLiteral("duplicate"), plan.duplicates },
        { QStringLiteral("rejected"), plan.rejected } };
    return QJsonObject { { QStringLiteral("summary"), summary }, { QStringLiteral("rows"), rows } };
}

} // namespace oppmote::io
