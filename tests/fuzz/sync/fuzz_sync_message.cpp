// Any text a device (or anyone who reaches the port) sends the hub goes
// through parseMessage, eventsFrom, walkInsFrom, registrationsFrom and
// statusFromJson (and a device reads walkInAnswersFrom): none may crash, every
// refusal says why, and an event, a walk-in's registration or a status that
// parses prints back to the same one.

#include "sync/sync_messages.h"
#include "sync/walk_in_messages.h"

#include <cstdint>
#include <cstdlib>

using namespace oppmote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto message = sync::parseMessage(text);
    if (!message.ok()) {
        if (message.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const auto events = sync::eventsFrom(message->body);
    if (events.ok()) {
        for (const CheckinEvent &e : events.value()) {
            const auto again = sync::eventFromJson(sync::eventToJson(e));
            if (!again.ok() || again->id != e.id || again->deviceSeq != e.deviceSeq
                || again->hubSeq != e.hubSeq || again->note != e.note)
                std::abort();
        }
    } else if (events.error().message.isEmpty()) {
        std::abort();
    }
    const auto walkIns = sync::walkInsFrom(message->body);
    if (!walkIns.ok() && walkIns.error().message.isEmpty())
        std::abort();
    const auto registrations = sync::registrationsFrom(message->body);
    if (registrations.ok()) {
        for (const WalkIn &w : registrations.value()) {
            const auto again = sync::registrationFromJson(sync::registrationToJson(w));
            if (!again.ok() || again->person.id != w.person.id || again->state != w.state
                || again->person.token != w.person.token)
                std::abort();
        }
    } else if (registrations.error().message.isEmpty()) {
        std::abort();
    }
    static_cast<void>(sync::walkInAnswersFrom(message->body));
    const auto status = sync::statusFromJson(message->body);
    if (status.ok()) {
        const auto again = sync::statusFromJson(sync::statusToJson(status.value()));
        if (!again.ok() || !(again.value() == status.value()))
            std::abort();
    } else if (status.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
