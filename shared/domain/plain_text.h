#pragma once
// Data is text (docs/architecture.md): what a person typed or imported is
// shown as plain text everywhere. shownText() also takes out what would let a
// name rearrange the text around it: bidirectional embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) and control
// characters; line breaks and tabs become spaces. Letters of every script
// (æøå, Sámi, Arabic, Hebrew) are kept and laid out by their own direction.

#include <QString>

namespace oppmote {

QString shownText(const QString &text);

} // namespace oppmote
