# io: attendee import (CSV, XLSX) and export (CSV, XLSX, JSON).
target_sources(oppmote_core PRIVATE
  io/source_table.h
  io/text_decoding.h io/text_decoding.cpp
  io/csv_reader.h io/csv_reader.cpp
  io/xlsx_reader.h io/xlsx_reader.cpp
  io/column_mapping.h io/column_mapping.cpp
  io/attendee_records.h io/attendee_records.cpp
  io/attendee_import_plan.h io/attendee_import_plan.cpp
  io/attendee_file.h io/attendee_file.cpp
  io/formula_guard.h io/formula_guard.cpp
  io/export_table.h io/export_table.cpp
  io/export_tables.h io/export_tables.cpp
  io/export_pdf.h io/export_pdf.cpp)
# minizip, not QuaZip: both export unzOpen/zipOpen3…, and libxlsxwriter
# (which uses minizip) crashes when QuaZip is loaded too.
target_link_libraries(oppmote_core PUBLIC PkgConfig::MINIZIP PkgConfig::XLSXWRITER)
