#include "search/name_index.h"

#include "search/edit_distance.h"
#include "search/name_folding.h"

#include <algorithm>
#include <utility>

namespace oppmote {

void NameIndex::build(std::vector<NameEntry> entries)
{
    m_entries = std::move(entries);
    m_sortKeys.clear();
    m_sortKeys.reserve(m_entries.size());

    std::vector<std::pair<QString, Posting>> pairs;
    pairs.reserve(m_entries.size() * 4);
    for (std::uint32_t i = 0; i < m_entries.size(); ++i) {
        const NameEntry &e = m_entries[i];
        m_sortKeys.push_back(foldName(e.firstName + QLatin1Char(' ') + e.lastName));
        // Words of the first name come first so "kari" ranks Kari before Karina's surname.
        QStringList words;
        for (const QString &w : e.firstName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words += w.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        for (const QString &w : e.lastName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words += w.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        std::uint8_t pos = 0;
        for (const QString &w : std::as_const(words)) {
            for (const QString &spelling : nameSpellings(w))
                if (!spelling.isEmpty())
                    pairs.push_back({ spelling, Posting { i, pos } });
            if (pos < 255)
                ++pos;
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.entry < b.second.entry;
    });

    m_spellings.clear();
    m_offsets.clear();
    m_postings.clear();
    m_postings.reserve(pairs.size());
    for (const auto &[spelling, posting] : pairs) {
        if (m_spellings.empty() || m_spellings.back() != spelling) {
            m_spellings.push_back(spelling);
            m_offsets.push_back(std::uint32_t(m_postings.size()));
        }
        m_postings.push_back(posting);
    }
    m_offsets.push_back(std::uint32_t(m_postings.size()));
}

void NameIndex::collect(const QString &word, int queryPos, std::vector<int> &score,
    std::vector<std::uint8_t> &hits, std::vector<int> &touched, std::vector<std::uint32_t> &seenForWord) const
{
    // seenForWord[e] == stamp → this entry already scored for this query word;
    // keep only its best quality.
    const std::uint32_t stamp = std::uint32_t(queryPos + 1);
    std::vector<std::pair<std::uint32_t, int>> best; // entry, points
    auto addSpelling = [&](std::size_t s, Quality q) {
        for (std::uint32_t p = m_offsets[s]; p < m_offsets[s + 1]; ++p) {
            const Posting &post = m_postings[p];
            // In-order words score a little higher: "kari nord" prefers Kari Nordby.
            const int points = int(q) * 100 + (post.wordPos == queryPos ? 10 : 0)
                + (q == Exact || post.wordPos == 0 ? 5 : 0);
            best.push_back({ post.entry, points });
        }
    };

    auto it = std::lower_bound(m_spellings.begin(), m_spellings.end(), word);
    for (; it != m_spellings.end() && it->startsWith(word); ++it)
        addSpelling(std::size_t(it - m_spellings.begin()), *it == word ? Exact : Prefix);

    if (word.size() >= kTypoMinLength) {
        for (std::size_t s = 0; s < m_spellings.size(); ++s) {
            const QString &sp = m_spellings[s];
            if (!sp.startsWith(word) && prefixWithinOneEdit(word, sp))
                addSpelling(s, Typo);
        }
    }

    // Keep the best points per entry for this word.
    std::sort(best.begin(), best.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    for (const auto &[entry, points] : best) {
        if (seenForWord[entry] == stamp)
            continue;
        seenForWord[entry] = stamp;
        if (queryPos == 0) {
            touched.push_back(int(entry));
            score[entry] = points;
            hits[entry] = 1;
        } else if (hits[entry] == queryPos) {
            score[entry] += points;
            hits[entry] = std::uint8_t(queryPos + 1);
        }
    }
}

std::vector<NameMatch> NameIndex::search(const QString &query, int limit) const
{
    QStringList words = foldedWords(query);
    int letters = 0;
    for (const QString &w : std::as_const(words))
        letters += int(w.size());
    if (letters < kMinQueryLetters || m_entries.empty() || limit <= 0)
        return {};
    if (words.size() > 8)
        words = words.mid(0, 8);

    const std::size_t n = m_entries.size();
    std::vector<int> score(n, 0);
    std::vector<std::uint8_t> hits(n, 0);
    std::vector<std::uint32_t> seen(n, 0);
    std::vector<int> touched;
    for (int q = 0; q < words.size(); ++q)
        collect(words[q], q, score, hits, touched, seen);

    const auto need = std::uint8_t(words.size());
    std::vector<NameMatch> matches;
    for (int e : touched)
        if (hits[std::size_t(e)] == need)
            matches.push_back({ e, score[std::size_t(e)] });

    auto better = [this](const NameMatch &a, const NameMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const QString &ka = m_sortKeys[std::size_t(a.entry)];
        const QString &kb = m_sortKeys[std::size_t(b.entry)];
        return ka != kb ? ka < kb : a.entry < b.entry;
    };
    const auto keep = std::min<std::size_t>(std::size_t(limit), matches.size());
    std::partial_sort(matches.begin(), matches.begin() + std::ptrdiff_t(keep), matches.end(), better);
    matches.resize(keep);
    return matches;
}

} // namespace oppmote
