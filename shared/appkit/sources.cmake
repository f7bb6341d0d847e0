# oppmote_appkit: the QObject list models the kiosk's staff screen and the
# admin desk app share (docs/architecture.md). Qt Core and Gui only, no QML:
# each app registers them. They read through AsyncStore and follow `changed`.
add_library(oppmote_appkit STATIC)
oppmote_set_warnings(oppmote_appkit)
target_link_libraries(oppmote_appkit PUBLIC oppmote_core Qt6::Core Qt6::Gui)
target_sources(oppmote_appkit PRIVATE
  appkit/store_list_model.h appkit/store_list_model.cpp
  appkit/attendance_model.h appkit/attendance_model.cpp
  appkit/attendee_list_model.h appkit/attendee_list_model.cpp
  appkit/allocation_editor_model.h appkit/allocation_editor_model.cpp
  appkit/allocation_runs_model.h appkit/allocation_runs_model.cpp
  appkit/walkin_queue_model.h appkit/walkin_queue_model.cpp
  appkit/device_list_model.h appkit/device_list_model.cpp
  appkit/kiosk_pairing.h appkit/kiosk_pairing.cpp
  appkit/report_saver.h appkit/report_saver.cpp
  appkit/arrival_curve_model.h appkit/arrival_curve_model.cpp
  appkit/organisation_attendance_model.h appkit/organisation_attendance_model.cpp
  appkit/privacy_desk.h appkit/privacy_desk.cpp
  appkit/badge_desk.h appkit/badge_desk.cpp
  appkit/person_desk.h appkit/person_desk.cpp
  appkit/attendee_import_desk.h appkit/attendee_import_desk.cpp
  appkit/program_desk.h appkit/program_desk.cpp
  appkit/shown_time.h)
qt6_extract_metatypes(oppmote_appkit)
