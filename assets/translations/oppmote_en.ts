<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Allocation</name>
    <message>
        <location filename="../../shared/alloc/alloc_adapter.cpp" line="+113"/>
        <source>%1 is not a group-work session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no groups to allocate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: fixed group «%2» is not a group of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the preference «%2» names no group of %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/alloc/alloc_report.cpp" line="+19"/>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>every group is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every group with a free seat already holds the most people one organisation may have from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none of their choices had room, and placing people outside their choices is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has %2 fixed or locked people for %3 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 fixed or locked people from %3; one organisation may hold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not held: too few people to reach its minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is full: %2 want it, %3 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds %2 from %3, the most one organisation may have; %4 more from %3 wanted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 people, below its minimum of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not every minimum size can be met, and choosing which groups to close is searched exactly only up to 12 groups; groups below their minimum are flagged instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be placed: %2; listed for manual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/alloc/allocation_service.cpp" line="+89"/>
        <source>Name the group-work slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The programme has no session «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» (%2) is not group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No attendee has the id «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The roster is empty; nobody to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in yet; nobody to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2) has not been allocated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 has no place in %2 and was not among the people to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 has no groups yet: a mixed slot&apos;s groups are made when it is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no group «%2». Its groups: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Say why %1 is moved; the reason goes in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 leads or presents a case in %2 and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 has not been allocated yet; there is no run to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no run %2. Its runs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/alloc/allocator.cpp" line="+194"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/alloc/explanation.cpp" line="+48"/>
        <source>You gave no preference; you were placed in %1, where you best help the group sizes and the mix of organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You got your first choice, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are in %1, which was not among your choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in %1, your %2 choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You could not be placed in a group; an organiser will place you by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your %1 choice, %2,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not held: too few people for its minimum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was full (%2 wanted it first, %3 seats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already had %2 people from %3, the most one organisation may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but you kept your place from the last allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but %2 needed you to reach its minimum of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 had room, but giving it to you would leave others worse off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You were moved from %1, where the last allocation placed you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An organiser placed you in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You lead or present a case in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This person is not part of this allocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/alloc/group_lists.cpp" line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+145"/>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+74"/>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+71"/>
        <source>%1: nobody is placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shared/alloc/quality_text.cpp" line="+21"/>
        <source>%1 of %2 placed, %3 not placed; %4 fixed or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 outside their choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 got their %2 choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody got worse than their %1 choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved since the last run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeImport</name>
    <message>
        <location filename="../../shared/io/attendee_import_plan.cpp" line="+132"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid e-mail address &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration is cancelled (status &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>same name and e-mail address as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and organisation as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same person as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already registered, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 on line %2 has the same name and e-mail address (%3) but another Oppmøte ID; both were kept. Check that they are two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, already registered, has the same name and e-mail address (%2); both were kept. Check that they are two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 (line %3) share the e-mail address %4; both were kept. Check that they are two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2 (already registered) share the e-mail address %3; both were kept. Check that they are two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 updated, %3 duplicate, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to review: people who share an e-mail address were kept as separate people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <location filename="../../admin/app/qml/AttendeeImportDialog.qml" line="+19"/>
        <source>Import a list of attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee lists (*.csv *.xlsx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported or to look at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../shared/badge/badge_data.cpp" line="+123"/>
        <location line="+10"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_document.cpp" line="+89"/>
        <source>There are no badges to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer did not accept a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The PDF file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no printer called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer «%1» did not take the badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+22"/>
        <source>Badge template «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>«%1» in %2 is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lies outside the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: minPt must be between 0 and maxPt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: lines must be 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: align is left, center or right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a band needs colours or a fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an image needs a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>badge.widthMm and badge.heightMm are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page.widthMm and page.heightMm must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dpi must be between 100 and 2400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sheet.columns and sheet.rows must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the badges do not fit on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the front has no elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badge template %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/print/event_logo.cpp" line="+59"/>
        <location line="+9"/>
        <source>The logo is %1 kB; at most %2 kB fits on every kiosk. Save it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The logo must be a PNG, JPEG or SVG image that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The logo file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo is over %1 kB; at most that fits on every kiosk. Save it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeBatch</name>
    <message>
        <location filename="../../shared/print/badge_batch.cpp" line="+73"/>
        <source>No one is registered from «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no printer called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No badges to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer did not print the badges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeTemplate</name>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+24"/>
        <source>Brother QL, 62 × 100 mm die-cut labels (DK-11202)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother QL, 62 mm continuous roll (cut at 90 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 8 badges of 90 × 54 mm (2 × 4), crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A7 (74 × 105 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A6 (105 × 148 mm), front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra 4 × 3 in labels (101.6 × 76.2 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 90 × 54 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 10 badges of 80 × 50 mm (2 × 5), crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 60 × 90 mm, portrait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../admin/app/qml/BadgesPage.qml" line="+29"/>
        <location line="+122"/>
        <source>The organiser&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reprint them on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint them (choose a printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>%n badge(s) show no group or an old one: printed before the groups were made or changed.</source>
        <translation>
            <numerusform>%n badge shows no group or an old one: printed before the groups were made or changed.</numerusform>
            <numerusform>%n badges show no group or an old one: printed before the groups were made or changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Showing no group or an old one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again for those who have a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: the space stays empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer (CUPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already have one and are left out</source>
        <translation>
            <numerusform>%n already has one and is left out</numerusform>
            <numerusform>%n already have one and are left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing … (waiting until the printer has every badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No badge to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No badges printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/qml/CameraPanel.qml" line="+43"/>
        <source>Camera not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the hand scanner, or find your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <location filename="../../shared/store/store_attendance.cpp" line="+178"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+139"/>
        <source>Checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not your group&apos;s room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/qml/ConfirmScreen.qml" line="+45"/>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello again, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong room, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You checked in at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please ask at the desk — we will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your group today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your badge was printed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is waiting for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is ready: take it from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick up your badge at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print my badge again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../admin/app/qml/DashboardPage.qml" line="+28"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day and session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>arrived of %1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>here now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admitted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Arrivals today per %n minute(s): %1 in all</source>
        <translation>
            <numerusform>Arrivals today per %n minute: %1 in all</numerusform>
            <numerusform>Arrivals today per %n minutes: %1 in all</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today per organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../../shared/domain/device.cpp" line="+41"/>
        <source>everything sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n badges waiting</source>
        <translation>
            <numerusform>%n badge waiting</numerusform>
            <numerusform>%n badges waiting</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../../admin/app/qml/DeviceRow.qml" line="+33"/>
        <location line="+11"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-ins here today</source>
        <translation>
            <numerusform>%n check-in here today</numerusform>
            <numerusform>%n check-ins here today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../admin/app/qml/DevicesPage.qml" line="+34"/>
        <source>Rename the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pair a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the new kiosk, open staff mode and scan this code. Each code pairs one device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk&apos;s CUPS queue, e.g. badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An organiser&apos;s laptop (gets contact details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Really revoke?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupWorkPage</name>
    <message>
        <location filename="../../admin/app/qml/GroupWorkPage.qml" line="+75"/>
        <source>Move %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>They will be locked in that group. Why? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. wants to join a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+104"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Those who have checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone expected (before the doors open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Locked people and facilitators stay where they are; moving someone who already had a group costs more than a better choice for them. The new run is saved, not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost of moving someone who already has a group (0: a better choice always wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most this many from one organisation in a group (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why (optional), e.g. late arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n placed</numerusform>
            <numerusform>%n placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a place</source>
        <translation>
            <numerusform>%n without a place</numerusform>
            <numerusform>%n without a place</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restored at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why in this group?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published to kiosks and badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moved by the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Without a place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 of %2 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group lists (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Door signs (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No allocation saved for this group work yet. Allocate those who have checked in, or everyone expected before the doors open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandCheckinDialog</name>
    <message>
        <location filename="../../admin/app/qml/HandCheckinDialog.qml" line="+44"/>
        <source>Check out or undo by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check out: they left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the check-in: it was a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why by hand? Kept with the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. forgot the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. checked in the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. left after lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../kiosk/qml/IdentifyScreen.qml" line="+21"/>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Yes, check me in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPairing</name>
    <message>
        <location filename="../../shared/appkit/kiosk_pairing.cpp" line="+25"/>
        <source>The entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The mode is entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../kiosk/qml/LoadingScreen.qml" line="+15"/>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kiosk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="+18"/>
        <source>Oppmøte check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/app/qml/Main.qml" line="+27"/>
        <source>Oppmøte – organisers&apos; desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The latest figures could not be read; what shows may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../admin/app/qml/PeoplePage.qml" line="+68"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check out or undo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../admin/app/qml/PersonCard.qml" line="+63"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n printed</numerusform>
            <numerusform>%n printed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old code stops working at every kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save ticket (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditing</name>
    <message>
        <location filename="../../shared/roster/person_editing.cpp" line="+111"/>
        <source>«%1» does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../shared/print/print_queue.cpp" line="+59"/>
        <source>Your badge has already been printed. Please ask the staff if you need a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+57"/>
        <source>The badge printer «%1» is not set up. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The printer is out of labels. Please ask the staff to load more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels are stuck in the printer. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is out of ink or ribbon. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../shared/print/print_worker.cpp" line="+123"/>
        <source>The printer is off or not connected. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The printer is not taking new badges right now. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The print service (CUPS) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer «%1» could not be asked for its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The printer «%1» did not take the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The state of print job %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print job %1 could not be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/print/print_worker.cpp" line="-37"/>
        <location line="+6"/>
        <source>The badge could not be made. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer did not take the badge. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The badge was not printed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer did not print the badge in time. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../shared/domain/printer_problem.cpp" line="+61"/>
        <source>out of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cover open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of ink or ribbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off or not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not taking jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the print service is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../admin/app/qml/PrivacyPage.qml" line="+16"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Purged on %1: names, contact details and codes are gone; the counts remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data is kept until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The purge deletes names, e-mail addresses, phone numbers, codes and preferences on this database; attendance per session, day and organisation stays. Kiosks get the emptied roster at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To answer a request to see one&apos;s data, use “Data access” on the People page: everything held about the person is saved as a file in the reports folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../kiosk/qml/ProblemScreen.qml" line="+24"/>
        <source>This code did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the desk — we will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find my name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramParser</name>
    <message>
        <location filename="../../shared/program/program_parser.cpp" line="+212"/>
        <source>No day headings were found (a line like «Mandag 25. september»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>«%1» is under «%2», which has no sessions; the line was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>«%1» is not a month name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A session comes before any day heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1.%2» is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 comes before the session above it (%2); the order was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text before the first session of the day was kept as a note of the day&apos;s first session: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+35"/>
        <source>%1 appears twice in «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>«%1» and «%2» in «%3» are both group %4; give them different numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1» in «%2» would be group %3 like «%4»; it was made group %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>«%1» under «%2», which is not group work; the session was made group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A case outside any theme was kept as a note: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The programme gives no year; %1 is the only year near now in which %2 %3. %4 falls on a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The programme gives no year, and no year near now has %1 on a %2; give the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme gives no year; «%1» fits %2. Give the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>«%1» is not a date in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1»: %2 is a %3, not a %4. Check the date and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the same date as or earlier than the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» gives %2, %3. The weekday suggests %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» gives %2, %3. The weekday suggests %4, so that date is used; correct the programme if the weekday is the mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <location filename="../../shared/program/program_settings.cpp" line="+41"/>
        <source>%1 is not valid settings JSON: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name the group «%1», which the programme does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings give mixed groups for «%1», which is not a group-work session of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» has themes; it cannot also have mixed groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed groups for «%1» need a count between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../admin/app/qml/ProgrammePage.qml" line="+40"/>
        <source>Import a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme text (*.txt *.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rooms and capacities for the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import this programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings and errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add rooms and capacities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No programme yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../admin/app/qml/ReportsPage.qml" line="+17"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone registered, with organisation, role and contact details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The venue each day and every session: registered, present, share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered and arrived per organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every group-work group with its room and members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of the above in one workbook or one document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/qml/SearchScreen.qml" line="+25"/>
        <source>Manual check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your first name or surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type at least two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one found. Check the spelling, or ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I&apos;m not on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hide keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffPinScreen.qml" line="+27"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffScreen.qml" line="+37"/>
        <source>Staff mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge to choose an attendee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Walk-ins waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub: %1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub: %1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer: none — badges at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Check-ins not yet sent to the hub: %n</source>
        <translation>
            <numerusform>Check-ins not yet sent to the hub: %n</numerusform>
            <numerusform>Check-ins not yet sent to the hub: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Badge prints not yet sent: %n</source>
        <translation>
            <numerusform>Badge prints not yet sent: %n</numerusform>
            <numerusform>Badge prints not yet sent: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Hub: not paired — check-ins stay on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Put aside by the hub (kept here, ask the organisers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+15"/>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back to check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../shared/store/schema.cpp" line="+267"/>
        <source>%1 was written by a newer Oppmøte (schema version %2; this program knows up to %3). It was left untouched; update Oppmøte to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+196"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written (read-only file or folder); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: the folder is missing or not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading or writing %1 failed (%2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged or is not an Oppmøte database (%2). It was left untouched; restore a backup or start a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database error in %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store.cpp" line="+26"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an SQLite database of another program, not Oppmøte&apos;s. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot use write-ahead logging (journal mode %2); is it on a network or read-only file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not delete the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="+38"/>
        <source>the hub does not know the attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub does not know the session or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an undo of a check-in the hub does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the device&apos;s clock was far off (days ahead or months behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="+111"/>
        <source>the walk-in was turned down at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="+7"/>
        <source>refused by the hub (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The hub sent two different events with one device number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The hub sent an event without its place in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An event id was sent twice with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+245"/>
        <source>This pairing code is not known to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pairing code was used by another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device cannot take the hub&apos;s own identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device is paired already; a pairing code cannot change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another device has this identity; a pairing code cannot take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This is this database&apos;s own device: it cannot be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>No device has the id «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A device&apos;s name has 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another device is called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 exists already; a kiosk database is made new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_roster_sync.cpp" line="+65"/>
        <source>The roster from the hub was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_allocation.cpp" line="+115"/>
        <source>An assignment for %1 was given to the allocation of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>run %1: %2 placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run %1 of %2 kept no placements (it was made before runs kept them); it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is fixed to %2 (facilitator or case presenter) and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has not been allocated yet; nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>run %1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_ins.cpp" line="+34"/>
        <source>%1 is on the roster, not a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This registration is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was turned down at the desk and cannot be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is approved already and has a code; cancel the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was turned down at the desk; the registration is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A walk-in needs a first name and a surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="-5"/>
        <source>the walk-in was approved with another code first; that code stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub has someone on the roster with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code belongs to someone else; the walk-in waits for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+87"/>
        <source>A reason is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../../shared/program/text_file.cpp" line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketSigner</name>
    <message>
        <location filename="../../shared/store/ticket_signer.cpp" line="+22"/>
        <source>Cannot read the secret key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ticket secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key in %1 is not one of this event&apos;s ticket keys: its kiosks would refuse the tickets. Use the key oppmote ticket-key made for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no valid code to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/qml/TopBar.qml" line="+51"/>
        <location line="+74"/>
        <source>Offline — check-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDoneScreen</name>
    <message>
        <location filename="../../kiosk/qml/WalkInDoneScreen.qml" line="+21"/>
        <source>Thank you, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your registration is saved. Please go to the desk: a member of staff will confirm it and print your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/qml/WalkInScreen.qml" line="+54"/>
        <source>Register at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A member of staff confirms your registration before your badge is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My name and organisation may appear on lists shared with other attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInsPage</name>
    <message>
        <location filename="../../admin/app/qml/WalkInsPage.qml" line="+50"/>
        <source>Turn down %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They will not be registered or counted. The kiosks hear of it at their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Walk-ins waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve and check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn down…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/WelcomeScreen.qml" line="+35"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the QR code on your invitation or badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not registered? Register here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../admin/app/admin_app.cpp" line="+146"/>
        <source>The desk&apos;s pages did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/app/admin_options.cpp" line="+15"/>
        <source>Oppmøte, the organisers&apos; desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database (default: $OPPMOTE_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nb, nn or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software rendering (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the dashboard is up (start-up checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of every page and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is at the desk (for the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where kiosks reach the hub, for pairing codes (default wss://THIS-HOST:8443).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size, e.g. 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where reports are saved (default: Documents/Oppmøte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the hub&apos;s database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--size is WIDTHxHEIGHT, e.g. 1366x768.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+146"/>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+176"/>
        <source>Check an attendee in, out, or undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="+48"/>
        <source>Run the sample workshop headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="+112"/>
        <source>Read an event programme and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_init.cpp" line="+20"/>
        <source>This device&apos;s name, e.g. &quot;Kiosk 2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a database, or open and upgrade one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is ready (schema version %2, device «%3»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create or upgrade a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="+65"/>
        <source>Find attendees by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/command.cpp" line="+30"/>
        <source>Usage: oppmote &lt;command&gt; [options]   (oppmote &lt;command&gt; --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote: unknown command «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See: oppmote %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/store_options.cpp" line="+16"/>
        <source>The database file (default: $OPPMOTE_DB, or oppmote.sqlite in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>oppmote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create it with: oppmote init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_badges.cpp" line="+177"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already printed, skipped (use --reprint): %1</source>
        <translation>
            <numerusform>%n already printed, skipped (use --reprint): %1</numerusform>
            <numerusform>%n already printed, skipped (use --reprint): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badges to a PDF file or a printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_decode.cpp" line="+24"/>
        <source>The event id signed tickets must carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket public key (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image (PNG, JPEG …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the QR codes in an image and check them. Plain tokens are looked up in the database given with --db or $OPPMOTE_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read and check the QR codes in an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="+126"/>
        <source>Import or update attendees from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_qr.cpp" line="+18"/>
        <source>Write a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PDF page the size of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen (error correction M, default) or badge (Q).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG: device pixels per module (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG/PDF: side in mm, quiet zone included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF: the printer&apos;s resolution; the size is rounded to whole dots per module, at least 4 (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token or signed ticket to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a QR code image of a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one code and at least one of --png, --svg, --pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--use is screen or badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sizes and resolutions must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF: %1 mm square, %2 dots per module at %3 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a QR code image (PNG, SVG, PDF) of a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="+63"/>
        <source>Replace or cancel an attendee&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="+102"/>
        <source>Write invitation tickets (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="+94"/>
        <source>Make a kiosk pairing code (QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+103"/>
        <source>List or revoke the devices paired with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_hub.cpp" line="+80"/>
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n event received</numerusform>
            <numerusform>%n events received</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the hub the kiosks sync with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+107"/>
        <source>Make a kiosk&apos;s database and settings from the hub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="+180"/>
        <source>Sync this database with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="+458"/>
        <source>Allocate group work; explain, move, lock, publish, restore; the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+347"/>
        <source>List the roster; add or edit a person; generate a fictional roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="+52"/>
        <source>Show the programme with its session and group keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="+75"/>
        <source>Make the signing key for signed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+265"/>
        <source>List the walk-ins waiting; approve, turn down or correct one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+128"/>
        <source>Export attendees, attendance or group lists (CSV, XLSX, JSON, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="+123"/>
        <source>Personal data after the event: retention date, purge, one person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../admin/cli/demo_run.cpp" line="+93"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>== %1: the sample workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   programme warning (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kiosk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   %1 fictional attendees from %2 organisations; %3 kiosks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>== 09:30, day 1: the queue at the kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The code of %1 was not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>   %1 checked in: %2 by QR code, %3 by name search, %4 by staff; %5 second scans answered &quot;already checked in&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Session doors: group work and day 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>== Arrivals per day (organisers&apos; store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 expected arrived, %3 walk-ins, %4 admitted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Attendance per session (organisers&apos; store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>   %1 events in the log; %2 people admitted twice while a kiosk was offline (flagged, nothing dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>== Output in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   kiosk.json (kiosk 1&apos;s settings; staff PIN 1234 — change it before an event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Try: oppmote attendance --db %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/kiosk_app.cpp" line="+73"/>
        <source>Unknown mode &quot;%1&quot;: use entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The kiosk&apos;s screens did not load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/kiosk_options.cpp" line="+12"/>
        <source>Oppmøte self-service check-in kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiosk settings (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera, software rendering, staff PIN 1234 unless set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nb, nn or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of every screen and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a missing database with the sample workshop and N people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit once the welcome screen is up (start-up measurements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sample needs a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which database? Use --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationEditorModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_editor_model.cpp" line="+184"/>
        <source>%1 is now in %2, locked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is locked in %2: a new run keeps them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer locked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The groups of %1 are published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationRunsModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_runs_model.cpp" line="+180"/>
        <source>Choose “everyone expected” to place all who are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 saved: %2 of %3 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n moved to another group.</source>
        <translation>
            <numerusform>%n moved to another group.</numerusform>
            <numerusform>%n moved to another group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Run %1 is the allocation again (saved as run %2, %n people).</source>
        <translation>
            <numerusform>Run %1 is the allocation again (saved as run %2, %n person).</numerusform>
            <numerusform>Run %1 is the allocation again (saved as run %2, %n people).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::ArrivalCurveModel</name>
    <message>
        <location filename="../../shared/appkit/arrival_curve_model.cpp" line="+65"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeImportDesk</name>
    <message>
        <location filename="../../shared/appkit/attendee_import_desk.cpp" line="+88"/>
        <source>Nothing was imported; the list is as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported: %1. %n new people were given a code.</source>
        <translation>
            <numerusform>Imported: %1. %n new person was given a code.</numerusform>
            <numerusform>Imported: %1. %n new people were given a code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeListModel</name>
    <message>
        <location filename="../../shared/appkit/attendee_list_model.cpp" line="+267"/>
        <source>Say why this is done by hand: it is kept with the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::BadgeDesk</name>
    <message>
        <location filename="../../shared/appkit/badge_desk.cpp" line="+245"/>
        <source>The logo is on the badges now, at the kiosks too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The badges have no logo now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No badges to print: everyone chosen has one (tick “print again” to reprint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n badge(s) printed on %1.</source>
        <translation>
            <numerusform>%n badge printed on %1.</numerusform>
            <numerusform>%n badges printed on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No badges to save: everyone chosen has one (tick “print again” to include them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1 (%n badge(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n badge).</numerusform>
            <numerusform>Saved %1 (%n badges).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::BadgePrinting</name>
    <message>
        <location filename="../../shared/kiosk/badge_printing.cpp" line="+65"/>
        <source>Your badge could not be made. Please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The badge printer is not working. Please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::DeviceListModel</name>
    <message>
        <location filename="../../shared/appkit/device_list_model.cpp" line="+84"/>
        <source>%1 is revoked: the hub no longer lets it sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now called «%2».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::DeviceSession</name>
    <message>
        <location filename="../../shared/kiosk/device_session.cpp" line="+26"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk is already set up. Staff can pair it again from staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::EvdevScanner</name>
    <message>
        <location filename="../../shared/scan/evdev_scanner.cpp" line="+86"/>
        <source>Cannot open the scanner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot take the scanner %1 for Oppmøte alone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::ImageScan</name>
    <message>
        <location filename="../../shared/scan/image_scan.cpp" line="+44"/>
        <source>%1 at %2: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2: refused (%3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::Invitation</name>
    <message>
        <location filename="../../shared/codes/invitation.cpp" line="+26"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this code at the entrance, on paper or on your phone. It is personal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::KioskConfig</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="+30"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mode must be &quot;entrance&quot; or &quot;session:&quot; followed by a session key, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The idle timeout and the confirmation time must be at least 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the kiosk settings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk settings %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Cannot write the kiosk settings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not an Oppmøte pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code is from a newer Oppmøte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pairing code has no valid hub address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code has no device token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code names an unknown mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pairing code does not name the hub&apos;s certificate: make a new code with oppmote pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pairing code&apos;s hub fingerprint is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::KioskController</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_controller.cpp" line="+194"/>
        <source>This code is not on the list of attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+185"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::KioskPairing</name>
    <message>
        <location filename="../../shared/appkit/kiosk_pairing.cpp" line="-23"/>
        <source>As the kiosk has it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::OrganisationAttendanceModel</name>
    <message>
        <location filename="../../shared/appkit/organisation_attendance_model.cpp" line="+30"/>
        <source>(no organisation)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::PersonDesk</name>
    <message>
        <location filename="../../shared/appkit/person_desk.cpp" line="+62"/>
        <location line="+133"/>
        <source>This person is no longer on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is registered, with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered already; nothing was changed. Find them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>Nothing to change for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-130"/>
        <source>To review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no code to put on a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket of %1 is saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::PrivacyDesk</name>
    <message>
        <location filename="../../shared/appkit/privacy_desk.cpp" line="+73"/>
        <source>«%1» is not a date like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal data is kept until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Names, contact details and codes are deleted; the counts remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything held about the person is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::ProgramDesk</name>
    <message numerus="yes">
        <location filename="../../shared/appkit/program_desk.cpp" line="+64"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Warning, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The programme has errors now; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme is stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::QrCode</name>
    <message>
        <location filename="../../shared/codes/qr_code.cpp" line="+16"/>
        <source>There is no text to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::QrDecoder</name>
    <message>
        <location filename="../../shared/scan/qr_decoder.cpp" line="+115"/>
        <source>Could not read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::QrRender</name>
    <message>
        <location filename="../../shared/codes/qr_render.cpp" line="+23"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::ReportSaver</name>
    <message>
        <location filename="../../shared/appkit/report_saver.cpp" line="+31"/>
        <source>Unknown report or format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n row).</numerusform>
            <numerusform>Saved %1 (%n rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::SignedToken</name>
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+47"/>
        <source>The key is damaged or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a ticket key (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no token to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No code was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket was made by a newer version of Oppmøte (code version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket contains “%1”, which never appears in an Oppmøte code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket is too short: %1 characters after “OS1-” where %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is too long: %1 characters after “OS1-” where %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket is damaged or mistyped: its check character does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::StaffController</name>
    <message>
        <location filename="../../shared/kiosk/staff_controller.cpp" line="+148"/>
        <source>The check-in of %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not checked in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+58"/>
        <source>The badge for %1 is waiting for the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The badge for %1 is being printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge for %1 is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge for %1 was not printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The badge for %1 is on its way to the printer already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This registration is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is registered and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::Token</name>
    <message>
        <location filename="../../shared/codes/token.cpp" line="+67"/>
        <source>No code was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte attendee code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code was made by a newer version of Oppmøte (code version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code contains “%1”, which never appears in an Oppmøte code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too short: %1 characters after “OP1-” where %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too long: %1 characters after “OP1-” where %2 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code is damaged or mistyped: its check character does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::TokenVerifier</name>
    <message>
        <location filename="../../shared/codes/token_verifier.cpp" line="+61"/>
        <source>No code was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Oppmøte code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This registration has been cancelled. Please ask at the registration desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This code is not on the attendee list for this event. Please ask at the registration desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This ticket is for another event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This ticket&apos;s signature is not valid: it was not issued by the organiser, or it has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInController</name>
    <message>
        <location filename="../../shared/kiosk/walkin_controller.cpp" line="+33"/>
        <source>Please write your first name and surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInQueueModel</name>
    <message>
        <location filename="../../shared/appkit/walkin_queue_model.cpp" line="+63"/>
        <source>%1 is registered and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is turned down: not registered, not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-115"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-52"/>
        <source>The programme has no session «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-396"/>
        <source>oppmote allocate: --%1 takes a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate: give --org-cap or --org-cap-share, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote allocate: --org-cap-share is a share above 0 and at most 1 (e.g. 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+25"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-254"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-9"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="-7"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-150"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+264"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1st choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run %1 saved%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The allocation of %1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote allocate move: give --to GROUP and --reason &quot;why&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is now in %2 (locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is locked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is unlocked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+67"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Use --expected to place everyone registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moved: %1, %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate: --explain shows the saved allocation and changes nothing; it does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(The saved allocation of %1; nothing was changed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate restore: give the run to restore with --run N (see allocate log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 of %2 is the allocation again (saved as run %3, %4 people placed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate %1: name the person with --attendee (an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The group-work session (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the allocation at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place everyone registered, not only those checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run: the cost of moving someone placed before, in rank steps (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the worst-placed person as well off as possible first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N people from one organisation per group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this share of a group&apos;s seats for one organisation (e.g. 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain where this person (an id or a name) is in the saved allocation, and why; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a door sign per group as PDF (its name, room and facilitators, A4 landscape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move/lock/unlock: the person (an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to allocate; or move, lock, unlock, publish, restore, log, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people in the groups of a group-work slot; explain, move, lock, publish, restore; show the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote allocate: unknown action «%1» (move, lock, unlock, publish, restore, log, runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote allocate: --explain goes without an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Write the group lists per room as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the group lists per room as PDF (a page per group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who does this, for the audit log (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>move: the group (key, name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the run to bring back (see allocate log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, for the audit log (required for move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+0"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who attended this session (key, e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Attendance per day and per session, derived from the check-in log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+13"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Admitted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/program_listing.cpp" line="+80"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-13"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-53"/>
        <source>oppmote attendees generate: give a number of people from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 fictional attendees added, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-137"/>
        <location line="+1"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+27"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+5"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+3"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>oppmote attendees add: give the name once: as an argument or with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees: give the full name or --first-name and --last-name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote attendees add: give the person&apos;s name (&quot;Kari Nordmann&quot;, or --first-name and --last-name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is registered already (id %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is registered already (id %2); change them with oppmote attendees edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is registered, with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>To review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>oppmote attendees edit: name the person (an id, code or name) and the fields to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote attendees edit: say what to change (--email, --organisation, …; see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+88"/>
        <source>Nothing to change for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is changed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list: only this organisation; add, edit: the person&apos;s organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, edit: the full name (&quot;Kari Nordmann&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit: the job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: participant, speaker, facilitator, organiser, staff or walkin (or the Norwegian words the import reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, edit: the themes wanted, in order (&quot;2, 1, 3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the group a facilitator or case presenter belongs to (&quot;Tema 2&quot; or a group key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: consent to appear on shared lists (ja/nei).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default); generate N: add N fictional attendees for the event; add [NAME]: register a person; edit WHO: change the fields given of a person (an id, code or name; an option given empty clears its field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List, generate, add or edit the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote attendees: unknown action «%1» (list, generate, add, edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees %1: --%2 is for add and edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-74"/>
        <source>Only this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-47"/>
        <source>Only those checked in at the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those not checked in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generate: the random seed (same seed, same people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/attendee_lookup.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one has the id or name «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More than one person matches «%1»; give more of the name or the id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No attendee has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the person by id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-74"/>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked in at «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was already checked in at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already checked in at %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked out of «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not checked in at «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in of %1 is undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is placed in %2, not in this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code from the invitation or badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name; checks in the one best match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session key (e.g. d1-1400); default: the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check out instead of in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this is done by hand (&quot;forgot the invitation&quot;); kept with the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An id for this check-in; a retry with the same id is recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendee: an id, the code from the invitation or badge, or a name (or use --token / --search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote checkin: name the attendee in one way: an id, code or name, --token or --search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Check an attendee in at the venue or a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="-32"/>
        <source>Folder for the databases and reports (default demo-output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fictional attendees (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many kiosks (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2017).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the sample workshop headless: import, check-in queue at two kiosks, an offline kiosk catching up, attendance per session, reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote demo: --attendees takes 10 to 100000, --kiosks 1 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="-80"/>
        <source>Rooms, capacities and year for the programme (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year, when the programme does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse a programme whose dates and weekdays disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parse and report; store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the built-in sample workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an event programme (days, sessions, group work) and store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: give one programme file (or --sample).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: «%1» is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warning: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing stored (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="-37"/>
        <source>How many results (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name: &quot;kari nord&quot;, &quot;sorensen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find attendees by name, as the kiosk does (æ = ae, ø = o/oe, å = a/aa, one typo forgiven).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote search: give part of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_badges.cpp" line="-169"/>
        <source>The badge template: a built-in name (see --list-templates) or a .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the built-in templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attendee: an id, code or name (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone from this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The walk-ins (registered at the door).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The badges that show no group or an old one (printed before the allocation or a move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the badges to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on this CUPS queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badges that were printed before, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the front, even if the template has a back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme day the badges are for (1, 2 …): its group and room; default today, else the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the organiser&apos;s logo (PNG, JPEG or SVG) on every badge, the kiosks&apos; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the badges without a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges: to a PDF file or a CUPS printer queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote badges: give --set-logo FILE or --remove-logo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badges have no logo now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo is on the badges now; kiosks take it with the next roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote badges: give either --pdf FILE or --printer QUEUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote badges: say whose badges: --all, --attendee WHO, --organisation NAME, --walk-ins or --outdated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>oppmote badges: --day is a day of the programme, 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Badges for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 on %2, template %3.</source>
        <translation>%1 on %2, template %3.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="-99"/>
        <source>Personal data is kept until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged on %1: names, contact details and codes are gone; the counts remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote privacy retain: «%1» is not a date (e.g. 2027-03-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everything held about %1 is written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export: the file to write (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status (default); retain DATE or none: keep personal data until then; purge: delete names, contact details and codes once that date has passed; export WHO: everything held about one person, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data after the event: the retention date, the purge and one person&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote privacy: unknown action «%1» (status, retain, purge, export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote privacy retain: give a date, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppmote privacy export: name the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="-99"/>
        <source>groups: only this group-work slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: &apos;;&apos; (default, Norwegian Excel), &apos;,&apos; (English spreadsheets) or &apos;tab&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: the decimal mark, &apos;,&apos; or &apos;.&apos;; default &apos;,&apos; with &apos;;&apos; (Norwegian Excel), else &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote export: name one table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>csv, xlsx, json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: standard output; xlsx and pdf need a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attendees, sessions (attendance per session), organisations (attendance per organisation), groups (group lists), or all (xlsx, json and pdf only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export attendees, attendance or group lists as CSV, XLSX, JSON or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote export: --format csv, xlsx, json or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote export: an XLSX or PDF file needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote export: CSV holds one table; name it, or use xlsx or json for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote export: --separator and --decimal are for CSV; XLSX and JSON keep numbers as numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>oppmote export: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;, the decimal mark &apos;,&apos; or &apos;.&apos;, and not both &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="-88"/>
        <source>oppmote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report what would happen; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV separator: &apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: recognised from the header line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved column mapping (JSON: {&quot;columns&quot;: {&quot;Header&quot;: &quot;fullName&quot;, …}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendee list: CSV or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import or update the attendee list from a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote import-attendees: name one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote import-attendees: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the mapping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was imported; the list is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new attendees were given a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="-39"/>
        <source>Cancel the code without a new one (registration withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an attendee a new code; the old one is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Whose code to replace: an attendee id, their code or their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote reissue: name one attendee (an id, code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-4"/>
        <source>Folder for the PDFs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this attendee: an id, code or name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line for &quot;what to bring&quot; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print signed tickets made with this secret key (oppmote ticket-key) instead of plain codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write invitation tickets: one PDF per attendee and all.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote tickets: give --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No attendee with a code matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 files written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="-70"/>
        <source>The hub&apos;s certificate (default: beside the hub&apos;s database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s address (wss://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-83"/>
        <source>entrance (default) or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+6"/>
        <source>The kiosk&apos;s badge printer (CUPS queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+3"/>
        <source>The labels or sheets in that printer: a built-in badge template (oppmote badges --list-templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an organiser&apos;s laptop (oppmote sync): it gets e-mail addresses and phone numbers with the roster. Kiosks never do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the QR code as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the QR code as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the pairing code a kiosk scans to join the hub (one-time token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote pair: the mode is entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-72"/>
        <source>Revoke this device (by id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this device (by id); the new name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename: the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the devices paired with the hub, rename or revoke one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoked %1: the hub refuses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote devices --rename: give the new name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now called «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_hub.cpp" line="-71"/>
        <source>The address to listen on (default: every interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port (default 8443; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS certificate (PEM). Made on first start when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the hub: the shared attendance store the kiosks sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote hub: --listen takes an IP address and --port a number up to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused a device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on port %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-12"/>
        <source>The kiosk&apos;s new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk&apos;s name, as attendees see it (&quot;Kiosk 3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub&apos;s address (wss://host:port); writes --config too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the kiosk&apos;s settings (kiosk.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The staff PIN for this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a kiosk&apos;s database (and settings) from the hub&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote prepare-kiosk: give --out FILE and --name NAME (a mode of entrance or session:KEY), and --config FILE with --hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kiosk database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kiosk settings: %1 (paired with %2 on first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN was given (--pin): staff mode stays locked on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="-134"/>
        <source>Pair with the hub using this pairing code (from oppmote pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep syncing until stopped (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this database with the hub: push, pull, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>oppmote sync: this database is not paired with a hub: give --pairing CODE once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paired with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Synced: %1 sent, %2 received, %3 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n check-in(s) were put aside by the hub and are kept here:</source>
        <translation>
            <numerusform>%n check-in was put aside by the hub and is kept here:</numerusform>
            <numerusform>%n check-ins were put aside by the hub and are kept here:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oppmote sync: %1 Nothing was sent; check the hub&apos;s address or pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="-30"/>
        <source>Show the programme: days, sessions and groups with the keys other commands take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote program: takes no arguments (see oppmote program --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no programme yet; read one with oppmote import-program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="-50"/>
        <source>Where to write the secret key (a new file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a signing key for signed tickets: the secret to a file, the public key to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote ticket-key: give --out FILE for the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote ticket-key: %1 exists already; a key is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the secret key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret key written to %1 (keep it safe; it signs tickets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key %1 added: kiosks get it with the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/program_listing.cpp" line="-52"/>
        <source>capacity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-85"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the walk-in by id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n walk-in(s).</source>
        <translation>
            <numerusform>%n walk-in.</numerusform>
            <numerusform>%n walk-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk-in(s) waiting.</source>
        <translation>
            <numerusform>%n walk-in waiting.</numerusform>
            <numerusform>%n walk-ins waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The walk-in is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is approved already, with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is approved and checked in, with the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was turned down already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is turned down: not on the roster, not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote walkins edit: say what to change (--first-name, --last-name, --organisation, --email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the approved and turned-down walk-ins too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject: why, for the organisers&apos; records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default): the walk-ins waiting; approve WHO: give a code and check in; reject WHO: turn down; edit WHO: correct the fields given (WHO: an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The walk-ins registered at the kiosks: list, approve, turn down or correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote walkins: unknown action «%1» (list, approve, reject, edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote walkins %1: name the walk-in (an id or a name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::io</name>
    <message>
        <location filename="../../shared/io/export_pdf.cpp" line="+30"/>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot draw the report into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::reports</name>
    <message>
        <location filename="../../shared/reports/privacy.cpp" line="+72"/>
        <source>Personal data is kept until %1; nothing was deleted. Move the retention date to purge earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../shared/reports/report_builder.cpp" line="+40"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make %1 private to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/reports/report_builder.cpp" line="+80"/>
        <source>The programme has no session «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CSV file holds one table; choose one report, or XLSX or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::sync::HubServer</name>
    <message>
        <location filename="../../shared/sync/hub_server.cpp" line="+155"/>
        <location line="+272"/>
        <source>This device was revoked by the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The hub cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The hub speaks JSON text messages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device did not say who it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One request at a time, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub did not expect «%1» now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A pairing request needs a token and a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This device speaks another version of the hub protocol: update Oppmøte on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This device is not paired with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A device may push only its own events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::sync::SyncClient</name>
    <message>
        <location filename="../../shared/sync/sync_client.cpp" line="+145"/>
        <source>This is not the hub this device was paired with: its certificate is another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This device has neither a pairing code nor a secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
