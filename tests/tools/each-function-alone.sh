#!/usr/bin/env bash
# Runs every Qt Test function of every CTest test on its own (`./test_x fn`),
# to prove that no test depends on state left by another. Usage, after a build:
#   bash tests/tools/each-function-alone.sh [BUILD_DIR] [LABEL_REGEX]
# Prints one line per function that fails alone and exits 1 if any did.
set -uo pipefail
build="${1:-build-ci}"
labels="${2:-unit|integration|e2e|qml}"
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"; chmod 700 "$XDG_RUNTIME_DIR"; export XDG_RUNTIME_DIR
fi
failed=0; ran=0
mapfile -t commands < <(ctest --test-dir "$build" -L "$labels" --show-only=json-v1 |
  python3 -c 'import json,sys; [print(t["command"][0]) for t in json.load(sys.stdin)["tests"]]')
for exe in "${commands[@]}"; do
  for fn in $("$exe" -functions 2>/dev/null | sed -n 's/^\([A-Za-z0-9_]*\)()$/\1/p'); do
    ran=$((ran + 1))
    if ! (cd "$(dirname "$exe")" && timeout 300 "$exe" "$fn" >/tmp/each-alone.log 2>&1); then
      echo "FAILS ALONE: $(basename "$exe") $fn"; tail -5 /tmp/each-alone.log | sed 's/^/    /'
      failed=$((failed + 1))
    fi
  done
done
echo "each-function-alone: $ran functions run alone, $failed failed"
[ "$failed" -eq 0 ]
