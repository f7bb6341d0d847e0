#pragma once
// A process's memory as Linux reports it in /proc/PID/status, in MiB.

#include <QtGlobal>

namespace oppmote::test {

// field: "VmRSS:" (now) or "VmHWM:" (peak); pid 0 is this process. -1 if unknown.
double processMemoryMiB(qint64 pid, const char *field);

} // namespace oppmote::test
