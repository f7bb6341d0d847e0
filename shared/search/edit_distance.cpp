#include "search/edit_distance.h"

#include <algorithm>
#include <array>

namespace oppmote {

bool prefixWithinOneEdit(QStringView typed, QStringView word)
{
    // Optimal string alignment distance between `typed` and the best prefix of
    // `word`: min over j of D[n][j]. Rows are short (names), so a small stack
    // buffer suffices; longer input is simply compared exactly.
    constexpr int kMax = 48;
    const int n = int(typed.size());
    const int m = std::min<int>(int(word.size()), n + 1);
    if (n == 0)
        return true;
    if (n >= kMax)
        return word.startsWith(typed);

    std::array<std::array<int, kMax + 1>, kMax + 1> d {};
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        d[i][0] = i;
        int rowMin = d[i][0];
        for (int j = 1; j <= m; ++j) {
            const int cost = typed[i - 1] == word[j - 1] ? 0 : 1;
            int v = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1])
                v = std::min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > 1)
            return false;
    }
    for (int j = 0; j <= m; ++j)
        if (d[n][j] <= 1)
            return true;
    return false;
}

} // namespace oppmote
