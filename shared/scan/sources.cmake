target_sources(oppmote_core PRIVATE
  scan/frame_luma.h scan/frame_luma.cpp
  scan/qr_decoder.h scan/qr_decoder.cpp
  scan/scan_debouncer.h scan/scan_debouncer.cpp
  scan/frame_scanner.h scan/frame_scanner.cpp
  scan/camera_format.h scan/camera_format.cpp
  scan/wedge_detector.h scan/wedge_detector.cpp
  scan/evdev_scanner.h scan/evdev_scanner.cpp
  scan/image_scan.h scan/image_scan.cpp
  scan/wedge_key_filter.h scan/wedge_key_filter.cpp)
target_link_libraries(oppmote_core PUBLIC Qt6::Multimedia ZXing::ZXing)
