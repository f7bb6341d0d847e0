#pragma once
// Codes that must no longer admit anyone. Travels to kiosks with the roster
// (toJson/fromJson), so a kiosk refuses a cancelled or replaced code even
// while offline.

#include "codes/token.h"

#include <QHash>
#include <QJsonArray>

#include <limits>
#include <optional>

namespace oppmote {

class RevocationList
{
public:
    enum class Reason { Cancelled, Replaced };

    struct Entry {
        Reason reason = Reason::Cancelled;
        // Replaced: signed tickets with an issue below this are refused;
        // kWholeToken refuses the token in every form (a new random token was
        // handed out instead).
        int firstValidIssue = kWholeToken;
    };
    static constexpr int kWholeToken = std::numeric_limits<int>::max();

    // The attendee's registration is cancelled: every form of the token is refused.
    void cancel(const Token &token);
    // A lost or leaked code was replaced by a new random token.
    void replace(const Token &oldToken);
    // A signed ticket was reissued: issues below `firstValidIssue` are refused.
    void supersedeIssuesBelow(const Token &token, int firstValidIssue);

    // The entry that refuses `token` at `issue` (0 for a plain token), if any.
    std::optional<Entry> refusal(const Token &token, int issue) const;

    int size() const { return int(m_entries.size()); }
    QJsonArray toJson() const;
    static RevocationList fromJson(const QJsonArray &array);

private:
    QHash<QByteArray, Entry> m_entries;
};

} // namespace oppmote
