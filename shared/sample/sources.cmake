target_sources(oppmote_core PRIVATE
  sample/name_lists.h sample/name_lists.cpp
  sample/attendee_generator.h sample/attendee_generator.cpp)
