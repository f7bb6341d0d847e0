#include "demo_run.h"

#include "assets.h"
#include "codes/token.h"
#include "command.h"
#include "kiosk/kiosk_config.h"
#include "print/event_logo.h"
#include "program/program_source.h"
#include "roster.h"
#include "sample/attendee_generator.h"
#include "search/name_folding.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace oppmote::cli {

namespace {

// Deterministic numbers for the simulation (SplitMix64).
class Dice
{
public:
    explicit Dice(std::uint64_t seed) : m_state(seed ^ 0x5DEECE66Dull) { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::uint64_t m_state;
};

struct Arrival {
    QDateTime at;
    int attendee = 0;
    int kiosk = 0;
    bool byName = false;
};

void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

// Copies every event each store has that another lacks: what the hub does
// over the network (the sync issue), done here in-process.
Status exchangeEvents(QList<Store *> stores)
{
    QList<CheckinEvent> all;
    for (Store *s : stores) {
        auto events = s->events();
        if (!events.ok())
            return events.error();
        all += events.value();
    }
    for (Store *s : stores)
        if (auto r = s->recordEvents(all); !r.ok())
            return r.error();
    return Ok {};
}

class Demo
{
    Q_DECLARE_TR_FUNCTIONS(demo)

public:
    Demo(const DemoOptions &options, QTextStream &out, QTextStream &err)
        : m_options(options), m_out(out), m_err(err), m_dice(options.seed)
    { }

    int run()
    {
        QElapsedTimer timer;
        timer.start();
        QDir dir;
        if (!dir.mkpath(m_options.outputDir)) {
            m_err << tr("Cannot create the folder %1.").arg(m_options.outputDir) << Qt::endl;
            return StoreError;
        }
        m_dir = QDir(m_options.outputDir);
        if (int code = setUp(); code != Success)
            return code;
        if (int code = morningQueue(); code != Success)
            return code;
        if (int code = sessions(); code != Success)
            return code;
        if (int code = report(); code != Success)
            return code;
        m_out << tr("Done in %1 s.").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        return Success;
    }

private:
    int failed(const Error &e)
    {
        m_err << tr("oppmote demo: %1").arg(e.message) << Qt::endl;
        return e.code == ErrorCode::Io ? StoreError : Failure;
    }

    int setUp()
    {
        ProgramSource source { assets::sampleProgram(), assets::sampleSettings(), 0, false };
        auto parsed = loadProgram(source);
        if (!parsed.ok())
            return failed(parsed.error());
        if (!parsed->ok()) {
            for (const auto &e : parsed->errors)
                m_err << tr("error: line %1: %2").arg(e.line).arg(e.text) << Qt::endl;
            return InvalidData;
        }
        m_event = parsed->event;
        m_out << tr("== %1: the sample workshop").arg(m_event.name) << Qt::endl;
        for (const auto &w : parsed->warnings)
            m_out << tr("   programme warning (line %1): %2").arg(w.line).arg(w.text) << Qt::endl;
        for (const Day &day : m_event.days)
            m_out << QStringLiteral("   %1  %2 — %3 sessions")
                         .arg(day.date.toString(Qt::ISODate), day.heading)
                         .arg(day.sessions.size())
                  << Qt::endl;

        m_people = AttendeeGenerator(m_options.seed).generate(m_event, m_options.attendees);
        assignMissingTokens(m_people);

        // The organisers' store (the hub's data) and one store per kiosk.
        const QString hubPath = m_dir.filePath(QStringLiteral("hub.sqlite"));
        removeDatabase(hubPath);
        auto hub = Store::open(hubPath, StoreOptions { true, QStringLiteral("Admin") });
        if (!hub.ok())
            return failed(hub.error());
        m_hub.emplace(std::move(hub).value());
        if (auto s = print::setEventLogoFile(*m_hub, assets::sampleLogo()); !s.ok())
            return failed(s.error());
        QList<Device> devices { m_hub->localDevice() };
        for (int k = 1; k <= m_options.kiosks; ++k) {
            const QString path = m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(k));
            removeDatabase(path);
            auto kiosk = Store::open(path, StoreOptions { true, tr("Kiosk %1").arg(k) });
            if (!kiosk.ok())
                return failed(kiosk.error());
            m_kiosks.push_back(std::move(kiosk).value());
            devices << m_kiosks.back().localDevice();
        }
        for (Store *s : allStores()) {
            if (auto r = s->replaceProgram(m_event); !r.ok())
                return failed(r.error());
            if (auto r = s->upsertAttendees(m_people); !r.ok())
                return failed(r.error());
            for (const Device &d : devices)
                if (auto r = s->upsertDevice(d); !r.ok())
                    return failed(r.error());
        }
        m_out << tr("   %1 fictional attendees from %2 organisations; %3 kiosks.")
                     .arg(m_people.size())
                     .arg(AttendeeGenerator::organisationsOf(m_event).size())
                     .arg(m_options.kiosks)
              << Qt::endl;
        return Success;
    }

    QList<Store *> allStores()
    {
        QList<Store *> list { &*m_hub };
        for (Store &k : m_kiosks)
            list << &k;
        return list;
    }

    QDateTime at(int dayIndex, int minutes) const
    {
        const QDate date = m_event.days.value(dayIndex).date;
        return QDateTime(date, QTime(0, 0)).addSecs(qint64(minutes) * 60);
    }

    // Finds the attendee the way a person at the kiosk would: typing part of
    // the name, folded ("ostensjo" for Østensjø), and picking themselves.
    std::optional<QString> searchAsAPerson(const NameIndex &index, const Attendee &a)
    {
        const QString first = foldName(a.firstName.section(QLatin1Char(' '), 0, 0));
        const QString last = foldName(a.lastName).left(4);
        const auto matches = index.search(first + QLatin1Char(' ') + last, 8);
        for (const NameMatch &m : matches)
            if (index.entry(m.entry).id == a.id)
                return a.id;
        return std::nullopt;
    }

    int checkInAt(int kiosk, const Attendee &a, const QString &session, CheckinMethod method,
        const QDateTime &when, bool print)
    {
        CheckinRequest request { a.id, session, method, QString(), when };
        auto outcome = m_kiosks[std::size_t(kiosk)].checkIn(request);
        if (!outcome.ok())
            return failed(outcome.error());
        if (outcome->status == CheckinStatus::AlreadyCheckedIn)
            ++m_already;
        if (print || outcome->status == CheckinStatus::AlreadyCheckedIn)
            m_out << QStringLiteral("   %1  %2  %3  %4 (%5): %6")
                         .arg(when.toLocalTime().toString(QStringLiteral("HH:mm")),
                             m_kiosks[std::size_t(kiosk)].localDevice().name,
                             checkinMethodName(method).leftJustified(6), a.fullName(), a.organisation,
                             outcome->message())
                  << Qt::endl;
        return Success;
    }

    int morningQueue()
    {
        m_out << tr("== 09:30, day 1: the queue at the kiosks") << Qt::endl;
        const NameIndex index = buildNameIndex(m_people);
        std::vector<Arrival> arrivals;
        for (int i = 0; i < m_people.size(); ++i) {
            if (!m_dice.chance(90)) // some never come
                continue;
            Arrival a;
            a.attendee = i;
            a.at = at(0, 9 * 60 + 10 + m_dice.below(55)).addSecs(m_dice.below(60));
            a.kiosk = m_dice.below(m_options.kiosks);
            a.byName = m_dice.chance(30);
            arrivals.push_back(a);
        }
        std::sort(
            arrivals.begin(), arrivals.end(), [](const Arrival &x, const Arrival &y) { return x.at < y.at; });

        // Kiosk 1 loses the network from 09:40 to 09:50: it keeps checking in
        // and catches up afterwards.
        const QDateTime offlineFrom = at(0, 9 * 60 + 40), offlineTo = at(0, 9 * 60 + 50);
        int printed = 0, byName = 0, byCode = 0, notFound = 0;
        std::size_t sinceSync = 0;
        std::vector<Arrival> rescans;
        for (const Arrival &arrival : arrivals) {
            const Attendee &person = m_people[arrival.attendee];
            CheckinMethod method = CheckinMethod::Qr;
            if (arrival.byName) {
                if (!searchAsAPerson(index, person)) {
                    ++notFound; // would ask at the desk; staff check in by hand
                    method = CheckinMethod::Staff;
                } else {
                    method = CheckinMethod::Search;
                    ++byName;
                }
            } else {
                auto token = Token::parse(person.token);
                auto found = token.ok() ? m_kiosks[std::size_t(arrival.kiosk)].attendeeByToken(token->text())
                                        : Result<std::optional<Attendee>>(std::optional<Attendee>());
                if (!found.ok())
                    return failed(found.error());
                if (!found.value() || found.value()->id != person.id) {
                    m_err << tr("The code of %1 was not recognised.").arg(person.fullName()) << Qt::endl;
                    return Failure;
                }
                ++byCode;
            }
            if (int code = checkInAt(
                    arrival.kiosk, person, QString(), method, arrival.at, m_options.verbose || printed++ < 8);
                code != Success)
                return code;

            // Now and then someone scans again at the other kiosk a little
            // later: after a sync the kiosk knows; while kiosk 1 is cut off,
            // both admit the person and the organisers see it flagged.
            const bool offline = arrival.at >= offlineFrom && arrival.at < offlineTo;
            if (m_options.kiosks > 1 && (m_dice.chance(6) || (offline && m_dice.chance(30))))
                rescans.push_back({ arrival.at.addSecs(90), arrival.attendee,
                    (arrival.kiosk + 1) % m_options.kiosks, false });
            if (++sinceSync >= 5 && !offline) {
                if (auto s = exchangeEvents(allStores()); !s.ok())
                    return failed(s.error());
                sinceSync = 0;
                for (const Arrival &again : std::as_const(rescans))
                    if (int code = checkInAt(again.kiosk, m_people[again.attendee], QString(),
                            CheckinMethod::Qr, again.at, true);
                        code != Success)
                        return code;
                rescans.clear();
            } else if (offline && m_options.kiosks > 1) {
                // Only the kiosks still online exchange events.
                QList<Store *> online { &*m_hub };
                for (std::size_t k = 1; k < m_kiosks.size(); ++k)
                    online << &m_kiosks[k];
                if (auto s = exchangeEvents(online); !s.ok())
                    return failed(s.error());
                for (const Arrival &again : std::as_const(rescans))
                    if (int code = checkInAt(again.kiosk, m_people[again.attendee], QString(),
                            CheckinMethod::Qr, again.at, true);
                        code != Success)
                        return code;
                rescans.clear();
            }
        }
        if (auto s = exchangeEvents(allStores()); !s.ok())
            return failed(s.error());
        m_checkedIn = int(arrivals.size());
        m_out << tr(
            "   %1 checked in: %2 by QR code, %3 by name search, %4 by staff; %5 second scans answered "
            "\"already checked in\".")
                     .arg(arrivals.size())
                     .arg(byCode)
                     .arg(byName)
                     .arg(notFound)
                     .arg(m_already)
              << Qt::endl;
        return Success;
    }

    int sessions()
    {
        m_out << tr("== Session doors: group work and day 2") << Qt::endl;
        auto present = m_hub->checkedInAttendeeIds(QString());
        if (!present.ok())
            return failed(present.error());
        std::map<QString, const Attendee *> byId;
        for (const Attendee &a : m_people)
            byId[a.id] = &a;
        for (const Day &day : m_event.days) {
            for (const Session &s : day.sessions) {
                if (s.kind == SessionKind::Break || s.kind == SessionKind::Meal
                    || s.kind == SessionKind::Registration)
                    continue;
                const int share = s.kind == SessionKind::GroupWork ? 92 : (day.number == 1 ? 85 : 75);
                for (const QString &id : present.value()) {
                    if (!m_dice.chance(share))
                        continue;
                    const int minutes = s.start.hour() * 60 + s.start.minute() - 5 + m_dice.below(10);
                    if (int code = checkInAt(m_dice.below(m_options.kiosks), *byId[id], s.key,
                            CheckinMethod::Qr, at(day.number - 1, minutes), m_options.verbose);
                        code != Success)
                        return code;
                }
            }
        }
        if (auto s = exchangeEvents(allStores()); !s.ok())
            return failed(s.error());
        return Success;
    }

    int report()
    {
        auto rows = m_hub->attendance();
        if (!rows.ok())
            return failed(rows.error());
        auto events = m_hub->events();
        if (!events.ok())
            return failed(events.error());
        auto days = m_hub->dayAttendance();
        if (!days.ok())
            return failed(days.error());
        // Two kiosks that admitted the same person while cut off both keep
        // their events; the organisers see the duplicate admission flagged.
        const int duplicates = rows->first().figures.duplicates;

        m_out << tr("== Arrivals per day (organisers' store)") << Qt::endl;
        QJsonArray perDay;
        for (const DayAttendance &d : days.value()) {
            m_out << QStringLiteral("   %1  ").arg(d.heading, -24)
                  << tr("%1 of %2 expected arrived, %3 walk-ins, %4 admitted twice")
                         .arg(d.figures.arrived - d.figures.walkIns)
                         .arg(d.figures.expected)
                         .arg(d.figures.walkIns)
                         .arg(d.figures.duplicates)
                  << Qt::endl;
            perDay.append(QJsonObject { { QStringLiteral("day"), d.dayNumber },
                { QStringLiteral("date"), d.date.toString(Qt::ISODate) },
                { QStringLiteral("expected"), d.figures.expected },
                { QStringLiteral("arrived"), d.figures.arrived },
                { QStringLiteral("walkIns"), d.figures.walkIns },
                { QStringLiteral("duplicates"), d.figures.duplicates } });
        }

        m_out << tr("== Attendance per session (organisers' store)") << Qt::endl;
        QJsonArray json;
        for (const SessionAttendance &r : rows.value()) {
            m_out << QStringLiteral("   %1  %2  %3  %4")
                         .arg(r.sessionKey.isEmpty() ? tr("venue") : r.sessionKey, -9)
                         .arg(r.starts, 5)
                         .arg(r.checkedIn, 4)
                         .arg(r.title.left(70))
                  << Qt::endl;
            json.append(QJsonObject { { QStringLiteral("session"), r.sessionKey },
                { QStringLiteral("title"), r.title }, { QStringLiteral("day"), r.day },
                { QStringLiteral("starts"), r.starts }, { QStringLiteral("checkedIn"), r.checkedIn },
                { QStringLiteral("present"), r.present } });
        }
        m_out << tr("   %1 events in the log; %2 people admitted twice while a kiosk was offline (flagged, "
                    "nothing dropped).")
                     .arg(events->size())
                     .arg(duplicates)
              << Qt::endl;

        const QString reportPath = m_dir.filePath(QStringLiteral("attendance.json"));
        QFile f(reportPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(
                makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(reportPath, f.errorString())));
        f.write(QJsonDocument(QJsonObject { { QStringLiteral("event"), m_event.name },
                                  { QStringLiteral("registered"), int(m_people.size()) },
                                  { QStringLiteral("duplicateAdmissions"), duplicates },
                                  { QStringLiteral("days"), perDay }, { QStringLiteral("sessions"), json } })
                    .toJson());
        f.close();
        // Settings for opening kiosk 1 on this data (packaging/run-sample.sh does).
        KioskConfig kiosk;
        kiosk.deviceName = m_kiosks.front().localDevice().name;
        kiosk.staffPinHash = hashStaffPin(QStringLiteral("1234"));
        kiosk.eventDate = m_event.days.isEmpty() ? QDate() : m_event.days.front().date;
        if (auto w = kiosk.write(m_dir.filePath(QStringLiteral("kiosk.json"))); !w.ok())
            return failed(w.error());

        m_out << tr("== Output in %1:").arg(QDir(m_options.outputDir).absolutePath()) << Qt::endl
              << QStringLiteral("   hub.sqlite, kiosk-1.sqlite … (SQLite, WAL)") << Qt::endl
              << QStringLiteral("   attendance.json") << Qt::endl
              << tr("   kiosk.json (kiosk 1's settings; staff PIN 1234 — change it before an event)")
              << Qt::endl;
        m_out << tr("   Try: oppmote attendance --db %1").arg(m_dir.filePath(QStringLiteral("hub.sqlite")))
              << Qt::endl;
        return Success;
    }

    DemoOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    Dice m_dice;
    QDir m_dir;
    Event m_event;
    QList<Attendee> m_people;
    std::optional<Store> m_hub;
    std::vector<Store> m_kiosks;
    int m_already = 0;
    int m_checkedIn = 0;
};

} // namespace

int runDemo(const DemoOptions &options, QTextStream &out, QTextStream &err)
{
    return Demo(options, out, err).run();
}

} // namespace oppmote::cli
