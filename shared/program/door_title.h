#pragma once
// A session's title as a door shows it, read from across the room: its first
// sentence ("Gruppearbeid: Erfaringsutveksling med tanke på
// praksisutvikling."), not the question after it. A sentence ends at ".", "?"
// or "!" followed by a space and a capital letter, after a word of three
// letters or more without a dot of its own, so "v. fylkesordfører", "1.
// samling", "kl. 10", "25. september" and "f.eks. Oslo" do not end one.

#include <QString>

namespace oppmote {

QString doorTitle(const QString &sessionTitle);

} // namespace oppmote
