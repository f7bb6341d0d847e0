#!/usr/bin/env bash
# Sets everything up and runs the main job: the sample workshop on the
# embedded SQLite store. With a display it opens the kiosk on the sample
# data; without one it runs the headless demo (check-in queue at two kiosks,
# an offline kiosk catching up, attendance per session, reports) and says
# where its output went.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)" --target oppmote oppmote-kiosk

bin=build-release
out="${OPPMOTE_DEMO_DIR:-$PWD/demo-output}"
"$bin/admin/cli/oppmote" demo --out "$out"

kiosk="$bin/kiosk/oppmote-kiosk"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$kiosk" ]; then
  echo "Opening kiosk 1 on $out/kiosk-1.sqlite (staff PIN 1234)…"
  exec "$kiosk" --config "$out/kiosk.json" --db "$out/kiosk-1.sqlite"
fi
