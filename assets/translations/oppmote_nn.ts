<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>Allocation</name>
    <message>
        <location filename="../../shared/alloc/alloc_adapter.cpp" line="+113"/>
        <source>%1 is not a group-work session.</source>
        <translation>%1 er ikkje ei gruppearbeidsøkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is listed twice.</source>
        <translation>%1 står oppført to gonger.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no groups to allocate to.</source>
        <translation>%1 har ingen grupper å fordele til.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: fixed group «%2» is not a group of %3</source>
        <translation>%1: fast gruppe «%2» er ikkje ei gruppe i %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the preference «%2» names no group of %3; ignored</source>
        <translation>%1: ønsket «%2» viser ikkje til nokon gruppe i %3; ignorert</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/alloc_report.cpp" line="+19"/>
        <source>(no organisation)</source>
        <translation>(ingen organisasjon)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>every group is full</source>
        <translation>alle gruppene er fulle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every group with a free seat already holds the most people one organisation may have from %1</source>
        <translation>alle grupper med ledig plass har allereie så mange frå %1 som éin organisasjon kan ha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none of their choices had room, and placing people outside their choices is off</source>
        <translation>ingen av ønska hadde ledig plass, og plassering utanfor ønska er slått av</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has %2 fixed or locked people for %3 seats</source>
        <translation>%1 har %2 faste eller låste personar, men berre %3 plassar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 fixed or locked people from %3; one organisation may hold %4</source>
        <translation>%1 har %2 faste eller låste personar frå %3; éin organisasjon kan ha høgst %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not held: too few people to reach its minimum of %2</source>
        <translation>%1 blir ikkje gjennomført: for få personar til å nå minstestorleiken på %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is full: %2 want it, %3 seats</source>
        <translation>%1 er full: førsteval for %2, %3 plassar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds %2 from %3, the most one organisation may have; %4 more from %3 wanted it</source>
        <translation>%1 har allereie %2 frå %3, det høgaste tillatne for éin organisasjon; %4 til frå %3 ønskte seg dit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 people, below its minimum of %3</source>
        <translation>%1 har %2 personar, under minstestorleiken på %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not every minimum size can be met, and choosing which groups to close is searched exactly only up to 12 groups; groups below their minimum are flagged instead</source>
        <translation>Ikkje alle minstestorleikar kan oppfyllast, og eit nøyaktig søk etter kva grupper som ikkje skal gjennomførast, blir berre gjort for opptil 12 grupper; grupper under minstestorleiken blir markerte i staden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be placed: %2; listed for manual review</source>
        <translation>%1 kunne ikkje plasserast: %2; ført opp for manuell gjennomgang</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/allocation_service.cpp" line="+89"/>
        <source>Name the group-work slot (e.g. d1-1400).</source>
        <translation>Oppgi gruppearbeidsøkta (t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har inga økt «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» (%2) is not group work.</source>
        <translation>«%1» (%2) er ikkje gruppearbeid.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No attendee has the id «%1».</source>
        <translation>Ingen deltakar har id-en «%1».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The roster is empty; nobody to place.</source>
        <translation>Deltakarlista er tom; ingen å plassere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in yet; nobody to place.</source>
        <translation>Ingen er sjekka inn enno; ingen å plassere.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2) has not been allocated yet.</source>
        <translation>%1 (%2) er ikkje fordelt enno.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 has no place in %2 and was not among the people to place.</source>
        <translation>%1 har ingen plass i %2 og var ikkje blant dei som skulle plasserast.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 has no groups yet: a mixed slot&apos;s groups are made when it is allocated.</source>
        <translation>%1 har ingen grupper enno: blanda grupper blir laga når økta blir fordelt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no group «%2». Its groups: %3</source>
        <translation>%1 har inga gruppe «%2». Gruppene er: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Say why %1 is moved; the reason goes in the audit log.</source>
        <translation>Oppgi kvifor %1 blir flytta; grunngjevinga blir ført i endringsloggen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 leads or presents a case in %2 and cannot be moved.</source>
        <translation>%1 leier eller legg fram ein case i %2 og kan ikkje flyttast.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation>%1 har ingen plass i %2 som kan låsast eller låsast opp; fordel først eller flytt personen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 has not been allocated yet; there is no run to restore.</source>
        <translation>%1 er ikkje fordelt enno; det finst inga køyring å gjenopprette.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no run %2. Its runs: %3</source>
        <translation>%1 har inga køyring %2. Køyringane er: %3</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/allocator.cpp" line="+194"/>
        <source>1st</source>
        <translation>første</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2nd</source>
        <translation>andre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3rd</source>
        <translation>tredje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4th</source>
        <translation>fjerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5th</source>
        <translation>femte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6th</source>
        <translation>sjette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7th</source>
        <translation>sjuande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8th</source>
        <translation>åttande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9th</source>
        <translation>niande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10th</source>
        <translation>tiande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1st</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1nd</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1rd</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/explanation.cpp" line="+48"/>
        <source>You gave no preference; you were placed in %1, where you best help the group sizes and the mix of organisations.</source>
        <translation>Du oppgav ingen ønske; du vart plassert i %1, der du best bidreg til gruppestorleikane og blandinga av organisasjonar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You got your first choice, %1.</source>
        <translation>Du fekk førstevalet ditt, %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are in %1, which was not among your choices.</source>
        <translation>Du er i %1, som ikkje var blant ønska dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in %1, your %2 choice.</source>
        <translation>Du er i %1, det %2 valet ditt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You could not be placed in a group; an organiser will place you by hand.</source>
        <translation>Du kunne ikkje plasserast i ei gruppe; ein arrangør vil plassere deg manuelt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your %1 choice, %2,</source>
        <translation>%2, det %1 valet ditt,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not held: too few people for its minimum of %2.</source>
        <translation>%1 blir ikkje gjennomført: for få personar til minstestorleiken på %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was full (%2 wanted it first, %3 seats).</source>
        <translation>%1 var full (førsteval for %2, %3 plassar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already had %2 people from %3, the most one organisation may have.</source>
        <translation>%1 hadde allereie %2 personar frå %3, det høgaste tillatne for éin organisasjon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but you kept your place from the last allocation.</source>
        <translation>%1 hadde ledig plass, men du fekk behalde plassen din frå førre fordeling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but %2 needed you to reach its minimum of %3.</source>
        <translation>%1 hadde ledig plass, men %2 trong deg for å nå minstestorleiken på %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 had room, but giving it to you would leave others worse off.</source>
        <translation>%1 hadde ledig plass, men andre ville ha kome dårlegare ut om du fekk plassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You were moved from %1, where the last allocation placed you.</source>
        <translation>Du vart flytta frå %1, der du vart plassert i førre fordeling.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An organiser placed you in %1.</source>
        <translation>Ein arrangør plasserte deg i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You lead or present a case in %1.</source>
        <translation>Du leier eller legg fram ein case i %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This person is not part of this allocation.</source>
        <translation>Denne personen er ikkje med i denne fordelinga.</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/group_lists.cpp" line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>locked</source>
        <translation>låst</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+145"/>
        <source>facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+74"/>
        <source>the PDF could not be drawn</source>
        <translation>PDF-en kunne ikkje teiknast</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+71"/>
        <source>%1: nobody is placed yet</source>
        <translation>%1: ingen er plasserte enno</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Facilitator: %1</source>
        <translation>Fasilitator: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shared/alloc/quality_text.cpp" line="+21"/>
        <source>%1 of %2 placed, %3 not placed; %4 fixed or locked.</source>
        <translation>%1 av %2 plasserte, %3 ikkje plasserte; %4 faste eller låste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 outside their choices</source>
        <translation>%1 utanfor ønska sine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 got their %2 choice</source>
        <translation>%1 fekk sitt %2 val</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without preference</source>
        <translation>%1 utan ønske</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody got worse than their %1 choice.</source>
        <translation>Ingen fekk dårlegare enn sitt %1 val.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved since the last run.</source>
        <translation>%1 flytta sidan førre køyring.</translation>
    </message>
</context>
<context>
    <name>AttendeeImport</name>
    <message>
        <location filename="../../shared/io/attendee_import_plan.cpp" line="+132"/>
        <source>no name</source>
        <translation>manglar namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid e-mail address &quot;%1&quot;</source>
        <translation>ugyldig e-postadresse «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration is cancelled (status &quot;%1&quot;)</source>
        <translation>påmeldinga er kansellert (status «%1»)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>same name and e-mail address as line %1</source>
        <translation>same namn og e-postadresse som linje %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and organisation as line %1</source>
        <translation>same namn og organisasjon som linje %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same person as line %1</source>
        <translation>same person som linje %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already registered, nothing changed</source>
        <translation>allereie registrert, ingenting endra</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 on line %2 has the same name and e-mail address (%3) but another Oppmøte ID; both were kept. Check that they are two people.</source>
        <translation>%1 på linje %2 har same namn og e-postadresse (%3), men ein annan Oppmøte-ID; begge vart behaldne. Kontroller at det er to personar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, already registered, has the same name and e-mail address (%2); both were kept. Check that they are two people.</source>
        <translation>%1, som allereie er registrert, har same namn og e-postadresse (%2); begge vart behaldne. Kontroller at det er to personar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 (line %3) share the e-mail address %4; both were kept. Check that they are two people.</source>
        <translation>%1 og %2 (linje %3) deler e-postadressa %4; begge vart behaldne. Kontroller at det er to personar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2 (already registered) share the e-mail address %3; both were kept. Check that they are two people.</source>
        <translation>%1 og %2 (allereie registrert) deler e-postadressa %3; begge vart behaldne. Kontroller at det er to personar.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to review: %1</source>
        <translation>kontroller: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 updated, %3 duplicate, %4 rejected</source>
        <translation>%1 lagt til, %2 oppdaterte, %3 duplikat, %4 avviste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to review: people who share an e-mail address were kept as separate people.</source>
        <translation>%1 å kontrollere: personar som deler e-postadresse, vart behaldne som eigne personar.</translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <location filename="../../admin/app/qml/AttendeeImportDialog.qml" line="+19"/>
        <source>Import a list of attendees</source>
        <translation>Importer ei deltakarliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee lists (*.csv *.xlsx *.txt)</source>
        <translation>Deltakarlister (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Import %1?</source>
        <translation>Importere %1?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not imported or to look at:</source>
        <translation>Ikkje importert eller verdt å sjekke:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../shared/badge/badge_data.cpp" line="+123"/>
        <location line="+10"/>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Speaker</source>
        <translation>Foredragshaldar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation>Arrangør</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_document.cpp" line="+89"/>
        <source>There are no badges to print.</source>
        <translation>Det er ingen namneskilt å skrive ut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Kunne ikkje opne skrivaren eller fila for utskrift.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer did not accept a new page.</source>
        <translation>Skrivaren godtok ikkje ei ny side.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The PDF file %1 could not be written.</source>
        <translation>Kunne ikkje skrive PDF-fila %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finst ingen skrivar som heiter «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer «%1» did not take the badges.</source>
        <translation>Skrivaren «%1» tok ikkje imot namneskilta.</translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+22"/>
        <source>Badge template «%1»: %2</source>
        <translation>Mal for namneskilt «%1»: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>«%1» in %2 is not a colour.</source>
        <translation>«%1» i %2 er ikkje ein farge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element %1 (%2)</source>
        <translation>element %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has an unknown type.</source>
        <translation>%1 har ein ukjend type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no size.</source>
        <translation>%1 har ingen storleik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lies outside the badge.</source>
        <translation>%1 ligg utanfor namneskiltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: minPt must be between 0 and maxPt.</source>
        <translation>%1: minPt må vere mellom 0 og maxPt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: lines must be 1 to 4.</source>
        <translation>%1: lines må vere frå 1 til 4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: align is left, center or right.</source>
        <translation>%1: align må vere left, center eller right.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a band needs colours or a fill.</source>
        <translation>%1: eit element av typen band treng colours eller fill.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an image needs a source.</source>
        <translation>%1: eit element av typen image treng source.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid JSON (%1).</source>
        <translation>ikkje gyldig JSON (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>badge.widthMm and badge.heightMm are needed.</source>
        <translation>badge.widthMm og badge.heightMm må vere med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page.widthMm and page.heightMm must be positive.</source>
        <translation>page.widthMm og page.heightMm må vere positive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dpi must be between 100 and 2400.</source>
        <translation>dpi må vere mellom 100 og 2400.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sheet.columns and sheet.rows must be at least 1.</source>
        <translation>sheet.columns og sheet.rows må vere minst 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the badges do not fit on the page.</source>
        <translation>namneskilta får ikkje plass på sida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the front has no elements.</source>
        <translation>framsida har ingen element.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badge template %1 could not be read.</source>
        <translation>Kunne ikkje lese malen for namneskilt %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation>Det finst ingen mal for namneskilt som heiter «%1». Malar: %2.</translation>
    </message>
    <message>
        <location filename="../../shared/print/event_logo.cpp" line="+59"/>
        <location line="+9"/>
        <source>The logo is %1 kB; at most %2 kB fits on every kiosk. Save it smaller.</source>
        <translation>Logoen er %1 kB; høgst %2 kB får plass på kvar kiosk. Lagra han mindre.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The logo must be a PNG, JPEG or SVG image that opens.</source>
        <translation>Logoen må vere eit PNG-, JPEG- eller SVG-bilete som kan opnast.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The logo file %1 could not be read.</source>
        <translation>Logofila %1 kunne ikkje lesast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo is over %1 kB; at most that fits on every kiosk. Save it smaller.</source>
        <translation>Logoen er over %1 kB; meir enn det får ikkje plass på kvar kiosk. Lagra han mindre.</translation>
    </message>
</context>
<context>
    <name>BadgeBatch</name>
    <message>
        <location filename="../../shared/print/badge_batch.cpp" line="+73"/>
        <source>No one is registered from «%1».</source>
        <translation>Ingen er påmelde frå «%1».</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finst ingen skrivar som heiter «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No badges to print.</source>
        <translation>Ingen namneskilt å skrive ut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer did not print the badges.</source>
        <translation>Skrivaren skreiv ikkje ut namneskilta.</translation>
    </message>
</context>
<context>
    <name>BadgeTemplate</name>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+24"/>
        <source>Brother QL, 62 × 100 mm die-cut labels (DK-11202)</source>
        <translation>Brother QL, 62 × 100 mm stansa etikettar (DK-11202)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother QL, 62 mm continuous roll (cut at 90 mm)</source>
        <translation>Brother QL, 62 mm endelaus rull (kutta ved 90 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 8 badges of 90 × 54 mm (2 × 4), crop marks</source>
        <translation>A4-ark, 8 namneskilt på 90 × 54 mm (2 × 4), skjeremerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A7 (74 × 105 mm)</source>
        <translation>A7 (74 × 105 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A6 (105 × 148 mm), front and back</source>
        <translation>A6 (105 × 148 mm), framside og bakside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra 4 × 3 in labels (101.6 × 76.2 mm)</source>
        <translation>Zebra 4 × 3 tommar etikettar (101,6 × 76,2 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 90 × 54 mm</source>
        <translation>Kort 90 × 54 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 10 badges of 80 × 50 mm (2 × 5), crop marks</source>
        <translation>A4-ark, 10 namneskilt på 80 × 50 mm (2 × 5), skjeremerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 60 × 90 mm, portrait</source>
        <translation>Kort 60 × 90 mm, ståande</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../admin/app/qml/BadgesPage.qml" line="+29"/>
        <location line="+122"/>
        <source>The organiser&apos;s logo</source>
        <translation>Logoen til arrangøren</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilete (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Badges</source>
        <translation>Namnelappar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reprint them on %1</source>
        <translation>Skriv dei ut på nytt på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint them (choose a printer)</source>
        <translation>Skriv dei ut på nytt (vel ein skrivar)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose</source>
        <translation>Kven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One organisation</source>
        <translation>Éin organisasjon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The walk-ins</source>
        <translation>Dei utan påmelding</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>%n badge(s) show no group or an old one: printed before the groups were made or changed.</source>
        <translation>
            <numerusform>%n namneskilt viser inga gruppe eller ei gammal: skrivne ut før gruppene vart laga eller endra.</numerusform>
            <numerusform>%n namneskilt viser inga gruppe eller ei gammal: skrivne ut før gruppene vart laga eller endra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Showing no group or an old one (%1)</source>
        <translation>Viser inga gruppe eller ei gammal (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again for those who have a badge</source>
        <translation>Skriv ut på nytt for dei som har namneskilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: the space stays empty</source>
        <translation>Ingen: plassen står tom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file …</source>
        <translation>Vel ei fil …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation>Skrivar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Look again</source>
        <translation>Sjå etter på nytt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer (CUPS).</source>
        <translation>Ingen skrivar er sett opp på denne maskina (CUPS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n namneskilt</numerusform>
            <numerusform>%n namneskilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already have one and are left out</source>
        <translation>
            <numerusform>%n har alt eitt og er utelatne</numerusform>
            <numerusform>%n har alt eitt og er utelatne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing … (waiting until the printer has every badge)</source>
        <translation>Skriv ut … (ventar til skrivaren har alle namneskilta)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No badge to preview</source>
        <translation>Ingen namneskilt å førehandsvise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview: %1</source>
        <translation>Førehandsvising: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed</source>
        <translation>Skrive ut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No badges printed yet.</source>
        <translation>Ingen namneskilt er skrivne ut enno.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/qml/CameraPanel.qml" line="+43"/>
        <source>Camera not available</source>
        <translation>Kamera ikkje tilgjengeleg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the hand scanner, or find your name.</source>
        <translation>Bruk handskannaren, eller finn namnet ditt.</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <location filename="../../shared/store/store_attendance.cpp" line="+178"/>
        <source>Venue</source>
        <translation>Lokalet</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+139"/>
        <source>Checked in.</source>
        <translation>Sjekka inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already checked in at %1.</source>
        <translation>Allereie sjekka inn kl. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at %1 at %2.</source>
        <translation>Allereie sjekka inn kl. %1 på %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked out.</source>
        <translation>Sjekka ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in.</source>
        <translation>Ikkje sjekka inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in was undone.</source>
        <translation>Innsjekkinga vart angra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown attendee.</source>
        <translation>Ukjend deltakar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not your group&apos;s room.</source>
        <translation>Dette er ikkje rommet til gruppa di.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/qml/ConfirmScreen.qml" line="+45"/>
        <source>One moment…</source>
        <translation>Eit augneblink …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, %1!</source>
        <translation>Velkomen, %1!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello again, %1!</source>
        <translation>Hei igjen, %1!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong room, %1</source>
        <translation>Feil rom, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are checked in.</source>
        <translation>Du er sjekka inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You checked in at %1 (%2).</source>
        <translation>Du sjekka inn kl. %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked in at %1.</source>
        <translation>Du sjekka inn kl. %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is for %1.</source>
        <translation>Dette rommet er for %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please ask at the desk — we will help you.</source>
        <translation>Spør i skranken, så hjelper vi deg.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your group</source>
        <translation>Gruppa di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your group today</source>
        <translation>Gruppa di i dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — room %2</source>
        <translation>%1 — rom %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your badge was printed at %1.</source>
        <translation>Namneskiltet ditt vart skrive ut kl. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is waiting for the printer.</source>
        <translation>Namneskiltet ditt ventar på skrivaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is being printed.</source>
        <translation>Namneskiltet ditt blir skrive ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is ready: take it from the printer.</source>
        <translation>Namneskiltet ditt er klart: ta det frå skrivaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick up your badge at the desk.</source>
        <translation>Hent namneskiltet ditt i skranken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 You are checked in.</source>
        <translation>%1 Du er sjekka inn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print my badge again</source>
        <translation>Skriv ut namneskiltet mitt på nytt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../admin/app/qml/DashboardPage.qml" line="+28"/>
        <source>Attendance</source>
        <translation>Frammøte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day and session</source>
        <translation>Dag og økt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Forventa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Komne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the door</source>
        <translation>Ved døra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Ikkje enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Uteblitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice</source>
        <translation>To gonger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>arrived of %1 expected</source>
        <translation>kome av %1 venta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not arrived yet</source>
        <translation>ikkje kome enno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>did not come</source>
        <translation>kom ikkje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>here now</source>
        <translation>til stades no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>walk-ins</source>
        <translation>utan påmelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admitted twice</source>
        <translation>sleppt inn to gonger</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Arrivals today per %n minute(s): %1 in all</source>
        <translation>
            <numerusform>Komne i dag per %n minutt: %1 i alt</numerusform>
            <numerusform>Komne i dag per %n minutt: %1 i alt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kiosks</source>
        <translation>Kioskar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today per organisation</source>
        <translation>I dag per organisasjon</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <location filename="../../shared/domain/device.cpp" line="+41"/>
        <source>everything sent</source>
        <translation>alt er sendt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n ikkje sendt enno</numerusform>
            <numerusform>%n ikkje sendt enno</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no badge printer</source>
        <translation>ingen namneskiltskrivar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer ready</source>
        <translation>skrivaren er klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer: %1</source>
        <translation>skrivar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n badges waiting</source>
        <translation>
            <numerusform>%n namneskilt ventar</numerusform>
            <numerusform>%n namneskilt ventar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when last seen: %1</source>
        <translation>sist sett: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation>går rett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ahead</source>
        <translation>%1 føre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind</source>
        <translation>%1 etter</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../../admin/app/qml/DeviceRow.qml" line="+33"/>
        <location line="+11"/>
        <source>revoked</source>
        <translation>trekt tilbake</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>online</source>
        <translation>tilkopla</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>offline</source>
        <translation>fråkopla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last seen %1</source>
        <translation>sist sett %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never seen</source>
        <translation>aldri sett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock: %1</source>
        <translation>klokke: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-ins here today</source>
        <translation>
            <numerusform>%n innsjekking her i dag</numerusform>
            <numerusform>%n innsjekkingar her i dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../admin/app/qml/DevicesPage.qml" line="+34"/>
        <source>Rename the device</source>
        <translation>Gje eininga nytt namn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>Endre namn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kiosks</source>
        <translation>Kioskar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pair a kiosk</source>
        <translation>Kople til ein kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the new kiosk, open staff mode and scan this code. Each code pairs one device.</source>
        <translation>Opne personalmodus på den nye kiosken og skann denne koden. Kvar kode koplar til éi eining.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub address</source>
        <translation>Adressa til huben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Door</source>
        <translation>Dør</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge printer</source>
        <translation>Namneskiltskrivar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk&apos;s CUPS queue, e.g. badges</source>
        <translation>CUPS-køen til kiosken, t.d. namneskilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>Etikettar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An organiser&apos;s laptop (gets contact details)</source>
        <translation>Ein arrangørs berbare PC (får kontaktopplysningar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a pairing code</source>
        <translation>Lag ein samankoplingskode</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rename…</source>
        <translation>Endre namn …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Really revoke?</source>
        <translation>Vil du trekkje tilbake?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke</source>
        <translation>Trekk tilbake</translation>
    </message>
</context>
<context>
    <name>GroupWorkPage</name>
    <message>
        <location filename="../../admin/app/qml/GroupWorkPage.qml" line="+75"/>
        <source>Move %1 to %2?</source>
        <translation>Flytte %1 til %2?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>They will be locked in that group. Why? (kept in the audit log)</source>
        <translation>Personen blir låst i den gruppa. Kvifor? (blir ført i endringsloggen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. wants to join a colleague</source>
        <translation>t.d. vil vere i gruppe med ein kollega</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+104"/>
        <location line="+62"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Move</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allocate %1</source>
        <translation>Fordel %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Those who have checked in</source>
        <translation>Dei som har sjekka inn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone expected (before the doors open)</source>
        <translation>Alle som er venta (før dørene opnar)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Locked people and facilitators stay where they are; moving someone who already had a group costs more than a better choice for them. The new run is saved, not published.</source>
        <translation>Låste personar og fasilitatorar blir der dei er; å flytte nokon som alt hadde ei gruppe, kostar meir enn eit betre val for dei. Den nye køyringa blir lagra, men ikkje publisert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost of moving someone who already has a group (0: a better choice always wins)</source>
        <translation>Kostnad ved å flytte nokon som alt har ei gruppe (0: eit betre val vinn alltid)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most this many from one organisation in a group (0: no limit)</source>
        <translation>Høgst så mange frå éin organisasjon i ei gruppe (0: inga grense)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why (optional), e.g. late arrivals</source>
        <translation>Kvifor (valfritt), t.d. seine komingar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation>Køyr</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore an earlier run</source>
        <translation>Gjenopprett ei tidlegare køyring</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run %1 · %2 · %3</source>
        <translation>Køyring %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n plassert</numerusform>
            <numerusform>%n plasserte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a place</source>
        <translation>
            <numerusform>%n utan plass</numerusform>
            <numerusform>%n utan plass</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>publisert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restored at the desk</source>
        <translation>gjenoppretta ved skranken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why in this group?</source>
        <translation>Kvifor i denne gruppa?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock in this group</source>
        <translation>Lås i denne gruppa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlocked at the desk</source>
        <translation>låst opp ved skranken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked at the desk</source>
        <translation>låst ved skranken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Published to kiosks and badges</source>
        <translation>Publisert på kioskane og namneskilta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Ikkje publisert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published at the desk</source>
        <translation>publisert i skranken</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Quality</source>
        <translation>Kvalitet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Moved by the last run</source>
        <translation>Flytta av siste køyring</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Without a place: %1</source>
        <translation>Utan plass: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 of %2 places</source>
        <translation>%1 av %2 plassar</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Allocate…</source>
        <translation>Fordel …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run again…</source>
        <translation>Køyr på nytt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a run…</source>
        <translation>Gjenopprett ei køyring …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group lists (PDF)</source>
        <translation>Gruppelister (PDF)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Door signs (PDF)</source>
        <translation>Dørskilt (PDF)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No allocation saved for this group work yet. Allocate those who have checked in, or everyone expected before the doors open.</source>
        <translation>Inga fordeling er lagra for dette gruppearbeidet enno. Fordel dei som har sjekka inn, eller alle som er venta før dørene opnar.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>facilitator</source>
        <translation>fasilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>låst</translation>
    </message>
</context>
<context>
    <name>HandCheckinDialog</name>
    <message>
        <location filename="../../admin/app/qml/HandCheckinDialog.qml" line="+44"/>
        <source>Check out or undo by hand</source>
        <translation>Sjekk ut eller angre for hand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in by hand</source>
        <translation>Sjekk inn for hand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check out: they left</source>
        <translation>Sjekk ut: personen har gått</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the check-in: it was a mistake</source>
        <translation>Angre innsjekkinga: ho var ein feil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why by hand? Kept with the check-in.</source>
        <translation>Kvifor for hand? Vert lagra med innsjekkinga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. forgot the invitation</source>
        <translation>t.d. gløymde invitasjonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. checked in the wrong person</source>
        <translation>t.d. sjekka inn feil person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. left after lunch</source>
        <translation>t.d. gjekk etter lunsj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check in</source>
        <translation>Sjekk inn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo check-in</source>
        <translation>Angre innsjekking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check out</source>
        <translation>Sjekk ut</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../kiosk/qml/IdentifyScreen.qml" line="+21"/>
        <source>Is this you?</source>
        <translation>Er dette deg?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Yes, check me in</source>
        <translation>Ja, sjekk meg inn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No, go back</source>
        <translation>Nei, gå tilbake</translation>
    </message>
</context>
<context>
    <name>KioskPairing</name>
    <message>
        <location filename="../../shared/appkit/kiosk_pairing.cpp" line="+25"/>
        <source>The entrance</source>
        <translation>Inngangen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The mode is entrance or session:KEY.</source>
        <translation>Modusen er entrance eller session:NØKKEL.</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../kiosk/qml/LoadingScreen.qml" line="+15"/>
        <source>Out of service</source>
        <translation>Ute av drift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Startar …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kiosk cannot start</source>
        <translation>Kiosken kan ikkje starte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please ask at the desk.</source>
        <translation>Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../kiosk/qml/Main.qml" line="+18"/>
        <source>Oppmøte check-in</source>
        <translation>Oppmøte innsjekking</translation>
    </message>
    <message>
        <location filename="../../admin/app/qml/Main.qml" line="+27"/>
        <source>Oppmøte – organisers&apos; desk</source>
        <translation>Oppmøte – arrangørskranken</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dashboard</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Utan påmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group work</source>
        <translation>Gruppearbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges</source>
        <translation>Namnelappar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosks</source>
        <translation>Kioskar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database could not be opened: %1</source>
        <translation>Kunne ikkje opne databasen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The latest figures could not be read; what shows may be out of date: %1</source>
        <translation>Dei siste tala kunne ikkje lesast, så det som blir vist kan vere utdatert: %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../admin/app/qml/PeoplePage.qml" line="+68"/>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list…</source>
        <translation>Importer ei liste …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person…</source>
        <translation>Legg til ein person …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name</source>
        <translation>Søk etter namn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived today</source>
        <translation>Komne i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not arrived</source>
        <translation>Ikkje komne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins waiting</source>
        <translation>Registreringar som ventar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every organisation</source>
        <translation>Alle organisasjonar</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>waiting for approval</source>
        <translation>ventar på godkjenning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arrived</source>
        <translation>har kome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not arrived</source>
        <translation>ikkje kome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check out or undo…</source>
        <translation>Sjekk ut eller angre …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in…</source>
        <translation>Sjekk inn …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data access</source>
        <translation>Innsyn</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../admin/app/qml/PersonCard.qml" line="+63"/>
        <source>Add a person</source>
        <translation>Legg til ein person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges</source>
        <translation>Namneskilt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n skrive ut</numerusform>
            <numerusform>%n skrivne ut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New code…</source>
        <translation>Ny kode …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The old code stops working at every kiosk.</source>
        <translation>Den gamle koden sluttar å verke på alle kioskar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a new code</source>
        <translation>Gje ny kode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the code</source>
        <translation>Behald koden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save ticket (PDF)</source>
        <translation>Lagre billett (PDF)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer</source>
        <translation>Ingen skrivar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print badge</source>
        <translation>Skriv ut namneskilt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>PersonEditing</name>
    <message>
        <location filename="../../shared/roster/person_editing.cpp" line="+111"/>
        <source>«%1» does not look like an e-mail address.</source>
        <translation>«%1» ser ikkje ut som ei e-postadresse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>first name</source>
        <translation>førenamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>etternamn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organisation</source>
        <translation>organisasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <translation>stilling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preferences</source>
        <translation>ønske</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent</source>
        <translation>samtykke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed group</source>
        <translation>fast gruppe</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../shared/print/print_queue.cpp" line="+59"/>
        <source>Your badge has already been printed. Please ask the staff if you need a new one.</source>
        <translation>Namneskiltet ditt er allereie skrive ut. Spør i skranken om du treng eit nytt.</translation>
    </message>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+57"/>
        <source>The badge printer «%1» is not set up. Please ask the staff.</source>
        <translation>Skrivaren for namneskilt «%1» er ikkje sett opp. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The printer is out of labels. Please ask the staff to load more.</source>
        <translation>Skrivaren er tom for etikettar. Be nokon i skranken om å fylle på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels are stuck in the printer. Please ask the staff.</source>
        <translation>Etikettane sit fast i skrivaren. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Please ask the staff.</source>
        <translation>Dekselet på skrivaren er ope. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is out of ink or ribbon. Please ask the staff.</source>
        <translation>Skrivaren er tom for blekk eller fargeband. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../shared/print/print_worker.cpp" line="+123"/>
        <source>The printer is off or not connected. Please ask the staff.</source>
        <translation>Skrivaren er slått av eller ikkje kopla til. Spør i skranken.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The printer is not taking new badges right now. Please ask the staff.</source>
        <translation>Skrivaren tek ikkje imot nye namneskilt akkurat no. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The print service (CUPS) is not running.</source>
        <translation>Utskriftstenesta (CUPS) køyrer ikkje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer «%1» could not be asked for its state.</source>
        <translation>Kunne ikkje hente status frå skrivaren «%1».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The printer «%1» did not take the badge.</source>
        <translation>Skrivaren «%1» tok ikkje imot namneskiltet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The state of print job %1 could not be read.</source>
        <translation>Kunne ikkje lese statusen til utskriftsjobb %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print job %1 could not be cancelled.</source>
        <translation>Kunne ikkje avbryte utskriftsjobb %1.</translation>
    </message>
    <message>
        <location filename="../../shared/print/print_worker.cpp" line="-37"/>
        <location line="+6"/>
        <source>The badge could not be made. Please ask the staff.</source>
        <translation>Namneskiltet kunne ikkje lagast. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer did not take the badge. Please ask the staff.</source>
        <translation>Skrivaren tok ikkje imot namneskiltet. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The badge was not printed. Please try again.</source>
        <translation>Namneskiltet vart ikkje skrive ut. Prøv igjen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer did not print the badge in time. Please ask the staff.</source>
        <translation>Skrivaren skreiv ikkje ut namneskiltet i tide. Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../shared/domain/printer_problem.cpp" line="+61"/>
        <source>out of labels</source>
        <translation>tom for etikettar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels stuck</source>
        <translation>etikettane sit fast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cover open</source>
        <translation>dekselet er ope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of ink or ribbon</source>
        <translation>tom for blekk eller fargeband</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>sett på pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off or not connected</source>
        <translation>av eller ikkje kopla til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not taking jobs</source>
        <translation>tek ikkje imot jobbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>ikkje sett opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the print service is not running</source>
        <translation>utskriftstenesta køyrer ikkje</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../admin/app/qml/PrivacyPage.qml" line="+16"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Purged on %1: names, contact details and codes are gone; the counts remain.</source>
        <translation>Sletta %1: namn, kontaktopplysningar og kodar er borte; tala står att.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningane blir lagra til %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation>Ingen slettedato er sett: personopplysningane blir lagra til dei blir sletta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data until</source>
        <translation>Lagre personopplysningar til</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save date</source>
        <translation>Lagre dato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The purge deletes names, e-mail addresses, phone numbers, codes and preferences on this database; attendance per session, day and organisation stays. Kiosks get the emptied roster at their next sync.</source>
        <translation>Slettinga fjernar namn, e-postadresser, telefonnummer, kodar og ønske i denne databasen; oppmøtet per økt, dag og organisasjon står att. Kioskane får den tømde deltakarlista ved neste synkronisering.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I understand that this cannot be undone</source>
        <translation>Eg forstår at dette ikkje kan angrast</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete personal data</source>
        <translation>Slett personopplysningar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To answer a request to see one&apos;s data, use “Data access” on the People page: everything held about the person is saved as a file in the reports folder.</source>
        <translation>Ved eit innsynskrav: bruk «Innsyn» på sida Personar. Alt som er lagra om personen, blir lagra som ei fil i rapportmappa.</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../kiosk/qml/ProblemScreen.qml" line="+24"/>
        <source>This code did not work</source>
        <translation>Denne koden verka ikkje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the desk — we will help you.</source>
        <translation>Spør i skranken, så hjelper vi deg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find my name instead</source>
        <translation>Finn namnet mitt i staden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to start</source>
        <translation>Tilbake til start</translation>
    </message>
</context>
<context>
    <name>ProgramParser</name>
    <message>
        <location filename="../../shared/program/program_parser.cpp" line="+212"/>
        <source>No day headings were found (a line like «Mandag 25. september»).</source>
        <translation>Fann ingen dagoverskrifter (ei linje som «Måndag 25. september»).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>«%1» is under «%2», which has no sessions; the line was left out.</source>
        <translation>«%1» står under «%2», som ikkje har nokon økter; linja vart ikkje teken med.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>«%1» is not a month name.</source>
        <translation>«%1» er ikkje namnet på ein månad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A session comes before any day heading.</source>
        <translation>Ei økt står før den første dagoverskrifta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1.%2» is not a time of day.</source>
        <translation>«%1.%2» er ikkje eit klokkeslett.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 comes before the session above it (%2); the order was kept.</source>
        <translation>Kl. %1 er tidlegare enn økta over (kl. %2); rekkjefølgja er uendra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text before the first session of the day was kept as a note of the day&apos;s first session: «%1»</source>
        <translation>Tekst før den første økta på dagen vart lagra som eit notat til den første økta: «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+35"/>
        <source>%1 appears twice in «%2».</source>
        <translation>%1 står to gonger i «%2».</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>«%1» and «%2» in «%3» are both group %4; give them different numbers.</source>
        <translation>«%1» og «%2» i «%3» er begge gruppe %4; gi dei ulike nummer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1» in «%2» would be group %3 like «%4»; it was made group %5.</source>
        <translation>«%1» i «%2» ville vorte gruppe %3, som «%4»; det vart gjort til gruppe %5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>«%1» under «%2», which is not group work; the session was made group work.</source>
        <translation>«%1» under «%2», som ikkje er gruppearbeid; økta vart gjord om til gruppearbeid.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A case outside any theme was kept as a note: «%1»</source>
        <translation>Ein case utanfor eit tema vart lagra som notat: «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The programme gives no year; %1 is the only year near now in which %2 %3. %4 falls on a %2.</source>
        <translation>Programmet oppgir ikkje år; %1 er det einaste året nær i år der %3. %4 er ein %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The programme gives no year, and no year near now has %1 on a %2; give the year.</source>
        <translation>Programmet oppgir ikkje år, og ingen år nær i år har %1 på ein %2; oppgi året.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme gives no year; «%1» fits %2. Give the year.</source>
        <translation>Programmet oppgir ikkje år; «%1» passar med %2. Oppgi året.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>«%1» is not a date in %2.</source>
        <translation>«%1» er ikkje ein dato i %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1»: %2 is a %3, not a %4. Check the date and the year.</source>
        <translation>«%1»: %2 er ein %3, ikkje ein %4. Kontroller datoen og året.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the same date as or earlier than the day before</source>
        <translation>same dato som eller tidlegare enn dagen før</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1, not a %2</source>
        <translation>ein %1, ikkje ein %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» gives %2, %3. The weekday suggests %4.</source>
        <translation>«%1» gir %2, %3. Vekedagen tilseier %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» gives %2, %3. The weekday suggests %4, so that date is used; correct the programme if the weekday is the mistake.</source>
        <translation>«%1» gir %2, %3. Vekedagen tilseier %4, så den datoen er brukt; rett programmet om det er vekedagen som er feil.</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <location filename="../../shared/program/program_settings.cpp" line="+41"/>
        <source>%1 is not valid settings JSON: %2 (at byte %3).</source>
        <translation>%1 er ikkje gyldig innstillings-JSON: %2 (ved byte %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name the group «%1», which the programme does not have.</source>
        <translation>Innstillingane nemner gruppa «%1», som ikkje finst i programmet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings give mixed groups for «%1», which is not a group-work session of the programme.</source>
        <translation>Innstillingane gir blanda grupper for «%1», som ikkje er ei gruppearbeidsøkt i programmet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» has themes; it cannot also have mixed groups.</source>
        <translation>«%1» har tema; ho kan ikkje også ha blanda grupper.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed groups for «%1» need a count between 1 and 10000.</source>
        <translation>Blanda grupper for «%1» må ha eit tal mellom 1 og 10000.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../admin/app/qml/ProgrammePage.qml" line="+40"/>
        <source>Import a programme</source>
        <translation>Importer eit program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme text (*.txt *.md)</source>
        <translation>Programtekst (*.txt *.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Rooms and capacities for the programme</source>
        <translation>Rom og kapasitetar for programmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (*.json)</source>
        <translation>Innstillingar (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import this programme?</source>
        <translation>Importere dette programmet?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No warnings.</source>
        <translation>Ingen åtvaringar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings and errors:</source>
        <translation>Åtvaringar og feil:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add rooms and capacities…</source>
        <translation>Legg til rom og kapasitetar …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other settings…</source>
        <translation>Andre innstillingar …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a programme…</source>
        <translation>Importer eit program …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No programme yet</source>
        <translation>Ikkje noko program enno</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../admin/app/qml/ReportsPage.qml" line="+17"/>
        <source>Reports</source>
        <translation>Rapportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in %1</source>
        <translation>Blir lagra i %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant list</source>
        <translation>Deltakarliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone registered, with organisation, role and contact details.</source>
        <translation>Alle påmelde, med organisasjon, stilling og kontaktopplysningar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per session</source>
        <translation>Oppmøte per økt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The venue each day and every session: registered, present, share.</source>
        <translation>Lokalet kvar dag og kvar økt: påmelde, til stades, del.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per organisation</source>
        <translation>Oppmøte per organisasjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered and arrived per organisation.</source>
        <translation>Påmelde og komne per organisasjon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group lists</source>
        <translation>Gruppelister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every group-work group with its room and members.</source>
        <translation>Kvar gruppe i gruppearbeidet med rom og medlemer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of the above in one workbook or one document.</source>
        <translation>Alt over i éi arbeidsbok eller eitt dokument.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/qml/SearchScreen.qml" line="+25"/>
        <source>Manual check-in</source>
        <translation>Manuell innsjekking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find your name</source>
        <translation>Finn namnet ditt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your first name or surname</source>
        <translation>Skriv førenamn eller etternamn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type at least two letters.</source>
        <translation>Skriv minst to bokstavar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one found. Check the spelling, or ask at the desk.</source>
        <translation>Ingen treff. Sjekk skrivemåten, eller spør i skranken.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I&apos;m not on the list</source>
        <translation>Eg står ikkje på lista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hide keyboard</source>
        <translation>Gøym tastaturet</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffPinScreen.qml" line="+27"/>
        <source>Staff PIN</source>
        <translation>PIN-kode for personale</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking…</source>
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Feil PIN-kode. Prøv igjen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffScreen.qml" line="+37"/>
        <source>Staff mode</source>
        <translation>Personalmodus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendee: %1</source>
        <translation>Deltakar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge to choose an attendee.</source>
        <translation>Skann eit namneskilt for å velje ein deltakar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo check-in</source>
        <translation>Angre innsjekking</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint badge</source>
        <translation>Skriv ut namneskilt på nytt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual check-in</source>
        <translation>Manuell innsjekking</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Walk-ins waiting for approval</source>
        <translation>Registreringar som ventar på godkjenning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This kiosk</source>
        <translation>Denne kiosken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub: %1 (connected)</source>
        <translation>Hub: %1 (tilkopla)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub: %1 (not connected)</source>
        <translation>Hub: %1 (ikkje tilkopla)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer: none — badges at the desk</source>
        <translation>Skrivar: ingen – namneskilt i skranken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — %2</source>
        <translation>Skrivar: %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — ready</source>
        <translation>Skrivar: %1 – klar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Check-ins not yet sent to the hub: %n</source>
        <translation>
            <numerusform>Innsjekkingar som ikkje er sende til huben enno: %n</numerusform>
            <numerusform>Innsjekkingar som ikkje er sende til huben enno: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Badge prints not yet sent: %n</source>
        <translation>
            <numerusform>Namneskilt som ikkje er sende enno: %n</numerusform>
            <numerusform>Namneskilt som ikkje er sende enno: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Hub: not paired — check-ins stay on this kiosk</source>
        <translation>Hub: ikkje para – innsjekkingar blir på denne kiosken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Put aside by the hub (kept here, ask the organisers):</source>
        <translation>Innsjekkingar haldne tilbake av huben (lagra her, spør arrangørane):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+15"/>
        <source>Entrance</source>
        <translation>Inngang</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back to check-in</source>
        <translation>Tilbake til innsjekking</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exit the app</source>
        <translation>Avslutt appen</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../shared/store/schema.cpp" line="+267"/>
        <source>%1 was written by a newer Oppmøte (schema version %2; this program knows up to %3). It was left untouched; update Oppmøte to open it.</source>
        <translation>%1 er skriven av ein nyare versjon av Oppmøte (skjemaversjon %2; dette programmet kjenner til og med versjon %3). Fila er ikkje endra; oppdater Oppmøte for å opne ho.</translation>
    </message>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+196"/>
        <source>There is no database at %1.</source>
        <translation>Det finst ingen database i %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation>Disken der %1 ligg, er full; ingenting vart lagra. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written (read-only file or folder); nothing was saved.</source>
        <translation>Kan ikkje skrive til %1 (skriveverna fil eller mappe); ingenting vart lagra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: the folder is missing or not writable.</source>
        <translation>Kan ikkje opne %1: mappa manglar eller er skriveverna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading or writing %1 failed (%2); nothing was saved.</source>
        <translation>Lesing frå eller skriving til %1 mislukkast (%2); ingenting vart lagra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged or is not an Oppmøte database (%2). It was left untouched; restore a backup or start a new file.</source>
        <translation>%1 er skadd eller er ikkje ein Oppmøte-database (%2). Fila er ikkje endra; gjenopprett ein tryggingskopi eller start ei ny fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked by another program; try again.</source>
        <translation>%1 er låst av eit anna program; prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database error in %1 (%2): %3</source>
        <translation>Databasefeil i %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../shared/store/store.cpp" line="+26"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er ei mappe, ikkje ei databasefil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an SQLite database of another program, not Oppmøte&apos;s. It was left untouched.</source>
        <translation>%1 er ein SQLite-database som høyrer til eit anna program, ikkje Oppmøte. Fila er ikkje endra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot use write-ahead logging (journal mode %2); is it on a network or read-only file system?</source>
        <translation>%1 kan ikkje bruke WAL-journalføring (journalmodus %2). Ligg fila på eit nettverksfilsystem eller eit skriveverna filsystem?</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 er skadd: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not delete the backup %1.</source>
        <translation>Kunne ikkje slette tryggingskopien %1.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="+38"/>
        <source>the hub does not know the attendee</source>
        <translation>huben kjenner ikkje deltakaren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub does not know the session or room</source>
        <translation>huben kjenner ikkje økta eller rommet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an undo of a check-in the hub does not have</source>
        <translation>angring av ei innsjekking som huben ikkje har</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the device&apos;s clock was far off (days ahead or months behind)</source>
        <translation>klokka på eininga gjekk svært feil (dagar føre eller månader etter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="+118"/>
        <source>refused by the hub (%1)</source>
        <translation>avvist av huben (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The hub sent two different events with one device number.</source>
        <translation>Huben sende to ulike hendingar med same løpenummer frå eininga.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The hub sent an event without its place in order.</source>
        <translation>Huben sende ei hending utan plass i rekkjefølgja.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An event id was sent twice with different content.</source>
        <translation>Ein hendings-ID vart send to gonger med ulikt innhald.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>This pairing code is not known to the hub.</source>
        <translation>Huben kjenner ikkje denne samankoplingskoden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pairing code was used by another device.</source>
        <translation>Denne samankoplingskoden er brukt av ei anna eining.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device cannot take the hub&apos;s own identity.</source>
        <translation>Ei eining kan ikkje bruke same identitet som huben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device was revoked.</source>
        <translation>Denne eininga er trekt tilbake.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device is paired already; a pairing code cannot change that.</source>
        <translation>Denne eininga er allereie kopla til; ein samankoplingskode kan ikkje endre det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another device has this identity; a pairing code cannot take it over.</source>
        <translation>Ei anna eining har denne identiteten; ein samankoplingskode kan ikkje overta han.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This is this database&apos;s own device: it cannot be revoked.</source>
        <translation>Dette er den eigne eininga til databasen: ho kan ikkje trekkjast tilbake.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>No device has the id «%1».</source>
        <translation>Inga eining har ID-en «%1».</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A device&apos;s name has 1 to 40 characters.</source>
        <translation>Namnet på ei eining har 1 til 40 teikn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another device is called «%1».</source>
        <translation>Ei anna eining heiter «%1».</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 exists already; a kiosk database is made new.</source>
        <translation>%1 finst allereie; ein kioskdatabase blir laga ny.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_roster_sync.cpp" line="+65"/>
        <source>The roster from the hub was refused: %1</source>
        <translation>Deltakarlista frå huben vart avvist: %1</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_allocation.cpp" line="+115"/>
        <source>An assignment for %1 was given to the allocation of %2.</source>
        <translation>Ei plassering for %1 vart gitt til fordelinga for %2.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>run %1: %2 placed</source>
        <translation>køyring %1: %2 plasserte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no run %2.</source>
        <translation>%1 har inga køyring %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run %1 of %2 kept no placements (it was made before runs kept them); it cannot be restored.</source>
        <translation>Køyring %1 av %2 har ingen lagra plasseringar (ho vart gjord før køyringar lagra dei); ho kan ikkje gjenopprettast.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored run %1</source>
        <translation>gjenoppretta køyring %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored run %1: %2</source>
        <translation>gjenoppretta køyring %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is fixed to %2 (facilitator or case presenter) and cannot be moved.</source>
        <translation>%1 er fast i %2 (fasilitator eller casepresentatør) og kan ikkje flyttast.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation>%1 har ingen plass i %2 som kan låsast eller låsast opp; fordel først, eller flytt personen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has not been allocated yet; nothing to publish.</source>
        <translation>%1 er ikkje fordelt enno; ingenting å publisere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>run %1 published</source>
        <translation>køyring %1 publisert</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_ins.cpp" line="+35"/>
        <source>This registration is gone.</source>
        <translation>Denne registreringa finst ikkje lenger.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is on the roster, not a walk-in.</source>
        <translation>%1 står på deltakarlista og er ikkje registrert på staden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was turned down at the desk and cannot be approved.</source>
        <translation>%1 vart avvist i skranken og kan ikkje godkjennast.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is approved already and has a code; cancel the code instead.</source>
        <translation>%1 er alt godkjend og har ein kode; annuller koden i staden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was turned down at the desk; the registration is not changed.</source>
        <translation>%1 vart avvist i skranken; registreringa vert ikkje endra.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A walk-in needs a first name and a surname.</source>
        <translation>Ei registrering på staden treng førenamn og etternamn.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="-582"/>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="-7"/>
        <source>the walk-in was turned down at the desk</source>
        <translation>registreringa vart avvist i skranken</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="+2"/>
        <source>the walk-in was approved with another code first; that code stands</source>
        <translation>registreringa vart godkjend med ein annan kode først; den koden gjeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub has someone on the roster with this id</source>
        <translation>huben har ein deltakar på lista med denne id-en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code belongs to someone else; the walk-in waits for approval</source>
        <translation>koden høyrer til ein annan; registreringa ventar på godkjenning</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+87"/>
        <source>A reason is at most %1 characters.</source>
        <translation>Ei grunngjeving kan ha høgst %1 teikn.</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../../shared/program/text_file.cpp" line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1 er for stor (%2 MB); grensa er %3 MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text file.</source>
        <translation>%1 er ikkje ei tekstfil.</translation>
    </message>
</context>
<context>
    <name>TicketSigner</name>
    <message>
        <location filename="../../shared/store/ticket_signer.cpp" line="+22"/>
        <source>Cannot read the secret key %1: %2</source>
        <translation>Kan ikkje lese den private nøkkelen %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ticket secret key.</source>
        <translation>%1 er ikkje ein privat billettnøkkel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key in %1 is not one of this event&apos;s ticket keys: its kiosks would refuse the tickets. Use the key oppmote ticket-key made for this database.</source>
        <translation>Nøkkelen i %1 er ikkje ein av billettnøklane for dette arrangementet: kioskane ville ha avvist billettane. Bruk nøkkelen som oppmote ticket-key laga for denne databasen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no valid code to sign.</source>
        <translation>%1 har ingen gyldig kode å signere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code of %1 is cancelled.</source>
        <translation>Koden til %1 er annullert.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/qml/TopBar.qml" line="+51"/>
        <location line="+74"/>
        <source>Offline — check-ins are kept</source>
        <translation>Fråkopla – innsjekkingar blir lagra</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
</context>
<context>
    <name>WalkInDoneScreen</name>
    <message>
        <location filename="../../kiosk/qml/WalkInDoneScreen.qml" line="+21"/>
        <source>Thank you, %1!</source>
        <translation>Takk, %1!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your registration is saved. Please go to the desk: a member of staff will confirm it and print your badge.</source>
        <translation>Registreringa er lagra. Gå til skranken, så stadfestar vi ho og skriv ut namneskiltet ditt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <location filename="../../kiosk/qml/WalkInScreen.qml" line="+54"/>
        <source>Register at the door</source>
        <translation>Registrer deg ved døra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A member of staff confirms your registration before your badge is printed.</source>
        <translation>Ein av oss i personalet stadfestar registreringa før namneskiltet ditt blir skrive ut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name</source>
        <translation>Førenamn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surname</source>
        <translation>Etternamn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail (optional)</source>
        <translation>E-post (valfritt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My name and organisation may appear on lists shared with other attendees.</source>
        <translation>Namnet mitt og organisasjonen min kan stå på lister som blir delte med andre deltakarar.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send registration</source>
        <translation>Send registrering</translation>
    </message>
</context>
<context>
    <name>WalkInsPage</name>
    <message>
        <location filename="../../admin/app/qml/WalkInsPage.qml" line="+50"/>
        <source>Turn down %1?</source>
        <translation>Avvise %1?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They will not be registered or counted. The kiosks hear of it at their next sync.</source>
        <translation>Personen blir ikkje registrert eller talt. Kioskane får vite det ved neste synkronisering.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Grunn (valfritt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn down</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Walk-ins waiting</source>
        <translation>Registreringar som ventar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one is waiting.</source>
        <translation>Ingen ventar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Correct…</source>
        <translation>Rett opp …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve and check in</source>
        <translation>Godkjenn og sjekk inn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn down…</source>
        <translation>Avvis …</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/WelcomeScreen.qml" line="+35"/>
        <source>Welcome!</source>
        <translation>Velkomen!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the QR code on your invitation or badge.</source>
        <translation>Skann QR-koden på invitasjonen eller namneskiltet ditt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find my name</source>
        <translation>Finn namnet mitt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not registered? Register here</source>
        <translation>Ikkje påmeld? Registrer deg her</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s programme</source>
        <translation>Dagens program</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../admin/app/admin_app.cpp" line="+146"/>
        <source>The desk&apos;s pages did not load.</source>
        <translation>Sidene til skranken vart ikkje lasta.</translation>
    </message>
    <message>
        <location filename="../../admin/app/admin_options.cpp" line="+15"/>
        <source>Oppmøte, the organisers&apos; desk</source>
        <translation>Oppmøte, arrangørskranken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database (default: $OPPMOTE_DB).</source>
        <translation>Databasen til huben (standard: $OPPMOTE_DB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nb, nn or en.</source>
        <translation>nb, nn eller en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software rendering (tests).</source>
        <translation>Programvareteikning (testar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the dashboard is up (start-up checks).</source>
        <translation>Avslutt når oversikta er oppe (oppstartskontroll).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of every page and exit.</source>
        <translation>Lagre eit bilete av kvar side og avslutt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is at the desk (for the audit log).</source>
        <translation>Kven som sit i skranken (for endringsloggen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where kiosks reach the hub, for pairing codes (default wss://THIS-HOST:8443).</source>
        <translation>Der kioskane når huben, for samankoplingskodar (standard wss://DENNE-MASKINA:8443).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Vindaugsstorleik, t.d. 1366x768.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where reports are saved (default: Documents/Oppmøte).</source>
        <translation>Kvar rapportane blir lagra (standard: Dokument/Oppmøte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the hub&apos;s database with --db FILE.</source>
        <translation>Oppgi databasen til huben med --db FIL.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--size is WIDTHxHEIGHT, e.g. 1366x768.</source>
        <translation>--size er BREIDDxHØGD, t.d. 1366x768.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+146"/>
        <source>Attendance per session</source>
        <translation>Frammøte per økt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+176"/>
        <source>Check an attendee in, out, or undo</source>
        <translation>Sjekk inn eller ut ein deltakar, eller angre</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="+48"/>
        <source>Run the sample workshop headless</source>
        <translation>Køyr eksempelverkstaden utan grafisk grensesnitt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="+112"/>
        <source>Read an event programme and store it</source>
        <translation>Les inn eit program for arrangementet og lagre det</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_init.cpp" line="+20"/>
        <source>This device&apos;s name, e.g. &quot;Kiosk 2&quot;.</source>
        <translation>Namnet på denne eininga, t.d. «Kiosk 2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a database, or open and upgrade one.</source>
        <translation>Opprett ein database, eller opne og oppgrader ein eksisterande.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is ready (schema version %2, device «%3»).</source>
        <translation>Databasen %1 er klar (skjemaversjon %2, eining «%3»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create or upgrade a database</source>
        <translation>Opprett eller oppgrader ein database</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="+65"/>
        <source>Find attendees by name</source>
        <translation>Finn deltakarar etter namn</translation>
    </message>
    <message>
        <location filename="../../admin/cli/command.cpp" line="+30"/>
        <source>Usage: oppmote &lt;command&gt; [options]   (oppmote &lt;command&gt; --help)</source>
        <translation>Bruk: oppmote &lt;kommando&gt; [val]   (oppmote &lt;kommando&gt; --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote: unknown command «%1».</source>
        <translation>oppmote: ukjend kommando «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See: oppmote %1 --help</source>
        <translation>Sjå: oppmote %1 --help</translation>
    </message>
    <message>
        <location filename="../../admin/cli/store_options.cpp" line="+16"/>
        <source>The database file (default: $OPPMOTE_DB, or oppmote.sqlite in the user&apos;s data folder).</source>
        <translation>Databasefila (standard: $OPPMOTE_DB, eller oppmote.sqlite i datamappa til brukaren).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print JSON, for scripts.</source>
        <translation>Skriv ut JSON, for skript.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>oppmote: %1</source>
        <translation>oppmote: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create it with: oppmote init --db %1</source>
        <translation>Opprett han med: oppmote init --db %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_badges.cpp" line="+177"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n namneskilt</numerusform>
            <numerusform>%n namneskilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n already printed, skipped (use --reprint): %1</source>
        <translation>
            <numerusform>%n allereie skrive ut, hoppa over (bruk --reprint): %1</numerusform>
            <numerusform>%n allereie skrive ut, hoppa over (bruk --reprint): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badges to a PDF file or a printer</source>
        <translation>Skriv ut namneskilt til ei PDF-fil eller ein skrivar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_decode.cpp" line="+24"/>
        <source>The event id signed tickets must carry.</source>
        <translation>Arrangements-ID-en som signerte billettar må innehalde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket public key (repeat for several).</source>
        <translation>Ein offentleg nøkkel for billettar (gjenta for fleire).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image (PNG, JPEG …).</source>
        <translation>Eit bilete (PNG, JPEG …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the QR codes in an image and check them. Plain tokens are looked up in the database given with --db or $OPPMOTE_DB.</source>
        <translation>Les QR-kodane i eit bilete og kontroller dei. Usignerte kodar blir slått opp i databasen som er gitt med --db eller $OPPMOTE_DB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one image file.</source>
        <translation>Oppgi éi biletfil.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code found.</source>
        <translation>Fann ingen QR-kode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read and check the QR codes in an image</source>
        <translation>Les og kontroller QR-kodane i eit bilete</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="+126"/>
        <source>Import or update attendees from a CSV or XLSX file</source>
        <translation>Importer eller oppdater deltakarar frå ei CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_qr.cpp" line="+18"/>
        <source>Write a PNG image.</source>
        <translation>Skriv eit PNG-bilete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an SVG image.</source>
        <translation>Skriv eit SVG-bilete.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PDF page the size of the code.</source>
        <translation>Skriv ei PDF-side på storleik med koden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen (error correction M, default) or badge (Q).</source>
        <translation>screen (feilkorrigering M, standard) eller badge (Q).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG: device pixels per module (default 8).</source>
        <translation>PNG: einingspikslar per modul (standard 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG/PDF: side in mm, quiet zone included (default 30).</source>
        <translation>SVG/PDF: sidelengd i mm, medrekna stillesone (standard 30).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF: the printer&apos;s resolution; the size is rounded to whole dots per module, at least 4 (default 300).</source>
        <translation>PDF: oppløysinga til skrivaren; storleiken blir runda av til eit heilt tal punkt per modul, minst 4 (standard 300).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token or signed ticket to encode.</source>
        <translation>Koden eller den signerte billetten som skal kodast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a QR code image of a token.</source>
        <translation>Lag eit QR-kodebilete av ein kode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one code and at least one of --png, --svg, --pdf.</source>
        <translation>Oppgi éin kode og minst eitt av --png, --svg, --pdf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--use is screen or badge.</source>
        <translation>--use må vere screen eller badge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sizes and resolutions must be positive numbers.</source>
        <translation>Storleikar og oppløysingar må vere positive tal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF: %1 mm square, %2 dots per module at %3 dpi.</source>
        <translation>PDF: kvadrat på %1 mm, %2 punkt per modul ved %3 dpi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a QR code image (PNG, SVG, PDF) of a token</source>
        <translation>Lag eit QR-kodebilete (PNG, SVG, PDF) av ein kode</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="+63"/>
        <source>Replace or cancel an attendee&apos;s code</source>
        <translation>Erstatt eller annuller koden til ein deltakar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="+102"/>
        <source>Write invitation tickets (PDF)</source>
        <translation>Lag invitasjonsbillettar (PDF)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="+94"/>
        <source>Make a kiosk pairing code (QR)</source>
        <translation>Lag ein samankoplingskode for ein kiosk (QR)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+103"/>
        <source>List or revoke the devices paired with the hub</source>
        <translation>Vis eller trekk tilbake einingane som er kopla til huben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_hub.cpp" line="+80"/>
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n hending motteken</numerusform>
            <numerusform>%n hendingar mottekne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the hub the kiosks sync with</source>
        <translation>Køyr huben kioskane synkroniserer med</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+107"/>
        <source>Make a kiosk&apos;s database and settings from the hub&apos;s</source>
        <translation>Lag databasen og innstillingane til ein kiosk frå huben sine</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="+180"/>
        <source>Sync this database with the hub</source>
        <translation>Synkroniser denne databasen med huben</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="+458"/>
        <source>Allocate group work; explain, move, lock, publish, restore; the audit log</source>
        <translation>Fordel gruppearbeid; forklar, flytt, lås, publiser, gjenopprett; endringsloggen</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+347"/>
        <source>List the roster; add or edit a person; generate a fictional roster</source>
        <translation>Vis deltakarlista; legg til eller endre ein person; lag ei fiktiv deltakarliste</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="+52"/>
        <source>Show the programme with its session and group keys</source>
        <translation>Vis programmet med nøklane for økter og grupper</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="+75"/>
        <source>Make the signing key for signed tickets</source>
        <translation>Lag signeringsnøkkelen for signerte billettar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+265"/>
        <source>List the walk-ins waiting; approve, turn down or correct one</source>
        <translation>Vis registreringane på staden som ventar; godkjenn, avvis eller rett ei</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+128"/>
        <source>Export attendees, attendance or group lists (CSV, XLSX, JSON, PDF)</source>
        <translation>Eksporter deltakarar, oppmøte eller gruppelister (CSV, XLSX, JSON, PDF)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="+123"/>
        <source>Personal data after the event: retention date, purge, one person&apos;s record</source>
        <translation>Personopplysningar etter arrangementet: slettedato, sletting, innsyn for éin person</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../admin/cli/demo_run.cpp" line="+93"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikkje opprette mappa %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done in %1 s.</source>
        <translation>Ferdig på %1 s.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote demo: %1</source>
        <translation>oppmote demo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: line %1: %2</source>
        <translation>feil: linje %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>== %1: the sample workshop</source>
        <translation>== %1: eksempelverkstaden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   programme warning (line %1): %2</source>
        <translation>   åtvaring i programmet (linje %1): %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   %1 fictional attendees from %2 organisations; %3 kiosks.</source>
        <translation>   %1 fiktive deltakarar frå %2 organisasjonar; %3 kioskar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>== 09:30, day 1: the queue at the kiosks</source>
        <translation>== kl. 09:30, dag 1: køen ved kioskane</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The code of %1 was not recognised.</source>
        <translation>Koden til %1 vart ikkje kjend att.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>   %1 checked in: %2 by QR code, %3 by name search, %4 by staff; %5 second scans answered &quot;already checked in&quot;.</source>
        <translation>   %1 sjekka inn: %2 med QR-kode, %3 med namnesøk, %4 av personalet; %5 gjentekne skanningar fekk svaret «Allereie sjekka inn».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Session doors: group work and day 2</source>
        <translation>== Ved døra til øktene: gruppearbeid og dag 2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>== Arrivals per day (organisers&apos; store)</source>
        <translation>== Ankomstar per dag (databasen til arrangørane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 expected arrived, %3 walk-ins, %4 admitted twice</source>
        <translation>%1 av %2 venta kom, %3 utan påmelding, %4 sleppt inn to gonger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Attendance per session (organisers&apos; store)</source>
        <translation>== Frammøte per økt (databasen til arrangørane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>venue</source>
        <translation>lokalet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>   %1 events in the log; %2 people admitted twice while a kiosk was offline (flagged, nothing dropped).</source>
        <translation>   %1 hendingar i loggen; %2 personar sleppte inn to gonger medan ein kiosk var fråkopla (markerte, ingenting forkasta).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>== Output in %1:</source>
        <translation>== Utdata i %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   kiosk.json (kiosk 1&apos;s settings; staff PIN 1234 — change it before an event)</source>
        <translation>   kiosk.json (innstillingane til kiosk 1; personal-PIN 1234 – byt han før eit arrangement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   Try: oppmote attendance --db %1</source>
        <translation>   Prøv: oppmote attendance --db %1</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/kiosk_app.cpp" line="+73"/>
        <source>Unknown mode &quot;%1&quot;: use entrance or session:KEY.</source>
        <translation>Ukjend modus «%1»: bruk entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The kiosk&apos;s screens did not load.</source>
        <translation>Skjermbileta til kiosken vart ikkje lasta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/kiosk_options.cpp" line="+12"/>
        <source>Oppmøte self-service check-in kiosk</source>
        <translation>Oppmøte sjølvbetent innsjekkingskiosk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiosk settings (JSON).</source>
        <translation>Kioskinnstillingar (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk&apos;s database.</source>
        <translation>Databasen til kiosken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera, software rendering, staff PIN 1234 unless set.</source>
        <translation>Utan kamera, programvareteikning, personal-PIN 1234 om ingen er sett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the screen.</source>
        <translation>Fyll skjermen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entrance or session:KEY.</source>
        <translation>entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nb, nn or en.</source>
        <translation>nb, nn eller en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of every screen and exit.</source>
        <translation>Lagre eit bilete av kvart skjermbilete og avslutt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a missing database with the sample workshop and N people.</source>
        <translation>Lag ein manglande database med eksempelverkstaden og N personar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit once the welcome screen is up (start-up measurements).</source>
        <translation>Avslutt når velkomstskjermen er oppe (måling av oppstart).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sample needs a number of people.</source>
        <translation>--sample treng eit tal på personar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which database? Use --db FILE.</source>
        <translation>Kva database? Bruk --db FIL.</translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationEditorModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_editor_model.cpp" line="+184"/>
        <source>%1 is now in %2, locked there.</source>
        <translation>%1 er no i %2, låst der.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is locked in %2: a new run keeps them there.</source>
        <translation>%1 er låst i %2: ei ny køyring held vedkommande der.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer locked in %2.</source>
        <translation>%1 er ikkje lenger låst i %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The groups of %1 are published.</source>
        <translation>Gruppene for %1 er publiserte.</translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationRunsModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_runs_model.cpp" line="+180"/>
        <source>Choose “everyone expected” to place all who are registered.</source>
        <translation>Vel «alle som er venta» for å plassere alle som er påmelde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 saved: %2 of %3 placed.</source>
        <translation>Køyring %1 lagra: %2 av %3 plasserte.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n moved to another group.</source>
        <translation>
            <numerusform>%n flytta til ei anna gruppe.</numerusform>
            <numerusform>%n flytta til ei anna gruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Run %1 is the allocation again (saved as run %2, %n people).</source>
        <translation>
            <numerusform>Køyring %1 er fordelinga igjen (lagra som køyring %2, %n person).</numerusform>
            <numerusform>Køyring %1 er fordelinga igjen (lagra som køyring %2, %n personar).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikkje lage mappa %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1.</source>
        <translation>Lagra %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::ArrivalCurveModel</name>
    <message>
        <location filename="../../shared/appkit/arrival_curve_model.cpp" line="+65"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrivals</source>
        <translation>Komne</translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeImportDesk</name>
    <message>
        <location filename="../../shared/appkit/attendee_import_desk.cpp" line="+88"/>
        <source>Nothing was imported; the list is as it was. %1</source>
        <translation>Ingenting vart importert; lista er som før. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported: %1. %n new people were given a code.</source>
        <translation>
            <numerusform>Importert: %1. %n ny person fekk ein kode.</numerusform>
            <numerusform>Importert: %1. %n nye personar fekk ein kode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeListModel</name>
    <message>
        <location filename="../../shared/appkit/attendee_list_model.cpp" line="+267"/>
        <source>Say why this is done by hand: it is kept with the check-in.</source>
        <translation>Skriv kvifor dette vert gjort for hand: grunngjevinga vert lagra med innsjekkinga.</translation>
    </message>
</context>
<context>
    <name>oppmote::BadgeDesk</name>
    <message>
        <location filename="../../shared/appkit/badge_desk.cpp" line="+245"/>
        <source>The logo is on the badges now, at the kiosks too.</source>
        <translation>Logoen er på namneskilta no, òg på kioskane.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The badges have no logo now.</source>
        <translation>Namneskilta har ingen logo no.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No badges to print: everyone chosen has one (tick “print again” to reprint).</source>
        <translation>Ingen namneskilt å skrive ut: alle som er valde, har eitt (kryss av for «skriv ut på nytt»).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n badge(s) printed on %1.</source>
        <translation>
            <numerusform>%n namneskilt skriven ut på %1.</numerusform>
            <numerusform>%n namneskilt skrivne ut på %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikkje lage mappa %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No badges to save: everyone chosen has one (tick “print again” to include them).</source>
        <translation>Ingen namneskilt å lagre: alle som er valde, har eitt (kryss av for «skriv ut på nytt» for å ta dei med).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1 (%n badge(s)).</source>
        <translation>
            <numerusform>Lagra %1 (%n namneskilt).</numerusform>
            <numerusform>Lagra %1 (%n namneskilt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::BadgePrinting</name>
    <message>
        <location filename="../../shared/kiosk/badge_printing.cpp" line="+65"/>
        <source>Your badge could not be made. Please ask at the desk.</source>
        <translation>Namneskiltet ditt kunne ikkje lagast. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The badge printer is not working. Please ask at the desk.</source>
        <translation>Skrivaren for namneskilt verkar ikkje. Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>oppmote::DeviceListModel</name>
    <message>
        <location filename="../../shared/appkit/device_list_model.cpp" line="+84"/>
        <source>%1 is revoked: the hub no longer lets it sync.</source>
        <translation>%1 er trekt tilbake: huben lèt henne ikkje synkronisere lenger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now called «%2».</source>
        <translation>%1 heiter no «%2».</translation>
    </message>
</context>
<context>
    <name>oppmote::DeviceSession</name>
    <message>
        <location filename="../../shared/kiosk/device_session.cpp" line="+26"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation>Denne kiosken er ute av drift. Sjekk inn i skranken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kiosk is already set up. Staff can pair it again from staff mode.</source>
        <translation>Denne kiosken er allereie sett opp. Personalet kan kople han til på nytt i personalmodus.</translation>
    </message>
</context>
<context>
    <name>oppmote::EvdevScanner</name>
    <message>
        <location filename="../../shared/scan/evdev_scanner.cpp" line="+86"/>
        <source>Cannot open the scanner %1: %2</source>
        <translation>Kan ikkje opne skannaren %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot take the scanner %1 for Oppmøte alone: %2</source>
        <translation>Kan ikkje reservere skannaren %1 for Oppmøte åleine: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::ImageScan</name>
    <message>
        <location filename="../../shared/scan/image_scan.cpp" line="+44"/>
        <source>%1 at %2: valid</source>
        <translation>%1 ved %2: gyldig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2: refused (%3) — %4</source>
        <translation>%1 ved %2: avvist (%3) — %4</translation>
    </message>
</context>
<context>
    <name>oppmote::Invitation</name>
    <message>
        <location filename="../../shared/codes/invitation.cpp" line="+26"/>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>When: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: %1</source>
        <translation>Stad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring:</source>
        <translation>Ta med:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this code at the entrance, on paper or on your phone. It is personal.</source>
        <translation>Vis denne koden ved inngangen, på papir eller på mobilen. Koden er personleg.</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskConfig</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="+30"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation>Det finst inga namneskiltmal som heiter «%1». Malar: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mode must be &quot;entrance&quot; or &quot;session:&quot; followed by a session key, not &quot;%1&quot;.</source>
        <translation>Modusen må vere «entrance» eller «session:» følgd av ein programpostnøkkel, ikkje «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The idle timeout and the confirmation time must be at least 1 second.</source>
        <translation>Tidsavbrotet og visingstida for stadfestinga må vere minst 1 sekund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Arrangementsdatoen «%1» er ikkje ein dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the kiosk settings %1: %2</source>
        <translation>Kan ikkje lese kioskinnstillingane %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk settings %1 are not a JSON object: %2</source>
        <translation>Kioskinnstillingane %1 er ikkje eit JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Cannot write the kiosk settings %1: %2</source>
        <translation>Kan ikkje skrive kioskinnstillingane %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not an Oppmøte pairing code.</source>
        <translation>Dette er ikkje ein samankoplingskode frå Oppmøte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code is from a newer Oppmøte.</source>
        <translation>Denne samankoplingskoden er frå ein nyare Oppmøte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pairing code has no valid hub address.</source>
        <translation>Samankoplingskoden har inga gyldig hub-adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code has no device token.</source>
        <translation>Samankoplingskoden manglar einingsnøkkel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code names an unknown mode.</source>
        <translation>Samankoplingskoden oppgir ein ukjend modus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pairing code does not name the hub&apos;s certificate: make a new code with oppmote pair.</source>
        <translation>Samankoplingskoden oppgir ikkje sertifikatet til huben: lag ein ny kode med oppmote pair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pairing code&apos;s hub fingerprint is damaged.</source>
        <translation>Fingeravtrykket til huben i samankoplingskoden er skadd.</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskController</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_controller.cpp" line="+194"/>
        <source>This code is not on the list of attendees.</source>
        <translation>Denne koden står ikkje på deltakarlista.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+185"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation>Denne kiosken er ute av drift. Sjekk inn i skranken.</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskPairing</name>
    <message>
        <location filename="../../shared/appkit/kiosk_pairing.cpp" line="-23"/>
        <source>As the kiosk has it</source>
        <translation>Slik kiosken har det</translation>
    </message>
</context>
<context>
    <name>oppmote::OrganisationAttendanceModel</name>
    <message>
        <location filename="../../shared/appkit/organisation_attendance_model.cpp" line="+30"/>
        <source>(no organisation)</source>
        <translation>(utan organisasjon)</translation>
    </message>
</context>
<context>
    <name>oppmote::PersonDesk</name>
    <message>
        <location filename="../../shared/appkit/person_desk.cpp" line="+62"/>
        <location line="+133"/>
        <source>This person is no longer on the roster.</source>
        <translation>Denne personen står ikkje lenger på deltakarlista.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is registered, with the code %2.</source>
        <translation>%1 er registrert, med koden %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is changed: %2.</source>
        <translation>%1 er endra: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered: %1.</source>
        <translation>Ikkje registrert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not changed: %2.</source>
        <translation>%1 er ikkje endra: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered already; nothing was changed. Find them in the list.</source>
        <translation>%1 er registrert frå før; ingenting vart endra. Finn personen i lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+133"/>
        <source>Nothing to change for %1.</source>
        <translation>Ingenting å endre for %1.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>To review: %1</source>
        <translation>Sjekk: %1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 is corrected.</source>
        <translation>%1 er retta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation>%1 har fått ny kode: %2. Den gamle blir avvist frå no av.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no code to put on a ticket.</source>
        <translation>%1 har ingen kode å setje på ein billett.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikkje lage mappa %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket of %1 is saved: %2</source>
        <translation>Billetten til %1 er lagra: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::PrivacyDesk</name>
    <message>
        <location filename="../../shared/appkit/privacy_desk.cpp" line="+73"/>
        <source>«%1» is not a date like %2.</source>
        <translation>«%1» er ikkje ein dato som %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningane blir lagra til %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set.</source>
        <translation>Ingen slettedato er sett.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Names, contact details and codes are deleted; the counts remain.</source>
        <translation>Namn, kontaktopplysningar og kodar er sletta; tala står att.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikkje opprette mappa %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything held about the person is in %1.</source>
        <translation>Alt som er lagra om personen, ligg i %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::ProgramDesk</name>
    <message numerus="yes">
        <location filename="../../shared/appkit/program_desk.cpp" line="+64"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n økt</numerusform>
            <numerusform>%n økter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Warning, line %1: %2</source>
        <translation>Åtvaring, linje %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error, line %1: %2</source>
        <translation>Feil, linje %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The programme has errors now; nothing was stored.</source>
        <translation>Programmet har feil no; ingenting vart lagra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme is stored: %1.</source>
        <translation>Programmet er lagra: %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::QrCode</name>
    <message>
        <location filename="../../shared/codes/qr_code.cpp" line="+16"/>
        <source>There is no text to put in the QR code.</source>
        <translation>Det er ingen tekst å leggje i QR-koden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text is too long for a QR code.</source>
        <translation>Teksten er for lang for ein QR-kode.</translation>
    </message>
</context>
<context>
    <name>oppmote::QrDecoder</name>
    <message>
        <location filename="../../shared/scan/qr_decoder.cpp" line="+115"/>
        <source>Could not read the image %1: %2</source>
        <translation>Kunne ikkje lese biletet %1: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::QrRender</name>
    <message>
        <location filename="../../shared/codes/qr_render.cpp" line="+23"/>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::ReportSaver</name>
    <message>
        <location filename="../../shared/appkit/report_saver.cpp" line="+31"/>
        <source>Unknown report or format.</source>
        <translation>Ukjend rapport eller format.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikkje opprette mappa %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Lagra %1 (%n rad).</numerusform>
            <numerusform>Lagra %1 (%n rader).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::SignedToken</name>
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+47"/>
        <source>The key is damaged or mistyped.</source>
        <translation>Nøkkelen er skadd eller feilskriven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a ticket key (wrong length).</source>
        <translation>Dette er ikkje ein billettnøkkel (feil lengd).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no token to sign.</source>
        <translation>Det er ingen kode å signere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>Signeringsnøkkelen er ikkje ein privat Ed25519-nøkkel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No code was read.</source>
        <translation>Ingen kode vart lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte ticket.</source>
        <translation>Dette er ikkje ein Oppmøte-billett.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket was made by a newer version of Oppmøte (code version %1).</source>
        <translation>Denne billetten er laga av ein nyare versjon av Oppmøte (kodeversjon %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket contains “%1”, which never appears in an Oppmøte code.</source>
        <translation>Billetten inneheld «%1», som aldri finst i ein Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket is too short: %1 characters after “OS1-” where %2 are expected.</source>
        <translation>Billetten er for kort: %1 teikn etter «OS1-», men %2 var venta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is too long: %1 characters after “OS1-” where %2 are expected.</source>
        <translation>Billetten er for lang: %1 teikn etter «OS1-», men %2 var venta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket is damaged or mistyped: its check character does not match.</source>
        <translation>Billetten er skadd eller feilskriven: kontrollteiknet stemmer ikkje.</translation>
    </message>
</context>
<context>
    <name>oppmote::StaffController</name>
    <message>
        <location filename="../../shared/kiosk/staff_controller.cpp" line="+148"/>
        <source>The check-in of %1 was undone.</source>
        <translation>Innsjekkinga av %1 er angra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not checked in here.</source>
        <translation>%1 er ikkje sjekka inn her.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+58"/>
        <source>The badge for %1 is waiting for the printer.</source>
        <translation>Namneskiltet til %1 ventar på skrivaren.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The badge for %1 is being printed.</source>
        <translation>Namneskiltet til %1 blir skrive ut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge for %1 is printed.</source>
        <translation>Namneskiltet til %1 er skrive ut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge for %1 was not printed: %2</source>
        <translation>Namneskiltet til %1 vart ikkje skrive ut: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The badge for %1 is on its way to the printer already.</source>
        <translation>Namneskiltet til %1 er allereie på veg til skrivaren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This registration is gone.</source>
        <translation>Denne registreringa finst ikkje lenger.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 er registrert og sjekka inn.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Entrance</source>
        <translation>Inngang</translation>
    </message>
</context>
<context>
    <name>oppmote::Token</name>
    <message>
        <location filename="../../shared/codes/token.cpp" line="+67"/>
        <source>No code was read.</source>
        <translation>Ingen kode vart lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte attendee code.</source>
        <translation>Dette er ikkje ein deltakarkode frå Oppmøte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code was made by a newer version of Oppmøte (code version %1).</source>
        <translation>Denne koden er laga av ein nyare versjon av Oppmøte (kodeversjon %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code contains “%1”, which never appears in an Oppmøte code.</source>
        <translation>Koden inneheld «%1», som aldri finst i ein Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too short: %1 characters after “OP1-” where %2 are expected.</source>
        <translation>Koden er for kort: %1 teikn etter «OP1-», men %2 var venta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too long: %1 characters after “OP1-” where %2 are expected.</source>
        <translation>Koden er for lang: %1 teikn etter «OP1-», men %2 var venta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code is damaged or mistyped: its check character does not match.</source>
        <translation>Koden er skadd eller feilskriven: kontrollteiknet stemmer ikkje.</translation>
    </message>
</context>
<context>
    <name>oppmote::TokenVerifier</name>
    <message>
        <location filename="../../shared/codes/token_verifier.cpp" line="+61"/>
        <source>No code was read.</source>
        <translation>Ingen kode vart lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Oppmøte code.</source>
        <translation>Dette er ikkje ein Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This registration has been cancelled. Please ask at the registration desk.</source>
        <translation>Denne påmeldinga er avlyst. Spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.</source>
        <translation>Denne koden er erstatta av ein nyare. Bruk den siste billetten du fekk, eller spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This code is not on the attendee list for this event. Please ask at the registration desk.</source>
        <translation>Denne koden står ikkje på deltakarlista for dette arrangementet. Spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This ticket is for another event.</source>
        <translation>Denne billetten gjeld eit anna arrangement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This ticket&apos;s signature is not valid: it was not issued by the organiser, or it has been altered.</source>
        <translation>Signaturen på denne billetten er ikkje gyldig: han er ikkje skriven ut av arrangøren, eller han er endra.</translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInController</name>
    <message>
        <location filename="../../shared/kiosk/walkin_controller.cpp" line="+33"/>
        <source>Please write your first name and surname.</source>
        <translation>Skriv førenamn og etternamn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address does not look right.</source>
        <translation>E-postadressa ser ikkje rett ut.</translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInQueueModel</name>
    <message>
        <location filename="../../shared/appkit/walkin_queue_model.cpp" line="+63"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 er registrert og sjekka inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered. %2</source>
        <translation>%1 er registrert. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is turned down: not registered, not counted.</source>
        <translation>%1 er avvist: ikkje registrert, ikkje talt.</translation>
    </message>
</context>
<context>
    <name>oppmote::cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-115"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-52"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har inga økt «%1».</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-396"/>
        <source>oppmote allocate: --%1 takes a whole number, 0 or more.</source>
        <translation>oppmote allocate: --%1 tek eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate: give --org-cap or --org-cap-share, not both.</source>
        <translation>oppmote allocate: oppgi --org-cap eller --org-cap-share, ikkje begge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote allocate: --org-cap-share is a share above 0 and at most 1 (e.g. 0.2).</source>
        <translation>oppmote allocate: --org-cap-share er ein del over 0 og høgst 1 (t.d. 0.2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+25"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-254"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-9"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="-7"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-150"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+264"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Faste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1st choice</source>
        <translation>1. val</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest organisations</source>
        <translation>Største organisasjonar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run %1 saved%2.</source>
        <translation>Køyring %1 er lagra%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and published</source>
        <translation> og publisert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The allocation of %1 is published.</source>
        <translation>Fordelinga for %1 er publisert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote allocate move: give --to GROUP and --reason &quot;why&quot;.</source>
        <translation>oppmote allocate move: oppgi --to GRUPPE og --reason &quot;grunngiving&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is now in %2 (locked).</source>
        <translation>%1 er no i %2 (låst).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is locked in %2.</source>
        <translation>%1 er låst i %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is unlocked in %2.</source>
        <translation>%1 er låst opp i %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+67"/>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Who</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+67"/>
        <source>Slot</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Use --expected to place everyone registered.</source>
        <translation>Bruk --expected for å plassere alle påmelde.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moved: %1, %2 → %3</source>
        <translation>Flytta: %1, %2 → %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate: --explain shows the saved allocation and changes nothing; it does not take --%1.</source>
        <translation>oppmote allocate: --explain viser den lagra fordelinga og endrar ingenting; han tek ikkje --%1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(The saved allocation of %1; nothing was changed.)</source>
        <translation>(Den lagra fordelinga av %1; ingenting vart endra.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate restore: give the run to restore with --run N (see allocate log).</source>
        <translation>oppmote allocate restore: oppgi køyringa som skal gjenopprettast, med --run N (sjå allocate log).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 of %2 is the allocation again (saved as run %3, %4 people placed).</source>
        <translation>Køyring %1 av %2 er fordelinga igjen (lagra som køyring %3, %4 personar plasserte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate %1: name the person with --attendee (an id or a name).</source>
        <translation>oppmote allocate %1: oppgi personen med --attendee (ein id eller eit namn).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run</source>
        <translation>Køyring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed</source>
        <translation>Plasserte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not placed</source>
        <translation>Ikkje plasserte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Attendee</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grunngiving</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The group-work session (e.g. d1-1400).</source>
        <translation>Gruppearbeidsøkta (t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the allocation at once.</source>
        <translation>Publiser fordelinga med ein gong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place everyone registered, not only those checked in.</source>
        <translation>Plasser alle påmelde, ikkje berre dei som er sjekka inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run: the cost of moving someone placed before, in rank steps (default 0).</source>
        <translation>Ny køyring: kostnaden ved å flytte nokon som er plassert før, i rangsteg (standard 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the worst-placed person as well off as possible first.</source>
        <translation>Gi den dårlegast plasserte personen best mogleg plass først.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N people from one organisation per group.</source>
        <translation>Høgst N personar frå same organisasjon per gruppe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this share of a group&apos;s seats for one organisation (e.g. 0.2).</source>
        <translation>Høgst denne delen av plassane i ei gruppe for éin organisasjon (t.d. 0.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain where this person (an id or a name) is in the saved allocation, and why; changes nothing.</source>
        <translation>Forklar kvar denne personen (id eller namn) er i den lagra fordelinga, og kvifor; endrar ingenting.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a door sign per group as PDF (its name, room and facilitators, A4 landscape).</source>
        <translation>Skriv eit dørskilt per gruppe som PDF (namn, rom og fasilitatorar, A4 liggjande).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move/lock/unlock: the person (an id or a name).</source>
        <translation>move/lock/unlock: personen (id eller namn).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to allocate; or move, lock, unlock, publish, restore, log, runs.</source>
        <translation>Tom for å fordele; elles move, lock, unlock, publish, restore, log eller runs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people in the groups of a group-work slot; explain, move, lock, publish, restore; show the log.</source>
        <translation>Plasser personar i gruppene i ei gruppearbeidsøkt; forklar, flytt, lås, publiser, gjenopprett; vis loggen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote allocate: unknown action «%1» (move, lock, unlock, publish, restore, log, runs).</source>
        <translation>oppmote allocate: ukjend handling «%1» (move, lock, unlock, publish, restore, log, runs).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote allocate: --explain goes without an action.</source>
        <translation>oppmote allocate: --explain blir brukt utan handling.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Write the group lists per room as CSV.</source>
        <translation>Skriv gruppelistene per rom som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the group lists per room as PDF (a page per group).</source>
        <translation>Skriv gruppelistene per rom som PDF (éi side per gruppe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who does this, for the audit log (default: $USER).</source>
        <translation>Kven som utfører dette, for endringsloggen (standard: $USER).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>move: the group (key, name or number).</source>
        <translation>move: gruppa (nøkkel, namn eller nummer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the run to bring back (see allocate log).</source>
        <translation>restore: køyringa som skal hentast tilbake (sjå allocate log).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, for the audit log (required for move).</source>
        <translation>Grunngiving, for endringsloggen (påkravd for move).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation>oppmote allocate: oppgi gruppearbeidsøkta med --slot (t.d. d1-1400).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+0"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 checked in.</source>
        <translation>%1 sjekka inn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who attended this session (key, e.g. d1-1400).</source>
        <translation>Kven som deltok på denne økta (nøkkel, t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Attendance per day and per session, derived from the check-in log.</source>
        <translation>Oppmøte per dag og per økt, utleidd frå innsjekkingsloggen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+13"/>
        <source>Expected</source>
        <translation>Forventa</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Arrived</source>
        <translation>Komne</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Walk-ins</source>
        <translation>Utan påmelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not yet</source>
        <translation>Ikkje enno</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>No-shows</source>
        <translation>Uteblitt</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Admitted twice</source>
        <translation>Sleppt inn to gonger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/program_listing.cpp" line="+80"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <source>Checked in</source>
        <translation>Sjekka inn</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-13"/>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the door</source>
        <translation>Ved døra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 registered.</source>
        <translation>%1 påmelde.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-53"/>
        <source>oppmote attendees generate: give a number of people from 1 to %1.</source>
        <translation>oppmote attendees generate: oppgi eit tal personar frå 1 til %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 fictional attendees added, %2 updated.</source>
        <translation>%1 fiktive deltakarar lagde til, %2 oppdaterte.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-137"/>
        <location line="+1"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+3"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people.</source>
        <translation>%1 personar.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>oppmote attendees add: give the name once: as an argument or with --name.</source>
        <translation>oppmote attendees add: oppgi namnet berre éin gong: som argument eller med --name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees: give the full name or --first-name and --last-name, not both.</source>
        <translation>oppmote attendees: oppgi fullt namn eller --first-name og --last-name, ikkje begge.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote attendees add: give the person&apos;s name (&quot;Kari Nordmann&quot;, or --first-name and --last-name).</source>
        <translation>oppmote attendees add: oppgi namnet til personen (&quot;Kari Nordmann&quot;, eller --first-name og --last-name).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not registered: %1.</source>
        <translation>Ikkje registrert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is registered already (id %2); nothing was changed.</source>
        <translation>%1 er allereie registrert (id %2); ingenting vart endra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is registered already (id %2); change them with oppmote attendees edit.</source>
        <translation>%1 er allereie registrert (id %2); endre personen med oppmote attendees edit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is registered, with the code %2.</source>
        <translation>%1 er registrert med koden %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>To review: %1</source>
        <translation>Kontroller: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>oppmote attendees edit: name the person (an id, code or name) and the fields to change.</source>
        <translation>oppmote attendees edit: oppgi personen (id, kode eller namn) og felta som skal endrast.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote attendees edit: say what to change (--email, --organisation, …; see --help).</source>
        <translation>oppmote attendees edit: oppgi kva som skal endrast (--email, --organisation, …; sjå --help).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not changed: %2.</source>
        <translation>%1 er ikkje endra: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+88"/>
        <source>Nothing to change for %1.</source>
        <translation>Ingenting å endre for %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is changed: %2.</source>
        <translation>%1 er endra: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list: only this organisation; add, edit: the person&apos;s organisation.</source>
        <translation>list: berre denne organisasjonen; add, edit: organisasjonen til personen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, edit: the full name (&quot;Kari Nordmann&quot;).</source>
        <translation>add, edit: fullt namn (&quot;Kari Nordmann&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: the first name.</source>
        <translation>add, edit: førenamnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the last name.</source>
        <translation>add, edit: etternamnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit: the job title.</source>
        <translation>add, edit: stillingstittelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the e-mail address.</source>
        <translation>add, edit: e-postadressa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the phone number.</source>
        <translation>add, edit: telefonnummeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: participant, speaker, facilitator, organiser, staff or walkin (or the Norwegian words the import reads).</source>
        <translation>add, edit: participant, speaker, facilitator, organiser, staff eller walkin (eller dei norske orda importen forstår).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, edit: the themes wanted, in order (&quot;2, 1, 3&quot;).</source>
        <translation>add, edit: ønskte tema i prioritert rekkjefølgje (&quot;2, 1, 3&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the group a facilitator or case presenter belongs to (&quot;Tema 2&quot; or a group key).</source>
        <translation>add, edit: gruppa ein fasilitator eller casepresentatør høyrer til (&quot;Tema 2&quot; eller ein gruppenøkkel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: consent to appear on shared lists (ja/nei).</source>
        <translation>add, edit: samtykke til å stå på delte lister (ja/nei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default); generate N: add N fictional attendees for the event; add [NAME]: register a person; edit WHO: change the fields given of a person (an id, code or name; an option given empty clears its field).</source>
        <translation>list (standard); generate N: legg til N fiktive deltakarar for arrangementet; add [NAMN]: registrer ein person; edit KVEN: endre dei oppgitte felta for ein person (id, kode eller namn; eit val som blir gitt tomt, tømer feltet sitt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List, generate, add or edit the roster.</source>
        <translation>Vis, generer, legg til i eller endre deltakarlista.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote attendees: unknown action «%1» (list, generate, add, edit).</source>
        <translation>oppmote attendees: ukjend handling «%1» (list, generate, add, edit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees %1: --%2 is for add and edit.</source>
        <translation>oppmote attendees %1: --%2 blir berre brukt med add og edit.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-74"/>
        <source>Only this organisation.</source>
        <translation>Berre denne organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-47"/>
        <source>Only those checked in at the venue.</source>
        <translation>Berre dei som er sjekka inn i lokalet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those not checked in yet.</source>
        <translation>Berre dei som ikkje er sjekka inn enno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generate: the random seed (same seed, same people).</source>
        <translation>generate: startverdi for tilfeldig utval (same verdi gir same personar).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/attendee_lookup.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one has the id or name «%1».</source>
        <translation>Ingen har id-en eller namnet «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, id %3)</source>
        <translation>%1 (%2, id %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>More than one person matches «%1»; give more of the name or the id: %2</source>
        <translation>Fleire personar passar med «%1»; oppgi meir av namnet eller id-en: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No attendee has this code.</source>
        <translation>Ingen deltakar har denne koden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the person by id or name.</source>
        <translation>Oppgi personen med id eller namn.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-74"/>
        <source>%1 is checked in.</source>
        <translation>%1 er sjekka inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked in at «%2».</source>
        <translation>%1 er sjekka inn på «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was already checked in at %2.</source>
        <translation>%1 var allereie sjekka inn kl. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already checked in at %2 at %3.</source>
        <translation>%1 var allereie sjekka inn kl. %2 på %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is checked out.</source>
        <translation>%1 er sjekka ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked out of «%2».</source>
        <translation>%1 er sjekka ut frå «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not checked in.</source>
        <translation>%1 er ikkje sjekka inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not checked in at «%2».</source>
        <translation>%1 er ikkje sjekka inn på «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in of %1 is undone.</source>
        <translation>Innsjekkinga av %1 er angra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not on the roster.</source>
        <translation>%1 står ikkje på deltakarlista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is placed in %2, not in this room.</source>
        <translation>%1 er plassert i %2, ikkje i dette rommet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code from the invitation or badge.</source>
        <translation>Koden frå invitasjonen eller namneskiltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name; checks in the one best match.</source>
        <translation>Eit namn; sjekkar inn den som passar best.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session key (e.g. d1-1400); default: the venue.</source>
        <translation>Ein øktnøkkel (t.d. d1-1400); standard: lokalet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check out instead of in.</source>
        <translation>Sjekk ut i staden for inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the check-in.</source>
        <translation>Angre innsjekkinga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this is done by hand (&quot;forgot the invitation&quot;); kept with the event.</source>
        <translation>Kvifor dette vert gjort for hand («gløymde invitasjonen»); vert lagra med hendinga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An id for this check-in; a retry with the same id is recorded once.</source>
        <translation>Ein ID for denne innsjekkinga; eit nytt forsøk med same ID blir berre registrert éin gong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendee: an id, the code from the invitation or badge, or a name (or use --token / --search).</source>
        <translation>Deltakaren: ein id, koden frå invitasjonen eller namneskiltet, eller eit namn (eller bruk --token / --search).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote checkin: name the attendee in one way: an id, code or name, --token or --search.</source>
        <translation>oppmote checkin: oppgi deltakaren på éin måte: id, kode eller namn, --token eller --search.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Check an attendee in at the venue or a session.</source>
        <translation>Sjekk inn ein deltakar i lokalet eller på ei økt.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="-32"/>
        <source>Folder for the databases and reports (default demo-output).</source>
        <translation>Mappe for databasane og rapportane (standard demo-output).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fictional attendees (default 150).</source>
        <translation>Talet på fiktive deltakarar (standard 150).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many kiosks (default 2).</source>
        <translation>Talet på kioskar (standard 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2017).</source>
        <translation>Startverdi for tilfeldige tal (standard 2017).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every check-in.</source>
        <translation>Vis kvar innsjekking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the sample workshop headless: import, check-in queue at two kiosks, an offline kiosk catching up, attendance per session, reports.</source>
        <translation>Køyr eksempelverkstaden utan grafisk grensesnitt: import, innsjekkingskø ved to kioskar, ein fråkopla kiosk som synkroniserer etterpå, frammøte per økt, rapportar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote demo: --attendees takes 10 to 100000, --kiosks 1 to 50.</source>
        <translation>oppmote demo: --attendees tek 10 til 100000, --kiosks 1 til 50.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="-80"/>
        <source>Rooms, capacities and year for the programme (JSON).</source>
        <translation>Rom, kapasitetar og år for programmet (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year, when the programme does not say.</source>
        <translation>Året, når programmet ikkje oppgir det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse a programme whose dates and weekdays disagree.</source>
        <translation>Avvis eit program der datoar og vekedagar ikkje stemmer overeins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parse and report; store nothing.</source>
        <translation>Les og rapporter; lagre ingenting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the built-in sample workshop.</source>
        <translation>Importer den innebygde eksempelverkstaden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme text file.</source>
        <translation>Tekstfila med programmet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an event programme (days, sessions, group work) and store it.</source>
        <translation>Les inn eit program for arrangementet (dagar, økter, gruppearbeid) og lagre det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: give one programme file (or --sample).</source>
        <translation>oppmote import-program: oppgi éi programfil (eller --sample).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: «%1» is not a year.</source>
        <translation>oppmote import-program: «%1» er ikkje eit årstal.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warning: line %1: %2</source>
        <translation>åtvaring: linje %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: line %1: %2</source>
        <translation>feil: linje %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing stored (dry run).</source>
        <translation>Ingenting lagra (prøvekøyring).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="-37"/>
        <source>How many results (default 8).</source>
        <translation>Talet på treff (standard 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name: &quot;kari nord&quot;, &quot;sorensen&quot;.</source>
        <translation>Del av eit namn: &quot;kari nord&quot;, &quot;sorensen&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find attendees by name, as the kiosk does (æ = ae, ø = o/oe, å = a/aa, one typo forgiven).</source>
        <translation>Finn deltakarar etter namn, slik kiosken gjer (æ = ae, ø = o/oe, å = a/aa, éin skrivefeil er tillaten).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote search: give part of a name.</source>
        <translation>oppmote search: oppgi ein del av eit namn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one found.</source>
        <translation>Fann ingen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_badges.cpp" line="-169"/>
        <source>The badge template: a built-in name (see --list-templates) or a .json file.</source>
        <translation>Malen for namneskilt: namnet på ein innebygd mal (sjå --list-templates) eller ei .json-fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the built-in templates.</source>
        <translation>Vis dei innebygde malane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the roster.</source>
        <translation>Alle på deltakarlista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attendee: an id, code or name (repeat for more).</source>
        <translation>Denne deltakaren: id, kode eller namn (gjenta for fleire).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone from this organisation.</source>
        <translation>Alle frå denne organisasjonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The walk-ins (registered at the door).</source>
        <translation>Dei som vart registrerte på staden (ved inngangen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The badges that show no group or an old one (printed before the allocation or a move).</source>
        <translation>Namneskilta som viser inga gruppe eller ei gammal (skrivne ut før fordelinga eller ei flytting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the badges to this PDF file.</source>
        <translation>Skriv namneskilta til denne PDF-fila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on this CUPS queue.</source>
        <translation>Skriv ut på denne CUPS-køen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badges that were printed before, too.</source>
        <translation>Skriv også ut namneskilt som er skrivne ut før.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the front, even if the template has a back.</source>
        <translation>Berre framsida, også om malen har ei bakside.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme day the badges are for (1, 2 …): its group and room; default today, else the first.</source>
        <translation>Programdagen namneskilta gjeld (1, 2 …): gruppa og rommet den dagen; standard i dag, elles den første.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the organiser&apos;s logo (PNG, JPEG or SVG) on every badge, the kiosks&apos; too.</source>
        <translation>Set logoen til arrangøren (PNG, JPEG eller SVG) på alle namneskilt, òg kioskane sine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the badges without a logo.</source>
        <translation>Skriv ut namneskilta utan logo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges: to a PDF file or a CUPS printer queue.</source>
        <translation>Skriv ut namneskilt: til ei PDF-fil eller ein CUPS-skrivarkø.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote badges: give --set-logo FILE or --remove-logo, not both.</source>
        <translation>oppmote badges: gje --set-logo FIL eller --remove-logo, ikkje begge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badges have no logo now.</source>
        <translation>Namneskilta har ingen logo no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo is on the badges now; kiosks take it with the next roster.</source>
        <translation>Logoen er på namneskilta no; kioskane får han med neste deltakarliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote badges: give either --pdf FILE or --printer QUEUE.</source>
        <translation>oppmote badges: oppgi anten --pdf FIL eller --printer KØ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote badges: say whose badges: --all, --attendee WHO, --organisation NAME, --walk-ins or --outdated.</source>
        <translation>oppmote badges: sei kven namneskilta er for: --all, --attendee KVEN, --organisation NAMN, --walk-ins eller --outdated.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>oppmote badges: --day is a day of the programme, 1 to %1.</source>
        <translation>oppmote badges: --day er ein dag i programmet, 1 til %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Badges for: %1.</source>
        <translation>Namneskilt for: %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 on %2, template %3.</source>
        <translation>%1 på %2, mal %3.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="-99"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningane blir lagra til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation>Ingen slettedato er sett: personopplysningane blir lagra til dei blir sletta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged on %1: names, contact details and codes are gone; the counts remain.</source>
        <translation>Sletta %1: namn, kontaktopplysningar og kodar er borte; tala står att.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote privacy retain: «%1» is not a date (e.g. 2027-03-01).</source>
        <translation>oppmote privacy retain: «%1» er ikkje ein dato (t.d. 2027-03-01).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everything held about %1 is written to %2.</source>
        <translation>Alt som er lagra om %1, er skrive til %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export: the file to write (default: standard output).</source>
        <translation>export: fila som skal skrivast (standard: standard utdata).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status (default); retain DATE or none: keep personal data until then; purge: delete names, contact details and codes once that date has passed; export WHO: everything held about one person, as JSON.</source>
        <translation>status (standard); retain DATO eller none: lagre personopplysningar til då; purge: slett namn, kontaktopplysningar og kodar når datoen er passert; export KVEN: alt som er lagra om éin person, som JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data after the event: the retention date, the purge and one person&apos;s record.</source>
        <translation>Personopplysningar etter arrangementet: slettedatoen, slettinga og innsyn for éin person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote privacy: unknown action «%1» (status, retain, purge, export).</source>
        <translation>oppmote privacy: ukjend handling «%1» (status, retain, purge, export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote privacy retain: give a date, or none.</source>
        <translation>oppmote privacy retain: gi ein dato, eller none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppmote privacy export: name the person.</source>
        <translation>oppmote privacy export: gi personen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="-99"/>
        <source>groups: only this group-work slot (e.g. d1-1400).</source>
        <translation>groups: berre denne gruppearbeidsøkta (t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: &apos;;&apos; (default, Norwegian Excel), &apos;,&apos; (English spreadsheets) or &apos;tab&apos;.</source>
        <translation>csv: &apos;;&apos; (standard, norsk Excel), &apos;,&apos; (engelske rekneark) eller &apos;tab&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: the decimal mark, &apos;,&apos; or &apos;.&apos;; default &apos;,&apos; with &apos;;&apos; (Norwegian Excel), else &apos;.&apos;.</source>
        <translation>csv: desimalteiknet, &apos;,&apos; eller &apos;.&apos;; standard &apos;,&apos; med &apos;;&apos; (norsk Excel), elles &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote export: name one table: %1.</source>
        <translation>oppmote export: oppgi éin tabell: %1.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>csv, xlsx, json or pdf.</source>
        <translation>csv, xlsx, json eller pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: standard output; xlsx and pdf need a file).</source>
        <translation>Fila som skal skrivast (standard: standard utdata; xlsx og pdf treng ei fil).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attendees, sessions (attendance per session), organisations (attendance per organisation), groups (group lists), or all (xlsx, json and pdf only).</source>
        <translation>attendees, sessions (oppmøte per økt), organisations (oppmøte per organisasjon), groups (gruppelister) eller all (berre xlsx, json og pdf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export attendees, attendance or group lists as CSV, XLSX, JSON or PDF.</source>
        <translation>Eksporter deltakarar, oppmøte eller gruppelister som CSV, XLSX, JSON eller PDF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote export: --format csv, xlsx, json or pdf.</source>
        <translation>oppmote export: --format csv, xlsx, json eller pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote export: an XLSX or PDF file needs -o FILE.</source>
        <translation>oppmote export: ei XLSX- eller PDF-fil treng -o FIL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote export: CSV holds one table; name it, or use xlsx or json for all.</source>
        <translation>oppmote export: CSV rommar éin tabell; oppgi kva for ein, eller bruk xlsx eller json for alle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote export: --separator and --decimal are for CSV; XLSX and JSON keep numbers as numbers.</source>
        <translation>oppmote export: --separator og --decimal gjeld berre CSV; XLSX og JSON lagrar tal som tal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>oppmote export: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;, the decimal mark &apos;,&apos; or &apos;.&apos;, and not both &apos;,&apos;.</source>
        <translation>oppmote export: skiljeteiknet må vere &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos;, desimalteiknet &apos;,&apos; eller &apos;.&apos;, og ikkje begge &apos;,&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 rows written to %2.</source>
        <translation>%1 rader skrivne til %2.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="-88"/>
        <source>oppmote: %1</source>
        <translation>oppmote: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report what would happen; write nothing.</source>
        <translation>Vis kva som ville ha skjedd; skriv ingenting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV separator: &apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: recognised from the header line).</source>
        <translation>Skiljeteiknet i CSV: &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos; (standard: blir kjent att frå overskriftslinja).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved column mapping (JSON: {&quot;columns&quot;: {&quot;Header&quot;: &quot;fullName&quot;, …}}).</source>
        <translation>Ei lagra kolonnetilordning (JSON: {&quot;columns&quot;: {&quot;Overskrift&quot;: &quot;fullName&quot;, …}}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendee list: CSV or XLSX.</source>
        <translation>Deltakarlista: CSV eller XLSX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import or update the attendee list from a CSV or XLSX file.</source>
        <translation>Importer eller oppdater deltakarlista frå ei CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote import-attendees: name one file.</source>
        <translation>oppmote import-attendees: oppgi éi fil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote import-attendees: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>oppmote import-attendees: skiljeteiknet må vere &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Kan ikkje lese tilordninga %1: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was imported; the list is as it was.</source>
        <translation>Ingenting vart importert; lista er uendra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekøyring: ingenting vart skrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new attendees were given a code.</source>
        <translation>%1 nye deltakarar fekk ein kode.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="-39"/>
        <source>Cancel the code without a new one (registration withdrawn).</source>
        <translation>Annuller koden utan å lage ein ny (påmeldinga er trekt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an attendee a new code; the old one is refused from now on.</source>
        <translation>Gje ein deltakar ny kode; den gamle vert avvist frå no av.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Whose code to replace: an attendee id, their code or their name.</source>
        <translation>Kven som skal få ny kode: id-en, koden eller namnet til deltakaren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote reissue: name one attendee (an id, code or name).</source>
        <translation>oppmote reissue: oppgi éin deltakar (id, kode eller namn).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code of %1 is cancelled.</source>
        <translation>Koden til %1 er annullert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation>%1 har fått ny kode: %2. Den gamle vert avvist frå no av.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-4"/>
        <source>Folder for the PDFs.</source>
        <translation>Mappe for PDF-filene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this attendee: an id, code or name (repeatable).</source>
        <translation>Berre denne deltakaren: id, kode eller namn (kan gjentakast).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line for &quot;what to bring&quot; (repeatable).</source>
        <translation>Ei linje under «ta med» (kan gjentakast).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print signed tickets made with this secret key (oppmote ticket-key) instead of plain codes.</source>
        <translation>Lag signerte billettar med denne private nøkkelen (oppmote ticket-key) i staden for usignerte kodar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write invitation tickets: one PDF per attendee and all.pdf.</source>
        <translation>Lag invitasjonsbillettar: éin PDF per deltakar og all.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote tickets: give --out DIR.</source>
        <translation>oppmote tickets: oppgje --out MAPPE.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No attendee with a code matches.</source>
        <translation>Ingen deltakar med kode passar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 files written to %2.</source>
        <translation>%1 filer skrivne til %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="-70"/>
        <source>The hub&apos;s certificate (default: beside the hub&apos;s database).</source>
        <translation>Sertifikatet til huben (standard: ved sida av databasen til huben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s address (wss://host:port).</source>
        <translation>Adressa til huben (wss://vert:port).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-83"/>
        <source>entrance (default) or session:KEY.</source>
        <translation>entrance (standard) eller session:NØKKEL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+6"/>
        <source>The kiosk&apos;s badge printer (CUPS queue).</source>
        <translation>Skrivaren til kiosken for namneskilt (CUPS-kø).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+3"/>
        <source>The labels or sheets in that printer: a built-in badge template (oppmote badges --list-templates).</source>
        <translation>Etikettane eller arka i den skrivaren: ei innebygd namneskiltmal (oppmote badges --list-templates).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an organiser&apos;s laptop (oppmote sync): it gets e-mail addresses and phone numbers with the roster. Kiosks never do.</source>
        <translation>For ein arrangørs berbare PC (oppmote sync): han får e-postadresser og telefonnummer med deltakarlista. Kioskar får det aldri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the QR code as PNG.</source>
        <translation>Skriv QR-koden som PNG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the QR code as SVG.</source>
        <translation>Skriv QR-koden som SVG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON, for scripts.</source>
        <translation>Skriv ut JSON, for skript.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the pairing code a kiosk scans to join the hub (one-time token).</source>
        <translation>Lag samankoplingskoden ein kiosk skannar for å kople seg til huben (eingongsnøkkel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote pair: the mode is entrance or session:KEY.</source>
        <translation>oppmote pair: modusen er entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-72"/>
        <source>Revoke this device (by id).</source>
        <translation>Trekk tilbake denne eininga (etter ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this device (by id); the new name with --name.</source>
        <translation>Gje denne eininga (etter id) nytt namn; det nye namnet med --name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename: the new name.</source>
        <translation>rename: det nye namnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the devices paired with the hub, rename or revoke one.</source>
        <translation>Vis einingane som er kopla til huben, gje éi nytt namn eller trekk henne tilbake.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoked %1: the hub refuses it from now on.</source>
        <translation>%1 er trekt tilbake: huben avviser henne frå no av.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote devices --rename: give the new name with --name.</source>
        <translation>oppmote devices --rename: gje det nye namnet med --name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now called «%2».</source>
        <translation>%1 heiter no «%2».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>revoked</source>
        <translation>trekt tilbake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>tilkopla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired</source>
        <translation>kopla til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database</source>
        <translation>denne databasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation>ikkje kopla til</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-89"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen (UTC)</source>
        <translation>Sist sett (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clock</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reported</source>
        <translation>Siste melding</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_hub.cpp" line="-71"/>
        <source>The address to listen on (default: every interface).</source>
        <translation>Adressa det blir lytta på (standard: alle grensesnitt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port (default 8443; 0 picks a free one).</source>
        <translation>Porten (standard 8443; 0 vel ein ledig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS certificate (PEM). Made on first start when missing.</source>
        <translation>TLS-sertifikatet (PEM). Blir laga ved første start om det manglar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation>Den private nøkkelen til sertifikatet (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the hub: the shared attendance store the kiosks sync with.</source>
        <translation>Køyr huben: det felles oppmøtelageret kioskane synkroniserer med.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote hub: --listen takes an IP address and --port a number up to 65535.</source>
        <translation>oppmote hub: --listen tek ei IP-adresse og --port eit tal opp til 65535.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connected: %1 (%2)</source>
        <translation>Tilkopla: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused a device: %1</source>
        <translation>Avviste ei eining: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database failed: %1</source>
        <translation>Feil i databasen til huben: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub for %1</source>
        <translation>Hub for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on port %1 (%2)</source>
        <translation>Lyttar på port %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate SHA-256: %1</source>
        <translation>Sertifikat SHA-256: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop with Ctrl+C.</source>
        <translation>Stopp med Ctrl+C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub stopped.</source>
        <translation>Huben er stoppa.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-12"/>
        <source>The kiosk&apos;s new database.</source>
        <translation>Den nye databasen til kiosken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk&apos;s name, as attendees see it (&quot;Kiosk 3&quot;).</source>
        <translation>Namnet på kiosken slik deltakarane ser det («Kiosk 3»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub&apos;s address (wss://host:port); writes --config too.</source>
        <translation>Adressa til huben (wss://vert:port); skriv òg --config.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the kiosk&apos;s settings (kiosk.json).</source>
        <translation>Kvar innstillingane til kiosken skal skrivast (kiosk.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The staff PIN for this kiosk.</source>
        <translation>Personal-PIN for denne kiosken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a kiosk&apos;s database (and settings) from the hub&apos;s database.</source>
        <translation>Lag databasen (og innstillingane) til ein kiosk frå databasen til huben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote prepare-kiosk: give --out FILE and --name NAME (a mode of entrance or session:KEY), and --config FILE with --hub.</source>
        <translation>oppmote prepare-kiosk: oppgi --out FIL og --name NAMN (ein modus entrance eller session:NØKKEL), og --config FIL saman med --hub.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kiosk database: %1 (%2)</source>
        <translation>Kioskdatabase: %1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kiosk settings: %1 (paired with %2 on first start)</source>
        <translation>Kioskinnstillingar: %1 (blir kopla til %2 ved første start)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN was given (--pin): staff mode stays locked on this kiosk.</source>
        <translation>Ingen personal-PIN vart oppgitt (--pin): personalmodus blir verande låst på denne kiosken.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="-134"/>
        <source>Pair with the hub using this pairing code (from oppmote pair).</source>
        <translation>Kopla til huben med denne samankoplingskoden (frå oppmote pair).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep syncing until stopped (Ctrl+C).</source>
        <translation>Hald fram med å synkronisere til han blir stoppa (Ctrl+C).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Gje opp etter så mange sekund (standard 30).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this database with the hub: push, pull, then exit.</source>
        <translation>Synkroniser denne databasen med huben: send, hent, og avslutt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>oppmote sync: this database is not paired with a hub: give --pairing CODE once.</source>
        <translation>oppmote sync: denne databasen er ikkje kopla til ein hub: oppgi --pairing KODE éin gong.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paired with the hub.</source>
        <translation>Kopla til huben.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Synced: %1 sent, %2 received, %3 waiting.</source>
        <translation>Synkronisert: %1 sende, %2 mottekne, %3 ventar.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n check-in(s) were put aside by the hub and are kept here:</source>
        <translation>
            <numerusform>%n innsjekking vart halden tilbake av huben og er lagra her:</numerusform>
            <numerusform>%n innsjekkingar vart haldne tilbake av huben og er lagra her:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this device: %1</source>
        <translation>Huben avviste denne eininga: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oppmote sync: %1 Nothing was sent; check the hub&apos;s address or pair again.</source>
        <translation>oppmote sync: %1 Ingenting vart sendt; kontroller adressa til huben, eller kople til på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.</source>
        <translation>Fekk ikkje kontakt med huben i tide: %1. %2 innsjekking(ar) ventar her og blir sende neste gong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>ikkje noko svar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="-30"/>
        <source>Show the programme: days, sessions and groups with the keys other commands take.</source>
        <translation>Vis programmet: dagar, økter og grupper med nøklane andre kommandoar brukar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote program: takes no arguments (see oppmote program --help).</source>
        <translation>oppmote program: tek ingen argument (sjå oppmote program --help).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no programme yet; read one with oppmote import-program.</source>
        <translation>Det finst ikkje noko program enno; les inn eitt med oppmote import-program.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="-50"/>
        <source>Where to write the secret key (a new file).</source>
        <translation>Kvar den private nøkkelen skal skrivast (ei ny fil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a signing key for signed tickets: the secret to a file, the public key to the database.</source>
        <translation>Lag ein signeringsnøkkel for signerte billettar: den private nøkkelen til ei fil, den offentlege til databasen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote ticket-key: give --out FILE for the secret key.</source>
        <translation>oppmote ticket-key: oppgi --out FIL for den private nøkkelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote ticket-key: %1 exists already; a key is never overwritten.</source>
        <translation>oppmote ticket-key: %1 finst allereie; ein nøkkel blir aldri overskriven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the secret key %1: %2</source>
        <translation>Kan ikkje skrive den private nøkkelen %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret key written to %1 (keep it safe; it signs tickets).</source>
        <translation>Den private nøkkelen er skriven til %1 (ta godt vare på han; han signerer billettar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key %1 added: kiosks get it with the roster.</source>
        <translation>Den offentlege nøkkelen %1 er lagd til: kioskane får han saman med deltakarlista.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/program_listing.cpp" line="-52"/>
        <source>capacity %1</source>
        <translation>kapasitet %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>registration</source>
        <translation>registrering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plenary</source>
        <translation>plenum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group work</source>
        <translation>gruppearbeid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meal</source>
        <translation>måltid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>other</source>
        <translation>anna</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-85"/>
        <source>pending</source>
        <translation>ventar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>godkjend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned down</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the walk-in by id or name.</source>
        <translation>Oppgi registreringa med id eller namn.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>Registrert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n walk-in(s).</source>
        <translation>
            <numerusform>%n registrering på staden.</numerusform>
            <numerusform>%n registreringar på staden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk-in(s) waiting.</source>
        <translation>
            <numerusform>%n registrering ventar.</numerusform>
            <numerusform>%n registreringar ventar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is approved already, with the code %2.</source>
        <translation>%1 er alt godkjend, med koden %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The walk-in is gone.</source>
        <translation>Registreringa finst ikkje lenger.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is approved and checked in, with the code %2.</source>
        <translation>%1 er godkjend og sjekka inn, med koden %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was turned down already.</source>
        <translation>%1 er alt avvist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is turned down: not on the roster, not counted.</source>
        <translation>%1 er avvist: ikkje på deltakarlista, ikkje med i tala.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote walkins edit: say what to change (--first-name, --last-name, --organisation, --email).</source>
        <translation>oppmote walkins edit: sei kva som skal endrast (--first-name, --last-name, --organisation, --email).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is changed.</source>
        <translation>%1 er endra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the approved and turned-down walk-ins too.</source>
        <translation>list: også dei godkjende og avviste registreringane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject: why, for the organisers&apos; records.</source>
        <translation>reject: kvifor, for arrangørane sine eigne notat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the first name.</source>
        <translation>edit: førenamnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the last name.</source>
        <translation>edit: etternamnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the organisation.</source>
        <translation>edit: organisasjonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the e-mail address.</source>
        <translation>edit: e-postadressa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default): the walk-ins waiting; approve WHO: give a code and check in; reject WHO: turn down; edit WHO: correct the fields given (WHO: an id or a name).</source>
        <translation>list (standard): registreringane som ventar; approve KVEN: gje kode og sjekk inn; reject KVEN: avvis; edit KVEN: rett felta som er oppgjevne (KVEN: ein id eller eit namn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The walk-ins registered at the kiosks: list, approve, turn down or correct them.</source>
        <translation>Registreringane gjorde på kioskane: vis, godkjenn, avvis eller rett dei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote walkins: unknown action «%1» (list, approve, reject, edit).</source>
        <translation>oppmote walkins: ukjend handling «%1» (list, approve, reject, edit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote walkins %1: name the walk-in (an id or a name).</source>
        <translation>oppmote walkins %1: oppgi registreringa (ein id eller eit namn).</translation>
    </message>
</context>
<context>
    <name>oppmote::io</name>
    <message>
        <location filename="../../shared/io/export_pdf.cpp" line="+30"/>
        <source>No rows.</source>
        <translation>Ingen rader.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kan ikkje skrive %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot draw the report into %1.</source>
        <translation>Kan ikkje teikne rapporten i %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>Kan ikkje skrive %1: disken kan vere full.</translation>
    </message>
</context>
<context>
    <name>oppmote::reports</name>
    <message>
        <location filename="../../shared/reports/privacy.cpp" line="+72"/>
        <source>Personal data is kept until %1; nothing was deleted. Move the retention date to purge earlier.</source>
        <translation>Personopplysningane blir lagra til %1; ingenting vart sletta. Flytt slettedatoen for å slette tidlegare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No one has the id %1.</source>
        <translation>Ingen har id-en %1.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location filename="../../shared/reports/report_builder.cpp" line="+40"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kan ikkje skrive %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make %1 private to its owner.</source>
        <translation>Kan ikkje gjere %1 privat for eigaren.</translation>
    </message>
    <message>
        <location filename="../../shared/reports/report_builder.cpp" line="+80"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har inga økt «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CSV file holds one table; choose one report, or XLSX or PDF.</source>
        <translation>Ei CSV-fil rommar éin tabell; vel éin rapport, eller XLSX eller PDF.</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::HubServer</name>
    <message>
        <location filename="../../shared/sync/hub_server.cpp" line="+155"/>
        <location line="+272"/>
        <source>This device was revoked by the organisers.</source>
        <translation>Denne eininga er trekt tilbake av arrangørane.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The hub cannot listen on %1:%2: %3</source>
        <translation>Huben kan ikkje lytte på %1:%2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The hub speaks JSON text messages only.</source>
        <translation>Huben forstår berre JSON-tekstmeldingar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device did not say who it is.</source>
        <translation>Eininga sa ikkje kven ho er.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One request at a time, please.</source>
        <translation>Éin førespurnad om gongen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub did not expect «%1» now.</source>
        <translation>Huben venta ikkje «%1» no.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A pairing request needs a token and a device.</source>
        <translation>Ein samankoplingsførespurnad treng ein eingongsnøkkel og ei eining.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This device speaks another version of the hub protocol: update Oppmøte on it.</source>
        <translation>Denne eininga brukar ein annan versjon av hub-protokollen: oppdater Oppmøte på henne.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This device is not paired with the hub.</source>
        <translation>Denne eininga er ikkje kopla til huben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s secret is wrong.</source>
        <translation>Løyndomen til eininga er feil.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A device may push only its own events.</source>
        <translation>Ei eining kan berre sende sine eigne hendingar.</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::SyncClient</name>
    <message>
        <location filename="../../shared/sync/sync_client.cpp" line="+145"/>
        <source>This is not the hub this device was paired with: its certificate is another one.</source>
        <translation>Dette er ikkje huben denne eininga vart kopla til: sertifikatet er eit anna.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This device has neither a pairing code nor a secret.</source>
        <translation>Denne eininga har verken samankoplingskode eller løyndom.</translation>
    </message>
</context>
</TS>
