#include "codes/revocation_list.h"

#include <QJsonObject>

namespace oppmote {

void RevocationList::cancel(const Token &token)
{
    m_entries.insert(token.bytes(), Entry { Reason::Cancelled, kWholeToken });
}

void RevocationList::replace(const Token &oldToken)
{
    const auto it = m_entries.constFind(oldToken.bytes());
    if (it != m_entries.constEnd() && it->reason == Reason::Cancelled)
        return; // cancelled stays cancelled
    m_entries.insert(oldToken.bytes(), Entry { Reason::Replaced, kWholeToken });
}

void RevocationList::supersedeIssuesBelow(const Token &token, int firstValidIssue)
{
    auto it = m_entries.find(token.bytes());
    if (it == m_entries.end()) {
        m_entries.insert(token.bytes(), Entry { Reason::Replaced, firstValidIssue });
        return;
    }
    if (it->reason == Reason::Replaced && it->firstValidIssue < firstValidIssue)
        it->firstValidIssue = firstValidIssue;
}

std::optional<RevocationList::Entry> RevocationList::refusal(const Token &token, int issue) const
{
    const auto it = m_entries.constFind(token.bytes());
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (it->reason == Reason::Cancelled || issue < it->firstValidIssue)
        return *it;
    return std::nullopt;
}

QJsonArray RevocationList::toJson() const
{
    QJsonArray array;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        QJsonObject o { { QStringLiteral("token"), Token::fromBytes(it.key()).text() },
            { QStringLiteral("reason"),
                it->reason == Reason::Cancelled ? QStringLiteral("cancelled")
                                                : QStringLiteral("replaced") } };
        if (it->firstValidIssue != kWholeToken)
            o.insert(QStringLiteral("firstValidIssue"), it->firstValidIssue);
        array.append(o);
    }
    return array;
}

RevocationList RevocationList::fromJson(const QJsonArray &array)
{
    RevocationList list;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        const auto token = Token::parse(o.value(QStringLiteral("token")).toString());
        if (!token.ok())
            continue;
        const bool cancelled = o.value(QStringLiteral("reason")).toString() == QStringLiteral("cancelled");
        const int first = o.value(QStringLiteral("firstValidIssue")).toInt(kWholeToken);
        list.m_entries.insert(token->bytes(),
            Entry { cancelled ? Reason::Cancelled : Reason::Replaced, cancelled ? kWholeToken : first });
    }
    return list;
}

} // namespace oppmote
