target_sources(oppmote_core PRIVATE
  print/cups_printer.h print/cups_printer.cpp
  print/print_job.h
  print/print_queue.h print/print_queue.cpp
  print/print_worker.h print/print_worker.cpp
  print/badge_batch.h print/badge_batch.cpp
  print/event_logo.h print/event_logo.cpp)
target_link_libraries(oppmote_core PUBLIC Cups::Cups)
