#include "domain/checkin_event.h"

#include <QUuid>

namespace oppmote {

namespace {
constexpr const char *kKindNames[] = { "entry", "exit", "badge_printed", "undo" };
constexpr const char *kMethodNames[] = { "qr", "wedge", "search", "staff", "sync" };
} // namespace

QString eventKindName(EventKind kind)
{
    return QString::fromLatin1(kKindNames[static_cast<int>(kind)]);
}

std::optional<EventKind> eventKindFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kKindNames[i]))
            return static_cast<EventKind>(i);
    return std::nullopt;
}

QString checkinMethodName(CheckinMethod method)
{
    return QString::fromLatin1(kMethodNames[static_cast<int>(method)]);
}

std::optional<CheckinMethod> checkinMethodFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kMethodNames[i]))
            return static_cast<CheckinMethod>(i);
    return std::nullopt;
}

QString CheckinEvent::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace oppmote
