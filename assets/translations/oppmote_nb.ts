<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Allocation</name>
    <message>
        <location filename="../../shared/alloc/alloc_adapter.cpp" line="+113"/>
        <source>%1 is not a group-work session.</source>
        <translation>%1 er ikke en gruppearbeidsøkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is listed twice.</source>
        <translation>%1 står oppført to ganger.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no groups to allocate to.</source>
        <translation>%1 har ingen grupper å fordele til.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: fixed group «%2» is not a group of %3</source>
        <translation>%1: fast gruppe «%2» er ikke en gruppe i %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the preference «%2» names no group of %3; ignored</source>
        <translation>%1: ønsket «%2» viser ikke til noen gruppe i %3; ignorert</translation>
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
        <translation>alle grupper med ledig plass har allerede så mange fra %1 som én organisasjon kan ha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none of their choices had room, and placing people outside their choices is off</source>
        <translation>ingen av ønskene hadde ledig plass, og plassering utenfor ønskene er slått av</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 has %2 fixed or locked people for %3 seats</source>
        <translation>%1 har %2 faste eller låste personer, men bare %3 plasser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has %2 fixed or locked people from %3; one organisation may hold %4</source>
        <translation>%1 har %2 faste eller låste personer fra %3; én organisasjon kan ha høyst %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not held: too few people to reach its minimum of %2</source>
        <translation>%1 blir ikke gjennomført: for få personer til å nå minstestørrelsen på %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is full: %2 want it, %3 seats</source>
        <translation>%1 er full: førstevalg for %2, %3 plasser</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds %2 from %3, the most one organisation may have; %4 more from %3 wanted it</source>
        <translation>%1 har allerede %2 fra %3, det høyeste tillatte for én organisasjon; %4 til fra %3 ønsket seg dit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 people, below its minimum of %3</source>
        <translation>%1 har %2 personer, under minstestørrelsen på %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not every minimum size can be met, and choosing which groups to close is searched exactly only up to 12 groups; groups below their minimum are flagged instead</source>
        <translation>Ikke alle minstestørrelser kan oppfylles, og et nøyaktig søk etter hvilke grupper som ikke skal gjennomføres, gjøres bare for opptil 12 grupper; grupper under minstestørrelsen markeres i stedet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be placed: %2; listed for manual review</source>
        <translation>%1 kunne ikke plasseres: %2; ført opp for manuell gjennomgang</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/allocation_service.cpp" line="+89"/>
        <source>Name the group-work slot (e.g. d1-1400).</source>
        <translation>Oppgi gruppearbeidsøkten (f.eks. d1-1400).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har ingen økt «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>«%1» (%2) is not group work.</source>
        <translation>«%1» (%2) er ikke gruppearbeid.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No attendee has the id «%1».</source>
        <translation>Ingen deltaker har id-en «%1».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The roster is empty; nobody to place.</source>
        <translation>Deltakerlisten er tom; ingen å plassere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in yet; nobody to place.</source>
        <translation>Ingen er sjekket inn ennå; ingen å plassere.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (%2) has not been allocated yet.</source>
        <translation>%1 (%2) er ikke fordelt ennå.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 has no place in %2 and was not among the people to place.</source>
        <translation>%1 har ingen plass i %2 og var ikke blant dem som skulle plasseres.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 has no groups yet: a mixed slot&apos;s groups are made when it is allocated.</source>
        <translation>%1 har ingen grupper ennå: blandede grupper lages når økten fordeles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no group «%2». Its groups: %3</source>
        <translation>%1 har ingen gruppe «%2». Gruppene er: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Say why %1 is moved; the reason goes in the audit log.</source>
        <translation>Oppgi hvorfor %1 flyttes; begrunnelsen føres i endringsloggen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 leads or presents a case in %2 and cannot be moved.</source>
        <translation>%1 leder eller legger fram en case i %2 og kan ikke flyttes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation>%1 har ingen plass i %2 som kan låses eller låses opp; fordel først eller flytt personen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 has not been allocated yet; there is no run to restore.</source>
        <translation>%1 er ikke fordelt ennå; det finnes ingen kjøring å gjenopprette.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no run %2. Its runs: %3</source>
        <translation>%1 har ingen kjøring %2. Kjøringene er: %3</translation>
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
        <translation>sjuende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8th</source>
        <translation>åttende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9th</source>
        <translation>niende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10th</source>
        <translation>tiende</translation>
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
        <translation>Du oppga ingen ønsker; du ble plassert i %1, der du best bidrar til gruppestørrelsene og blandingen av organisasjoner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You got your first choice, %1.</source>
        <translation>Du fikk førstevalget ditt, %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are in %1, which was not among your choices.</source>
        <translation>Du er i %1, som ikke var blant ønskene dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are in %1, your %2 choice.</source>
        <translation>Du er i %1, ditt %2 valg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You could not be placed in a group; an organiser will place you by hand.</source>
        <translation>Du kunne ikke plasseres i en gruppe; en arrangør vil plassere deg manuelt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your %1 choice, %2,</source>
        <translation>%2, ditt %1 valg,</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not held: too few people for its minimum of %2.</source>
        <translation>%1 blir ikke gjennomført: for få personer til minstestørrelsen på %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was full (%2 wanted it first, %3 seats).</source>
        <translation>%1 var full (førstevalg for %2, %3 plasser).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already had %2 people from %3, the most one organisation may have.</source>
        <translation>%1 hadde allerede %2 personer fra %3, det høyeste tillatte for én organisasjon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but you kept your place from the last allocation.</source>
        <translation>%1 hadde ledig plass, men du beholdt plassen din fra forrige fordeling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had room, but %2 needed you to reach its minimum of %3.</source>
        <translation>%1 hadde ledig plass, men %2 trengte deg for å nå minstestørrelsen på %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 had room, but giving it to you would leave others worse off.</source>
        <translation>%1 hadde ledig plass, men andre ville kommet dårligere ut om du fikk plassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You were moved from %1, where the last allocation placed you.</source>
        <translation>Du ble flyttet fra %1, der du ble plassert i forrige fordeling.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An organiser placed you in %1.</source>
        <translation>En arrangør plasserte deg i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You lead or present a case in %1.</source>
        <translation>Du leder eller legger fram en case i %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This person is not part of this allocation.</source>
        <translation>Denne personen er ikke med i denne fordelingen.</translation>
    </message>
    <message>
        <location filename="../../shared/alloc/group_lists.cpp" line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
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
        <translation>Navn</translation>
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
        <translation>PDF-en kunne ikke tegnes</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+71"/>
        <source>%1: nobody is placed yet</source>
        <translation>%1: ingen er plassert ennå</translation>
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
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shared/alloc/quality_text.cpp" line="+21"/>
        <source>%1 of %2 placed, %3 not placed; %4 fixed or locked.</source>
        <translation>%1 av %2 plassert, %3 ikke plassert; %4 faste eller låste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 outside their choices</source>
        <translation>%1 utenfor ønskene sine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 got their %2 choice</source>
        <translation>%1 fikk sitt %2 valg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without preference</source>
        <translation>%1 uten ønske</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody got worse than their %1 choice.</source>
        <translation>Ingen fikk dårligere enn sitt %1 valg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved since the last run.</source>
        <translation>%1 flyttet siden forrige kjøring.</translation>
    </message>
</context>
<context>
    <name>AttendeeImport</name>
    <message>
        <location filename="../../shared/io/attendee_import_plan.cpp" line="+132"/>
        <source>no name</source>
        <translation>mangler navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid e-mail address &quot;%1&quot;</source>
        <translation>ugyldig e-postadresse «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registration is cancelled (status &quot;%1&quot;)</source>
        <translation>påmeldingen er kansellert (status «%1»)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>same name and e-mail address as line %1</source>
        <translation>samme navn og e-postadresse som linje %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and organisation as line %1</source>
        <translation>samme navn og organisasjon som linje %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same person as line %1</source>
        <translation>samme person som linje %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>already registered, nothing changed</source>
        <translation>allerede registrert, ingenting endret</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 on line %2 has the same name and e-mail address (%3) but another Oppmøte ID; both were kept. Check that they are two people.</source>
        <translation>%1 på linje %2 har samme navn og e-postadresse (%3), men en annen Oppmøte-ID; begge ble beholdt. Kontroller at det er to personer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, already registered, has the same name and e-mail address (%2); both were kept. Check that they are two people.</source>
        <translation>%1, som allerede er registrert, har samme navn og e-postadresse (%2); begge ble beholdt. Kontroller at det er to personer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 and %2 (line %3) share the e-mail address %4; both were kept. Check that they are two people.</source>
        <translation>%1 og %2 (linje %3) deler e-postadressen %4; begge ble beholdt. Kontroller at det er to personer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 and %2 (already registered) share the e-mail address %3; both were kept. Check that they are two people.</source>
        <translation>%1 og %2 (allerede registrert) deler e-postadressen %3; begge ble beholdt. Kontroller at det er to personer.</translation>
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
        <translation>%1 lagt til, %2 oppdatert, %3 duplikater, %4 avvist</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to review: people who share an e-mail address were kept as separate people.</source>
        <translation>%1 å kontrollere: personer som deler e-postadresse, ble beholdt som egne personer.</translation>
    </message>
</context>
<context>
    <name>AttendeeImportDialog</name>
    <message>
        <location filename="../../admin/app/qml/AttendeeImportDialog.qml" line="+19"/>
        <source>Import a list of attendees</source>
        <translation>Importer en deltakerliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee lists (*.csv *.xlsx *.txt)</source>
        <translation>Deltakerlister (*.csv *.xlsx *.txt)</translation>
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
        <translation>Ikke importert eller verdt å sjekke:</translation>
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
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Speaker</source>
        <translation>Foredragsholder</translation>
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
        <translation>Det er ingen navneskilt å skrive ut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Kunne ikke åpne skriveren eller filen for utskrift.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer did not accept a new page.</source>
        <translation>Skriveren godtok ikke en ny side.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The PDF file %1 could not be written.</source>
        <translation>Kunne ikke skrive PDF-filen %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finnes ingen skriver som heter «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer «%1» did not take the badges.</source>
        <translation>Skriveren «%1» tok ikke imot navneskiltene.</translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+22"/>
        <source>Badge template «%1»: %2</source>
        <translation>Mal for navneskilt «%1»: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>«%1» in %2 is not a colour.</source>
        <translation>«%1» i %2 er ikke en farge.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>element %1 (%2)</source>
        <translation>element %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has an unknown type.</source>
        <translation>%1 har en ukjent type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no size.</source>
        <translation>%1 har ingen størrelse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lies outside the badge.</source>
        <translation>%1 ligger utenfor navneskiltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: minPt must be between 0 and maxPt.</source>
        <translation>%1: minPt må være mellom 0 og maxPt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: lines must be 1 to 4.</source>
        <translation>%1: lines må være fra 1 til 4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: align is left, center or right.</source>
        <translation>%1: align må være left, center eller right.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: a band needs colours or a fill.</source>
        <translation>%1: et element av typen band trenger colours eller fill.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: an image needs a source.</source>
        <translation>%1: et element av typen image trenger source.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not valid JSON (%1).</source>
        <translation>ikke gyldig JSON (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>badge.widthMm and badge.heightMm are needed.</source>
        <translation>badge.widthMm og badge.heightMm må være med.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>page.widthMm and page.heightMm must be positive.</source>
        <translation>page.widthMm og page.heightMm må være positive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dpi must be between 100 and 2400.</source>
        <translation>dpi må være mellom 100 og 2400.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sheet.columns and sheet.rows must be at least 1.</source>
        <translation>sheet.columns og sheet.rows må være minst 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the badges do not fit on the page.</source>
        <translation>navneskiltene får ikke plass på siden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the front has no elements.</source>
        <translation>forsiden har ingen elementer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badge template %1 could not be read.</source>
        <translation>Kunne ikke lese malen for navneskilt %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation>Det finnes ingen mal for navneskilt som heter «%1». Maler: %2.</translation>
    </message>
    <message>
        <location filename="../../shared/print/event_logo.cpp" line="+59"/>
        <location line="+9"/>
        <source>The logo is %1 kB; at most %2 kB fits on every kiosk. Save it smaller.</source>
        <translation>Logoen er %1 kB; høyst %2 kB får plass på hver kiosk. Lagre den mindre.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The logo must be a PNG, JPEG or SVG image that opens.</source>
        <translation>Logoen må være et PNG-, JPEG- eller SVG-bilde som kan åpnes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The logo file %1 could not be read.</source>
        <translation>Logofilen %1 kunne ikke leses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo is over %1 kB; at most that fits on every kiosk. Save it smaller.</source>
        <translation>Logoen er over %1 kB; mer enn det får ikke plass på hver kiosk. Lagre den mindre.</translation>
    </message>
</context>
<context>
    <name>BadgeBatch</name>
    <message>
        <location filename="../../shared/print/badge_batch.cpp" line="+73"/>
        <source>No one is registered from «%1».</source>
        <translation>Ingen er påmeldt fra «%1».</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finnes ingen skriver som heter «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No badges to print.</source>
        <translation>Ingen navneskilt å skrive ut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The printer did not print the badges.</source>
        <translation>Skriveren skrev ikke ut navneskiltene.</translation>
    </message>
</context>
<context>
    <name>BadgeTemplate</name>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+24"/>
        <source>Brother QL, 62 × 100 mm die-cut labels (DK-11202)</source>
        <translation>Brother QL, 62 × 100 mm stansede etiketter (DK-11202)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother QL, 62 mm continuous roll (cut at 90 mm)</source>
        <translation>Brother QL, 62 mm endeløs rull (kuttet ved 90 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 8 badges of 90 × 54 mm (2 × 4), crop marks</source>
        <translation>A4-ark, 8 navneskilt på 90 × 54 mm (2 × 4), skjæremerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A7 (74 × 105 mm)</source>
        <translation>A7 (74 × 105 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A6 (105 × 148 mm), front and back</source>
        <translation>A6 (105 × 148 mm), forside og bakside</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zebra 4 × 3 in labels (101.6 × 76.2 mm)</source>
        <translation>Zebra 4 × 3 tommer etiketter (101,6 × 76,2 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 90 × 54 mm</source>
        <translation>Kort 90 × 54 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, 10 badges of 80 × 50 mm (2 × 5), crop marks</source>
        <translation>A4-ark, 10 navneskilt på 80 × 50 mm (2 × 5), skjæremerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card 60 × 90 mm, portrait</source>
        <translation>Kort 60 × 90 mm, stående</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../../admin/app/qml/BadgesPage.qml" line="+29"/>
        <location line="+122"/>
        <source>The organiser&apos;s logo</source>
        <translation>Arrangørens logo</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Badges</source>
        <translation>Navnelapper</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reprint them on %1</source>
        <translation>Skriv dem ut på nytt på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint them (choose a printer)</source>
        <translation>Skriv dem ut på nytt (velg en skriver)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One organisation</source>
        <translation>Én organisasjon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The walk-ins</source>
        <translation>De uten påmelding</translation>
    </message>
    <message numerus="yes">
        <location line="-51"/>
        <source>%n badge(s) show no group or an old one: printed before the groups were made or changed.</source>
        <translation>
            <numerusform>%n navneskilt viser ingen gruppe eller en gammel: skrevet ut før gruppene ble laget eller endret.</numerusform>
            <numerusform>%n navneskilt viser ingen gruppe eller en gammel: skrevet ut før gruppene ble laget eller endret.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Showing no group or an old one (%1)</source>
        <translation>Viser ingen gruppe eller en gammel (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again for those who have a badge</source>
        <translation>Skriv ut på nytt for dem som har navneskilt</translation>
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
        <translation>Velg en fil …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Look again</source>
        <translation>Se etter på nytt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is set up on this computer (CUPS).</source>
        <translation>Ingen skriver er satt opp på denne maskinen (CUPS).</translation>
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
            <numerusform>%n navneskilt</numerusform>
            <numerusform>%n navneskilt</numerusform>
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
            <numerusform>%n har allerede et og er utelatt</numerusform>
            <numerusform>%n har allerede et og er utelatt</numerusform>
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
        <translation>Skriver ut … (venter til skriveren har alle navneskiltene)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No badge to preview</source>
        <translation>Ingen navneskilt å forhåndsvise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No badges printed yet.</source>
        <translation>Ingen navneskilt er skrevet ut ennå.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/qml/CameraPanel.qml" line="+43"/>
        <source>Camera not available</source>
        <translation>Kamera ikke tilgjengelig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use the hand scanner, or find your name.</source>
        <translation>Bruk håndskanneren, eller finn navnet ditt.</translation>
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
        <translation>Sjekket inn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already checked in at %1.</source>
        <translation>Allerede sjekket inn kl. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already checked in at %1 at %2.</source>
        <translation>Allerede sjekket inn kl. %1 på %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked out.</source>
        <translation>Sjekket ut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked in.</source>
        <translation>Ikke sjekket inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in was undone.</source>
        <translation>Innsjekkingen ble angret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown attendee.</source>
        <translation>Ukjent deltaker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not your group&apos;s room.</source>
        <translation>Dette er ikke rommet til gruppen din.</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/qml/ConfirmScreen.qml" line="+45"/>
        <source>One moment…</source>
        <translation>Et øyeblikk …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome, %1!</source>
        <translation>Velkommen, %1!</translation>
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
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You are checked in.</source>
        <translation>Du er sjekket inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You checked in at %1 (%2).</source>
        <translation>Du sjekket inn kl. %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked in at %1.</source>
        <translation>Du sjekket inn kl. %1.</translation>
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
        <translation>Gruppen din</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your group today</source>
        <translation>Gruppen din i dag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — room %2</source>
        <translation>%1 — rom %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your badge was printed at %1.</source>
        <translation>Navneskiltet ditt ble skrevet ut kl. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is waiting for the printer.</source>
        <translation>Navneskiltet ditt venter på skriveren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is being printed.</source>
        <translation>Navneskiltet ditt skrives ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is ready: take it from the printer.</source>
        <translation>Navneskiltet ditt er klart: ta det fra skriveren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick up your badge at the desk.</source>
        <translation>Hent navneskiltet ditt i skranken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 You are checked in.</source>
        <translation>%1 Du er sjekket inn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print my badge again</source>
        <translation>Skriv ut navneskiltet mitt på nytt</translation>
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
        <translation>Fremmøte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Day and session</source>
        <translation>Dag og økt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the door</source>
        <translation>Ved døren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Uteblitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twice</source>
        <translation>To ganger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>arrived of %1 expected</source>
        <translation>kommet av %1 forventet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not arrived yet</source>
        <translation>ikke kommet ennå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>did not come</source>
        <translation>kom ikke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>here now</source>
        <translation>til stede nå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>walk-ins</source>
        <translation>uten påmelding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>admitted twice</source>
        <translation>sluppet inn to ganger</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Arrivals today per %n minute(s): %1 in all</source>
        <translation>
            <numerusform>Ankomster i dag per %n minutt: %1 i alt</numerusform>
            <numerusform>Ankomster i dag per %n minutter: %1 i alt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
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
            <numerusform>%n ikke sendt ennå</numerusform>
            <numerusform>%n ikke sendt ennå</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no badge printer</source>
        <translation>ingen navneskiltskriver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer ready</source>
        <translation>skriveren er klar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer: %1</source>
        <translation>skriver: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n badges waiting</source>
        <translation>
            <numerusform>%n navneskilt venter</numerusform>
            <numerusform>%n navneskilt venter</numerusform>
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
        <translation>ukjent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on time</source>
        <translation>går riktig</translation>
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
        <translation>%1 foran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind</source>
        <translation>%1 bak</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../../admin/app/qml/DeviceRow.qml" line="+33"/>
        <location line="+11"/>
        <source>revoked</source>
        <translation>trukket tilbake</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>online</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>offline</source>
        <translation>frakoblet</translation>
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
            <numerusform>%n innsjekkinger her i dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../admin/app/qml/DevicesPage.qml" line="+34"/>
        <source>Rename the device</source>
        <translation>Gi enheten nytt navn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename</source>
        <translation>Endre navn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pair a kiosk</source>
        <translation>Koble til en kiosk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the new kiosk, open staff mode and scan this code. Each code pairs one device.</source>
        <translation>Åpne personalmodus på den nye kiosken og skann denne koden. Hver kode kobler til én enhet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hub address</source>
        <translation>Adressen til huben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Door</source>
        <translation>Dør</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badge printer</source>
        <translation>Navneskiltskriver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk&apos;s CUPS queue, e.g. badges</source>
        <translation>Kioskens CUPS-kø, f.eks. navneskilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An organiser&apos;s laptop (gets contact details)</source>
        <translation>En arrangørs bærbare PC (får kontaktopplysninger)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make a pairing code</source>
        <translation>Lag en sammenkoblingskode</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Rename…</source>
        <translation>Endre navn …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Really revoke?</source>
        <translation>Vil du trekke tilbake?</translation>
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
        <translation>Personen blir låst i den gruppen. Hvorfor? (føres i endringsloggen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. wants to join a colleague</source>
        <translation>f.eks. vil være i gruppe med en kollega</translation>
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
        <translation>De som har sjekket inn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everyone expected (before the doors open)</source>
        <translation>Alle som er ventet (før dørene åpner)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Locked people and facilitators stay where they are; moving someone who already had a group costs more than a better choice for them. The new run is saved, not published.</source>
        <translation>Låste personer og fasilitatorer blir der de er; å flytte noen som alt hadde en gruppe, koster mer enn et bedre valg for dem. Den nye kjøringen lagres, men publiseres ikke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost of moving someone who already has a group (0: a better choice always wins)</source>
        <translation>Kostnad ved å flytte noen som allerede har en gruppe (0: et bedre valg vinner alltid)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most this many from one organisation in a group (0: no limit)</source>
        <translation>Høyst så mange fra én organisasjon i en gruppe (0: ingen grense)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why (optional), e.g. late arrivals</source>
        <translation>Hvorfor (valgfritt), f.eks. sene ankomster</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run</source>
        <translation>Kjør</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore an earlier run</source>
        <translation>Gjenopprett en tidligere kjøring</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run %1 · %2 · %3</source>
        <translation>Kjøring %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n plassert</numerusform>
            <numerusform>%n plassert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a place</source>
        <translation>
            <numerusform>%n uten plass</numerusform>
            <numerusform>%n uten plass</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>nå</translation>
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
        <translation>gjenopprettet ved skranken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why in this group?</source>
        <translation>Hvorfor i denne gruppen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock in this group</source>
        <translation>Lås i denne gruppen</translation>
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
        <translation>Publisert på kioskene og navneskiltene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Ikke publisert</translation>
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
        <translation>Flyttet av siste kjøring</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Without a place: %1</source>
        <translation>Uten plass: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>%1 of %2 places</source>
        <translation>%1 av %2 plasser</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Allocate…</source>
        <translation>Fordel …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run again…</source>
        <translation>Kjør på nytt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a run…</source>
        <translation>Gjenopprett en kjøring …</translation>
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
        <translation>Ingen fordeling er lagret for dette gruppearbeidet ennå. Fordel de som har sjekket inn, eller alle som er ventet før dørene åpner.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
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
        <translation>Sjekk ut eller angre for hånd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in by hand</source>
        <translation>Sjekk inn for hånd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check out: they left</source>
        <translation>Sjekk ut: personen har gått</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo the check-in: it was a mistake</source>
        <translation>Angre innsjekkingen: den var en feil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why by hand? Kept with the check-in.</source>
        <translation>Hvorfor for hånd? Lagres med innsjekkingen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. forgot the invitation</source>
        <translation>f.eks. glemte invitasjonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. checked in the wrong person</source>
        <translation>f.eks. sjekket inn feil person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. left after lunch</source>
        <translation>f.eks. gikk etter lunsj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
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
        <translation>Starter …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kiosk cannot start</source>
        <translation>Kiosken kan ikke starte</translation>
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
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins</source>
        <translation>Uten påmelding</translation>
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
        <translation>Navnelapper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database could not be opened: %1</source>
        <translation>Kunne ikke åpne databasen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The latest figures could not be read; what shows may be out of date: %1</source>
        <translation>De siste tallene kunne ikke leses, så det som vises kan være utdatert: %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../admin/app/qml/PeoplePage.qml" line="+68"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a list…</source>
        <translation>Importer en liste …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person…</source>
        <translation>Legg til en person …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search by name</source>
        <translation>Søk etter navn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived today</source>
        <translation>Ankommet i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not arrived</source>
        <translation>Ikke ankommet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-ins waiting</source>
        <translation>Registreringer som venter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every organisation</source>
        <translation>Alle organisasjoner</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>waiting for approval</source>
        <translation>venter på godkjenning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>arrived</source>
        <translation>ankommet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not arrived</source>
        <translation>ikke ankommet</translation>
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
        <translation>Legg til en person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Etternavn</translation>
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
        <translation>Navneskilt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n printed</source>
        <translation>
            <numerusform>%n skrevet ut</numerusform>
            <numerusform>%n skrevet ut</numerusform>
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
        <translation>Den gamle koden slutter å virke på alle kiosker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a new code</source>
        <translation>Gi ny kode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the code</source>
        <translation>Behold koden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save ticket (PDF)</source>
        <translation>Lagre billett (PDF)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer</source>
        <translation>Ingen skriver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print badge</source>
        <translation>Skriv ut navneskilt</translation>
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
        <translation>«%1» ser ikke ut som en e-postadresse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>first name</source>
        <translation>fornavn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>etternavn</translation>
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
        <translation>ønsker</translation>
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
        <translation>Navneskiltet ditt er allerede skrevet ut. Spør i skranken hvis du trenger et nytt.</translation>
    </message>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+57"/>
        <source>The badge printer «%1» is not set up. Please ask the staff.</source>
        <translation>Skriveren for navneskilt «%1» er ikke satt opp. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The printer is out of labels. Please ask the staff to load more.</source>
        <translation>Skriveren er tom for etiketter. Be noen i skranken om å fylle på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labels are stuck in the printer. Please ask the staff.</source>
        <translation>Etikettene sitter fast i skriveren. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer&apos;s cover is open. Please ask the staff.</source>
        <translation>Dekselet på skriveren er åpent. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is out of ink or ribbon. Please ask the staff.</source>
        <translation>Skriveren er tom for blekk eller fargebånd. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../shared/print/print_worker.cpp" line="+123"/>
        <source>The printer is off or not connected. Please ask the staff.</source>
        <translation>Skriveren er slått av eller ikke tilkoblet. Spør i skranken.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The printer is not taking new badges right now. Please ask the staff.</source>
        <translation>Skriveren tar ikke imot nye navneskilt akkurat nå. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The print service (CUPS) is not running.</source>
        <translation>Utskriftstjenesten (CUPS) kjører ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer «%1» could not be asked for its state.</source>
        <translation>Kunne ikke hente status fra skriveren «%1».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The printer «%1» did not take the badge.</source>
        <translation>Skriveren «%1» tok ikke imot navneskiltet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The state of print job %1 could not be read.</source>
        <translation>Kunne ikke lese statusen til utskriftsjobb %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print job %1 could not be cancelled.</source>
        <translation>Kunne ikke avbryte utskriftsjobb %1.</translation>
    </message>
    <message>
        <location filename="../../shared/print/print_worker.cpp" line="-37"/>
        <location line="+6"/>
        <source>The badge could not be made. Please ask the staff.</source>
        <translation>Navneskiltet kunne ikke lages. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer did not take the badge. Please ask the staff.</source>
        <translation>Skriveren tok ikke imot navneskiltet. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The badge was not printed. Please try again.</source>
        <translation>Navneskiltet ble ikke skrevet ut. Prøv igjen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer did not print the badge in time. Please ask the staff.</source>
        <translation>Skriveren skrev ikke ut navneskiltet i tide. Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>PrinterProblem</name>
    <message>
        <location filename="../../shared/domain/printer_problem.cpp" line="+61"/>
        <source>out of labels</source>
        <translation>tom for etiketter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels stuck</source>
        <translation>etikettene sitter fast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cover open</source>
        <translation>dekselet er åpent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out of ink or ribbon</source>
        <translation>tom for blekk eller fargebånd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>satt på pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off or not connected</source>
        <translation>av eller ikke tilkoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not taking jobs</source>
        <translation>tar ikke imot jobber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set up</source>
        <translation>ikke satt opp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the print service is not running</source>
        <translation>utskriftstjenesten kjører ikke</translation>
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
        <translation>Slettet %1: navn, kontaktopplysninger og koder er borte; tallene står igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningene lagres til %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation>Ingen slettedato er satt: personopplysningene lagres til de slettes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data until</source>
        <translation>Lagre personopplysninger til</translation>
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
        <translation>Slettingen fjerner navn, e-postadresser, telefonnumre, koder og ønsker i denne databasen; fremmøtet per økt, dag og organisasjon står igjen. Kioskene får den tømte deltakerlisten ved neste synkronisering.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I understand that this cannot be undone</source>
        <translation>Jeg forstår at dette ikke kan angres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete personal data</source>
        <translation>Slett personopplysninger</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>To answer a request to see one&apos;s data, use “Data access” on the People page: everything held about the person is saved as a file in the reports folder.</source>
        <translation>Ved en innsynsbegjæring: bruk «Innsyn» på siden Personer. Alt som er lagret om personen, lagres som en fil i rapportmappen.</translation>
    </message>
</context>
<context>
    <name>ProblemScreen</name>
    <message>
        <location filename="../../kiosk/qml/ProblemScreen.qml" line="+24"/>
        <source>This code did not work</source>
        <translation>Denne koden virket ikke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please ask at the desk — we will help you.</source>
        <translation>Spør i skranken, så hjelper vi deg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find my name instead</source>
        <translation>Finn navnet mitt i stedet</translation>
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
        <translation>Fant ingen dagoverskrifter (en linje som «Mandag 25. september»).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>«%1» is under «%2», which has no sessions; the line was left out.</source>
        <translation>«%1» står under «%2», som ikke har noen økter; linjen ble ikke tatt med.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>«%1» is not a month name.</source>
        <translation>«%1» er ikke navnet på en måned.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A session comes before any day heading.</source>
        <translation>En økt står før den første dagoverskriften.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1.%2» is not a time of day.</source>
        <translation>«%1.%2» er ikke et klokkeslett.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 comes before the session above it (%2); the order was kept.</source>
        <translation>Kl. %1 er tidligere enn økten over (kl. %2); rekkefølgen er beholdt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text before the first session of the day was kept as a note of the day&apos;s first session: «%1»</source>
        <translation>Tekst før dagens første økt ble lagret som et notat til den første økten: «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+35"/>
        <source>%1 appears twice in «%2».</source>
        <translation>%1 står to ganger i «%2».</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>«%1» and «%2» in «%3» are both group %4; give them different numbers.</source>
        <translation>«%1» og «%2» i «%3» er begge gruppe %4; gi dem ulike numre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>«%1» in «%2» would be group %3 like «%4»; it was made group %5.</source>
        <translation>«%1» i «%2» ville blitt gruppe %3, som «%4»; det ble gjort til gruppe %5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>«%1» under «%2», which is not group work; the session was made group work.</source>
        <translation>«%1» under «%2», som ikke er gruppearbeid; økten ble gjort om til gruppearbeid.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A case outside any theme was kept as a note: «%1»</source>
        <translation>En case utenfor et tema ble lagret som notat: «%1»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The programme gives no year; %1 is the only year near now in which %2 %3. %4 falls on a %2.</source>
        <translation>Programmet oppgir ikke år; %1 er det eneste året i nærheten av i år der %3. %4 er en %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The programme gives no year, and no year near now has %1 on a %2; give the year.</source>
        <translation>Programmet oppgir ikke år, og ingen år i nærheten av i år har %1 på en %2; oppgi året.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The programme gives no year; «%1» fits %2. Give the year.</source>
        <translation>Programmet oppgir ikke år; «%1» passer med %2. Oppgi året.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>«%1» is not a date in %2.</source>
        <translation>«%1» er ikke en dato i %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1»: %2 is a %3, not a %4. Check the date and the year.</source>
        <translation>«%1»: %2 er en %3, ikke en %4. Kontroller datoen og året.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the same date as or earlier than the day before</source>
        <translation>samme dato som eller tidligere enn dagen før</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a %1, not a %2</source>
        <translation>en %1, ikke en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» gives %2, %3. The weekday suggests %4.</source>
        <translation>«%1» gir %2, %3. Ukedagen tilsier %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» gives %2, %3. The weekday suggests %4, so that date is used; correct the programme if the weekday is the mistake.</source>
        <translation>«%1» gir %2, %3. Ukedagen tilsier %4, så den datoen er brukt; rett programmet hvis det er ukedagen som er feil.</translation>
    </message>
</context>
<context>
    <name>ProgramSettings</name>
    <message>
        <location filename="../../shared/program/program_settings.cpp" line="+41"/>
        <source>%1 is not valid settings JSON: %2 (at byte %3).</source>
        <translation>%1 er ikke gyldig innstillings-JSON: %2 (ved byte %3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name the group «%1», which the programme does not have.</source>
        <translation>Innstillingene nevner gruppen «%1», som ikke finnes i programmet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings give mixed groups for «%1», which is not a group-work session of the programme.</source>
        <translation>Innstillingene angir blandede grupper for «%1», som ikke er en gruppearbeidsøkt i programmet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>«%1» has themes; it cannot also have mixed groups.</source>
        <translation>«%1» har temaer; den kan ikke også ha blandede grupper.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed groups for «%1» need a count between 1 and 10000.</source>
        <translation>Blandede grupper for «%1» må ha et antall mellom 1 og 10000.</translation>
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
        <translation>Importer et program</translation>
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
        <translation>Rom og kapasiteter for programmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings (*.json)</source>
        <translation>Innstillinger (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import this programme?</source>
        <translation>Importere dette programmet?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No warnings.</source>
        <translation>Ingen advarsler.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings and errors:</source>
        <translation>Advarsler og feil:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add rooms and capacities…</source>
        <translation>Legg til rom og kapasiteter …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other settings…</source>
        <translation>Andre innstillinger …</translation>
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
        <translation>Importer et program …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No programme yet</source>
        <translation>Ikke noe program ennå</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../admin/app/qml/ReportsPage.qml" line="+17"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in %1</source>
        <translation>Lagres i %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving …</source>
        <translation>Lagrer …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant list</source>
        <translation>Deltakerliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everyone registered, with organisation, role and contact details.</source>
        <translation>Alle påmeldte, med organisasjon, stilling og kontaktopplysninger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per session</source>
        <translation>Fremmøte per økt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The venue each day and every session: registered, present, share.</source>
        <translation>Lokalet hver dag og hver økt: påmeldt, til stede, andel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance per organisation</source>
        <translation>Fremmøte per organisasjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered and arrived per organisation.</source>
        <translation>Påmeldt og ankommet per organisasjon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group lists</source>
        <translation>Gruppelister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every group-work group with its room and members.</source>
        <translation>Hver gruppe i gruppearbeidet med rom og medlemmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All of the above in one workbook or one document.</source>
        <translation>Alt over i én arbeidsbok eller ett dokument.</translation>
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
        <translation>Finn navnet ditt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your first name or surname</source>
        <translation>Skriv fornavn eller etternavn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type at least two letters.</source>
        <translation>Skriv minst to bokstaver.</translation>
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
        <translation>Jeg står ikke på listen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hide keyboard</source>
        <translation>Skjul tastaturet</translation>
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
        <translation>Sjekker …</translation>
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
        <translation>Deltaker: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a badge to choose an attendee.</source>
        <translation>Skann et navneskilt for å velge en deltaker.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo check-in</source>
        <translation>Angre innsjekking</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint badge</source>
        <translation>Skriv ut navneskilt på nytt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual check-in</source>
        <translation>Manuell innsjekking</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Walk-ins waiting for approval</source>
        <translation>Registreringer som venter på godkjenning</translation>
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
        <translation>Navn: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub: %1 (connected)</source>
        <translation>Hub: %1 (tilkoblet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hub: %1 (not connected)</source>
        <translation>Hub: %1 (ikke tilkoblet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printer: none — badges at the desk</source>
        <translation>Skriver: ingen – navneskilt i skranken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — %2</source>
        <translation>Skriver: %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: %1 — ready</source>
        <translation>Skriver: %1 – klar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Check-ins not yet sent to the hub: %n</source>
        <translation>
            <numerusform>Innsjekkinger som ikke er sendt til huben ennå: %n</numerusform>
            <numerusform>Innsjekkinger som ikke er sendt til huben ennå: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Badge prints not yet sent: %n</source>
        <translation>
            <numerusform>Navneskilt som ikke er sendt ennå: %n</numerusform>
            <numerusform>Navneskilt som ikke er sendt ennå: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Hub: not paired — check-ins stay on this kiosk</source>
        <translation>Hub: ikke paret – innsjekkinger blir på denne kiosken</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Put aside by the hub (kept here, ask the organisers):</source>
        <translation>Innsjekkinger holdt tilbake av huben (lagret her, spør arrangørene):</translation>
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
        <translation>%1 er skrevet av en nyere versjon av Oppmøte (skjemaversjon %2; dette programmet kjenner til og med versjon %3). Filen er ikke endret; oppdater Oppmøte for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+196"/>
        <source>There is no database at %1.</source>
        <translation>Det finnes ingen database i %1.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation>Disken der %1 ligger, er full; ingenting ble lagret. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be written (read-only file or folder); nothing was saved.</source>
        <translation>Kan ikke skrive til %1 (skrivebeskyttet fil eller mappe); ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be opened: the folder is missing or not writable.</source>
        <translation>Kan ikke åpne %1: mappen mangler eller er skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading or writing %1 failed (%2); nothing was saved.</source>
        <translation>Lesing fra eller skriving til %1 mislyktes (%2); ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged or is not an Oppmøte database (%2). It was left untouched; restore a backup or start a new file.</source>
        <translation>%1 er skadet eller er ikke en Oppmøte-database (%2). Filen er ikke endret; gjenopprett en sikkerhetskopi eller start en ny fil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked by another program; try again.</source>
        <translation>%1 er låst av et annet program; prøv igjen.</translation>
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
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an SQLite database of another program, not Oppmøte&apos;s. It was left untouched.</source>
        <translation>%1 er en SQLite-database som tilhører et annet program, ikke Oppmøte. Filen er ikke endret.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot use write-ahead logging (journal mode %2); is it on a network or read-only file system?</source>
        <translation>%1 kan ikke bruke WAL-journalføring (journalmodus %2). Ligger filen på et nettverksfilsystem eller et skrivebeskyttet filsystem?</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 er skadet: %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Could not delete the backup %1.</source>
        <translation>Kunne ikke slette sikkerhetskopien %1.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="+38"/>
        <source>the hub does not know the attendee</source>
        <translation>huben kjenner ikke deltakeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub does not know the session or room</source>
        <translation>huben kjenner ikke økten eller rommet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an undo of a check-in the hub does not have</source>
        <translation>angring av en innsjekking som huben ikke har</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the device&apos;s clock was far off (days ahead or months behind)</source>
        <translation>klokken på enheten gikk svært feil (dager foran eller måneder bak)</translation>
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
        <translation>Huben sendte to ulike hendelser med samme løpenummer fra enheten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The hub sent an event without its place in order.</source>
        <translation>Huben sendte en hendelse uten plass i rekkefølgen.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An event id was sent twice with different content.</source>
        <translation>En hendelses-ID ble sendt to ganger med ulikt innhold.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>This pairing code is not known to the hub.</source>
        <translation>Huben kjenner ikke denne sammenkoblingskoden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pairing code was used by another device.</source>
        <translation>Denne sammenkoblingskoden er brukt av en annen enhet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device cannot take the hub&apos;s own identity.</source>
        <translation>En enhet kan ikke bruke samme identitet som huben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device was revoked.</source>
        <translation>Denne enheten er trukket tilbake.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device is paired already; a pairing code cannot change that.</source>
        <translation>Denne enheten er allerede koblet til; en sammenkoblingskode kan ikke endre det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another device has this identity; a pairing code cannot take it over.</source>
        <translation>En annen enhet har denne identiteten; en sammenkoblingskode kan ikke overta den.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This is this database&apos;s own device: it cannot be revoked.</source>
        <translation>Dette er databasens egen enhet: den kan ikke trekkes tilbake.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>No device has the id «%1».</source>
        <translation>Ingen enhet har ID-en «%1».</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A device&apos;s name has 1 to 40 characters.</source>
        <translation>Navnet på en enhet har 1 til 40 tegn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another device is called «%1».</source>
        <translation>En annen enhet heter «%1».</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 exists already; a kiosk database is made new.</source>
        <translation>%1 finnes allerede; en kioskdatabase lages ny.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_roster_sync.cpp" line="+65"/>
        <source>The roster from the hub was refused: %1</source>
        <translation>Deltakerlisten fra huben ble avvist: %1</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_allocation.cpp" line="+115"/>
        <source>An assignment for %1 was given to the allocation of %2.</source>
        <translation>En plassering for %1 ble gitt til fordelingen for %2.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>run %1: %2 placed</source>
        <translation>kjøring %1: %2 plassert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 has no run %2.</source>
        <translation>%1 har ingen kjøring %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run %1 of %2 kept no placements (it was made before runs kept them); it cannot be restored.</source>
        <translation>Kjøring %1 av %2 har ingen lagrede plasseringer (den ble gjort før kjøringer lagret dem); den kan ikke gjenopprettes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restored run %1</source>
        <translation>gjenopprettet kjøring %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored run %1: %2</source>
        <translation>gjenopprettet kjøring %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is fixed to %2 (facilitator or case presenter) and cannot be moved.</source>
        <translation>%1 er fast i %2 (fasilitator eller casepresentatør) og kan ikke flyttes.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no place in %2 to lock or unlock; allocate first or move them.</source>
        <translation>%1 har ingen plass i %2 som kan låses eller låses opp; fordel først, eller flytt personen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has not been allocated yet; nothing to publish.</source>
        <translation>%1 er ikke fordelt ennå; ingenting å publisere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>run %1 published</source>
        <translation>kjøring %1 publisert</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_ins.cpp" line="+35"/>
        <source>This registration is gone.</source>
        <translation>Denne registreringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is on the roster, not a walk-in.</source>
        <translation>%1 står på deltakerlisten og er ikke registrert på stedet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was turned down at the desk and cannot be approved.</source>
        <translation>%1 ble avvist i skranken og kan ikke godkjennes.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is approved already and has a code; cancel the code instead.</source>
        <translation>%1 er allerede godkjent og har en kode; annuller koden i stedet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 was turned down at the desk; the registration is not changed.</source>
        <translation>%1 ble avvist i skranken; registreringen endres ikke.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A walk-in needs a first name and a surname.</source>
        <translation>En registrering på stedet trenger fornavn og etternavn.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="-582"/>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="-7"/>
        <source>the walk-in was turned down at the desk</source>
        <translation>registreringen ble avvist i skranken</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_walk_in_sync.cpp" line="+2"/>
        <source>the walk-in was approved with another code first; that code stands</source>
        <translation>registreringen ble godkjent med en annen kode først; den koden gjelder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub has someone on the roster with this id</source>
        <translation>huben har en deltaker på listen med denne id-en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code belongs to someone else; the walk-in waits for approval</source>
        <translation>koden tilhører en annen; registreringen venter på godkjenning</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+87"/>
        <source>A reason is at most %1 characters.</source>
        <translation>En begrunnelse kan ha høyst %1 tegn.</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <location filename="../../shared/program/text_file.cpp" line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large (%2 MB); the limit is %3 MB.</source>
        <translation>%1 er for stor (%2 MB); grensen er %3 MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a text file.</source>
        <translation>%1 er ikke en tekstfil.</translation>
    </message>
</context>
<context>
    <name>TicketSigner</name>
    <message>
        <location filename="../../shared/store/ticket_signer.cpp" line="+22"/>
        <source>Cannot read the secret key %1: %2</source>
        <translation>Kan ikke lese den private nøkkelen %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a ticket secret key.</source>
        <translation>%1 er ikke en privat billettnøkkel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key in %1 is not one of this event&apos;s ticket keys: its kiosks would refuse the tickets. Use the key oppmote ticket-key made for this database.</source>
        <translation>Nøkkelen i %1 er ikke en av billettnøklene for dette arrangementet: kioskene ville avvist billettene. Bruk nøkkelen som oppmote ticket-key laget for denne databasen.</translation>
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
        <translation>Frakoblet – innsjekkinger lagres</translation>
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
        <translation>Registreringen er lagret. Gå til skranken, så bekrefter vi den og skriver ut navneskiltet ditt.</translation>
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
        <translation>Registrer deg ved døren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A member of staff confirms your registration before your badge is printed.</source>
        <translation>En av oss i personalet bekrefter registreringen før navneskiltet ditt skrives ut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surname</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail (optional)</source>
        <translation>E-post (valgfritt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>My name and organisation may appear on lists shared with other attendees.</source>
        <translation>Navnet mitt og organisasjonen min kan stå på lister som deles med andre deltakere.</translation>
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
        <translation>Personen blir ikke registrert eller telt. Kioskene får vite det ved neste synkronisering.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason (optional)</source>
        <translation>Grunn (valgfritt)</translation>
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
        <translation>Registreringer som venter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one is waiting.</source>
        <translation>Ingen venter.</translation>
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
        <translation>Velkommen!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the QR code on your invitation or badge.</source>
        <translation>Skann QR-koden på invitasjonen eller navneskiltet ditt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find my name</source>
        <translation>Finn navnet mitt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not registered? Register here</source>
        <translation>Ikke påmeldt? Registrer deg her</translation>
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
        <translation>Skrankens sider ble ikke lastet.</translation>
    </message>
    <message>
        <location filename="../../admin/app/admin_options.cpp" line="+15"/>
        <source>Oppmøte, the organisers&apos; desk</source>
        <translation>Oppmøte, arrangørskranken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database (default: $OPPMOTE_DB).</source>
        <translation>Hubens database (standard: $OPPMOTE_DB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nb, nn or en.</source>
        <translation>nb, nn eller en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Software rendering (tests).</source>
        <translation>Programvaretegning (tester).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit once the dashboard is up (start-up checks).</source>
        <translation>Avslutt når oversikten vises (oppstartskontroll).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of every page and exit.</source>
        <translation>Lagre et bilde av hver side og avslutt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is at the desk (for the audit log).</source>
        <translation>Hvem som sitter i skranken (for endringsloggen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where kiosks reach the hub, for pairing codes (default wss://THIS-HOST:8443).</source>
        <translation>Der kioskene når huben, for sammenkoblingskoder (standard wss://DENNE-MASKINEN:8443).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size, e.g. 1366x768.</source>
        <translation>Vindusstørrelse, f.eks. 1366x768.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where reports are saved (default: Documents/Oppmøte).</source>
        <translation>Hvor rapportene lagres (standard: Dokumenter/Oppmøte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the hub&apos;s database with --db FILE.</source>
        <translation>Oppgi hubens database med --db FIL.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--size is WIDTHxHEIGHT, e.g. 1366x768.</source>
        <translation>--size er BREDDExHØYDE, f.eks. 1366x768.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+146"/>
        <source>Attendance per session</source>
        <translation>Fremmøte per økt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+176"/>
        <source>Check an attendee in, out, or undo</source>
        <translation>Sjekk inn eller ut en deltaker, eller angre</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="+48"/>
        <source>Run the sample workshop headless</source>
        <translation>Kjør eksempelverkstedet uten grafisk grensesnitt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="+112"/>
        <source>Read an event programme and store it</source>
        <translation>Les inn et program for arrangementet og lagre det</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_init.cpp" line="+20"/>
        <source>This device&apos;s name, e.g. &quot;Kiosk 2&quot;.</source>
        <translation>Navnet på denne enheten, f.eks. «Kiosk 2».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a database, or open and upgrade one.</source>
        <translation>Opprett en database, eller åpne og oppgrader en eksisterende.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database %1 is ready (schema version %2, device «%3»).</source>
        <translation>Databasen %1 er klar (skjemaversjon %2, enhet «%3»).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create or upgrade a database</source>
        <translation>Opprett eller oppgrader en database</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="+65"/>
        <source>Find attendees by name</source>
        <translation>Finn deltakere etter navn</translation>
    </message>
    <message>
        <location filename="../../admin/cli/command.cpp" line="+30"/>
        <source>Usage: oppmote &lt;command&gt; [options]   (oppmote &lt;command&gt; --help)</source>
        <translation>Bruk: oppmote &lt;kommando&gt; [valg]   (oppmote &lt;kommando&gt; --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote: unknown command «%1».</source>
        <translation>oppmote: ukjent kommando «%1».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See: oppmote %1 --help</source>
        <translation>Se: oppmote %1 --help</translation>
    </message>
    <message>
        <location filename="../../admin/cli/store_options.cpp" line="+16"/>
        <source>The database file (default: $OPPMOTE_DB, or oppmote.sqlite in the user&apos;s data folder).</source>
        <translation>Databasefilen (standard: $OPPMOTE_DB, eller oppmote.sqlite i brukerens datamappe).</translation>
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
        <translation>Opprett den med: oppmote init --db %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_badges.cpp" line="+177"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n navneskilt</numerusform>
            <numerusform>%n navneskilt</numerusform>
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
            <numerusform>%n allerede skrevet ut, hoppet over (bruk --reprint): %1</numerusform>
            <numerusform>%n allerede skrevet ut, hoppet over (bruk --reprint): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print badges to a PDF file or a printer</source>
        <translation>Skriv ut navneskilt til en PDF-fil eller en skriver</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_decode.cpp" line="+24"/>
        <source>The event id signed tickets must carry.</source>
        <translation>Arrangements-ID-en som signerte billetter må inneholde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ticket public key (repeat for several).</source>
        <translation>En offentlig nøkkel for billetter (gjenta for flere).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image (PNG, JPEG …).</source>
        <translation>Et bilde (PNG, JPEG …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the QR codes in an image and check them. Plain tokens are looked up in the database given with --db or $OPPMOTE_DB.</source>
        <translation>Les QR-kodene i et bilde og kontroller dem. Usignerte koder slås opp i databasen som er angitt med --db eller $OPPMOTE_DB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give one image file.</source>
        <translation>Oppgi én bildefil.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code found.</source>
        <translation>Fant ingen QR-kode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read and check the QR codes in an image</source>
        <translation>Les og kontroller QR-kodene i et bilde</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="+126"/>
        <source>Import or update attendees from a CSV or XLSX file</source>
        <translation>Importer eller oppdater deltakere fra en CSV- eller XLSX-fil</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_qr.cpp" line="+18"/>
        <source>Write a PNG image.</source>
        <translation>Skriv et PNG-bilde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an SVG image.</source>
        <translation>Skriv et SVG-bilde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PDF page the size of the code.</source>
        <translation>Skriv en PDF-side på størrelse med koden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen (error correction M, default) or badge (Q).</source>
        <translation>screen (feilkorrigering M, standard) eller badge (Q).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG: device pixels per module (default 8).</source>
        <translation>PNG: enhetspiksler per modul (standard 8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG/PDF: side in mm, quiet zone included (default 30).</source>
        <translation>SVG/PDF: sidelengde i mm, inkludert stillesone (standard 30).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF: the printer&apos;s resolution; the size is rounded to whole dots per module, at least 4 (default 300).</source>
        <translation>PDF: skriverens oppløsning; størrelsen rundes av til et helt antall punkter per modul, minst 4 (standard 300).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token or signed ticket to encode.</source>
        <translation>Koden eller den signerte billetten som skal kodes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a QR code image of a token.</source>
        <translation>Lag et QR-kodebilde av en kode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give one code and at least one of --png, --svg, --pdf.</source>
        <translation>Oppgi én kode og minst ett av --png, --svg, --pdf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--use is screen or badge.</source>
        <translation>--use må være screen eller badge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sizes and resolutions must be positive numbers.</source>
        <translation>Størrelser og oppløsninger må være positive tall.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF: %1 mm square, %2 dots per module at %3 dpi.</source>
        <translation>PDF: kvadrat på %1 mm, %2 punkter per modul ved %3 dpi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a QR code image (PNG, SVG, PDF) of a token</source>
        <translation>Lag et QR-kodebilde (PNG, SVG, PDF) av en kode</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="+63"/>
        <source>Replace or cancel an attendee&apos;s code</source>
        <translation>Erstatt eller annuller koden til en deltaker</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="+102"/>
        <source>Write invitation tickets (PDF)</source>
        <translation>Lag invitasjonsbilletter (PDF)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="+94"/>
        <source>Make a kiosk pairing code (QR)</source>
        <translation>Lag en sammenkoblingskode for en kiosk (QR)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+103"/>
        <source>List or revoke the devices paired with the hub</source>
        <translation>Vis eller trekk tilbake enhetene som er koblet til huben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_hub.cpp" line="+80"/>
        <source>%n event(s) received</source>
        <translation>
            <numerusform>%n hendelse mottatt</numerusform>
            <numerusform>%n hendelser mottatt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run the hub the kiosks sync with</source>
        <translation>Kjør huben kioskene synkroniserer med</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+107"/>
        <source>Make a kiosk&apos;s database and settings from the hub&apos;s</source>
        <translation>Lag en kiosks database og innstillinger fra hubens</translation>
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
        <translation>Vis deltakerlisten; legg til eller endre en person; lag en fiktiv deltakerliste</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="+52"/>
        <source>Show the programme with its session and group keys</source>
        <translation>Vis programmet med nøklene for økter og grupper</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="+75"/>
        <source>Make the signing key for signed tickets</source>
        <translation>Lag signeringsnøkkelen for signerte billetter</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="+265"/>
        <source>List the walk-ins waiting; approve, turn down or correct one</source>
        <translation>Vis registreringene på stedet som venter; godkjenn, avvis eller rett en</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+128"/>
        <source>Export attendees, attendance or group lists (CSV, XLSX, JSON, PDF)</source>
        <translation>Eksporter deltakere, fremmøte eller gruppelister (CSV, XLSX, JSON, PDF)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="+123"/>
        <source>Personal data after the event: retention date, purge, one person&apos;s record</source>
        <translation>Personopplysninger etter arrangementet: slettedato, sletting, innsyn for én person</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../admin/cli/demo_run.cpp" line="+93"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
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
        <translation>== %1: eksempelverkstedet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   programme warning (line %1): %2</source>
        <translation>   advarsel i programmet (linje %1): %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   %1 fictional attendees from %2 organisations; %3 kiosks.</source>
        <translation>   %1 fiktive deltakere fra %2 organisasjoner; %3 kiosker.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>== 09:30, day 1: the queue at the kiosks</source>
        <translation>== kl. 09:30, dag 1: køen ved kioskene</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The code of %1 was not recognised.</source>
        <translation>Koden til %1 ble ikke gjenkjent.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>   %1 checked in: %2 by QR code, %3 by name search, %4 by staff; %5 second scans answered &quot;already checked in&quot;.</source>
        <translation>   %1 sjekket inn: %2 med QR-kode, %3 med navnesøk, %4 av personalet; %5 gjentatte skanninger fikk svaret «Allerede sjekket inn».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Session doors: group work and day 2</source>
        <translation>== Ved døra til øktene: gruppearbeid og dag 2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>== Arrivals per day (organisers&apos; store)</source>
        <translation>== Ankomster per dag (arrangørenes database)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 expected arrived, %3 walk-ins, %4 admitted twice</source>
        <translation>%1 av %2 forventede kom, %3 uten påmelding, %4 sluppet inn to ganger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>== Attendance per session (organisers&apos; store)</source>
        <translation>== Fremmøte per økt (arrangørenes database)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>venue</source>
        <translation>lokalet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>   %1 events in the log; %2 people admitted twice while a kiosk was offline (flagged, nothing dropped).</source>
        <translation>   %1 hendelser i loggen; %2 personer sluppet inn to ganger mens en kiosk var frakoblet (markert, ingenting forkastet).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>== Output in %1:</source>
        <translation>== Utdata i %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>   kiosk.json (kiosk 1&apos;s settings; staff PIN 1234 — change it before an event)</source>
        <translation>   kiosk.json (innstillingene til kiosk 1; personal-PIN 1234 – bytt den før et arrangement)</translation>
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
        <translation>Ukjent modus «%1»: bruk entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The kiosk&apos;s screens did not load.</source>
        <translation>Kioskens skjermbilder ble ikke lastet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/kiosk_options.cpp" line="+12"/>
        <source>Oppmøte self-service check-in kiosk</source>
        <translation>Oppmøte selvbetjent innsjekkingskiosk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiosk settings (JSON).</source>
        <translation>Kioskinnstillinger (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk&apos;s database.</source>
        <translation>Kioskens database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No camera, software rendering, staff PIN 1234 unless set.</source>
        <translation>Uten kamera, programvaretegning, personal-PIN 1234 hvis ingen er satt.</translation>
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
        <translation>Lagre et bilde av hvert skjermbilde og avslutt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a missing database with the sample workshop and N people.</source>
        <translation>Lag en manglende database med eksempelverkstedet og N personer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit once the welcome screen is up (start-up measurements).</source>
        <translation>Avslutt når velkomstskjermen vises (måling av oppstart).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sample needs a number of people.</source>
        <translation>--sample trenger et antall personer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which database? Use --db FILE.</source>
        <translation>Hvilken database? Bruk --db FIL.</translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationEditorModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_editor_model.cpp" line="+184"/>
        <source>%1 is now in %2, locked there.</source>
        <translation>%1 er nå i %2, låst der.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is locked in %2: a new run keeps them there.</source>
        <translation>%1 er låst i %2: en ny kjøring holder vedkommende der.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer locked in %2.</source>
        <translation>%1 er ikke lenger låst i %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The groups of %1 are published.</source>
        <translation>Gruppene for %1 er publisert.</translation>
    </message>
</context>
<context>
    <name>oppmote::AllocationRunsModel</name>
    <message>
        <location filename="../../shared/appkit/allocation_runs_model.cpp" line="+180"/>
        <source>Choose “everyone expected” to place all who are registered.</source>
        <translation>Velg «alle som er ventet» for å plassere alle som er påmeldt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 saved: %2 of %3 placed.</source>
        <translation>Kjøring %1 lagret: %2 av %3 plassert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n moved to another group.</source>
        <translation>
            <numerusform>%n flyttet til en annen gruppe.</numerusform>
            <numerusform>%n flyttet til en annen gruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Run %1 is the allocation again (saved as run %2, %n people).</source>
        <translation>
            <numerusform>Kjøring %1 er fordelingen igjen (lagret som kjøring %2, %n person).</numerusform>
            <numerusform>Kjøring %1 er fordelingen igjen (lagret som kjøring %2, %n personer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke lage mappen %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
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
        <translation>Ankomster</translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeImportDesk</name>
    <message>
        <location filename="../../shared/appkit/attendee_import_desk.cpp" line="+88"/>
        <source>Nothing was imported; the list is as it was. %1</source>
        <translation>Ingenting ble importert; listen er som før. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported: %1. %n new people were given a code.</source>
        <translation>
            <numerusform>Importert: %1. %n ny person fikk en kode.</numerusform>
            <numerusform>Importert: %1. %n nye personer fikk en kode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::AttendeeListModel</name>
    <message>
        <location filename="../../shared/appkit/attendee_list_model.cpp" line="+267"/>
        <source>Say why this is done by hand: it is kept with the check-in.</source>
        <translation>Skriv hvorfor dette gjøres for hånd: begrunnelsen lagres med innsjekkingen.</translation>
    </message>
</context>
<context>
    <name>oppmote::BadgeDesk</name>
    <message>
        <location filename="../../shared/appkit/badge_desk.cpp" line="+245"/>
        <source>The logo is on the badges now, at the kiosks too.</source>
        <translation>Logoen er på navneskiltene nå, også på kioskene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The badges have no logo now.</source>
        <translation>Navneskiltene har ingen logo nå.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No badges to print: everyone chosen has one (tick “print again” to reprint).</source>
        <translation>Ingen navneskilt å skrive ut: alle som er valgt, har et (kryss av for «skriv ut på nytt»).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n badge(s) printed on %1.</source>
        <translation>
            <numerusform>%n navneskilt skrevet ut på %1.</numerusform>
            <numerusform>%n navneskilt skrevet ut på %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke lage mappen %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No badges to save: everyone chosen has one (tick “print again” to include them).</source>
        <translation>Ingen navneskilt å lagre: alle som er valgt, har et (kryss av for «skriv ut på nytt» for å ta dem med).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1 (%n badge(s)).</source>
        <translation>
            <numerusform>Lagret %1 (%n navneskilt).</numerusform>
            <numerusform>Lagret %1 (%n navneskilt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::BadgePrinting</name>
    <message>
        <location filename="../../shared/kiosk/badge_printing.cpp" line="+65"/>
        <source>Your badge could not be made. Please ask at the desk.</source>
        <translation>Navneskiltet ditt kunne ikke lages. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The badge printer is not working. Please ask at the desk.</source>
        <translation>Skriveren for navneskilt virker ikke. Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>oppmote::DeviceListModel</name>
    <message>
        <location filename="../../shared/appkit/device_list_model.cpp" line="+84"/>
        <source>%1 is revoked: the hub no longer lets it sync.</source>
        <translation>%1 er trukket tilbake: huben lar den ikke synkronisere lenger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is now called «%2».</source>
        <translation>%1 heter nå «%2».</translation>
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
        <translation>Denne kiosken er allerede satt opp. Personalet kan koble den til på nytt i personalmodus.</translation>
    </message>
</context>
<context>
    <name>oppmote::EvdevScanner</name>
    <message>
        <location filename="../../shared/scan/evdev_scanner.cpp" line="+86"/>
        <source>Cannot open the scanner %1: %2</source>
        <translation>Kan ikke åpne skanneren %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot take the scanner %1 for Oppmøte alone: %2</source>
        <translation>Kan ikke reservere skanneren %1 for Oppmøte alene: %2</translation>
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
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>When: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: %1</source>
        <translation>Sted: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please bring:</source>
        <translation>Ta med:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show this code at the entrance, on paper or on your phone. It is personal.</source>
        <translation>Vis denne koden ved inngangen, på papir eller på mobilen. Koden er personlig.</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskConfig</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="+30"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation>Det finnes ingen navneskiltmal som heter «%1». Maler: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The mode must be &quot;entrance&quot; or &quot;session:&quot; followed by a session key, not &quot;%1&quot;.</source>
        <translation>Modusen må være «entrance» eller «session:» fulgt av en programpostnøkkel, ikke «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The idle timeout and the confirmation time must be at least 1 second.</source>
        <translation>Tidsavbruddet og visningstiden for bekreftelsen må være minst 1 sekund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Arrangementsdatoen «%1» er ikke en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the kiosk settings %1: %2</source>
        <translation>Kan ikke lese kioskinnstillingene %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk settings %1 are not a JSON object: %2</source>
        <translation>Kioskinnstillingene %1 er ikke et JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Cannot write the kiosk settings %1: %2</source>
        <translation>Kan ikke skrive kioskinnstillingene %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This is not an Oppmøte pairing code.</source>
        <translation>Dette er ikke en sammenkoblingskode fra Oppmøte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This pairing code is from a newer Oppmøte.</source>
        <translation>Denne sammenkoblingskoden er fra en nyere Oppmøte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pairing code has no valid hub address.</source>
        <translation>Sammenkoblingskoden har ingen gyldig hub-adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code has no device token.</source>
        <translation>Sammenkoblingskoden mangler enhetsnøkkel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pairing code names an unknown mode.</source>
        <translation>Sammenkoblingskoden oppgir en ukjent modus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pairing code does not name the hub&apos;s certificate: make a new code with oppmote pair.</source>
        <translation>Sammenkoblingskoden oppgir ikke hubens sertifikat: lag en ny kode med oppmote pair.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pairing code&apos;s hub fingerprint is damaged.</source>
        <translation>Hubens fingeravtrykk i sammenkoblingskoden er skadet.</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskController</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_controller.cpp" line="+194"/>
        <source>This code is not on the list of attendees.</source>
        <translation>Denne koden står ikke på deltakerlisten.</translation>
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
        <translation>Som kiosken har det</translation>
    </message>
</context>
<context>
    <name>oppmote::OrganisationAttendanceModel</name>
    <message>
        <location filename="../../shared/appkit/organisation_attendance_model.cpp" line="+30"/>
        <source>(no organisation)</source>
        <translation>(uten organisasjon)</translation>
    </message>
</context>
<context>
    <name>oppmote::PersonDesk</name>
    <message>
        <location filename="../../shared/appkit/person_desk.cpp" line="+62"/>
        <location line="+133"/>
        <source>This person is no longer on the roster.</source>
        <translation>Denne personen står ikke lenger på deltakerlisten.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>%1 is registered, with the code %2.</source>
        <translation>%1 er registrert, med koden %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is changed: %2.</source>
        <translation>%1 er endret: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered: %1.</source>
        <translation>Ikke registrert: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not changed: %2.</source>
        <translation>%1 er ikke endret: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered already; nothing was changed. Find them in the list.</source>
        <translation>%1 er registrert fra før; ingenting ble endret. Finn personen i listen.</translation>
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
        <translation>%1 er rettet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation>%1 har fått ny kode: %2. Den gamle avvises fra nå av.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no code to put on a ticket.</source>
        <translation>%1 har ingen kode å sette på en billett.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke lage mappen %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ticket of %1 is saved: %2</source>
        <translation>Billetten til %1 er lagret: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::PrivacyDesk</name>
    <message>
        <location filename="../../shared/appkit/privacy_desk.cpp" line="+73"/>
        <source>«%1» is not a date like %2.</source>
        <translation>«%1» er ikke en dato som %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningene lagres til %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No retention date is set.</source>
        <translation>Ingen slettedato er satt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Names, contact details and codes are deleted; the counts remain.</source>
        <translation>Navn, kontaktopplysninger og koder er slettet; tallene står igjen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything held about the person is in %1.</source>
        <translation>Alt som er lagret om personen, ligger i %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::ProgramDesk</name>
    <message numerus="yes">
        <location filename="../../shared/appkit/program_desk.cpp" line="+64"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
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
        <translation>Advarsel, linje %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error, line %1: %2</source>
        <translation>Feil, linje %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The programme has errors now; nothing was stored.</source>
        <translation>Programmet har feil nå; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme is stored: %1.</source>
        <translation>Programmet er lagret: %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::QrCode</name>
    <message>
        <location filename="../../shared/codes/qr_code.cpp" line="+16"/>
        <source>There is no text to put in the QR code.</source>
        <translation>Det er ingen tekst å legge i QR-koden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The text is too long for a QR code.</source>
        <translation>Teksten er for lang for en QR-kode.</translation>
    </message>
</context>
<context>
    <name>oppmote::QrDecoder</name>
    <message>
        <location filename="../../shared/scan/qr_decoder.cpp" line="+115"/>
        <source>Could not read the image %1: %2</source>
        <translation>Kunne ikke lese bildet %1: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::QrRender</name>
    <message>
        <location filename="../../shared/codes/qr_render.cpp" line="+23"/>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
</context>
<context>
    <name>oppmote::ReportSaver</name>
    <message>
        <location filename="../../shared/appkit/report_saver.cpp" line="+31"/>
        <source>Unknown report or format.</source>
        <translation>Ukjent rapport eller format.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Saved %1 (%n row(s)).</source>
        <translation>
            <numerusform>Lagret %1 (%n rad).</numerusform>
            <numerusform>Lagret %1 (%n rader).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oppmote::SignedToken</name>
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+47"/>
        <source>The key is damaged or mistyped.</source>
        <translation>Nøkkelen er skadet eller feilskrevet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a ticket key (wrong length).</source>
        <translation>Dette er ikke en billettnøkkel (feil lengde).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no token to sign.</source>
        <translation>Det er ingen kode å signere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>Signeringsnøkkelen er ikke en privat Ed25519-nøkkel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No code was read.</source>
        <translation>Ingen kode ble lest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte ticket.</source>
        <translation>Dette er ikke en Oppmøte-billett.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket was made by a newer version of Oppmøte (code version %1).</source>
        <translation>Denne billetten er laget av en nyere versjon av Oppmøte (kodeversjon %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket contains “%1”, which never appears in an Oppmøte code.</source>
        <translation>Billetten inneholder «%1», som aldri forekommer i en Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ticket is too short: %1 characters after “OS1-” where %2 are expected.</source>
        <translation>Billetten er for kort: %1 tegn etter «OS1-», men %2 var ventet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is too long: %1 characters after “OS1-” where %2 are expected.</source>
        <translation>Billetten er for lang: %1 tegn etter «OS1-», men %2 var ventet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ticket is damaged or mistyped: its check character does not match.</source>
        <translation>Billetten er skadet eller feilskrevet: kontrolltegnet stemmer ikke.</translation>
    </message>
</context>
<context>
    <name>oppmote::StaffController</name>
    <message>
        <location filename="../../shared/kiosk/staff_controller.cpp" line="+148"/>
        <source>The check-in of %1 was undone.</source>
        <translation>Innsjekkingen av %1 er angret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not checked in here.</source>
        <translation>%1 er ikke sjekket inn her.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+58"/>
        <source>The badge for %1 is waiting for the printer.</source>
        <translation>Navneskiltet til %1 venter på skriveren.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The badge for %1 is being printed.</source>
        <translation>Navneskiltet til %1 skrives ut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The badge for %1 is printed.</source>
        <translation>Navneskiltet til %1 er skrevet ut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The badge for %1 was not printed: %2</source>
        <translation>Navneskiltet til %1 ble ikke skrevet ut: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The badge for %1 is on its way to the printer already.</source>
        <translation>Navneskiltet til %1 er allerede på vei til skriveren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This registration is gone.</source>
        <translation>Denne registreringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 er registrert og sjekket inn.</translation>
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
        <translation>Ingen kode ble lest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an Oppmøte attendee code.</source>
        <translation>Dette er ikke en deltakerkode fra Oppmøte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code was made by a newer version of Oppmøte (code version %1).</source>
        <translation>Denne koden er laget av en nyere versjon av Oppmøte (kodeversjon %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code contains “%1”, which never appears in an Oppmøte code.</source>
        <translation>Koden inneholder «%1», som aldri forekommer i en Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too short: %1 characters after “OP1-” where %2 are expected.</source>
        <translation>Koden er for kort: %1 tegn etter «OP1-», men %2 var ventet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code is too long: %1 characters after “OP1-” where %2 are expected.</source>
        <translation>Koden er for lang: %1 tegn etter «OP1-», men %2 var ventet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code is damaged or mistyped: its check character does not match.</source>
        <translation>Koden er skadet eller feilskrevet: kontrolltegnet stemmer ikke.</translation>
    </message>
</context>
<context>
    <name>oppmote::TokenVerifier</name>
    <message>
        <location filename="../../shared/codes/token_verifier.cpp" line="+61"/>
        <source>No code was read.</source>
        <translation>Ingen kode ble lest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Oppmøte code.</source>
        <translation>Dette er ikke en Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This registration has been cancelled. Please ask at the registration desk.</source>
        <translation>Denne påmeldingen er avlyst. Spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.</source>
        <translation>Denne koden er erstattet av en nyere. Bruk den siste billetten du fikk, eller spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This code is not on the attendee list for this event. Please ask at the registration desk.</source>
        <translation>Denne koden står ikke på deltakerlisten for dette arrangementet. Spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This ticket is for another event.</source>
        <translation>Denne billetten gjelder et annet arrangement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This ticket&apos;s signature is not valid: it was not issued by the organiser, or it has been altered.</source>
        <translation>Signaturen på denne billetten er ikke gyldig: den er ikke utstedt av arrangøren, eller den er endret.</translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInController</name>
    <message>
        <location filename="../../shared/kiosk/walkin_controller.cpp" line="+33"/>
        <source>Please write your first name and surname.</source>
        <translation>Skriv fornavn og etternavn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address does not look right.</source>
        <translation>E-postadressen ser ikke riktig ut.</translation>
    </message>
</context>
<context>
    <name>oppmote::WalkInQueueModel</name>
    <message>
        <location filename="../../shared/appkit/walkin_queue_model.cpp" line="+63"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 er registrert og sjekket inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is registered. %2</source>
        <translation>%1 er registrert. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is turned down: not registered, not counted.</source>
        <translation>%1 er avvist: ikke registrert, ikke telt.</translation>
    </message>
</context>
<context>
    <name>oppmote::cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-115"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-52"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har ingen økt «%1».</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-396"/>
        <source>oppmote allocate: --%1 takes a whole number, 0 or more.</source>
        <translation>oppmote allocate: --%1 tar et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate: give --org-cap or --org-cap-share, not both.</source>
        <translation>oppmote allocate: oppgi --org-cap eller --org-cap-share, ikke begge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote allocate: --org-cap-share is a share above 0 and at most 1 (e.g. 0.2).</source>
        <translation>oppmote allocate: --org-cap-share er en andel over 0 og høyst 1 (f.eks. 0.2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+25"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-254"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-9"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="-7"/>
        <location filename="../../admin/cli/cmd_walkins.cpp" line="-150"/>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed</source>
        <translation>Faste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1st choice</source>
        <translation>1. valg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest organisations</source>
        <translation>Største organisasjoner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Run %1 saved%2.</source>
        <translation>Kjøring %1 er lagret%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and published</source>
        <translation> og publisert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The allocation of %1 is published.</source>
        <translation>Fordelingen for %1 er publisert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>oppmote allocate move: give --to GROUP and --reason &quot;why&quot;.</source>
        <translation>oppmote allocate move: oppgi --to GRUPPE og --reason &quot;begrunnelse&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is now in %2 (locked).</source>
        <translation>%1 er nå i %2 (låst).</translation>
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
        <translation>Bruk --expected for å plassere alle påmeldte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Moved: %1, %2 → %3</source>
        <translation>Flyttet: %1, %2 → %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate: --explain shows the saved allocation and changes nothing; it does not take --%1.</source>
        <translation>oppmote allocate: --explain viser den lagrede fordelingen og endrer ingenting; den tar ikke --%1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(The saved allocation of %1; nothing was changed.)</source>
        <translation>(Den lagrede fordelingen av %1; ingenting ble endret.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>oppmote allocate restore: give the run to restore with --run N (see allocate log).</source>
        <translation>oppmote allocate restore: oppgi kjøringen som skal gjenopprettes, med --run N (se allocate log).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 of %2 is the allocation again (saved as run %3, %4 people placed).</source>
        <translation>Kjøring %1 av %2 er fordelingen igjen (lagret som kjøring %3, %4 personer plassert).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote allocate %1: name the person with --attendee (an id or a name).</source>
        <translation>oppmote allocate %1: oppgi personen med --attendee (en id eller et navn).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run</source>
        <translation>Kjøring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed</source>
        <translation>Plassert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not placed</source>
        <translation>Ikke plassert</translation>
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
        <translation>Deltaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The group-work session (e.g. d1-1400).</source>
        <translation>Gruppearbeidsøkten (f.eks. d1-1400).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the allocation at once.</source>
        <translation>Publiser fordelingen med en gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place everyone registered, not only those checked in.</source>
        <translation>Plasser alle påmeldte, ikke bare de som er sjekket inn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run: the cost of moving someone placed before, in rank steps (default 0).</source>
        <translation>Ny kjøring: kostnaden ved å flytte noen som er plassert før, i rangtrinn (standard 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the worst-placed person as well off as possible first.</source>
        <translation>Gi den dårligst plasserte personen best mulig plass først.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N people from one organisation per group.</source>
        <translation>Høyst N personer fra samme organisasjon per gruppe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most this share of a group&apos;s seats for one organisation (e.g. 0.2).</source>
        <translation>Høyst denne andelen av plassene i en gruppe for én organisasjon (f.eks. 0.2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain where this person (an id or a name) is in the saved allocation, and why; changes nothing.</source>
        <translation>Forklar hvor denne personen (id eller navn) er i den lagrede fordelingen, og hvorfor; endrer ingenting.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a door sign per group as PDF (its name, room and facilitators, A4 landscape).</source>
        <translation>Skriv et dørskilt per gruppe som PDF (navn, rom og fasilitatorer, A4 liggende).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move/lock/unlock: the person (an id or a name).</source>
        <translation>move/lock/unlock: personen (id eller navn).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to allocate; or move, lock, unlock, publish, restore, log, runs.</source>
        <translation>Tom for å fordele; ellers move, lock, unlock, publish, restore, log eller runs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people in the groups of a group-work slot; explain, move, lock, publish, restore; show the log.</source>
        <translation>Plasser personer i gruppene i en gruppearbeidsøkt; forklar, flytt, lås, publiser, gjenopprett; vis loggen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote allocate: unknown action «%1» (move, lock, unlock, publish, restore, log, runs).</source>
        <translation>oppmote allocate: ukjent handling «%1» (move, lock, unlock, publish, restore, log, runs).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote allocate: --explain goes without an action.</source>
        <translation>oppmote allocate: --explain brukes uten handling.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Write the group lists per room as CSV.</source>
        <translation>Skriv gruppelistene per rom som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the group lists per room as PDF (a page per group).</source>
        <translation>Skriv gruppelistene per rom som PDF (én side per gruppe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who does this, for the audit log (default: $USER).</source>
        <translation>Hvem som utfører dette, for endringsloggen (standard: $USER).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>move: the group (key, name or number).</source>
        <translation>move: gruppen (nøkkel, navn eller nummer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the run to bring back (see allocate log).</source>
        <translation>restore: kjøringen som skal hentes tilbake (se allocate log).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why, for the audit log (required for move).</source>
        <translation>Begrunnelse, for endringsloggen (påkrevd for move).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation>oppmote allocate: oppgi gruppearbeidsøkten med --slot (f.eks. d1-1400).</translation>
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
        <translation>%1 sjekket inn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who attended this session (key, e.g. d1-1400).</source>
        <translation>Hvem som deltok på denne økten (nøkkel, f.eks. d1-1400).</translation>
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
        <translation>Oppmøte per dag og per økt, utledet fra innsjekkingsloggen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+13"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Walk-ins</source>
        <translation>Uten påmelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Not yet</source>
        <translation>Ikke ennå</translation>
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
        <translation>Sluppet inn to ganger</translation>
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
        <translation>Sjekket inn</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-13"/>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At the door</source>
        <translation>Ved døren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 registered.</source>
        <translation>%1 påmeldte.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-53"/>
        <source>oppmote attendees generate: give a number of people from 1 to %1.</source>
        <translation>oppmote attendees generate: oppgi et antall personer fra 1 til %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 fictional attendees added, %2 updated.</source>
        <translation>%1 fiktive deltakere lagt til, %2 oppdatert.</translation>
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
        <translation>%1 personer.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>oppmote attendees add: give the name once: as an argument or with --name.</source>
        <translation>oppmote attendees add: oppgi navnet bare én gang: som argument eller med --name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees: give the full name or --first-name and --last-name, not both.</source>
        <translation>oppmote attendees: oppgi fullt navn eller --first-name og --last-name, ikke begge.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote attendees add: give the person&apos;s name (&quot;Kari Nordmann&quot;, or --first-name and --last-name).</source>
        <translation>oppmote attendees add: oppgi navnet til personen (&quot;Kari Nordmann&quot;, eller --first-name og --last-name).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not registered: %1.</source>
        <translation>Ikke registrert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is registered already (id %2); nothing was changed.</source>
        <translation>%1 er allerede registrert (id %2); ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is registered already (id %2); change them with oppmote attendees edit.</source>
        <translation>%1 er allerede registrert (id %2); endre personen med oppmote attendees edit.</translation>
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
        <translation>oppmote attendees edit: oppgi personen (id, kode eller navn) og feltene som skal endres.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote attendees edit: say what to change (--email, --organisation, …; see --help).</source>
        <translation>oppmote attendees edit: oppgi hva som skal endres (--email, --organisation, …; se --help).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not changed: %2.</source>
        <translation>%1 er ikke endret: %2.</translation>
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
        <translation>%1 er endret: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list: only this organisation; add, edit: the person&apos;s organisation.</source>
        <translation>list: bare denne organisasjonen; add, edit: organisasjonen til personen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add, edit: the full name (&quot;Kari Nordmann&quot;).</source>
        <translation>add, edit: fullt navn (&quot;Kari Nordmann&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: the first name.</source>
        <translation>add, edit: fornavnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the last name.</source>
        <translation>add, edit: etternavnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, edit: the job title.</source>
        <translation>add, edit: stillingstittelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the e-mail address.</source>
        <translation>add, edit: e-postadressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the phone number.</source>
        <translation>add, edit: telefonnummeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: participant, speaker, facilitator, organiser, staff or walkin (or the Norwegian words the import reads).</source>
        <translation>add, edit: participant, speaker, facilitator, organiser, staff eller walkin (eller de norske ordene importen forstår).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, edit: the themes wanted, in order (&quot;2, 1, 3&quot;).</source>
        <translation>add, edit: ønskede temaer i prioritert rekkefølge (&quot;2, 1, 3&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, edit: the group a facilitator or case presenter belongs to (&quot;Tema 2&quot; or a group key).</source>
        <translation>add, edit: gruppen en fasilitator eller casepresentatør hører til (&quot;Tema 2&quot; eller en gruppenøkkel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add, edit: consent to appear on shared lists (ja/nei).</source>
        <translation>add, edit: samtykke til å stå på delte lister (ja/nei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default); generate N: add N fictional attendees for the event; add [NAME]: register a person; edit WHO: change the fields given of a person (an id, code or name; an option given empty clears its field).</source>
        <translation>list (standard); generate N: legg til N fiktive deltakere for arrangementet; add [NAVN]: registrer en person; edit HVEM: endre de oppgitte feltene for en person (id, kode eller navn; et valg som oppgis tomt, tømmer feltet sitt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List, generate, add or edit the roster.</source>
        <translation>Vis, generer, legg til i eller endre deltakerlisten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote attendees: unknown action «%1» (list, generate, add, edit).</source>
        <translation>oppmote attendees: ukjent handling «%1» (list, generate, add, edit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees %1: --%2 is for add and edit.</source>
        <translation>oppmote attendees %1: --%2 brukes bare med add og edit.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-74"/>
        <source>Only this organisation.</source>
        <translation>Bare denne organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-47"/>
        <source>Only those checked in at the venue.</source>
        <translation>Bare de som er sjekket inn i lokalet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only those not checked in yet.</source>
        <translation>Bare de som ikke er sjekket inn ennå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generate: the random seed (same seed, same people).</source>
        <translation>generate: startverdi for tilfeldig utvalg (samme verdi gir samme personer).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/attendee_lookup.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No one has the id or name «%1».</source>
        <translation>Ingen har id-en eller navnet «%1».</translation>
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
        <translation>Flere personer passer med «%1»; oppgi mer av navnet eller id-en: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No attendee has this code.</source>
        <translation>Ingen deltaker har denne koden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the person by id or name.</source>
        <translation>Oppgi personen med id eller navn.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-74"/>
        <source>%1 is checked in.</source>
        <translation>%1 er sjekket inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked in at «%2».</source>
        <translation>%1 er sjekket inn på «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was already checked in at %2.</source>
        <translation>%1 var allerede sjekket inn kl. %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already checked in at %2 at %3.</source>
        <translation>%1 var allerede sjekket inn kl. %2 på %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is checked out.</source>
        <translation>%1 er sjekket ut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is checked out of «%2».</source>
        <translation>%1 er sjekket ut fra «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not checked in.</source>
        <translation>%1 er ikke sjekket inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not checked in at «%2».</source>
        <translation>%1 er ikke sjekket inn på «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check-in of %1 is undone.</source>
        <translation>Innsjekkingen av %1 er angret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not on the roster.</source>
        <translation>%1 står ikke på deltakerlisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is placed in %2, not in this room.</source>
        <translation>%1 er plassert i %2, ikke i dette rommet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The code from the invitation or badge.</source>
        <translation>Koden fra invitasjonen eller navneskiltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name; checks in the one best match.</source>
        <translation>Et navn; sjekker inn den som passer best.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session key (e.g. d1-1400); default: the venue.</source>
        <translation>En øktnøkkel (f.eks. d1-1400); standard: lokalet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check out instead of in.</source>
        <translation>Sjekk ut i stedet for inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the check-in.</source>
        <translation>Angre innsjekkingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this is done by hand (&quot;forgot the invitation&quot;); kept with the event.</source>
        <translation>Hvorfor dette gjøres for hånd («glemte invitasjonen»); lagres med hendelsen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An id for this check-in; a retry with the same id is recorded once.</source>
        <translation>En ID for denne innsjekkingen; et nytt forsøk med samme ID registreres bare én gang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendee: an id, the code from the invitation or badge, or a name (or use --token / --search).</source>
        <translation>Deltakeren: en id, koden fra invitasjonen eller navneskiltet, eller et navn (eller bruk --token / --search).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote checkin: name the attendee in one way: an id, code or name, --token or --search.</source>
        <translation>oppmote checkin: oppgi deltakeren på én måte: id, kode eller navn, --token eller --search.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Check an attendee in at the venue or a session.</source>
        <translation>Sjekk inn en deltaker i lokalet eller på en økt.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="-32"/>
        <source>Folder for the databases and reports (default demo-output).</source>
        <translation>Mappe for databasene og rapportene (standard demo-output).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many fictional attendees (default 150).</source>
        <translation>Antall fiktive deltakere (standard 150).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many kiosks (default 2).</source>
        <translation>Antall kiosker (standard 2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2017).</source>
        <translation>Startverdi for tilfeldige tall (standard 2017).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print every check-in.</source>
        <translation>Vis hver innsjekking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the sample workshop headless: import, check-in queue at two kiosks, an offline kiosk catching up, attendance per session, reports.</source>
        <translation>Kjør eksempelverkstedet uten grafisk grensesnitt: import, innsjekkingskø ved to kiosker, en frakoblet kiosk som synkroniserer etterpå, fremmøte per økt, rapporter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote demo: --attendees takes 10 to 100000, --kiosks 1 to 50.</source>
        <translation>oppmote demo: --attendees tar 10 til 100000, --kiosks 1 til 50.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="-80"/>
        <source>Rooms, capacities and year for the programme (JSON).</source>
        <translation>Rom, kapasiteter og år for programmet (JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year, when the programme does not say.</source>
        <translation>Året, når programmet ikke oppgir det.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse a programme whose dates and weekdays disagree.</source>
        <translation>Avvis et program der datoer og ukedager ikke stemmer overens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parse and report; store nothing.</source>
        <translation>Les og rapporter; lagre ingenting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the built-in sample workshop.</source>
        <translation>Importer det innebygde eksempelverkstedet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme text file.</source>
        <translation>Tekstfilen med programmet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an event programme (days, sessions, group work) and store it.</source>
        <translation>Les inn et program for arrangementet (dager, økter, gruppearbeid) og lagre det.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: give one programme file (or --sample).</source>
        <translation>oppmote import-program: oppgi én programfil (eller --sample).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote import-program: «%1» is not a year.</source>
        <translation>oppmote import-program: «%1» er ikke et årstall.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>warning: line %1: %2</source>
        <translation>advarsel: linje %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error: line %1: %2</source>
        <translation>feil: linje %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing stored (dry run).</source>
        <translation>Ingenting lagret (prøvekjøring).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_search.cpp" line="-37"/>
        <source>How many results (default 8).</source>
        <translation>Antall treff (standard 8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of a name: &quot;kari nord&quot;, &quot;sorensen&quot;.</source>
        <translation>Del av et navn: &quot;kari nord&quot;, &quot;sorensen&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find attendees by name, as the kiosk does (æ = ae, ø = o/oe, å = a/aa, one typo forgiven).</source>
        <translation>Finn deltakere etter navn, slik kiosken gjør (æ = ae, ø = o/oe, å = a/aa, én skrivefeil tillates).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote search: give part of a name.</source>
        <translation>oppmote search: oppgi en del av et navn.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No one found.</source>
        <translation>Fant ingen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_badges.cpp" line="-169"/>
        <source>The badge template: a built-in name (see --list-templates) or a .json file.</source>
        <translation>Malen for navneskilt: navnet på en innebygd mal (se --list-templates) eller en .json-fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the built-in templates.</source>
        <translation>Vis de innebygde malene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the roster.</source>
        <translation>Alle på deltakerlisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attendee: an id, code or name (repeat for more).</source>
        <translation>Denne deltakeren: id, kode eller navn (gjenta for flere).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone from this organisation.</source>
        <translation>Alle fra denne organisasjonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The walk-ins (registered at the door).</source>
        <translation>De som ble registrert på stedet (ved inngangen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The badges that show no group or an old one (printed before the allocation or a move).</source>
        <translation>Navneskiltene som viser ingen gruppe eller en gammel (skrevet ut før fordelingen eller en flytting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the badges to this PDF file.</source>
        <translation>Skriv navneskiltene til denne PDF-filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print on this CUPS queue.</source>
        <translation>Skriv ut på denne CUPS-køen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badges that were printed before, too.</source>
        <translation>Skriv også ut navneskilt som er skrevet ut før.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the front, even if the template has a back.</source>
        <translation>Bare forsiden, også om malen har en bakside.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The programme day the badges are for (1, 2 …): its group and room; default today, else the first.</source>
        <translation>Programdagen navneskiltene gjelder (1, 2 …): gruppen og rommet den dagen; standard i dag, ellers den første.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the organiser&apos;s logo (PNG, JPEG or SVG) on every badge, the kiosks&apos; too.</source>
        <translation>Sett arrangørens logo (PNG, JPEG eller SVG) på alle navneskilt, også kioskenes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the badges without a logo.</source>
        <translation>Skriv ut navneskiltene uten logo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges: to a PDF file or a CUPS printer queue.</source>
        <translation>Skriv ut navneskilt: til en PDF-fil eller en CUPS-skriverkø.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote badges: give --set-logo FILE or --remove-logo, not both.</source>
        <translation>oppmote badges: gi --set-logo FIL eller --remove-logo, ikke begge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The badges have no logo now.</source>
        <translation>Navneskiltene har ingen logo nå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The logo is on the badges now; kiosks take it with the next roster.</source>
        <translation>Logoen er på navneskiltene nå; kioskene får den med neste deltakerliste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote badges: give either --pdf FILE or --printer QUEUE.</source>
        <translation>oppmote badges: oppgi enten --pdf FIL eller --printer KØ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote badges: say whose badges: --all, --attendee WHO, --organisation NAME, --walk-ins or --outdated.</source>
        <translation>oppmote badges: si hvem navneskiltene er for: --all, --attendee HVEM, --organisation NAVN, --walk-ins eller --outdated.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>oppmote badges: --day is a day of the programme, 1 to %1.</source>
        <translation>oppmote badges: --day er en dag i programmet, 1 til %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Badges for: %1.</source>
        <translation>Navneskilt for: %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 on %2, template %3.</source>
        <translation>%1 på %2, mal %3.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_privacy.cpp" line="-99"/>
        <source>Personal data is kept until %1.</source>
        <translation>Personopplysningene lagres til %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No retention date is set: personal data is kept until it is purged.</source>
        <translation>Ingen slettedato er satt: personopplysningene lagres til de slettes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged on %1: names, contact details and codes are gone; the counts remain.</source>
        <translation>Slettet %1: navn, kontaktopplysninger og koder er borte; tallene står igjen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>oppmote privacy retain: «%1» is not a date (e.g. 2027-03-01).</source>
        <translation>oppmote privacy retain: «%1» er ikke en dato (f.eks. 2027-03-01).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Everything held about %1 is written to %2.</source>
        <translation>Alt som er lagret om %1, er skrevet til %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export: the file to write (default: standard output).</source>
        <translation>export: filen som skal skrives (standard: standard utdata).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status (default); retain DATE or none: keep personal data until then; purge: delete names, contact details and codes once that date has passed; export WHO: everything held about one person, as JSON.</source>
        <translation>status (standard); retain DATO eller none: lagre personopplysninger til da; purge: slett navn, kontaktopplysninger og koder når datoen er passert; export HVEM: alt som er lagret om én person, som JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data after the event: the retention date, the purge and one person&apos;s record.</source>
        <translation>Personopplysninger etter arrangementet: slettedatoen, slettingen og innsyn for én person.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote privacy: unknown action «%1» (status, retain, purge, export).</source>
        <translation>oppmote privacy: ukjent handling «%1» (status, retain, purge, export).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote privacy retain: give a date, or none.</source>
        <translation>oppmote privacy retain: oppgi en dato, eller none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppmote privacy export: name the person.</source>
        <translation>oppmote privacy export: oppgi personen.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="-99"/>
        <source>groups: only this group-work slot (e.g. d1-1400).</source>
        <translation>groups: bare denne gruppearbeidsøkten (f.eks. d1-1400).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: &apos;;&apos; (default, Norwegian Excel), &apos;,&apos; (English spreadsheets) or &apos;tab&apos;.</source>
        <translation>csv: &apos;;&apos; (standard, norsk Excel), &apos;,&apos; (engelske regneark) eller &apos;tab&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>csv: the decimal mark, &apos;,&apos; or &apos;.&apos;; default &apos;,&apos; with &apos;;&apos; (Norwegian Excel), else &apos;.&apos;.</source>
        <translation>csv: desimaltegnet, &apos;,&apos; eller &apos;.&apos;; standard &apos;,&apos; med &apos;;&apos; (norsk Excel), ellers &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oppmote export: name one table: %1.</source>
        <translation>oppmote export: oppgi én tabell: %1.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>csv, xlsx, json or pdf.</source>
        <translation>csv, xlsx, json eller pdf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: standard output; xlsx and pdf need a file).</source>
        <translation>Filen som skal skrives (standard: standard utdata; xlsx og pdf trenger en fil).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attendees, sessions (attendance per session), organisations (attendance per organisation), groups (group lists), or all (xlsx, json and pdf only).</source>
        <translation>attendees, sessions (fremmøte per økt), organisations (fremmøte per organisasjon), groups (gruppelister) eller all (bare xlsx, json og pdf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export attendees, attendance or group lists as CSV, XLSX, JSON or PDF.</source>
        <translation>Eksporter deltakere, fremmøte eller gruppelister som CSV, XLSX, JSON eller PDF.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>oppmote export: --format csv, xlsx, json or pdf.</source>
        <translation>oppmote export: --format csv, xlsx, json eller pdf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote export: an XLSX or PDF file needs -o FILE.</source>
        <translation>oppmote export: en XLSX- eller PDF-fil trenger -o FIL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote export: CSV holds one table; name it, or use xlsx or json for all.</source>
        <translation>oppmote export: CSV rommer én tabell; oppgi hvilken, eller bruk xlsx eller json for alle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote export: --separator and --decimal are for CSV; XLSX and JSON keep numbers as numbers.</source>
        <translation>oppmote export: --separator og --decimal gjelder bare CSV; XLSX og JSON lagrer tall som tall.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>oppmote export: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;, the decimal mark &apos;,&apos; or &apos;.&apos;, and not both &apos;,&apos;.</source>
        <translation>oppmote export: skilletegnet må være &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos;, desimaltegnet &apos;,&apos; eller &apos;.&apos;, og ikke begge &apos;,&apos;.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 rows written to %2.</source>
        <translation>%1 rader skrevet til %2.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="-88"/>
        <source>oppmote: %1</source>
        <translation>oppmote: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report what would happen; write nothing.</source>
        <translation>Vis hva som ville skjedd; skriv ingenting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV separator: &apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: recognised from the header line).</source>
        <translation>Skilletegnet i CSV: &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos; (standard: gjenkjennes fra overskriftslinjen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A saved column mapping (JSON: {&quot;columns&quot;: {&quot;Header&quot;: &quot;fullName&quot;, …}}).</source>
        <translation>En lagret kolonnetilordning (JSON: {&quot;columns&quot;: {&quot;Overskrift&quot;: &quot;fullName&quot;, …}}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attendee list: CSV or XLSX.</source>
        <translation>Deltakerlisten: CSV eller XLSX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import or update the attendee list from a CSV or XLSX file.</source>
        <translation>Importer eller oppdater deltakerlisten fra en CSV- eller XLSX-fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote import-attendees: name one file.</source>
        <translation>oppmote import-attendees: oppgi én fil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>oppmote import-attendees: the separator is &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>oppmote import-attendees: skilletegnet må være &apos;;&apos;, &apos;,&apos; eller &apos;tab&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the mapping %1: %2.</source>
        <translation>Kan ikke lese tilordningen %1: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was imported; the list is as it was.</source>
        <translation>Ingenting ble importert; listen er uendret.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekjøring: ingenting ble skrevet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new attendees were given a code.</source>
        <translation>%1 nye deltakere fikk en kode.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="-39"/>
        <source>Cancel the code without a new one (registration withdrawn).</source>
        <translation>Annuller koden uten å lage en ny (påmeldingen er trukket).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give an attendee a new code; the old one is refused from now on.</source>
        <translation>Gi en deltaker en ny kode; den gamle avvises fra nå av.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Whose code to replace: an attendee id, their code or their name.</source>
        <translation>Hvem som skal få ny kode: deltakerens id, kode eller navn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote reissue: name one attendee (an id, code or name).</source>
        <translation>oppmote reissue: oppgi én deltaker (id, kode eller navn).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code of %1 is cancelled.</source>
        <translation>Koden til %1 er annullert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a new code: %2. The old one is refused from now on.</source>
        <translation>%1 har fått ny kode: %2. Den gamle avvises fra nå av.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-4"/>
        <source>Folder for the PDFs.</source>
        <translation>Mappe for PDF-filene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this attendee: an id, code or name (repeatable).</source>
        <translation>Bare denne deltakeren: id, kode eller navn (kan gjentas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line for &quot;what to bring&quot; (repeatable).</source>
        <translation>En linje under «ta med» (kan gjentas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print signed tickets made with this secret key (oppmote ticket-key) instead of plain codes.</source>
        <translation>Lag signerte billetter med denne private nøkkelen (oppmote ticket-key) i stedet for usignerte koder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write invitation tickets: one PDF per attendee and all.pdf.</source>
        <translation>Lag invitasjonsbilletter: én PDF per deltaker og all.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote tickets: give --out DIR.</source>
        <translation>oppmote tickets: oppgi --out MAPPE.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No attendee with a code matches.</source>
        <translation>Ingen deltaker med kode passer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 files written to %2.</source>
        <translation>%1 filer skrevet til %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When: %1</source>
        <translation>Tid: %1</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="-70"/>
        <source>The hub&apos;s certificate (default: beside the hub&apos;s database).</source>
        <translation>Hubens sertifikat (standard: ved siden av hubens database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub&apos;s address (wss://host:port).</source>
        <translation>Adressen til huben (wss://vert:port).</translation>
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
        <translation>Kioskens skriver for navneskilt (CUPS-kø).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+3"/>
        <source>The labels or sheets in that printer: a built-in badge template (oppmote badges --list-templates).</source>
        <translation>Etikettene eller arkene i den skriveren: en innebygd navneskiltmal (oppmote badges --list-templates).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an organiser&apos;s laptop (oppmote sync): it gets e-mail addresses and phone numbers with the roster. Kiosks never do.</source>
        <translation>For en arrangørs bærbare PC (oppmote sync): den får e-postadresser og telefonnumre med deltakerlisten. Kiosker får det aldri.</translation>
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
        <translation>Lag sammenkoblingskoden en kiosk skanner for å koble seg til huben (engangsnøkkel).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote pair: the mode is entrance or session:KEY.</source>
        <translation>oppmote pair: modusen er entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-72"/>
        <source>Revoke this device (by id).</source>
        <translation>Trekk tilbake denne enheten (etter ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename this device (by id); the new name with --name.</source>
        <translation>Gi denne enheten (etter id) nytt navn; det nye navnet med --name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename: the new name.</source>
        <translation>rename: det nye navnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the devices paired with the hub, rename or revoke one.</source>
        <translation>Vis enhetene som er koblet til huben, gi én nytt navn eller trekk den tilbake.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoked %1: the hub refuses it from now on.</source>
        <translation>%1 er trukket tilbake: huben avviser den fra nå av.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote devices --rename: give the new name with --name.</source>
        <translation>oppmote devices --rename: gi det nye navnet med --name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is now called «%2».</source>
        <translation>%1 heter nå «%2».</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>revoked</source>
        <translation>trukket tilbake</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paired</source>
        <translation>koblet til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database</source>
        <translation>denne databasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation>ikke koblet til</translation>
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
        <translation>Adressen det lyttes på (standard: alle grensesnitt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port (default 8443; 0 picks a free one).</source>
        <translation>Porten (standard 8443; 0 velger en ledig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The TLS certificate (PEM). Made on first start when missing.</source>
        <translation>TLS-sertifikatet (PEM). Lages ved første start om det mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key (PEM).</source>
        <translation>Sertifikatets private nøkkel (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the hub: the shared attendance store the kiosks sync with.</source>
        <translation>Kjør huben: det felles fremmøtelageret kioskene synkroniserer med.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote hub: --listen takes an IP address and --port a number up to 65535.</source>
        <translation>oppmote hub: --listen tar en IP-adresse og --port et tall opp til 65535.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connected: %1 (%2)</source>
        <translation>Tilkoblet: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused a device: %1</source>
        <translation>Avviste en enhet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub&apos;s database failed: %1</source>
        <translation>Feil i hubens database: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hub for %1</source>
        <translation>Hub for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening on port %1 (%2)</source>
        <translation>Lytter på port %1 (%2)</translation>
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
        <translation>Huben er stoppet.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-12"/>
        <source>The kiosk&apos;s new database.</source>
        <translation>Kioskens nye database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kiosk&apos;s name, as attendees see it (&quot;Kiosk 3&quot;).</source>
        <translation>Kioskens navn slik deltakerne ser det («Kiosk 3»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hub&apos;s address (wss://host:port); writes --config too.</source>
        <translation>Hubens adresse (wss://vert:port); skriver også --config.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the kiosk&apos;s settings (kiosk.json).</source>
        <translation>Hvor kioskens innstillinger skal skrives (kiosk.json).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The staff PIN for this kiosk.</source>
        <translation>Personal-PIN for denne kiosken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a kiosk&apos;s database (and settings) from the hub&apos;s database.</source>
        <translation>Lag en kiosks database (og innstillinger) fra hubens database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote prepare-kiosk: give --out FILE and --name NAME (a mode of entrance or session:KEY), and --config FILE with --hub.</source>
        <translation>oppmote prepare-kiosk: oppgi --out FIL og --name NAVN (en modus entrance eller session:NØKKEL), og --config FIL sammen med --hub.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kiosk database: %1 (%2)</source>
        <translation>Kioskdatabase: %1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kiosk settings: %1 (paired with %2 on first start)</source>
        <translation>Kioskinnstillinger: %1 (kobles til %2 ved første start)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN was given (--pin): staff mode stays locked on this kiosk.</source>
        <translation>Ingen personal-PIN ble oppgitt (--pin): personalmodus forblir låst på denne kiosken.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="-134"/>
        <source>Pair with the hub using this pairing code (from oppmote pair).</source>
        <translation>Koble til huben med denne sammenkoblingskoden (fra oppmote pair).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep syncing until stopped (Ctrl+C).</source>
        <translation>Fortsett å synkronisere til den stoppes (Ctrl+C).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up after this many seconds (default 30).</source>
        <translation>Gi opp etter så mange sekunder (standard 30).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync this database with the hub: push, pull, then exit.</source>
        <translation>Synkroniser denne databasen med huben: send, hent, og avslutt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>oppmote sync: this database is not paired with a hub: give --pairing CODE once.</source>
        <translation>oppmote sync: denne databasen er ikke koblet til en hub: oppgi --pairing KODE én gang.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paired with the hub.</source>
        <translation>Koblet til huben.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Synced: %1 sent, %2 received, %3 waiting.</source>
        <translation>Synkronisert: %1 sendt, %2 mottatt, %3 venter.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n check-in(s) were put aside by the hub and are kept here:</source>
        <translation>
            <numerusform>%n innsjekking ble holdt tilbake av huben og er lagret her:</numerusform>
            <numerusform>%n innsjekkinger ble holdt tilbake av huben og er lagret her:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hub refused this device: %1</source>
        <translation>Huben avviste denne enheten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oppmote sync: %1 Nothing was sent; check the hub&apos;s address or pair again.</source>
        <translation>oppmote sync: %1 Ingenting ble sendt; kontroller hubens adresse, eller koble til på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.</source>
        <translation>Fikk ikke kontakt med huben i tide: %1. %2 innsjekking(er) venter her og sendes neste gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>ikke noe svar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_program.cpp" line="-30"/>
        <source>Show the programme: days, sessions and groups with the keys other commands take.</source>
        <translation>Vis programmet: dager, økter og grupper med nøklene andre kommandoer bruker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote program: takes no arguments (see oppmote program --help).</source>
        <translation>oppmote program: tar ingen argumenter (se oppmote program --help).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no programme yet; read one with oppmote import-program.</source>
        <translation>Det finnes ikke noe program ennå; les inn et med oppmote import-program.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_ticket_key.cpp" line="-50"/>
        <source>Where to write the secret key (a new file).</source>
        <translation>Hvor den private nøkkelen skal skrives (en ny fil).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a signing key for signed tickets: the secret to a file, the public key to the database.</source>
        <translation>Lag en signeringsnøkkel for signerte billetter: den private nøkkelen til en fil, den offentlige til databasen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote ticket-key: give --out FILE for the secret key.</source>
        <translation>oppmote ticket-key: oppgi --out FIL for den private nøkkelen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote ticket-key: %1 exists already; a key is never overwritten.</source>
        <translation>oppmote ticket-key: %1 finnes allerede; en nøkkel blir aldri overskrevet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the secret key %1: %2</source>
        <translation>Kan ikke skrive den private nøkkelen %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret key written to %1 (keep it safe; it signs tickets).</source>
        <translation>Den private nøkkelen er skrevet til %1 (oppbevar den trygt; den signerer billetter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public key %1 added: kiosks get it with the roster.</source>
        <translation>Den offentlige nøkkelen %1 er lagt til: kioskene får den sammen med deltakerlisten.</translation>
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
        <translation>annet</translation>
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
        <translation>venter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turned down</source>
        <translation>avvist</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name the walk-in by id or name.</source>
        <translation>Oppgi registreringen med id eller navn.</translation>
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
            <numerusform>%n registrering på stedet.</numerusform>
            <numerusform>%n registreringer på stedet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk-in(s) waiting.</source>
        <translation>
            <numerusform>%n registrering venter.</numerusform>
            <numerusform>%n registreringer venter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is approved already, with the code %2.</source>
        <translation>%1 er allerede godkjent, med koden %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The walk-in is gone.</source>
        <translation>Registreringen finnes ikke lenger.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is approved and checked in, with the code %2.</source>
        <translation>%1 er godkjent og sjekket inn, med koden %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was turned down already.</source>
        <translation>%1 er allerede avvist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is turned down: not on the roster, not counted.</source>
        <translation>%1 er avvist: ikke på deltakerlisten, ikke med i tallene.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>oppmote walkins edit: say what to change (--first-name, --last-name, --organisation, --email).</source>
        <translation>oppmote walkins edit: si hva som skal endres (--first-name, --last-name, --organisation, --email).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is changed.</source>
        <translation>%1 er endret.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list: the approved and turned-down walk-ins too.</source>
        <translation>list: også de godkjente og avviste registreringene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reject: why, for the organisers&apos; records.</source>
        <translation>reject: hvorfor, for arrangørenes egne notater.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the first name.</source>
        <translation>edit: fornavnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the last name.</source>
        <translation>edit: etternavnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit: the organisation.</source>
        <translation>edit: organisasjonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit: the e-mail address.</source>
        <translation>edit: e-postadressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list (default): the walk-ins waiting; approve WHO: give a code and check in; reject WHO: turn down; edit WHO: correct the fields given (WHO: an id or a name).</source>
        <translation>list (standard): registreringene som venter; approve HVEM: gi kode og sjekk inn; reject HVEM: avvis; edit HVEM: rett feltene som er oppgitt (HVEM: en id eller et navn).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The walk-ins registered at the kiosks: list, approve, turn down or correct them.</source>
        <translation>Registreringene gjort på kioskene: vis, godkjenn, avvis eller rett dem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote walkins: unknown action «%1» (list, approve, reject, edit).</source>
        <translation>oppmote walkins: ukjent handling «%1» (list, approve, reject, edit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote walkins %1: name the walk-in (an id or a name).</source>
        <translation>oppmote walkins %1: oppgi registreringen (en id eller et navn).</translation>
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
        <translation>Kan ikke skrive %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot draw the report into %1.</source>
        <translation>Kan ikke tegne rapporten i %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>Kan ikke skrive %1: disken kan være full.</translation>
    </message>
</context>
<context>
    <name>oppmote::reports</name>
    <message>
        <location filename="../../shared/reports/privacy.cpp" line="+72"/>
        <source>Personal data is kept until %1; nothing was deleted. Move the retention date to purge earlier.</source>
        <translation>Personopplysningene lagres til %1; ingenting ble slettet. Flytt slettedatoen for å slette tidligere.</translation>
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
        <translation>Kan ikke skrive %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make %1 private to its owner.</source>
        <translation>Kan ikke gjøre %1 privat for eieren.</translation>
    </message>
    <message>
        <location filename="../../shared/reports/report_builder.cpp" line="+80"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har ingen økt «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A CSV file holds one table; choose one report, or XLSX or PDF.</source>
        <translation>En CSV-fil rommer én tabell; velg én rapport, eller XLSX eller PDF.</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::HubServer</name>
    <message>
        <location filename="../../shared/sync/hub_server.cpp" line="+155"/>
        <location line="+272"/>
        <source>This device was revoked by the organisers.</source>
        <translation>Denne enheten er trukket tilbake av arrangørene.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>The hub cannot listen on %1:%2: %3</source>
        <translation>Huben kan ikke lytte på %1:%2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The hub speaks JSON text messages only.</source>
        <translation>Huben forstår bare JSON-tekstmeldinger.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device did not say who it is.</source>
        <translation>Enheten sa ikke hvem den er.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One request at a time, please.</source>
        <translation>Én forespørsel om gangen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hub did not expect «%1» now.</source>
        <translation>Huben ventet ikke «%1» nå.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A pairing request needs a token and a device.</source>
        <translation>En sammenkoblingsforespørsel trenger en engangsnøkkel og en enhet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This device speaks another version of the hub protocol: update Oppmøte on it.</source>
        <translation>Denne enheten bruker en annen versjon av hub-protokollen: oppdater Oppmøte på den.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This device is not paired with the hub.</source>
        <translation>Denne enheten er ikke koblet til huben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s secret is wrong.</source>
        <translation>Enhetens hemmelighet er feil.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A device may push only its own events.</source>
        <translation>En enhet kan bare sende sine egne hendelser.</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::SyncClient</name>
    <message>
        <location filename="../../shared/sync/sync_client.cpp" line="+145"/>
        <source>This is not the hub this device was paired with: its certificate is another one.</source>
        <translation>Dette er ikke huben denne enheten ble koblet til: sertifikatet er et annet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This device has neither a pairing code nor a secret.</source>
        <translation>Denne enheten har verken sammenkoblingskode eller hemmelighet.</translation>
    </message>
</context>
</TS>
