#pragma once
// What the store keeps about group-work allocation besides the current
// assignments: every solver run (its options and quality as JSON) and an
// audit log of runs, manual moves, locks and publishing, with who and why.

#include <QDateTime>
#include <QString>

namespace oppmote {

enum class AuditKind { Run, Move, Lock, Unlock, Publish };
QString auditKindName(AuditKind kind); // "run", "move", "lock", "unlock", "publish"

// What the caller tells saveAllocation() about a run.
struct AllocationRunInfo {
    QString by; // who ran it
    QString optionsJson; // the solver options, for the record
    QString qualityJson; // the outcome's quality
    QString reason; // optional, shown in the audit log
};

struct AllocationRun {
    qint64 id = 0;
    QString slotKey;
    QDateTime at;
    QString by;
    QString optionsJson;
    QString qualityJson;
    bool published = false;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString by;
    AuditKind kind = AuditKind::Run;
    QString slotKey;
    QString attendeeId; // empty for a run or publish
    QString fromGroup;
    QString toGroup;
    QString reason;
};

} // namespace oppmote
