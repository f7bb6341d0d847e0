#pragma once
// In-memory name search for the kiosk: prefix match on each word typed,
// Norwegian folding (name_folding.h), one typo forgiven on words of 4+
// letters, ranked results. Built once from the roster; read-only afterwards,
// so searches may run on any thread.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace oppmote {

struct NameEntry {
    QString id;
    QString firstName;
    QString lastName;
    QString organisation;
};

struct NameMatch {
    int entry = -1; // index into NameIndex::entry()
    int score = 0; // higher is better
};

class NameIndex
{
public:
    static constexpr int kMinQueryLetters = 2;
    static constexpr int kTypoMinLength = 4;

    void build(std::vector<NameEntry> entries);
    int size() const { return int(m_entries.size()); }
    const NameEntry &entry(int index) const { return m_entries[std::size_t(index)]; }

    // Best matches first; empty for fewer than kMinQueryLetters letters.
    std::vector<NameMatch> search(const QString &query, int limit = 8) const;

private:
    enum Quality : std::uint8_t { Typo = 1, Prefix = 2, Exact = 3 };
    struct Posting {
        std::uint32_t entry;
        std::uint8_t wordPos;
    };
    void collect(const QString &word, int queryPos, std::vector<int> &score, std::vector<std::uint8_t> &hits,
        std::vector<int> &touched, std::vector<std::uint32_t> &seenForWord) const;

    std::vector<NameEntry> m_entries;
    std::vector<QString> m_sortKeys; // folded "first last" per entry, for stable ties
    std::vector<QString> m_spellings; // distinct folded spellings, sorted
    std::vector<std::uint32_t> m_offsets; // CSR: postings of spelling i are [offsets[i], offsets[i+1])
    std::vector<Posting> m_postings;
};

} // namespace oppmote
