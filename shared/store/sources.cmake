target_sources(oppmote_core PRIVATE
  store/sqlite.h store/sqlite.cpp
  store/schema.h store/schema.cpp
  store/store.h store/store_private.h store/store.cpp
  store/store_program.cpp
  store/store_attendees.cpp
  store/store_checkins.cpp
  store/store_attendance.cpp store/store_arrivals.cpp
  store/store_codes.cpp
  store/store_token_verifier.h store/store_token_verifier.cpp
  store/ticket_signer.h store/ticket_signer.cpp
  store/allocation_log.h store/store_allocation.cpp
  store/store_badges.cpp
  store/store_kiosk.cpp
  store/store_sync.cpp
  store/store_roster_sync.cpp
  store/walk_in.h store/walk_in.cpp store/walk_in_rows.h store/walk_in_rows.cpp
  store/store_walk_ins.cpp store/store_walk_in_sync.cpp
  store/attendance.h
  store/venue_arrivals.h store/venue_arrivals.cpp
  store/async_store.h store/async_store.cpp)
