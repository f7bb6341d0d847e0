target_sources(oppmote_core PRIVATE
  platform/runtime_dir.h platform/runtime_dir.cpp
  platform/private_file.h platform/private_file.cpp
  platform/stop_signals.h platform/stop_signals.cpp
  platform/logging.h platform/logging.cpp)
