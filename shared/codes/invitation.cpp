#include "codes/invitation.h"

#include "codes/qr_code.h"
#include "codes/qr_render.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>

namespace oppmote {

namespace {

struct InvitationText {
    Q_DECLARE_TR_FUNCTIONS(oppmote::Invitation)
};

Error ioError(const QString &path)
{
    return makeError(ErrorCode::Io, InvitationText::tr("Could not write %1.").arg(path));
}

constexpr int kDpi = 600;

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

// Draws one page; `painter` is on a QPdfWriter at kDpi with zero margins.
Status paintPage(QPainter &p, const Invitation &inv, const InvitationInfo &info)
{
    const QString code = inv.code.isEmpty() ? inv.attendee.token : inv.code;
    const auto qr = QrCode::encode(code, QrUse::Screen);
    if (!qr.ok())
        return qr.error();
    const double left = mm(20), width = mm(170);
    double y = mm(20);
    auto text = [&](const QString &s, double sizePt, bool bold, double gapMm) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(sizePt);
        f.setBold(bold);
        p.setFont(f);
        const QRectF box(left, y, width, mm(200));
        const QRectF used = p.boundingRect(box, Qt::TextWordWrap, s);
        p.drawText(box, Qt::TextWordWrap, s);
        y += used.height() + mm(gapMm);
    };
    p.setPen(Qt::black);
    text(info.eventName, 20, true, 4);
    text(inv.attendee.fullName(), 16, true, 1);
    if (!inv.attendee.organisation.isEmpty())
        text(inv.attendee.organisation, 12, false, 6);
    else
        y += mm(5);

    const QrPrintSize size = qrPrintSize(qr.value(), kDpi, 50.0);
    const double side = size.dotsPerModule * qr->sizeWithQuietZone(); // whole printer dots per module
    paintQr(p, qr.value(), QRectF(left, y, side, side));
    y += side + mm(2);
    text(groupedCodeText(code), 10, false, 8);

    if (!info.dates.isEmpty())
        text(InvitationText::tr("When: %1").arg(info.dates), 12, false, 2);
    if (!info.place.isEmpty())
        text(InvitationText::tr("Where: %1").arg(info.place), 12, false, 2);
    if (!info.whatToBring.isEmpty()) {
        text(InvitationText::tr("Please bring:"), 12, true, 1);
        for (const QString &item : info.whatToBring)
            text(QStringLiteral("•  ") + item, 12, false, 1);
        y += mm(2);
    }
    text(info.note.isEmpty()
            ? InvitationText::tr("Show this code at the entrance, on paper or on your phone. It is personal.")
            : info.note,
        11, false, 0);
    return Ok {};
}

Status writePages(const QString &path, const QList<Invitation> &invitations, const InvitationInfo &info)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(kDpi);
    pdf.setTitle(info.eventName);
    pdf.setCreator(QStringLiteral("Oppmøte"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return ioError(path);
    for (int i = 0; i < invitations.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        const Status page = paintPage(painter, invitations[i], info);
        if (!page.ok())
            return page;
    }
    if (!painter.end())
        return ioError(path);
    return Ok {};
}

} // namespace

namespace {

// "mandag 25. september 2017 kl. 09.30" in Bokmål and Nynorsk, "Monday 25
// September 2017 at 09:30" in English: the date in the UI language (the
// default QLocale, which each app sets with its translation) and the day's
// first start time. Word order and "kl." are the locale's, like its month names.
QString dayText(const QDate &date, const QTime &start)
{
    const QLocale ui;
    const bool norwegian
        = ui.language() == QLocale::NorwegianBokmal || ui.language() == QLocale::NorwegianNynorsk;
    const QLocale locale = norwegian ? ui : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QString text = locale.toString(
        date, norwegian ? QStringLiteral("dddd d. MMMM yyyy") : QStringLiteral("dddd d MMMM yyyy"));
    if (start.isValid())
        text += norwegian ? QStringLiteral(" kl. ") + start.toString(QStringLiteral("HH.mm"))
                          : QStringLiteral(" at ") + start.toString(QStringLiteral("HH:mm"));
    return text;
}

} // namespace

InvitationInfo invitationInfoFor(const Event &event, const QStringList &whatToBring)
{
    InvitationInfo info;
    info.eventName = event.name;
    info.place = event.place;
    info.whatToBring = whatToBring;
    // One line per day of the programme, in date order, each with its start.
    QList<std::pair<QDate, QTime>> days;
    for (const Day &day : event.days) {
        if (!day.date.isValid())
            continue;
        QTime start;
        for (const Session &s : day.sessions)
            if (s.start.isValid() && (!start.isValid() || s.start < start))
                start = s.start;
        days.append({ day.date, start });
    }
    std::sort(days.begin(), days.end());
    QStringList lines;
    for (const auto &[date, start] : days)
        lines << dayText(date, start);
    info.dates = lines.join(QLatin1Char('\n'));
    return info;
}

QString groupedCodeText(const QString &code)
{
    const int dash = code.indexOf(u'-');
    if (dash < 0 || code.size() > 40)
        return code; // signed tickets are for scanning only
    QString out = code.left(dash + 1);
    const QString rest = code.mid(dash + 1);
    for (int i = 0; i < rest.size(); i += 4)
        out += (i ? QStringLiteral(" ") : QString()) + rest.mid(i, 4);
    return out;
}

Status writeInvitationPdf(const QString &path, const Invitation &invitation, const InvitationInfo &info)
{
    return writePages(path, { invitation }, info);
}

Status writeInvitationsPdf(
    const QString &path, const QList<Invitation> &invitations, const InvitationInfo &info)
{
    return writePages(path, invitations, info);
}

Result<QStringList> writeInvitationTickets(
    const QString &directory, const QList<Invitation> &invitations, const InvitationInfo &info)
{
    if (!QDir().mkpath(directory))
        return ioError(directory);
    const QDir dir(directory);
    QStringList written;
    for (const Invitation &inv : invitations) {
        QString name = inv.attendee.id;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
        const QString path = dir.filePath(name + QStringLiteral(".pdf"));
        const Status s = writeInvitationPdf(path, inv, info);
        if (!s.ok())
            return s.error();
        written << path;
    }
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    const Status s = writeInvitationsPdf(all, invitations, info);
    if (!s.ok())
        return s.error();
    written << all;
    return written;
}

} // namespace oppmote
