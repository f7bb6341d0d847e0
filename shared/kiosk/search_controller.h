#pragma once
// Find my name: results while typing (NameIndex, inline: a search over
// 20,000 names takes well under a millisecond, see docs/benchmarks.md),
// then "Is this you?" for the chosen person.

#include "kiosk/kiosk_context.h"
#include "kiosk/search_results_model.h"

#include <QObject>

#include <optional>

namespace oppmote {

class SearchController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(SearchResultsModel *results READ results CONSTANT)
    Q_PROPERTY(bool tooShort READ tooShort NOTIFY queryChanged)
    Q_PROPERTY(bool staffSearch READ staffSearch NOTIFY staffSearchChanged)
    Q_PROPERTY(QString candidateFirstName READ candidateFirstName NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateLastName READ candidateLastName NOTIFY candidateChanged)
    Q_PROPERTY(QString candidateOrganisation READ candidateOrganisation NOTIFY candidateChanged)
public:
    static constexpr int kMaxResults = 6;

    explicit SearchController(KioskContext *context, QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    SearchResultsModel *results() { return &m_results; }
    bool tooShort() const;
    bool staffSearch() const { return m_staffSearch; }
    void setStaffSearch(bool staff);

    QString candidateId() const { return m_candidate ? m_candidate->id : QString(); }
    QString candidateFirstName() const { return m_candidate ? m_candidate->firstName : QString(); }
    QString candidateLastName() const { return m_candidate ? m_candidate->lastName : QString(); }
    QString candidateOrganisation() const { return m_candidate ? m_candidate->organisation : QString(); }

    Q_INVOKABLE void choose(int row);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void queryChanged();
    void staffSearchChanged();
    void candidateChanged();
    void chosen(const QString &attendeeId);
    // A hand scanner typed a whole code into the search field.
    void codeTyped(const QString &text);

private:
    KioskContext *m_context;
    QString m_query;
    SearchResultsModel m_results;
    std::optional<KioskPerson> m_candidate;
    bool m_staffSearch = false;
};

} // namespace oppmote
