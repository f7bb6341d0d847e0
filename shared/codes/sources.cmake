target_sources(oppmote_core PRIVATE
  codes/sodium.h codes/sodium.cpp
  codes/crockford.h codes/crockford.cpp
  codes/token.h codes/token.cpp
  codes/signed_token.h codes/signed_token.cpp
  codes/revocation_list.h codes/revocation_list.cpp
  codes/token_verifier.h codes/token_verifier.cpp
  codes/qr_code.h codes/qr_code.cpp
  codes/qr_render.h codes/qr_render.cpp
  codes/invitation.h codes/invitation.cpp)
target_link_libraries(oppmote_core PUBLIC PkgConfig::SODIUM PkgConfig::QRENCODE)
