#!/usr/bin/env bash
# Installs every Debian 12 package Oppmøte needs to build, run and test.
# Idempotent; run as root (or with sudo). Nothing else is downloaded.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  clang libclang-rt-14-dev
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-multimedia-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-virtualkeyboard-dev libqt6sql6-sqlite qt6-svg-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs
  qml6-module-qtmultimedia qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel qt6-charts-dev qml6-module-qtcharts
  qml6-module-qttest qml6-module-qtwebsockets qml6-module-qt-labs-platform
  qml6-module-qtqml-models qml6-module-qtquick-shapes
  qt6-qpa-plugins libgl-dev
  # core libraries
  libsqlite3-dev sqlite3 libzxing-dev libqrencode-dev liblemon-dev
  libsodium-dev libcups2-dev libxlsxwriter-dev libquazip1-qt6-dev zlib1g-dev libminizip-dev
  # TLS for the hub: the openssl tool makes its certificate; Qt loads libssl at run time
  openssl libssl3
  # real printing without hardware, and reading what was printed
  cups cups-bsd cups-client cups-filters printer-driver-cups-pdf poppler-utils
  # allocation cross-check (tests only)
  glpk-utils libglpk-dev
  # a kiosk whose clock is off, as a real process (tests only)
  faketime
  # fonts with Norwegian letters
  fonts-dejavu-core fonts-noto-core
  # screenshots and image checks
  imagemagick xvfb
  # chattr, for the read-only database test as root
  e2fsprogs
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Always against today's Debian 12 packages: a package already installed at an
# older version is upgraded too, so a developer machine cannot hide a change
# in a newer build (cupsd 2.4.2-3+deb12u10 refusing a config that older builds
# took is how this was learnt). OPPMOTE_NO_APT=1 skips apt-get entirely, for
# working without a network; CI never sets it.
if [ "${OPPMOTE_NO_APT:-}" = "1" ]; then
  echo "install-deps: OPPMOTE_NO_APT=1, apt-get skipped"
else
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  exit 1
fi

# The versions this build and its tests run against (quoted in CI notes).
echo "install-deps: ${#PACKAGES[@]} packages at today's versions, among them:"
dpkg-query -W -f='  ${Package} ${Version}\n' cups-daemon cups-filters qt6-base-dev qt6-declarative-dev \
  qt6-websockets-dev libsqlite3-dev libzxing-dev libqrencode-dev liblemon-dev libsodium-dev \
  libxlsxwriter-dev libssl3 poppler-utils glpk-utils 2>/dev/null || true
