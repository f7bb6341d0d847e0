#include "store/walk_in.h"

namespace oppmote {

QString walkInStateName(WalkInState state)
{
    switch (state) {
    case WalkInState::Pending:
        return QStringLiteral("pending");
    case WalkInState::Approved:
        return QStringLiteral("approved");
    case WalkInState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

WalkInState walkInStateFromName(const QString &name)
{
    if (name == QLatin1String("approved"))
        return WalkInState::Approved;
    if (name == QLatin1String("rejected"))
        return WalkInState::Rejected;
    return WalkInState::Pending;
}

} // namespace oppmote
