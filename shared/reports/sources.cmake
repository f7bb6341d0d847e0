# reports: what organisers take out of the store: reports as CSV, XLSX, JSON
# or PDF; and for privacy one person's record, the retention date and the purge.
target_sources(oppmote_core PRIVATE
  reports/report_builder.h reports/report_builder.cpp
  reports/privacy.h reports/privacy.cpp)
