# The settings file, pairing codes and offering a pairing are in the core:
# the command line and the desk app make them too (pair, prepare-kiosk, sync).
target_sources(oppmote_core PRIVATE
  kiosk/kiosk_config.h kiosk/kiosk_config.cpp
  kiosk/door_choices.h kiosk/door_choices.cpp
  kiosk/pairing_offer.h kiosk/pairing_offer.cpp)

# oppmote_kiosk_logic: the kiosk's controllers, navigation state and one
# controller per screen, QObjects without QML (registered for QML by the kiosk
# app in kiosk/); with the camera (oppmote_scan).
add_library(oppmote_kiosk_logic STATIC)
oppmote_set_warnings(oppmote_kiosk_logic)
target_link_libraries(oppmote_kiosk_logic PUBLIC oppmote_core oppmote_scan)
target_sources(oppmote_kiosk_logic PRIVATE
  kiosk/kiosk_roster.h kiosk/kiosk_roster.cpp
  kiosk/device_session.h kiosk/device_session.cpp
  kiosk/kiosk_context.h
  kiosk/welcome_controller.h kiosk/welcome_controller.cpp
  kiosk/scan_controller.h kiosk/scan_controller.cpp
  kiosk/search_results_model.h kiosk/search_results_model.cpp
  kiosk/search_controller.h kiosk/search_controller.cpp
  kiosk/confirm_controller.h kiosk/confirm_controller.cpp
  kiosk/staff_controller.h kiosk/staff_controller.cpp
  kiosk/walkin_controller.h kiosk/walkin_controller.cpp
  kiosk/kiosk_controller.h kiosk/kiosk_controller.cpp
  kiosk/hub_link.h kiosk/hub_link.cpp
  kiosk/badge_printing.h kiosk/badge_printing.cpp
  kiosk/printer_report.h kiosk/printer_report.cpp)
qt6_extract_metatypes(oppmote_kiosk_logic)
