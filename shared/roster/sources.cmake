# roster: people added and corrected by hand (the desk's form and oppmote
# attendees add/edit), on the import's rules, and a new code for one person.
target_sources(oppmote_core PRIVATE
  roster/person_editing.h roster/person_editing.cpp
  roster/attendee_import.h roster/attendee_import.cpp)
