# Group-work allocation (issue 7): exact min-cost flow with LEMON NetworkSimplex
# (header-only; liblemon.a is not linked). docs/allocation.md.
target_sources(oppmote_core PRIVATE
  alloc/alloc_problem.h
  alloc/alloc_outcome.h
  alloc/prepared_problem.h alloc/prepared_problem.cpp
  alloc/flow_model.h alloc/flow_model.cpp
  alloc/flow_network.h alloc/flow_network.cpp
  alloc/allocator.h alloc/allocator.cpp
  alloc/alloc_report.h alloc/alloc_report.cpp
  alloc/explanation.cpp
  alloc/alloc_json.h alloc/alloc_json.cpp)
target_include_directories(oppmote_core PUBLIC ${LEMON_INCLUDE_DIRS})
target_sources(oppmote_core PRIVATE
  alloc/alloc_adapter.h alloc/alloc_adapter.cpp
  alloc/group_lists.h alloc/group_lists.cpp
  alloc/quality_text.h alloc/quality_text.cpp
  alloc/allocation_service.h alloc/allocation_service.cpp)
