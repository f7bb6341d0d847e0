#pragma once
// Invitation tickets: one A4 PDF page per attendee with the QR code (vector,
// error correction M: it is read from paper or a phone screen), the code as
// text for typing it in, and the event's practical information. One PDF per
// attendee and one combined PDF for printing them all.

#include "domain/attendee.h"
#include "domain/program.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oppmote {

struct InvitationInfo {
    QString eventName;
    QString dates; // "25.–26. september 2023"
    QString place;
    QStringList whatToBring;
    QString note; // e.g. "Show this code at the entrance, on paper or on your phone."
};

// Name, dates and place from the programme.
InvitationInfo invitationInfoFor(const Event &event, const QStringList &whatToBring = {});

struct Invitation {
    Attendee attendee;
    QString code; // the token or a signed ticket (Attendee::token if empty)
};

// The code as people read it aloud or type it: groups of four after the prefix.
QString groupedCodeText(const QString &code);

Status writeInvitationPdf(const QString &path, const Invitation &invitation, const InvitationInfo &info);
Status writeInvitationsPdf(
    const QString &path, const QList<Invitation> &invitations, const InvitationInfo &info);

// One PDF per attendee in `directory` (named after the attendee id) and
// `all.pdf`; returns the files written. Needs a QGuiApplication (fonts).
Result<QStringList> writeInvitationTickets(
    const QString &directory, const QList<Invitation> &invitations, const InvitationInfo &info);

} // namespace oppmote
