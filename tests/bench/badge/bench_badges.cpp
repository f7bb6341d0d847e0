// Badges and printing, against the figures: one badge rendered
// (< 50 ms), a 500-badge A4 sheet PDF (< 15 s), and from a check-in on a
// SQLite store to the badge job accepted by a real cupsd (< 300 ms).
// References in the same process: a bare QPainter badge (name + QR, no
// fitting, no template) and a bare cupsPrintFile of a ready PDF.

#include "badge/badge_document.h"
#include "badge_samples.h"
#include "bench_stats.h"
#include "codes/qr_code.h"
#include "codes/qr_render.h"
#include "print/cups_printer.h"
#include "print/print_queue.h"
#include "private_cups.h"
#include "store/store.h"

#include <QBuffer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace oppmote;
using bench::Stopwatch;

namespace {

QByteArray bareBadgePdf(const BadgeData &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QSizeF(105, 148), QPageSize::Millimeter));
    QPainter p(&writer);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(400);
    p.setFont(f);
    p.drawText(QPointF(200, 1500), d.fullName());
    paintQr(p, QrCode::encode(d.token, QrUse::Badge).value(), QRectF(1500, 4000, 1800, 1800));
    p.end();
    return buffer.data();
}

QByteArray badgePdf(const BadgeTemplate &t, const BadgeData &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageLayout(badgePageLayout(t));
    if (!renderBadges(writer, 1200, t, { d }).ok())
        qFatal("the badge did not render");
    return buffer.data();
}

void renderOne()
{
    const BadgeTemplate a6 = loadBadgeTemplate(QStringLiteral("a6")).value();
    const BadgeData d = test::longNameBadge();
    std::vector<double> pdf, image, bare;
    for (int i = 0; i < 60; ++i) {
        Stopwatch w;
        const QByteArray bytes = bareBadgePdf(d);
        if (i >= 10)
            bare.push_back(w.elapsedMs());
        w.restart();
        const QByteArray ours = badgePdf(a6, d);
        if (i >= 10)
            pdf.push_back(w.elapsedMs());
        w.restart();
        auto img = renderBadgeImage(a6, d, BadgeSide::Front, 300);
        if (i >= 10)
            image.push_back(w.elapsedMs());
        if (bytes.isEmpty() || ours.isEmpty() || !img.ok())
            std::fprintf(stderr, "render failed\n");
    }
    const auto sPdf = bench::summarize(pdf), sImage = bench::summarize(image), sBare = bench::summarize(bare);
    bench::report(QStringLiteral("badge_render_pdf_a6_front_back"), bench::format(sPdf));
    bench::report(QStringLiteral("badge_render_png_a6_300dpi"), bench::format(sImage));
    bench::report(QStringLiteral("badge_render_bare_reference"),
        bench::format(sBare) + QStringLiteral(" ratio_pdf=%1").arg(sPdf.p50 / sBare.p50, 0, 'f', 1));
}

void sheet500(const QString &dir)
{
    const BadgeTemplate t = loadBadgeTemplate(QStringLiteral("a4-80x50")).value();
    QList<BadgeData> badges;
    for (int i = 0; i < 500; ++i) {
        BadgeData d = i % 3 ? test::shortNameBadge() : test::longNameBadge();
        d.token += QString::number(i);
        d.lastName += QString::number(i);
        badges << d;
    }
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        Stopwatch w;
        auto s = writeBadgesPdf(dir + QStringLiteral("/sheet.pdf"), t, badges);
        runs.push_back(w.elapsedMs());
        if (!s.ok())
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
    }
    bench::report(QStringLiteral("badge_sheet_500_a4_80x50"),
        bench::format(bench::summarize(runs))
            + QStringLiteral(" pages=50 size_kib=%1")
                  .arg(QFileInfo(dir + QStringLiteral("/sheet.pdf")).size() / 1024));
}

void checkinToCups(const QString &dir)
{
    test::PrivateCups cupsd;
    QString error;
    if (!cupsd.start(&error) || !cupsd.addPdfQueue(QStringLiteral("kiosk"), &error)) {
        std::fprintf(stderr, "cupsd: %s\n", qPrintable(error));
        return;
    }
    bench::report(
        QStringLiteral("badge_cupsd_start"), QStringLiteral("ms=%1").arg(cupsd.startMs(), 0, 'f', 0));
    auto store = Store::open(dir + QStringLiteral("/kiosk.sqlite"));
    QList<Attendee> people;
    for (int i = 0; i < 40; ++i) {
        Attendee a;
        a.id = QStringLiteral("b%1").arg(i);
        a.firstName = QStringLiteral("Kristin Marie");
        a.lastName = QStringLiteral("Østensjø-Aarflot Bjørnstad %1").arg(i);
        a.organisation = test::longNameBadge().organisation;
        a.token = QStringLiteral("O1-BENCH%1").arg(i);
        people << a;
    }
    if (!store->upsertAttendees(people).ok())
        qFatal("could not store the people");
    PrintQueue queue({ QStringLiteral("kiosk"), QStringLiteral("card-90x54") });
    std::vector<double> accepted, checkin, done;
    // The reference: a bare cupsPrintFile of a PDF that is already made.
    const QString ready = dir + QStringLiteral("/ready.pdf");
    {
        QFile f(ready);
        f.open(QIODevice::WriteOnly);
        f.write(badgePdf(loadBadgeTemplate(QStringLiteral("card-90x54")).value(), test::longNameBadge()));
    }
    std::vector<double> bare;
    for (int i = 0; i < people.size(); ++i) {
        Stopwatch w;
        auto in = store->checkIn(CheckinRequest { people[i].id, {}, CheckinMethod::Qr, {}, {} });
        checkin.push_back(w.elapsedMs());
        const int id = queue.enqueue(badgeDataFor(people[i]), {}, 0);
        QEventLoop loop;
        double acceptedAt = -1;
        QObject::connect(&queue, &PrintQueue::jobChanged, &loop, [&](const PrintJob &j) {
            if (j.id == id && j.cupsJobId > 0 && acceptedAt < 0)
                acceptedAt = w.elapsedMs();
            if (j.id == id && (j.state == PrintJobState::Done || j.state == PrintJobState::Failed))
                loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const auto job = queue.job(id);
        if (!in.ok() || !job || job->state != PrintJobState::Done)
            std::fprintf(stderr, "job %d: %s\n", id, job ? qPrintable(job->message + job->detail) : "lost");
        if (i >= 5) { // after warm-up (first font and CUPS connection)
            accepted.push_back(acceptedAt);
            done.push_back(w.elapsedMs());
        }
        Stopwatch b;
        if (!cups::submitFile(
                QStringLiteral("kiosk"), ready, QStringLiteral("bare"), { { "media", "Custom.90x54mm" } })
                 .ok())
            qFatal("CUPS refused the job");
        if (i >= 5)
            bare.push_back(b.elapsedMs());
        cupsd.waitIdle(QStringLiteral("kiosk"), 10000);
    }
    const auto sAccepted = bench::summarize(accepted), sBare = bench::summarize(bare);
    bench::report(QStringLiteral("badge_checkin_commit"), bench::format(bench::summarize(checkin)));
    bench::report(QStringLiteral("badge_checkin_to_cups_accepted"), bench::format(sAccepted));
    bench::report(QStringLiteral("badge_checkin_to_cups_completed"), bench::format(bench::summarize(done)));
    bench::report(QStringLiteral("badge_bare_cupsPrintFile_reference"),
        bench::format(sBare) + QStringLiteral(" ratio=%1").arg(sAccepted.p50 / sBare.p50, 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    renderOne();
    sheet500(dir.path());
    checkinToCups(dir.path());
    std::printf("peak RSS %.0f MiB\n", bench::residentMiB());
    return 0;
}
