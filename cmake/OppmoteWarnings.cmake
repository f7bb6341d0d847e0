# oppmote_set_warnings(target): the project's warning level; errors under OPPMOTE_WERROR.
function(oppmote_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual)
  if(OPPMOTE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
