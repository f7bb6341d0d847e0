# Codes from images and hand scanners: in the core (ZXing, no Qt Multimedia),
# so the command line decodes image files without linking the camera stack.
target_sources(oppmote_core PRIVATE
  scan/luma.h scan/luma.cpp
  scan/qr_decoder.h scan/qr_decoder.cpp
  scan/scan_debouncer.h scan/scan_debouncer.cpp
  scan/wedge_detector.h scan/wedge_detector.cpp
  scan/evdev_scanner.h scan/evdev_scanner.cpp
  scan/image_scan.h scan/image_scan.cpp
  scan/wedge_key_filter.h scan/wedge_key_filter.cpp)
target_link_libraries(oppmote_core PUBLIC ZXing::ZXing)

# oppmote_scan: the camera (Qt Multimedia frames → luminance → the decoder on a worker).
add_library(oppmote_scan STATIC
  scan/frame_luma.h scan/frame_luma.cpp
  scan/frame_scanner.h scan/frame_scanner.cpp
  scan/camera_format.h scan/camera_format.cpp)
oppmote_set_warnings(oppmote_scan)
target_link_libraries(oppmote_scan PUBLIC oppmote_core Qt6::Multimedia)
