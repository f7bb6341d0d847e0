#include "kiosk/search_controller.h"

#include "codes/token.h"

namespace oppmote {

SearchController::SearchController(KioskContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{ }

bool SearchController::tooShort() const
{
    int letters = 0;
    for (const QChar c : m_query)
        letters += c.isLetterOrNumber() ? 1 : 0;
    return letters < NameIndex::kMinQueryLetters;
}

void SearchController::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    // A hand scanner typing into the field: the whole code arrives at once.
    if (m_query.size() >= Token::kTextLength - 4 && Token::parse(m_query).ok()) {
        const QString code = m_query;
        m_query.clear();
        m_results.setPeople({});
        Q_EMIT queryChanged();
        Q_EMIT codeTyped(code);
        return;
    }
    std::vector<KioskPerson> people;
    if (m_context->roster && !tooShort()) {
        const KioskRoster &roster = *m_context->roster;
        for (const NameMatch &m : roster.names().search(m_query, kMaxResults))
            if (const KioskPerson *p = roster.byId(roster.names().entry(m.entry).id))
                people.push_back(*p);
    }
    m_results.setPeople(std::move(people));
    Q_EMIT queryChanged();
}

void SearchController::setStaffSearch(bool staff)
{
    if (staff == m_staffSearch)
        return;
    m_staffSearch = staff;
    Q_EMIT staffSearchChanged();
}

void SearchController::choose(int row)
{
    const KioskPerson *p = m_results.person(row);
    if (!p)
        return;
    m_candidate = *p;
    Q_EMIT candidateChanged();
    Q_EMIT chosen(p->id);
}

void SearchController::clear()
{
    m_query.clear();
    m_results.setPeople({});
    m_candidate.reset();
    setStaffSearch(false);
    Q_EMIT queryChanged();
    Q_EMIT candidateChanged();
}

} // namespace oppmote
