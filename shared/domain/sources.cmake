target_sources(oppmote_core PRIVATE
  domain/result.h
  domain/program.h domain/program.cpp
  domain/attendee.h domain/attendee.cpp
  domain/plain_text.h domain/plain_text.cpp
  domain/checkin_event.h domain/checkin_event.cpp
  domain/device.h domain/device.cpp
  domain/printer_problem.h domain/printer_problem.cpp
  domain/allocation.h)
