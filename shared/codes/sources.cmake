target_sources(oppmote_core PRIVATE
  codes/sodium.h codes/sodium.cpp
  codes/crockford.h codes/crockford.cpp
  codes/token.h codes/token.cpp)
target_link_libraries(oppmote_core PUBLIC PkgConfig::SODIUM PkgConfig::QRENCODE)
