target_sources(oppmote_core PRIVATE
  search/name_folding.h search/name_folding.cpp
  search/edit_distance.h search/edit_distance.cpp
  search/name_index.h search/name_index.cpp)
