#!/usr/bin/env bash
# Sets everything up and runs every test: installs the Debian packages, builds
# with warnings as errors, runs the fuzz targets for a bounded time, then the
# whole suite (unit, integration, e2e with a private CUPS, Qt Quick).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

# Qt wants a private runtime folder; CI machines often have none.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
export QT_QPA_PLATFORM=offscreen

# The code follows .clang-format (a quick check before the long build).
if command -v git >/dev/null && git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
fi

jobs="$(nproc)"
cmake --preset ci
cmake --build --preset ci -j"$jobs"

# Fuzz targets (clang, sanitizers): 20 s each.
cmake --preset fuzz
cmake --build --preset fuzz -j"$jobs"
ctest --preset fuzz

# The printing end-to-end tests with their output first: it names the private
# cupsd's port, so a log shows they really printed (a missing cupsd fails them).
ctest --preset ci -L e2e --verbose 2>&1 | grep -E "private cupsd up|tests passed|tests failed"

# The suite; its summary line is the last thing printed.
ctest --preset ci
