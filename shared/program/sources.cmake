target_sources(oppmote_core PRIVATE
  program/door_title.h program/door_title.cpp
  program/norwegian_dates.h program/norwegian_dates.cpp
  program/people_parser.h program/people_parser.cpp
  program/program_parser.h program/program_parser.cpp
  program/program_settings.h program/program_settings.cpp
  program/program_source.h program/program_source.cpp
  program/text_file.h program/text_file.cpp)
