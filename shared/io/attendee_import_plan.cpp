#include "io/attendee_import_plan.h"

#include <QCoreApplication>
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

QString rowReasonName(RowReason reason)
{
    switch (reason) {
    case RowReason::None:
        return {};
    case RowReason::NoName:
        return QStringLiteral("no-name");
    case RowReason::InvalidEmail:
        return QStringLiteral("invalid-email");
    case RowReason::Cancelled:
        return QStringLiteral("cancelled");
    case RowReason::SameEmailAndName:
        return QStringLiteral("same-email-and-name");
    case RowReason::SameNameAndOrganisation:
        return QStringLiteral("same-name-and-organisation");
    case RowReason::SamePerson:
        return QStringLiteral("same-person");
    case RowReason::AlreadyRegistered:
        return QStringLiteral("already-registered");
    }
    return {};
}

QString rowWarningName(RowWarning warning)
{
    switch (warning) {
    case RowWarning::None:
        return {};
    case RowWarning::SharedEmail:
        return QStringLiteral("shared-email");
    case RowWarning::SameNameOtherId:
        return QStringLiteral("same-name-other-id");
    }
    return {};
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

std::pair<RowReason, QString> rejection(const AttendeeRecord &record)
{
    const Attendee &a = record.attendee;
    if (a.firstName.isEmpty() && a.lastName.isEmpty())
        return { RowReason::NoName, QCoreApplication::translate("AttendeeImport", "no name") };
    if (!a.email.isEmpty() && !isPlausibleEmail(a.email))
        return { RowReason::InvalidEmail,
            QCoreApplication::translate("AttendeeImport", "invalid e-mail address \"%1\"").arg(a.email) };
    if (!record.status.isEmpty() && isCancelledStatus(record.status))
        return { RowReason::Cancelled,
            QCoreApplication::translate("AttendeeImport", "the registration is cancelled (status \"%1\")")
                .arg(record.status) };
    return { RowReason::None, {} };
}

// An earlier row of the file, as far as later rows need to know it.
struct SeenRow {
    int line = 0;
    QString attendeeId; // the person it was planned as
    QString idInFile; // its Oppmøte id column, if any
    QString name; // as read
    QString nameKey; // folded first + last name
};

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
            if (!a.email.isEmpty()) {
                m_byEmail[emailKey(a.email)].append(i);
                m_byEmailName[emailNameKey(emailKey(a.email), nameKey(a))].append(i);
            }
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
    static QString nameKey(const Attendee &a) { return foldForMatching(a.fullName()); }
    static QString emailNameKey(const QString &email, const QString &name) { return email + u'\x1F' + name; }

    RowReport plan(const AttendeeRecord &record)
    {
        RowReport report;
        report.line = record.line;
        report.name = record.attendee.fullName();

        if (const auto [code, reason] = rejection(record); code != RowReason::None) {
            ++m_plan.rejected;
            report.outcome = RowOutcome::Rejected;
            report.reasonCode = code;
            report.reason = reason;
            return report;
        }

        SeenRow row;
        row.line = record.line;
        row.idInFile = record.idInFile.trimmed();
        row.name = report.name;
        row.nameKey = nameKey(record.attendee);
        const QString email = emailKey(record.attendee.email);
        const QString nameOrg = nameOrgKey(record.attendee);
        // Two rows with two different Oppmøte ids (our own export) are two people.
        const auto otherId = [&](const SeenRow &seen) {
            return !row.idInFile.isEmpty() && !seen.idInFile.isEmpty() && seen.idInFile != row.idInFile;
        };
        const auto earlier = [&](const QHash<QString, QList<SeenRow>> &rows, const QString &key) {
            for (const SeenRow &seen : rows.value(key))
                if (!otherId(seen))
                    return seen;
            return SeenRow {};
        };
        if (!email.isEmpty()) {
            if (const SeenRow seen = earlier(m_emailNameRows, emailNameKey(email, row.nameKey));
                seen.line > 0)
                return duplicate(report, RowReason::SameEmailAndName,
                    QCoreApplication::translate("AttendeeImport", "same name and e-mail address as line %1")
                        .arg(seen.line),
                    seen.line, seen.attendeeId);
        } else if (const SeenRow seen = earlier(m_nameOrgRows, nameOrg); seen.line > 0) {
            return duplicate(report, RowReason::SameNameAndOrganisation,
                QCoreApplication::translate("AttendeeImport", "same name and organisation as line %1")
                    .arg(seen.line),
                seen.line, seen.attendeeId);
        }

        const qsizetype match = findExisting(record, email, row.nameKey, nameOrg);
        if (match >= 0 && m_matchedLines.contains(m_existing[match].id)) {
            const QString &id = m_existing[match].id;
            const int first = m_matchedLines.value(id);
            return duplicate(report, RowReason::SamePerson,
                QCoreApplication::translate("AttendeeImport", "same person as line %1").arg(first), first,
                id);
        }

        QString id;
        if (match >= 0) {
            id = m_existing[match].id;
            Attendee merged = m_existing[match];
            report.changedFields = mergeGiven(merged, record);
            m_matchedLines.insert(id, record.line);
            if (report.changedFields.isEmpty()) {
                row.attendeeId = id;
                remember(row, email, nameOrg);
                return duplicate(report, RowReason::AlreadyRegistered,
                    QCoreApplication::translate("AttendeeImport", "already registered, nothing changed"), 0,
                    id);
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
        // A person who newly has this e-mail: does someone else have it too?
        if (!email.isEmpty()
            && (report.outcome == RowOutcome::Added
                || report.changedFields.contains(attendeeFieldKey(AttendeeField::Email))))
            warnIfShared(report, email, row);
        row.attendeeId = id;
        remember(row, email, nameOrg);
        return report;
    }

    qsizetype findExisting(
        const AttendeeRecord &record, const QString &email, const QString &name, const QString &nameOrg) const
    {
        if (!record.idInFile.isEmpty())
            if (const auto it = m_byId.constFind(record.idInFile.trimmed()); it != m_byId.cend())
                return it.value();
        // The same e-mail is the same person only with the same name: two people may share one.
        // Two stored people with one name and e-mail (kept apart by their ids) are
        // matched in order: the first not yet matched by an earlier row.
        if (!email.isEmpty())
            if (const auto it = m_byEmailName.constFind(emailNameKey(email, name));
                it != m_byEmailName.cend()) {
                for (const qsizetype i : it.value())
                    if (!m_matchedLines.contains(m_existing[i].id))
                        return i;
                return it.value().front();
            }
        if (const auto it = m_byNameOrg.constFind(nameOrg); it != m_byNameOrg.cend()) {
            // Two e-mails mean two people, even with the same name at the same place.
            const QString stored = emailKey(m_existing[it.value()].email);
            if (email.isEmpty() || stored.isEmpty())
                return it.value();
        }
        return -1;
    }

    // Names the first other person with this e-mail: an earlier row of the
    // file (with its line), else someone already registered.
    void warnIfShared(RowReport &report, const QString &email, const SeenRow &row)
    {
        const auto flag = [&](bool sameName, const QString &otherName, int otherLine,
                              const QString &otherId) {
            ++m_plan.toReview;
            report.warning = sameName ? RowWarning::SameNameOtherId : RowWarning::SharedEmail;
            report.relatedLine = otherLine;
            report.relatedAttendeeId = otherId;
            if (sameName && otherLine > 0)
                report.warningText = QCoreApplication::translate("AttendeeImport",
                    "%1 on line %2 has the same name and e-mail address (%3) but another Oppmøte ID; both "
                    "were kept. Check that they are two people.")
                                         .arg(otherName)
                                         .arg(otherLine)
                                         .arg(email);
            else if (sameName)
                report.warningText = QCoreApplication::translate("AttendeeImport",
                    "%1, already registered, has the same name and e-mail address (%2); both were kept. "
                    "Check that they are two people.")
                                         .arg(otherName, email);
            else if (otherLine > 0)
                report.warningText = QCoreApplication::translate("AttendeeImport",
                    "%1 and %2 (line %3) share the e-mail address %4; both were kept. Check that they are "
                    "two people.")
                                         .arg(report.name, otherName)
                                         .arg(otherLine)
                                         .arg(email);
            else
                report.warningText = QCoreApplication::translate("AttendeeImport",
                    "%1 and %2 (already registered) share the e-mail address %3; both were kept. Check "
                    "that they are two people.")
                                         .arg(report.name, otherName, email);
        };
        for (const SeenRow &seen : m_emailRows.value(email)) {
            if (seen.attendeeId == report.attendeeId)
                continue;
            flag(seen.nameKey == row.nameKey, seen.name, seen.line, seen.attendeeId);
            return;
        }
        for (const qsizetype i : m_byEmail.value(email)) {
            const Attendee &stored
                = m_working.contains(m_existing[i].id) ? m_working[m_existing[i].id] : m_existing[i];
            if (stored.id == report.attendeeId || emailKey(stored.email) != email)
                continue; // this person, or one this file gives another e-mail
            flag(nameKey(stored) == row.nameKey, stored.fullName(), 0, stored.id);
            return;
        }
    }

    RowReport &duplicate(
        RowReport &report, RowReason code, const QString &reason, int relatedLine, const QString &id)
    {
        ++m_plan.duplicates;
        report.outcome = RowOutcome::Duplicate;
        report.reasonCode = code;
        report.reason = reason;
        report.relatedLine = relatedLine;
        report.attendeeId = id;
        return report;
    }

    void remember(const SeenRow &row, const QString &email, const QString &nameOrg)
    {
        if (!email.isEmpty()) {
            m_emailNameRows[emailNameKey(email, row.nameKey)].append(row);
            m_emailRows[email].append(row);
        }
        m_nameOrgRows[nameOrg].append(row);
    }

    const QList<Attendee> &m_existing;
    std::function<QString()> m_newId;
    QHash<QString, qsizetype> m_byId, m_byNameOrg;
    QHash<QString, QList<qsizetype>> m_byEmail, m_byEmailName; // stored order
    QHash<QString, int> m_matchedLines;
    // The kept rows (added, updated, already registered) by key, in file order.
    QHash<QString, QList<SeenRow>> m_emailNameRows, m_nameOrgRows, m_emailRows;
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

namespace {

// The outcome as the text report says it, in the user's language.
QString outcomeText(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Added:
        return QCoreApplication::translate("AttendeeImport", "added");
    case RowOutcome::Updated:
        return QCoreApplication::translate("AttendeeImport", "updated");
    case RowOutcome::Duplicate:
        return QCoreApplication::translate("AttendeeImport", "duplicate");
    case RowOutcome::Rejected:
        return QCoreApplication::translate("AttendeeImport", "rejected");
    }
    return QCoreApplication::translate("AttendeeImport", "rejected");
}

} // namespace

QString importRowText(const RowReport &row)
{
    QString out = QCoreApplication::translate("AttendeeImport", "line %1: %2")
                      .arg(row.line)
                      .arg(outcomeText(row.outcome));
    if (!row.name.isEmpty())
        out += QStringLiteral(" %1").arg(row.name);
    if (!row.changedFields.isEmpty())
        out += QStringLiteral(" (%1)").arg(row.changedFields.join(QStringLiteral(", ")));
    if (!row.reason.isEmpty())
        out += QStringLiteral(" — %1").arg(row.reason);
    if (!row.warningText.isEmpty())
        out += QStringLiteral(" — %1").arg(
            QCoreApplication::translate("AttendeeImport", "to review: %1").arg(row.warningText));
    return out;
}

QString importSummaryText(const ImportPlan &plan)
{
    return QCoreApplication::translate("AttendeeImport", "%1 added, %2 updated, %3 duplicate, %4 rejected")
        .arg(plan.added)
        .arg(plan.updated)
        .arg(plan.duplicates)
        .arg(plan.rejected);
}

QString importPlanToText(const ImportPlan &plan)
{
    QString out;
    for (const RowReport &row : plan.rows)
        out += importRowText(row) + u'\n';
    out += importSummaryText(plan) + u'\n';
    if (plan.toReview > 0) {
        out += QCoreApplication::translate("AttendeeImport",
            "%1 to review: people who share an e-mail address were kept as separate people.")
                   .arg(plan.toReview);
        out += u'\n';
    }
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
        if (row.reasonCode != RowReason::None)
            o.insert(QStringLiteral("reasonCode"), rowReasonName(row.reasonCode));
        if (!row.reason.isEmpty())
            o.insert(QStringLiteral("reason"), row.reason);
        if (row.warning != RowWarning::None) {
            o.insert(QStringLiteral("warning"), rowWarningName(row.warning));
            o.insert(QStringLiteral("warningText"), row.warningText);
        }
        if (!row.relatedAttendeeId.isEmpty())
            o.insert(QStringLiteral("relatedAttendeeId"), row.relatedAttendeeId);
        if (row.relatedLine > 0)
            o.insert(QStringLiteral("relatedLine"), row.relatedLine);
        rows.append(o);
    }
    const QJsonObject summary { { QStringLiteral("added"), plan.added },
        { QStringLiteral("updated"), plan.updated }, { QStringLiteral("duplicate"), plan.duplicates },
        { QStringLiteral("rejected"), plan.rejected }, { QStringLiteral("review"), plan.toReview } };
    return QJsonObject { { QStringLiteral("summary"), summary }, { QStringLiteral("rows"), rows } };
}

} // namespace oppmote::io
