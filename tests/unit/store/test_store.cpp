// The store: programme and roster round trips, and the check-in log rules
// (derived state, idempotency, undo, duplicates kept, attendance).

#include "codes/token.h"
#include "codes/token_verifier.h"
#include "sample_store.h"
#include "store/sqlite.h"

#include <QtTest>

using namespace oppmote;

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pragmasAreDurable()
    {
        auto s = test::makeSampleStore(5);
        sql::Connection raw;
        QVERIFY(raw.open(s.path, false).ok());
        QCOMPARE(raw.scalar("PRAGMA user_version").value(), qint64(s.store->schemaVersion()));
        sql::Statement mode(raw, "PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        // synchronous and foreign_keys are per connection: ask the store's own.
        QCOMPARE(s.store->pragma(QStringLiteral("synchronous")).value(), QStringLiteral("2")); // FULL
        QCOMPARE(s.store->pragma(QStringLiteral("foreign_keys")).value(), QStringLiteral("1"));
        QCOMPARE(s.store->pragma(QStringLiteral("journal_mode")).value(), QStringLiteral("wal"));
        QVERIFY(!s.store->pragma(QStringLiteral("writable_schema")).ok());
    }

    void programRoundTrip()
    {
        auto s = test::makeSampleStore(3);
        auto loaded = s.store->program();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, s.event.name);
        QCOMPARE(loaded->days.size(), s.event.days.size());
        for (int d = 0; d < s.event.days.size(); ++d) {
            const Day &a = s.event.days[d], &b = loaded->days[d];
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.heading, a.heading);
            QCOMPARE(b.sessions.size(), a.sessions.size());
            for (int i = 0; i < a.sessions.size(); ++i) {
                QCOMPARE(b.sessions[i].key, a.sessions[i].key);
                QCOMPARE(b.sessions[i].title, a.sessions[i].title);
                QCOMPARE(b.sessions[i].kind, a.sessions[i].kind);
                QCOMPARE(b.sessions[i].start, a.sessions[i].start);
                QCOMPARE(b.sessions[i].speakers.size(), a.sessions[i].speakers.size());
                QCOMPARE(b.sessions[i].groups.size(), a.sessions[i].groups.size());
                for (int g = 0; g < a.sessions[i].groups.size(); ++g) {
                    QCOMPARE(b.sessions[i].groups[g].room, a.sessions[i].groups[g].room);
                    QCOMPARE(b.sessions[i].groups[g].capacity, a.sessions[i].groups[g].capacity);
                    QCOMPARE(b.sessions[i].groups[g].cases.size(), a.sessions[i].groups[g].cases.size());
                }
            }
        }
        // Replacing the programme replaces it, it does not add to it.
        QVERIFY(s.store->replaceProgram(s.event).ok());
        QCOMPARE(s.store->program()->days.size(), s.event.days.size());
    }

    void attendeesUpsert()
    {
        auto s = test::makeSampleStore(20);
        QCOMPARE(s.store->attendeeCount().value(), 20);
        QList<Attendee> changed { s.attendees[3] };
        changed[0].role = QStringLiteral("fylkesdirektør");
        Attendee fresh;
        fresh.id = QStringLiteral("new-1");
        fresh.firstName = QStringLiteral("Åse");
        fresh.lastName = QStringLiteral("Løvås");
        changed.append(fresh);
        auto counts = s.store->upsertAttendees(changed);
        QVERIFY(counts.ok());
        QCOMPARE(counts->added, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(s.store->attendeeCount().value(), 21);
        QCOMPARE(s.store->attendee(s.attendees[3].id).value()->role, QStringLiteral("fylkesdirektør"));
        QCOMPARE(s.store->attendeeByToken(s.attendees[5].token).value()->id, s.attendees[5].id);
        QVERIFY(!s.store->attendeeByToken(QStringLiteral("OP1-NOPE")).value().has_value());
        // Preferences survive the round trip in order.
        const Attendee back = *s.store->attendee(s.attendees[3].id).value();
        QCOMPARE(back.preferences, s.attendees[3].preferences);
    }

    void secondCheckInSaysWhenAndWhere()
    {
        auto s = test::makeSampleStore(5, QStringLiteral("Kiosk 2"));
        const QString id = s.attendees[1].id;
        const QDateTime at(QDate(2017, 9, 25), QTime(9, 41, 12));
        auto first = s.store->checkIn({ id, QString(), CheckinMethod::Qr, QString(), at });
        QVERIFY(first.ok());
        QCOMPARE(first->status, CheckinStatus::CheckedIn);
        QVERIFY(first->event.has_value());
        QCOMPARE(first->event->deviceSeq, qint64(1));

        auto second = s.store->checkIn({ id, QString(), CheckinMethod::Search, QString(), at.addSecs(300) });
        QVERIFY(second.ok());
        QCOMPARE(second->status, CheckinStatus::AlreadyCheckedIn);
        QVERIFY(!second->event.has_value()); // nothing written
        QCOMPARE(second->earlier->id, first->event->id);
        QCOMPARE(second->earlierDeviceName, QStringLiteral("Kiosk 2"));
        QVERIFY2(second->message().contains(QStringLiteral("09:41")), qPrintable(second->message()));
        QVERIFY2(second->message().contains(QStringLiteral("Kiosk 2")), qPrintable(second->message()));
        QCOMPARE(s.store->events(id)->size(), 1);
    }

    void retryWithSameEventIdIsRecordedOnce()
    {
        auto s = test::makeSampleStore(3);
        CheckinRequest r { s.attendees[0].id, QString(), CheckinMethod::Qr,
            QStringLiteral("7d8a3c1e-0000-4000-8000-000000000001"), {} };
        auto a = s.store->checkIn(r);
        auto b = s.store->checkIn(r);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->status, CheckinStatus::CheckedIn);
        QCOMPARE(b->status, CheckinStatus::CheckedIn);
        QCOMPARE(b->event->id, a->event->id);
        QCOMPARE(s.store->events()->size(), 1);
    }

    void unknownAttendeeWritesNothing()
    {
        auto s = test::makeSampleStore(3);
        auto r = s.store->checkIn({ QStringLiteral("nobody"), QString(), CheckinMethod::Qr, QString(), {} });
        QVERIFY(r.ok());
        QCOMPARE(r->status, CheckinStatus::UnknownAttendee);
        QCOMPARE(s.store->events()->size(), 0);
    }

    void undoThenCheckInAgain()
    {
        auto s = test::makeSampleStore(3);
        const QString id = s.attendees[2].id;
        QCOMPARE(s.store->undoCheckIn(id, QString())->status, CheckinStatus::NotCheckedIn);
        QVERIFY(s.store->checkIn({ id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        auto undo = s.store->undoCheckIn(id, QString());
        QCOMPARE(undo->status, CheckinStatus::Undone);
        QCOMPARE(undo->event->kind, EventKind::Undo);
        QVERIFY(!s.store->activeEntry(id, QString())->has_value());
        QVERIFY(s.store->checkedInAttendeeIds(QString())->isEmpty());
        auto again = s.store->checkIn({ id, QString(), CheckinMethod::Staff, QString(), {} });
        QCOMPARE(again->status, CheckinStatus::CheckedIn);
        // Nothing is deleted: entry, undo, entry.
        QCOMPARE(s.store->events(id)->size(), 3);
        // Sequence numbers are 1, 2, 3 on this device.
        const auto events = s.store->events(id).value();
        QList<qint64> seqs;
        for (const auto &e : events)
            seqs << e.deviceSeq;
        std::sort(seqs.begin(), seqs.end());
        QCOMPARE(seqs, (QList<qint64> { 1, 2, 3 }));
    }

    void sessionsAreSeparateFromTheVenue()
    {
        auto s = test::makeSampleStore(4);
        const QString id = s.attendees[0].id;
        QCOMPARE(
            s.store->checkIn({ id, QStringLiteral("d1-1400"), CheckinMethod::Qr, QString(), {} })->status,
            CheckinStatus::CheckedIn);
        QCOMPARE(s.store->checkIn({ id, QString(), CheckinMethod::Qr, QString(), {} })->status,
            CheckinStatus::CheckedIn);
        QCOMPARE(
            s.store->checkIn({ id, QStringLiteral("d1-1400"), CheckinMethod::Qr, QString(), {} })->status,
            CheckinStatus::AlreadyCheckedIn);
        QCOMPARE(s.store->checkedInAttendeeIds(QStringLiteral("d1-1400"))->size(), 1);
        QCOMPARE(s.store->checkedInAttendeeIds(QStringLiteral("d2-1100"))->size(), 0);
    }

    void exitKeepsAttendanceButNotPresence()
    {
        auto s = test::makeSampleStore(4);
        const QDateTime t(QDate(2017, 9, 25), QTime(10, 0));
        for (int i = 0; i < 3; ++i)
            QVERIFY(s.store
                        ->checkIn(
                            { s.attendees[i].id, QStringLiteral("d1-1000"), CheckinMethod::Qr, QString(), t })
                        .ok());
        auto out = s.store->checkOut(
            { s.attendees[1].id, QStringLiteral("d1-1000"), CheckinMethod::Qr, QString(), t.addSecs(600) });
        QCOMPARE(out->status, CheckinStatus::CheckedOut);
        QCOMPARE(
            s.store
                ->checkOut({ s.attendees[3].id, QStringLiteral("d1-1000"), CheckinMethod::Qr, QString(), t })
                ->status,
            CheckinStatus::NotCheckedIn);
        auto rows = s.store->attendance();
        QVERIFY(rows.ok());
        bool seen = false;
        for (const SessionAttendance &r : rows.value())
            if (r.sessionKey == QLatin1String("d1-1000")) {
                QCOMPARE(r.checkedIn, 3);
                QCOMPARE(r.present, 2);
                QCOMPARE(r.starts, QStringLiteral("10:00"));
                seen = true;
            }
        QVERIFY(seen);
        // Every session of the programme is listed, in order, after the venue.
        QCOMPARE(rows->front().sessionKey, QString());
        int sessions = 0;
        for (const Day &d : s.event.days)
            sessions += int(d.sessions.size());
        QCOMPARE(rows->size(), sessions + 1);
    }

    void eventsFromOtherDevicesAreKeptEvenWhenDuplicates()
    {
        auto a = test::makeSampleStore(3, QStringLiteral("Kiosk 1"));
        auto b = test::makeSampleStore(0, QStringLiteral("Kiosk 2"));
        QVERIFY(b.store->upsertAttendees(a.attendees).ok());
        const QString id = a.attendees[0].id;
        // Both kiosks admit the same person while cut off from each other.
        auto e1 = a.store->checkIn({ id, QString(), CheckinMethod::Qr, QString(), {} });
        auto e2 = b.store->checkIn({ id, QString(), CheckinMethod::Qr, QString(), {} });
        QCOMPARE(e1->status, CheckinStatus::CheckedIn);
        QCOMPARE(e2->status, CheckinStatus::CheckedIn);
        // Sync both ways, twice (retries are harmless).
        for (int round = 0; round < 2; ++round) {
            QVERIFY(a.store->recordEvents(b.store->events().value()).ok());
            QVERIFY(b.store->recordEvents(a.store->events().value()).ok());
        }
        QCOMPARE(a.store->events()->size(), 2);
        QCOMPARE(b.store->events()->size(), 2);
        QCOMPARE(a.store->recordEvents(b.store->events().value()).value(), 0);
        // Still one person checked in.
        QCOMPARE(a.store->checkedInAttendeeIds(QString())->size(), 1);
        // Undo on one kiosk cancels every live entry it knows of.
        auto undo = a.store->undoCheckIn(id, QString());
        QCOMPARE(undo->status, CheckinStatus::Undone);
        QVERIFY(a.store->checkedInAttendeeIds(QString())->isEmpty());
    }

    void outboxHoldsOnlyLocalEvents()
    {
        auto a = test::makeSampleStore(3, QStringLiteral("Kiosk 1"));
        auto b = test::makeSampleStore(0, QStringLiteral("Kiosk 2"));
        QVERIFY(b.store->upsertAttendees(a.attendees).ok());
        QVERIFY(a.store->checkIn({ a.attendees[0].id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        QVERIFY(b.store->checkIn({ a.attendees[1].id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        QVERIFY(a.store->recordEvents(b.store->events().value()).ok());
        sql::Connection raw;
        QVERIFY(raw.open(a.path, false).ok());
        QCOMPARE(raw.scalar("SELECT count(*) FROM outbox").value(), qint64(1));
        QCOMPARE(raw.scalar("SELECT count(*) FROM checkin_events").value(), qint64(2));
    }

    void purgeRemovesPersonalDataKeepsCounts()
    {
        auto s = test::makeSampleStore(6);
        QVERIFY(
            s.store
                ->checkIn({ s.attendees[0].id, QStringLiteral("d1-1400"), CheckinMethod::Qr, QString(), {} })
                .ok());
        const QString backup = s.path + QStringLiteral(".before-v4.bak"); // as a migration leaves it
        QVERIFY(QFile::copy(s.path, backup));
        QVERIFY(s.store->purgePersonalData().ok());
        QVERIFY(!QFile::exists(backup));
        for (const Attendee &a : s.store->attendees().value()) {
            QVERIFY(a.email.isEmpty());
            QVERIFY(a.firstName.isEmpty());
            QVERIFY(a.token.isEmpty());
            QVERIFY(!a.organisation.isEmpty()); // counts per organisation survive
        }
        QCOMPARE(s.store->checkedInAttendeeIds(QStringLiteral("d1-1400"))->size(), 1);
        // The file no longer contains the e-mail addresses.
        QFile f(s.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(s.attendees[1].email.toUtf8()));
    }

    void aRevokedDeviceKeepsNothingAboutPeople()
    {
        auto s = test::makeSampleStore(6);
        QVERIFY(s.store->checkIn({ s.attendees[0].id, QString(), CheckinMethod::Qr, QString(), {} }).ok());
        QVERIFY(s.store->setMeta(QStringLiteral("hub_secret"), QStringLiteral("s3cret")).ok());
        const QString backup = s.path + QStringLiteral(".before-v3.bak");
        QVERIFY(QFile::copy(s.path, backup));
        QVERIFY(s.store->wipeRevokedDevice().ok());
        QCOMPARE(s.store->attendeeCount().value(), 0);
        QVERIFY(s.store->events()->isEmpty());
        QCOMPARE(s.store->meta(QStringLiteral("hub_secret")).value(), QString());
        QVERIFY(!QFile::exists(backup));
        QVERIFY(!s.store->program()->days.isEmpty()); // the programme is not about people
        sql::Connection raw;
        QVERIFY(raw.open(s.path, false).ok());
        QCOMPARE(raw.scalar("SELECT count(*) FROM organisations").value(), qint64(0));
        QFile f(s.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const Attendee &a : s.attendees)
            QVERIFY(!bytes.contains(a.token.toUtf8()));
        // Databases are the owner's only.
        QVERIFY(!(QFile::permissions(s.path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    }

    void reissuedCodesAreRefusedWithTheirReason()
    {
        auto s = test::makeSampleStore(4);
        const Attendee a = s.attendees[1];
        const QString fresh = Token::generate();
        auto updated = s.store->replaceToken(a.id, fresh);
        QVERIFY(updated.ok());
        QCOMPARE(updated->token, fresh);
        QCOMPARE(s.store->attendeeByToken(fresh).value()->id, a.id);
        QVERIFY(!s.store->attendeeByToken(a.token).value().has_value());

        auto cancelled = s.store->replaceToken(s.attendees[2].id, QString(), true);
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->token.isEmpty());

        // What a kiosk loads with the roster refuses both, each with its reason.
        const TokenVerifier verifier(s.store->eventId().value(), s.store->ticketPublicKeys().value(),
            s.store->revocations().value(),
            [&](const Token &t) { return s.store->attendeeByToken(t.text()).value().has_value(); });
        QCOMPARE(verifier.verify(a.token).status, TokenStatus::Reissued);
        QCOMPARE(verifier.verify(s.attendees[2].token).status, TokenStatus::Revoked);
        QCOMPARE(verifier.verify(fresh).status, TokenStatus::Valid);
        QCOMPARE(verifier.verify(s.attendees[3].token).status, TokenStatus::Valid);
        // The event id is made once and kept.
        QCOMPARE(s.store->eventId().value(), s.store->eventId().value());
        QVERIFY(!s.store->replaceToken(QStringLiteral("nobody"), fresh).ok());
    }

    void reopenKeepsDeviceIdentity()
    {
        auto s = test::makeSampleStore(1, QStringLiteral("Kiosk 7"));
        const Device before = s.store->localDevice();
        s.store.reset();
        auto again = Store::open(s.path);
        QVERIFY(again.ok());
        QCOMPARE(again->localDevice().id, before.id);
        QCOMPARE(again->localDevice().name, QStringLiteral("Kiosk 7"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
