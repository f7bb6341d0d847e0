target_sources(oppmote_core PRIVATE
  badge/badge_data.h badge/badge_data.cpp
  badge/badge_template.h badge/badge_template.cpp
  badge/text_fit.h badge/text_fit.cpp
  badge/badge_painter.h badge/badge_painter.cpp
  badge/badge_document.h badge/badge_document.cpp)
target_link_libraries(oppmote_core PUBLIC Qt6::PrintSupport Qt6::Svg)
