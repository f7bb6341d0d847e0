target_sources(oppmote_core PRIVATE)
