#pragma once
// Group lists per room, for the doors and the facilitators: CSV (UTF-8 with
// BOM, ';' — opens in Excel with Norwegian settings), PDF (one page per
// group) and door signs (one A4 landscape page per group: its name, room,
// facilitators and head count, readable from across a corridor). In the UI
// language.

#include "alloc/alloc_adapter.h"

namespace oppmote::alloc {

struct GroupListRow {
    QString room;
    QString groupKey;
    QString groupName;
    QString name;
    QString organisation;
    QString role; // "facilitator" / "locked" in the UI language, or ""
};

// Sorted by room, group, facilitators first, then name.
QList<GroupListRow> groupListRows(
    const SlotProblem &slot, const Outcome &outcome, const QList<Attendee> &people);

Status writeGroupListsCsv(const QString &path, const QList<GroupListRow> &rows);
// Needs a QGuiApplication (fonts); the command line runs it with QT_QPA_PLATFORM=offscreen.
Status writeGroupListsPdf(const QString &path, const QString &title, const QList<GroupListRow> &rows);
Status writeDoorSignsPdf(const QString &path, const QString &title, const QList<GroupListRow> &rows);

} // namespace oppmote::alloc
