#pragma once

namespace oppmote {

// Qt wants $XDG_RUNTIME_DIR; scripts, cron jobs and CI often run without one.
// When it is unset, make a private folder (mode 0700) in /tmp and use it, so
// every program start does not print Qt's warning. Call before the
// application object is built.
void ensureRuntimeDir();

} // namespace oppmote
