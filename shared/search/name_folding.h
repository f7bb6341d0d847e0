#pragma once
// Norwegian-aware folding for name search: people type "soerensen", "sorensen"
// or "sørensen" and all must find Sørensen.
//
// fold(): lower case, accents dropped, æ→ae, ø→o, å→a, ä→a, ö→o, ß→ss.
// spellings(): every folded spelling a name word may be typed as
// (ø → o | oe, å → a | aa, æ → ae | a, ä → a | ae, ö → o | oe).

#include <QString>
#include <QStringList>

namespace oppmote {

QString foldName(const QString &text);
QStringList foldedWords(const QString &text); // split on space, hyphen, punctuation
QStringList nameSpellings(const QString &word); // folded variants of one word, deduplicated

} // namespace oppmote
