target_sources(oppmote_core PRIVATE
  i18n/translations.h i18n/translations.cpp)
