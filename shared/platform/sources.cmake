target_sources(oppmote_core PRIVATE
  platform/runtime_dir.h platform/runtime_dir.cpp
  platform/stop_signals.h platform/stop_signals.cpp)
