// What the event adds to every badge, on a real SQLite store: the organiser's
// logo (checked, refused with the reason, carried to a kiosk with the roster)
// and which badges show other groups than they would now.

#include "badge_samples.h"
#include "print/badge_batch.h"
#include "print/event_logo.h"
#include "sample_store.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace oppmote;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestBadgeEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logoIsCheckedAndReachesTheKiosks()
    {
        auto hub = test::makeSampleStore(3, QStringLiteral("Admin"));
        QTemporaryDir dir;
        QVERIFY(print::eventLogo(*hub.store)->isEmpty());

        // Not an image, too large, missing: refused in words, nothing changes.
        const qint64 before = hub.store->rosterVersion().value();
        const auto notImage
            = print::setEventLogoFile(*hub.store, writeFile(dir, QStringLiteral("x.png"), "hello"));
        QVERIFY(!notImage.ok());
        QVERIFY2(notImage.error().message.contains(QStringLiteral("PNG, JPEG or SVG")),
            qPrintable(notImage.error().message));
        const auto tooLarge = print::setEventLogoFile(*hub.store,
            writeFile(dir, QStringLiteral("big.png"), QByteArray(print::kMaxLogoBytes + 10, 'x')));
        QVERIFY(!tooLarge.ok());
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("512 kB")),
            qPrintable(tooLarge.error().message));
        QVERIFY(!print::setEventLogoFile(*hub.store, dir.filePath(QStringLiteral("none.svg"))).ok());
        QVERIFY(print::eventLogo(*hub.store)->isEmpty());
        QCOMPARE(hub.store->rosterVersion().value(), before);

        // A good one: a new roster version, so a kiosk takes it with the roster.
        const QByteArray logo = test::pngBytes(QSize(60, 20), Qt::darkBlue);
        QVERIFY(print::setEventLogoFile(*hub.store, writeFile(dir, QStringLiteral("logo.png"), logo)).ok());
        const QByteArray kept = print::eventLogo(*hub.store).value();
        QCOMPARE(QImage::fromData(kept).size(), QSize(60, 20));
        QVERIFY(hub.store->rosterVersion().value() > before);
        auto kiosk = Store::open(dir.filePath(QStringLiteral("kiosk.sqlite")));
        QVERIFY(kiosk.ok());
        auto snapshot = hub.store->rosterSnapshot();
        QVERIFY(snapshot.ok());
        QVERIFY(kiosk->applyRosterSnapshot(snapshot.value()).ok());
        QCOMPARE(print::eventLogo(kiosk.value()).value(), kept);

        // Every badge of a batch carries it; removed, none does, at the kiosk too.
        auto batch = print::BadgeBatches(*hub.store).prepare({});
        QVERIFY(batch.ok());
        QCOMPARE(batch->badges.size(), 3);
        for (const BadgeData &b : batch->badges)
            QCOMPARE(b.logo, kept);
        // A large photo is kept at 1000 pixels on its longest side, as PNG.
        QVERIFY(print::setEventLogo(*hub.store, test::pngBytes(QSize(3000, 600), Qt::darkGreen)).ok());
        QCOMPARE(QImage::fromData(print::eventLogo(*hub.store).value()).size(), QSize(1000, 200));
        // An SVG after a long prolog is still an SVG.
        const QByteArray svg = "<?xml version=\"1.0\"?>\n<!-- " + QByteArray(2000, 'x')
            + " -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"><rect width=\"40\" "
              "height=\"10\"/></svg>";
        QVERIFY(print::setEventLogo(*hub.store, svg).ok());
        QCOMPARE(print::eventLogo(*hub.store).value(), svg);
        QVERIFY(print::removeEventLogo(*hub.store).ok());
        QVERIFY(kiosk->applyRosterSnapshot(hub.store->rosterSnapshot().value()).ok());
        QVERIFY(print::eventLogo(kiosk.value())->isEmpty());
        QVERIFY(print::BadgeBatches(*hub.store).prepare({})->badges.first().logo.isEmpty());
    }

    void badgesThatShowOtherGroupsThanNowAreOutdated()
    {
        auto s = test::makeSampleStore(4, QStringLiteral("Admin"));
        const QString slot = QStringLiteral("d1-1400");
        const QString early = s.attendees[0].id, late = s.attendees[1].id, unplaced = s.attendees[2].id;
        print::BadgeBatches batches(*s.store);
        // Badges at 09:30, before the allocation: they show no group, and that is still true.
        for (const QString &id : { early, unplaced })
            QVERIFY(s.store->recordBadgePrinted(id).ok());
        QVERIFY(batches.outdatedBadges()->isEmpty());
        QList<Assignment> placed { { slot, early, QStringLiteral("d1-1400-g1"), false, false },
            { slot, late, QStringLiteral("d1-1400-g2"), false, false } };
        QVERIFY(
            s.store->saveAllocation(slot, placed, AllocationRunInfo { QStringLiteral("test"), {}, {}, {} })
                .ok());
        // The one placed whose badge came first; not the unplaced one, nor one without a badge.
        QCOMPARE(batches.outdatedBadges().value(), QSet<QString> { early });
        print::BadgeBatchRequest request;
        request.outdatedOnly = true;
        auto batch = batches.prepare(request);
        QVERIFY(batch.ok());
        QCOMPARE(batch->people.size(), 1);
        QCOMPARE(batch->people.first().id, early);
        QCOMPARE(batch->badges.first().group, QStringLiteral("Tema 1"));
        QVERIFY(batch->skipped.isEmpty()); // a reprint: nobody is left out for having a badge
        // Reprinted showing its group: up to date, whatever the clocks say.
        QVERIFY(
            s.store->recordBadgePrinted(early, CheckinMethod::Staff, badgeShowsNote(batch->badges.first()))
                .ok());
        QVERIFY(batches.outdatedBadges()->isEmpty());
        // Moved by the desk afterwards: outdated again; publishing changes nothing here.
        QVERIFY(s.store->moveAttendee(slot, early, QStringLiteral("d1-1400-g3"), QStringLiteral("test"), {})
                    .ok());
        QCOMPARE(batches.outdatedBadges().value(), QSet<QString> { early });
        QVERIFY(s.store->publish(slot, QStringLiteral("test")).ok());
        QCOMPARE(batches.outdatedBadges().value(), QSet<QString> { early });
    }
};

QTEST_GUILESS_MAIN(TestBadgeEvents)
#include "test_badge_events.moc"
