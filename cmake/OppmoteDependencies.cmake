# Every dependency is a Debian 12 package (packaging/install-deps.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS
  Core Gui Concurrent Network Sql Qml Quick QuickControls2 Multimedia
  WebSockets PrintSupport Svg Test QuickTest LinguistTools Widgets Charts)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3>=3.40)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# XLSX reading uses minizip directly: QuaZip bundles minizip under the same
# symbol names, so QuaZip and libxlsxwriter must never share a process.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
find_package(ZXing REQUIRED)
find_package(lemon CONFIG REQUIRED) # sets LEMON_INCLUDE_DIRS only; flows are header-only
find_package(Cups REQUIRED)
find_package(QuaZip-Qt6 REQUIRED)
