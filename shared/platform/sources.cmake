target_sources(oppmote_core PRIVATE
  platform/runtime_dir.h platform/runtime_dir.cpp)
