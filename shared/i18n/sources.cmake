target_sources(oppmote_core PRIVATE
  i18n/translations.h i18n/translations.cpp
  i18n/source_text_translator.h i18n/source_text_translator.cpp)
