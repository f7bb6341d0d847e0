#!/usr/bin/env bash
# Sets everything up and runs the main job: the sample workshop on the
# embedded SQLite store: the headless demo (check-in queue at two kiosks,
# an offline kiosk catching up, attendance per day and session, reports),
# then the organisers' desk (oppmote-admin) on the hub's database: with a
# display it opens the desk and a kiosk, without one it saves a picture of
# every page of the desk; and it says where its output went.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release
cmake --build --preset release -j"$(nproc)" --target oppmote oppmote-kiosk oppmote-admin

bin=build-release
out="${OPPMOTE_DEMO_DIR:-$PWD/demo-output}"
"$bin/admin/cli/oppmote" demo --out "$out"

kiosk="$bin/kiosk/oppmote-kiosk"
desk="$bin/admin/app/oppmote-admin"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$desk" --db "$out/hub.sqlite" &
  exec "$kiosk" --config "$out/kiosk.json" --db "$out/kiosk-1.sqlite"
fi
# The desk's pages as pictures (the paths are printed; the demo above said the rest in the UI language).
"$desk" --db "$out/hub.sqlite" --screenshot-dir "$out/desk"
