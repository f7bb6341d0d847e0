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
  qml6-module-qt-labs-folderlistmodel
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
  # fonts with Norwegian letters
  fonts-dejavu-core fonts-noto-core
  # screenshots and image checks
  imagemagick xvfb
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
