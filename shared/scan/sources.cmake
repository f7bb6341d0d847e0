target_sources(oppmote_core PRIVATE
  scan/frame_luma.h scan/frame_luma.cpp
  scan/qr_decoder.h scan/qr_decoder.cpp)
target_link_libraries(oppmote_core PUBLIC Qt6::Multimedia ZXing::ZXing)
