#include "appkit/program_desk.h"

#include "domain/plain_text.h"
#include "program/program_source.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace oppmote {

namespace {

struct Stored {
    QString error;
    QString name;
    QVariantList days;
};

struct Parsed {
    QString error; // the file could not be read
    QString summary;
    QStringList messages;
    bool ok = false;
};

QString localPath(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QVariantList daysOf(const Event &event)
{
    QVariantList days;
    for (const Day &day : event.days) {
        QVariantList sessions;
        for (const Session &s : day.sessions) {
            QStringList groups;
            for (const Group &g : s.groups)
                groups << (g.room.isEmpty()
                        ? shownText(g.name)
                        : QStringLiteral("%1 (%2)").arg(shownText(g.name), shownText(g.room)));
            sessions.append(
                QVariantMap { { QStringLiteral("time"), s.start.toString(QStringLiteral("HH:mm")) },
                    { QStringLiteral("title"), shownText(s.title) },
                    { QStringLiteral("detail"), groups.join(QStringLiteral(" · ")) } });
        }
        days.append(QVariantMap {
            { QStringLiteral("title"),
                shownText(
                    day.title.isEmpty() ? day.heading : day.heading + QStringLiteral(" – ") + day.title) },
            { QStringLiteral("sessions"), sessions } });
    }
    return days;
}

QString summaryOf(const Event &event)
{
    int sessions = 0, groups = 0;
    for (const Day &d : event.days)
        for (const Session &s : d.sessions) {
            ++sessions;
            groups += int(s.groups.size());
        }
    return ProgramDesk::tr("%n day(s)", nullptr, int(event.days.size())) + QStringLiteral(", ")
        + ProgramDesk::tr("%n session(s)", nullptr, sessions) + QStringLiteral(", ")
        + ProgramDesk::tr("%n group(s)", nullptr, groups);
}

Result<ProgramParseResult> load(const QString &program, const QString &settings)
{
    ProgramSource source;
    source.programPath = program;
    source.settingsPath = settings;
    return loadProgram(source);
}

} // namespace

ProgramDesk::ProgramDesk(AsyncStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &AsyncStore::changed, this, &ProgramDesk::reload);
}

void ProgramDesk::reload()
{
    if (!m_store)
        return;
    m_store->run<Stored>(
        [](Store &store) {
            Stored out;
            auto event = store.program();
            if (!event.ok()) {
                out.error = event.error().message;
                return out;
            }
            out.name = shownText(event->name);
            out.days = daysOf(event.value());
            return out;
        },
        this,
        [this](Stored s) {
            if (!s.error.isEmpty() || (s.name == m_eventName && s.days == m_days))
                return;
            m_eventName = s.name;
            m_days = s.days;
            Q_EMIT programChanged();
        });
}

void ProgramDesk::preview(const QUrl &program, const QUrl &settings)
{
    if (!m_store || m_busy)
        return;
    m_programPath = localPath(program);
    m_settingsPath = localPath(settings);
    setBusy(true);
    m_store->run<Parsed>(
        [program = m_programPath, settings = m_settingsPath](Store &) {
            Parsed out;
            auto parsed = load(program, settings);
            if (!parsed.ok()) {
                out.error = parsed.error().message;
                return out;
            }
            for (const ProgramMessage &w : parsed->warnings)
                out.messages << tr("Warning, line %1: %2").arg(w.line).arg(shownText(w.text));
            for (const ProgramMessage &e : parsed->errors)
                out.messages << tr("Error, line %1: %2").arg(e.line).arg(shownText(e.text));
            out.summary = shownText(parsed->event.name) + QStringLiteral(": ") + summaryOf(parsed->event);
            out.ok = parsed->ok();
            return out;
        },
        this,
        [this](Parsed p) {
            setBusy(false);
            m_previewSummary = p.summary;
            m_previewMessages = p.messages;
            m_canImport = p.error.isEmpty() && p.ok;
            Q_EMIT previewChanged();
            Q_EMIT previewed(p.error.isEmpty(), p.error);
        });
}

void ProgramDesk::importProgram()
{
    if (!m_store || m_busy || !m_canImport)
        return;
    setBusy(true);
    struct Done {
        bool ok = false;
        QString message;
    };
    m_store->run<Done>(
        [program = m_programPath, settings = m_settingsPath](Store &store) {
            auto parsed = load(program, settings); // read again: the file may have changed since the preview
            if (!parsed.ok())
                return Done { false, parsed.error().message };
            if (!parsed->ok())
                return Done { false, tr("The programme has errors now; nothing was stored.") };
            if (auto s = store.replaceProgram(parsed->event); !s.ok())
                return Done { false, s.error().message };
            return Done { true, tr("The programme is stored: %1.").arg(summaryOf(parsed->event)) };
        },
        this,
        [this](Done d) {
            setBusy(false);
            if (d.ok) {
                m_canImport = false;
                Q_EMIT previewChanged();
            }
            Q_EMIT imported(d.ok, d.message);
        });
}

void ProgramDesk::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace oppmote
