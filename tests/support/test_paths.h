#pragma once
// Where tests find the source tree, the build tree and the built programs.

#include <QString>

namespace oppmote::test {

QString sourcePath(const QString &relative); // OPPMOTE_SOURCE_DIR/relative
QString binaryPath(const QString &relative); // OPPMOTE_BINARY_DIR/relative
QString cliPath(); // the built `oppmote` command line

} // namespace oppmote::test
