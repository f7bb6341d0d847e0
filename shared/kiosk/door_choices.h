#pragma once
// The doors a kiosk can be set to, as staff at the kiosk and the desk's
// pairing form list them: after the entrance (the caller's own words), each
// plenary session and group-work slot, and for a slot with groups each group's
// room instead of the slot. "14.00 Gruppearbeid …", "14.00 Tema 2 — Møterom
// Fjorden"; across several days with the weekday first.

#include "domain/program.h"

#include <QList>
#include <QString>

namespace oppmote {

struct DoorChoice {
    QString mode; // "session:KEY"
    QString label;
};

// `day`: that day's doors only; nullptr: every day's, each with its weekday.
QList<DoorChoice> doorChoices(const Event &event, const Day *day = nullptr);

} // namespace oppmote
