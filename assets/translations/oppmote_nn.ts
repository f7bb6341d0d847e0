<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/qml/CameraPanel.qml" line="+42"/>
        <source>Camera not available</source>
        <translation>Kamera ikkje tilgjengeleg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the hand scanner, or find your name.</source>
        <translation>Bruk handskannaren, eller finn namnet ditt.</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+315"/>
        <source>Venue</source>
        <translation>Lokalet</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/qml/ConfirmScreen.qml" line="+41"/>
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
        <location line="+21"/>
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
        <location line="+22"/>
        <source>Your group</source>
        <translation>Gruppa di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your group today</source>
        <translation>Gruppa di i dag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — room %2</source>
        <translation>%1 — rom %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your badge was printed at %1.</source>
        <translation>Namneskiltet ditt vart skrive ut kl. %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is being printed.</source>
        <translation>Skiltet ditt blir skrive ut.</translation>
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
        <source>Print my badge again</source>
        <translation>Skriv ut skiltet mitt på nytt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Ferdig</translation>
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
        <location line="+36"/>
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
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../shared/print/print_queue.cpp" line="+58"/>
        <source>Your badge has already been printed. Please ask the staff if you need a new one.</source>
        <translation>Namneskiltet ditt er allereie skrive ut. Spør i skranken om du treng eit nytt.</translation>
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
        <location line="+17"/>
        <source>Type at least two letters.</source>
        <translation>Skriv minst to bokstavar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one found. Check the spelling, or ask at the desk.</source>
        <translation>Ingen treff. Sjekk skrivemåten, eller spør i skranken.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m not on the list</source>
        <translation>Eg står ikkje på lista</translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffPinScreen.qml" line="+21"/>
        <source>Staff PIN</source>
        <translation>PIN-kode for personale</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking…</source>
        <translation>Sjekkar …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Feil PIN-kode. Prøv igjen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
        <source>Reprint badge</source>
        <translation>Skriv ut skilt på nytt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual check-in</source>
        <translation>Manuell innsjekking</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Walk-ins waiting for approval</source>
        <translation>Registreringar som ventar på godkjenning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="-2"/>
        <source>Hub: not paired — check-ins stay on this kiosk</source>
        <translation>Hub: ikkje para – innsjekkingar blir på denne kiosken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer: %1</source>
        <translation>Skrivar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: none</source>
        <translation>Skrivar: ingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins not yet sent to the hub: %1</source>
        <translation>Innsjekkingar som ikkje er sende til huben enno: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Entrance</source>
        <translation>Inngang</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../shared/store/schema.cpp" line="+194"/>
        <source>%1 was written by a newer Oppmøte (schema version %2; this program knows up to %3). It was left untouched; update Oppmøte to open it.</source>
        <translation>%1 er skriven av ein nyare versjon av Oppmøte (skjemaversjon %2; dette programmet kjenner til og med versjon %3). Fila er ikkje endra; oppdater Oppmøte for å opne ho.</translation>
    </message>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+196"/>
        <source>There is no database at %1.</source>
        <translation>Det finst ingen database i %1.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store.cpp" line="+24"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er ei mappe, ikkje ei databasefil.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an SQLite database of another program, not Oppmøte&apos;s. It was left untouched.</source>
        <translation>%1 er ein SQLite-database som høyrer til eit anna program, ikkje Oppmøte. Fila er ikkje endra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot use write-ahead logging (journal mode %2); is it on a network or read-only file system?</source>
        <translation>%1 kan ikkje bruke WAL-journalføring (journalmodus %2). Ligg fila på eit nettverksfilsystem eller eit skriveverna filsystem?</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 er skadd: %2</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="+62"/>
        <source>The hub sent an event without its place in order.</source>
        <translation>Huben sende ei hending utan plass i rekkjefølgja.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>An event id was sent twice with different content.</source>
        <translation>Ein hendings-ID vart send to gonger med ulikt innhald.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This pairing code is not known to the hub.</source>
        <translation>Huben kjenner ikkje denne samankoplingskoden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pairing code was used by another device.</source>
        <translation>Denne samankoplingskoden er brukt av ei anna eining.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device was revoked.</source>
        <translation>Denne eininga er trekt tilbake.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is paired already; a pairing code cannot change that.</source>
        <translation>Denne eininga er allereie kopla til; ein samankoplingskode kan ikkje endre det.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No device has the id «%1».</source>
        <translation>Inga eining har ID-en «%1».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 exists already; a kiosk database is made new.</source>
        <translation>%1 finst allereie; ein kioskdatabase blir laga ny.</translation>
    </message>
    <message>
        <location filename="../../shared/store/store_roster_sync.cpp" line="+29"/>
        <source>The roster from the hub was refused: %1</source>
        <translation>Deltakarlista frå huben vart avvist: %1</translation>
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
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/qml/TopBar.qml" line="+45"/>
        <source>Offline — check-ins are kept</source>
        <translation>Fråkopla – innsjekkingar blir lagra</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <translation>Registreringa er lagra. Gå til skranken, så stadfestar vi ho og skriv ut skiltet ditt.</translation>
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
        <location filename="../../kiosk/qml/WalkInScreen.qml" line="+30"/>
        <source>Register at the door</source>
        <translation>Registrer deg ved døra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A member of staff confirms your registration before your badge is printed.</source>
        <translation>Ein av oss i personalet stadfestar registreringa før skiltet ditt blir skrive ut.</translation>
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
        <location line="+14"/>
        <source>My name and organisation may appear on lists shared with other attendees.</source>
        <translation>Namnet mitt og organisasjonen min kan stå på lister som blir delte med andre deltakarar.</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/WelcomeScreen.qml" line="+34"/>
        <source>Welcome!</source>
        <translation>Velkomen!</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+17"/>
        <source>Today&apos;s programme</source>
        <translation>Dagens program</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+104"/>
        <source>Attendance per session</source>
        <translation>Frammøte per økt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+128"/>
        <source>List the roster, or generate a fictional one</source>
        <translation>Vis deltakarlista, eller lag ei fiktiv</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+201"/>
        <source>Check an attendee in, out, or undo</source>
        <translation>Sjekk inn eller ut ein deltakar, eller angre</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="+48"/>
        <source>Run the sample workshop headless</source>
        <translation>Køyr eksempelverkstaden utan grafisk grensesnitt</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="+160"/>
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
        <location filename="../../admin/cli/command.cpp" line="+25"/>
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
        <location filename="../../admin/cli/store_options.cpp" line="+12"/>
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
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="+430"/>
        <source>Allocate group work; move, lock, publish; the audit log</source>
        <translation>Fordel gruppearbeid; flytt, lås, publiser; endringsloggen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_badges.cpp" line="+227"/>
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
        <location line="+3"/>
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
        <location filename="../../admin/cli/cmd_decode.cpp" line="+23"/>
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
        <location line="+34"/>
        <source>No QR code found.</source>
        <translation>Fann ingen QR-kode.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read and check the QR codes in an image</source>
        <translation>Les og kontroller QR-kodane i eit bilete</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+157"/>
        <source>Export attendees, attendance or group lists (CSV, XLSX, JSON)</source>
        <translation>Eksporter deltakarar, frammøte eller gruppelister (CSV, XLSX, JSON)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="+129"/>
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
        <location filename="../../admin/cli/cmd_reissue.cpp" line="+58"/>
        <source>Replace or cancel an attendee&apos;s code</source>
        <translation>Erstatt eller annuller koden til ein deltakar</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="+76"/>
        <source>Write invitation tickets (PDF)</source>
        <translation>Lag invitasjonsbillettar (PDF)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="+101"/>
        <source>Make a kiosk pairing code (QR)</source>
        <translation>Lag ein samankoplingskode for ein kiosk (QR)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+69"/>
        <source>List or revoke the devices paired with the hub</source>
        <translation>Vis eller trekk tilbake einingane som er kopla til huben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_hub.cpp" line="+89"/>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+96"/>
        <source>Make a kiosk&apos;s database and settings from the hub&apos;s</source>
        <translation>Lag databasen og innstillingane til ein kiosk frå huben sine</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="+158"/>
        <source>Sync this database with the hub</source>
        <translation>Synkroniser denne databasen med huben</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/kiosk_app.cpp" line="+55"/>
        <source>Unknown mode &quot;%1&quot;: use entrance or session:KEY.</source>
        <translation>Ukjend modus «%1»: bruk entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location line="+41"/>
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
    <name>oppmote</name>
    <message>
        <location filename="../../shared/codes/invitation.cpp" line="+25"/>
        <location filename="../../shared/codes/qr_render.cpp" line="+24"/>
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
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+48"/>
        <source>The key is damaged or mistyped.</source>
        <translation>Nøkkelen er skadd eller feilskriven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a ticket key (wrong length).</source>
        <translation>Dette er ikkje ein billettnøkkel (feil lengd).</translation>
    </message>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="+139"/>
        <source>This is not an Oppmøte pairing code.</source>
        <translation>Dette er ikkje ein samankoplingskode frå Oppmøte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pairing code is from a newer Oppmøte.</source>
        <translation>Denne samankoplingskoden er frå ein nyare Oppmøte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code has no valid hub address.</source>
        <translation>Samankoplingskoden har inga gyldig hub-adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pairing code has no device token.</source>
        <translation>Samankoplingskoden manglar einingsnøkkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pairing code names an unknown mode.</source>
        <translation>Samankoplingskoden oppgir ein ukjend modus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code&apos;s hub fingerprint is damaged.</source>
        <translation>Fingeravtrykket til huben i samankoplingskoden er skadd.</translation>
    </message>
    <message>
        <location filename="../../shared/program/program_settings.cpp" line="+42"/>
        <source>%1 is not valid settings JSON: %2 (at byte %3).</source>
        <translation>%1 er ikkje gyldig innstillings-JSON: %2 (ved byte %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name the group «%1», which the programme does not have.</source>
        <translation>Innstillingane nemner gruppa «%1», som ikkje finst i programmet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings give mixed groups for «%1», which is not a group-work session of the programme.</source>
        <translation>Innstillingane gir blanda grupper for «%1», som ikkje er ei gruppearbeidsøkt i programmet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» has themes; it cannot also have mixed groups.</source>
        <translation>«%1» har tema; ho kan ikkje også ha blanda grupper.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed groups for «%1» need a count between 1 and 10000.</source>
        <translation>Blanda grupper for «%1» må ha eit tal mellom 1 og 10000.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_data.cpp" line="+86"/>
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
        <location filename="../../shared/badge/badge_document.cpp" line="+90"/>
        <source>There are no badges to print.</source>
        <translation>Det er ingen namneskilt å skrive ut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Kunne ikkje opne skrivaren eller fila for utskrift.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer did not accept a new page.</source>
        <translation>Skrivaren godtok ikkje ei ny side.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The PDF file %1 could not be written.</source>
        <translation>Kunne ikkje skrive PDF-fila %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finst ingen skrivar som heiter «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer «%1» did not take the badges.</source>
        <translation>Skrivaren «%1» tok ikkje imot namneskilta.</translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+23"/>
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
        <location line="+12"/>
        <source>The badge template %1 could not be read.</source>
        <translation>Kunne ikkje lese malen for namneskilt %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation>Det finst ingen mal for namneskilt som heiter «%1». Malar: %2.</translation>
    </message>
</context>
<context>
    <name>oppmote::BadgePrinting</name>
    <message>
        <location filename="../../shared/kiosk/badge_printing.cpp" line="+59"/>
        <source>Your badge could not be made. Please ask at the desk.</source>
        <translation>Namneskiltet ditt kunne ikkje lagast. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The badge printer is not working. Please ask at the desk.</source>
        <translation>Skrivaren for namneskilt verkar ikkje. Spør i skranken.</translation>
    </message>
</context>
<context>
    <name>oppmote::CheckinOutcome</name>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="-231"/>
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
    <name>oppmote::KioskConfig</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="-84"/>
        <source>The mode must be &quot;entrance&quot; or &quot;session:&quot; followed by a session key, not &quot;%1&quot;.</source>
        <translation>Modusen må vere «entrance» eller «session:» følgd av ein programpostnøkkel, ikkje «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The idle timeout and the confirmation time must be at least 1 second.</source>
        <translation>Tidsavbrotet og visingstida for stadfestinga må vere minst 1 sekund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Arrangementsdatoen «%1» er ikkje ein dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the kiosk settings %1: %2</source>
        <translation>Kan ikkje lese kioskinnstillingane %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk settings %1 are not a JSON object: %2</source>
        <translation>Kioskinnstillingane %1 er ikkje eit JSON-objekt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot write the kiosk settings %1: %2</source>
        <translation>Kan ikkje skrive kioskinnstillingane %1: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::KioskController</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_controller.cpp" line="+211"/>
        <source>This code is not on the list of attendees.</source>
        <translation>Denne koden står ikkje på deltakarlista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk is already set up. Staff can pair it again from staff mode.</source>
        <translation>Denne kiosken er allereie sett opp. Personalet kan para han på nytt i personalmodus.</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+164"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation>Denne kiosken er ute av drift. Sjekk inn i skranken.</translation>
    </message>
</context>
<context>
    <name>oppmote::Parser</name>
    <message>
        <location filename="../../shared/program/program_parser.cpp" line="+161"/>
        <source>No day headings were found (a line like «Mandag 25. september»).</source>
        <translation>Fann ingen dagoverskrifter (ei linje som «Måndag 25. september»).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Text before the first session of the day was kept as a note of the day&apos;s first session: «%1»</source>
        <translation>Tekst før den første økta på dagen vart lagra som eit notat til den første økta: «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>«%1» is not a month name.</source>
        <translation>«%1» er ikkje namnet på ein månad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A session comes before any day heading.</source>
        <translation>Ei økt står før den første dagoverskrifta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1.%2» is not a time of day.</source>
        <translation>«%1.%2» er ikkje eit klokkeslett.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 comes before the session above it (%2); the order was kept.</source>
        <translation>Kl. %1 er tidlegare enn økta over (kl. %2); rekkjefølgja er uendra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1 %2» under «%3», which is not group work; the session was made group work.</source>
        <translation>«%1 %2» under «%3», som ikkje er gruppearbeid; økta vart gjord om til gruppearbeid.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appears twice in «%2».</source>
        <translation>%1 står to gonger i «%2».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case outside any theme was kept as a note: «%1»</source>
        <translation>Ein case utanfor eit tema vart lagra som notat: «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The programme gives no year; %1 is the only year near now in which %2 %3. %4 falls on a %2.</source>
        <translation>Programmet oppgir ikkje år; %1 er det einaste året nær i år der %3. %4 er ein %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The programme gives no year, and no year near now has %1 on a %2; give the year.</source>
        <translation>Programmet oppgir ikkje år, og ingen år nær i år har %1 på ein %2; oppgi året.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme gives no year; «%1» fits %2. Give the year.</source>
        <translation>Programmet oppgir ikkje år; «%1» passar med %2. Oppgi året.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1» is not a date in %2.</source>
        <translation>«%1» er ikkje ein dato i %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«%1»: %2 is a %3, not a %4. Check the date and the year.</source>
        <translation>«%1»: %2 er ein %3, ikkje ein %4. Kontroller datoen og året.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same date as or earlier than the day before</source>
        <translation>same dato som eller tidlegare enn dagen før</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1, not a %2</source>
        <translation>ein %1, ikkje ein %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» gives %2, %3. The weekday suggests %4.</source>
        <translation>«%1» gir %2, %3. Vekedagen tilseier %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» gives %2, %3. The weekday suggests %4, so that date is used; correct the programme if the weekday is the mistake.</source>
        <translation>«%1» gir %2, %3. Vekedagen tilseier %4, så den datoen er brukt; rett programmet om det er vekedagen som er feil.</translation>
    </message>
</context>
<context>
    <name>oppmote::PrinterStatus</name>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+58"/>
        <source>The badge printer «%1» is not set up. Please ask the staff.</source>
        <translation>Skrivaren for namneskilt «%1» er ikkje sett opp. Spør i skranken.</translation>
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
        <location filename="../../shared/scan/qr_decoder.cpp" line="+123"/>
        <source>Could not read the image %1: %2</source>
        <translation>Kunne ikkje lese biletet %1: %2</translation>
    </message>
</context>
<context>
    <name>oppmote::SignedToken</name>
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+30"/>
        <source>There is no token to sign.</source>
        <translation>Det er ingen kode å signere.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>The ticket contains “%1”, which never appears in an Oppmøte code.</source>
        <translation>Billetten inneheld «%1», som aldri finst i ein Oppmøte-kode.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The ticket is damaged or mistyped: its check character does not match.</source>
        <translation>Billetten er skadd eller feilskriven: kontrollteiknet stemmer ikkje.</translation>
    </message>
</context>
<context>
    <name>oppmote::StaffController</name>
    <message>
        <location filename="../../shared/kiosk/staff_controller.cpp" line="+112"/>
        <source>The check-in of %1 was undone.</source>
        <translation>Innsjekkinga av %1 er angra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not checked in here.</source>
        <translation>%1 er ikkje sjekka inn her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new badge for %1 is on its way to the printer.</source>
        <translation>Eit nytt skilt for %1 er på veg til skrivaren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This registration is gone.</source>
        <translation>Denne registreringa finst ikkje lenger.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is registered and checked in.</source>
        <translation>%1 er registrert og sjekka inn.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Entrance</source>
        <translation>Inngang</translation>
    </message>
</context>
<context>
    <name>oppmote::Store</name>
    <message>
        <location filename="../../shared/store/store_allocation.cpp" line="+116"/>
        <source>An assignment for %1 was given to the allocation of %2.</source>
        <translation>Ei plassering for %1 vart gitt til fordelinga for %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>run %1: %2 placed</source>
        <translation>køyring %1: %2 plasserte</translation>
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
</context>
<context>
    <name>oppmote::Token</name>
    <message>
        <location filename="../../shared/codes/token.cpp" line="+68"/>
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
        <location line="+6"/>
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
        <location filename="../../shared/codes/token_verifier.cpp" line="+62"/>
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
        <location line="+3"/>
        <source>This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.</source>
        <translation>Denne koden er erstatta av ein nyare. Bruk den siste billetten du fekk, eller spør i registreringsskranken.</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>oppmote::cli</name>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-380"/>
        <source>Name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation>Oppgi gruppearbeidsøkta med --slot (t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-81"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-53"/>
        <location filename="../../admin/cli/cmd_export.cpp" line="-95"/>
        <source>The programme has no session «%1».</source>
        <translation>Programmet har inga økt «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«%1» (%2) is not group work.</source>
        <translation>«%1» (%2) er ikkje gruppearbeid.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+26"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+25"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-41"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-8"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="-7"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+232"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-232"/>
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
        <location line="+2"/>
        <source>%1 of %2 placed, %3 not placed; %4 fixed or locked.</source>
        <translation>%1 av %2 plasserte, %3 ikkje plasserte; %4 faste eller låste.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>%1 moved since the last run.</source>
        <translation>%1 flytta sidan førre køyring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The roster is empty; nobody to place.</source>
        <translation>Deltakarlista er tom; ingen å plassere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in yet; nobody to place. Use --expected to place everyone registered.</source>
        <translation>Ingen er sjekka inn enno; ingen å plassere. Bruk --expected for å plassere alle påmelde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not among the people placed in %2.</source>
        <translation>%1 er ikkje blant dei som er plasserte i %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 saved%2.</source>
        <translation>Køyring %1 er lagra%2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and published</source>
        <translation> og publisert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has no group «%2». Groups: %3</source>
        <translation>%1 har inga gruppe «%2». Grupper: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The allocation of %1 is published.</source>
        <translation>Fordelinga for %1 er publisert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote allocate %1: name the person with --attendee ID.</source>
        <translation>oppmote allocate %1: oppgi personen med --attendee ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote allocate move: give --to GROUP and --reason &quot;why&quot;.</source>
        <translation>oppmote allocate move: oppgi --to GRUPPE og --reason &quot;grunngiving&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now in %2 (locked).</source>
        <translation>%1 er no i %2 (låst).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked in %2.</source>
        <translation>%1 er låst i %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is unlocked in %2.</source>
        <translation>%1 er låst opp i %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Av</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+1"/>
        <source>Explain where this attendee was placed and why.</source>
        <translation>Forklar kvar denne deltakaren vart plassert, og kvifor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the group lists per room as CSV.</source>
        <translation>Skriv gruppelistene per rom som CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the group lists per room as PDF (a page per group).</source>
        <translation>Skriv gruppelistene per rom som PDF (éi side per gruppe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does this, for the audit log (default: $USER).</source>
        <translation>Kven som utfører dette, for endringsloggen (standard: $USER).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move/lock/unlock: the attendee&apos;s id.</source>
        <translation>move/lock/unlock: ID-en til deltakaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move: the group (key, name or number).</source>
        <translation>move: gruppa (nøkkel, namn eller nummer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the audit log (required for move).</source>
        <translation>Grunngiving, for endringsloggen (påkravd for move).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to allocate; or move, lock, unlock, publish, log.</source>
        <translation>Tom for å fordele; elles move, lock, unlock, publish eller log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people in the groups of a group-work slot; move, lock, publish; show the log.</source>
        <translation>Plasser personar i gruppene i ei gruppearbeidsøkt; flytt, lås, publiser; vis loggen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote allocate: unknown action «%1» (move, lock, unlock, publish, log).</source>
        <translation>oppmote allocate: ukjend handling «%1» (move, lock, unlock, publish, log).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation>oppmote allocate: oppgi gruppearbeidsøkta med --slot (t.d. d1-1400).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
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
        <location line="+3"/>
        <source>Attendance per session, derived from the check-in log.</source>
        <translation>Frammøte per økt, rekna ut frå innsjekkingsloggen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>venue</source>
        <translation>lokalet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation>Økt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <source>Checked in</source>
        <translation>Sjekka inn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+27"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people.</source>
        <translation>%1 personar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-50"/>
        <source>Only this organisation.</source>
        <translation>Berre denne organisasjonen.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>list (default), or generate N: add N fictional attendees for the event.</source>
        <translation>list (standard), eller generate N: legg til N fiktive deltakarar i arrangementet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List or generate the roster.</source>
        <translation>Vis eller lag deltakarlista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees: unknown action «%1» (list, generate).</source>
        <translation>oppmote attendees: ukjend handling «%1» (list, generate).</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-77"/>
        <source>No attendee has this code.</source>
        <translation>Ingen deltakar har denne koden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No one is called «%1».</source>
        <translation>Ingen heiter «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than one person matches; be more precise: %1</source>
        <translation>Fleire personar passar; ver meir presis: %1</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-104"/>
        <location filename="../../admin/cli/cmd_badges.cpp" line="-209"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+14"/>
        <source>No attendee has the id «%1».</source>
        <translation>Ingen deltakar har ID-en «%1».</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+10"/>
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
        <source>An id for this check-in; a retry with the same id is recorded once.</source>
        <translation>Ein ID for denne innsjekkinga; eit nytt forsøk med same ID blir berre registrert éin gong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendee&apos;s id (or use --token / --search).</source>
        <translation>ID-en til deltakaren (eller bruk --token / --search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check an attendee in at the venue or a session.</source>
        <translation>Sjekk inn ein deltakar i lokalet eller på ei økt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote checkin: name the attendee in one way: an id, --token or --search.</source>
        <translation>oppmote checkin: oppgi deltakaren på éin måte: ein ID, --token eller --search.</translation>
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
        <location filename="../../admin/cli/cmd_import_program.cpp" line="-97"/>
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
        <location line="+20"/>
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
        <location filename="../../admin/cli/cmd_badges.cpp" line="+16"/>
        <source>No one is registered from «%1».</source>
        <translation>Ingen er påmeld frå «%1».</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no printer called «%1».</source>
        <translation>Det finst ingen skrivar som heiter «%1».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The printer did not print the badges.</source>
        <translation>Skrivaren skreiv ikkje ut namneskilta.</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>This attendee (repeat for more).</source>
        <translation>Denne deltakaren (gjenta for fleire).</translation>
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
        <location line="+6"/>
        <source>oppmote badges: give either --pdf FILE or --printer QUEUE.</source>
        <translation>oppmote badges: oppgi anten --pdf FIL eller --printer KØ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote badges: say whose badges: --all, --attendee ID, --organisation NAME or --walk-ins.</source>
        <translation>oppmote badges: oppgi kven namneskilta gjeld: --all, --attendee ID, --organisation NAMN eller --walk-ins.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 on %2, template %3.</source>
        <translation>%1 på %2, mal %3.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+13"/>
        <source>Cannot write %1: %2.</source>
        <translation>Kan ikkje skrive %1: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv, xlsx or json.</source>
        <translation>csv, xlsx eller json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: standard output; xlsx needs a file).</source>
        <translation>Fila som skal skrivast (standard: standard ut; xlsx krev ei fil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: only this group-work slot (e.g. d1-1400).</source>
        <translation>groups: berre denne gruppearbeidsøkta (t.d. d1-1400).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attendees, sessions (attendance per session), organisations (attendance per organisation), groups (group lists), or all (xlsx and json only).</source>
        <translation>attendees (deltakarar), sessions (frammøte per økt), organisations (frammøte per organisasjon), groups (gruppelister) eller all (berre xlsx og json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export attendees, attendance or group lists as CSV, XLSX or JSON.</source>
        <translation>Eksporter deltakarar, frammøte eller gruppelister som CSV, XLSX eller JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote export: name one table: %1.</source>
        <translation>oppmote export: oppgi éin tabell: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote export: --format csv, xlsx or json.</source>
        <translation>oppmote export: --format csv, xlsx eller json.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote export: an XLSX file needs -o FILE.</source>
        <translation>oppmote export: ei XLSX-fil krev -o FIL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote export: CSV holds one table; name it, or use xlsx or json for all.</source>
        <translation>oppmote export: CSV rommar éin tabell; oppgi kva for ein, eller bruk xlsx eller json for alle.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 rows written to %2.</source>
        <translation>%1 rader skrivne til %2.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="-92"/>
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
        <location line="+26"/>
        <source>Nothing was imported; the list is as it was.</source>
        <translation>Ingenting vart importert; lista er uendra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dry run: nothing was written.</source>
        <translation>Prøvekøyring: ingenting vart skrive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new attendees were given a code.</source>
        <translation>%1 nye deltakarar fekk ein kode.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="-36"/>
        <source>Cancel the code without a new one (registration withdrawn).</source>
        <translation>Annuller koden utan å lage ein ny (påmeldinga er trekt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose code to replace.</source>
        <translation>Deltakaren som skal få ny kode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an attendee a new code; the old one is refused from now on.</source>
        <translation>Gje ein deltakar ny kode; den gamle vert avvist frå no av.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote reissue: give one attendee id.</source>
        <translation>oppmote reissue: oppgje éin deltakar-id.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>Only this attendee (repeatable).</source>
        <translation>Berre denne deltakaren (kan gjentakast).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line for &quot;what to bring&quot; (repeatable).</source>
        <translation>Ei linje under «ta med» (kan gjentakast).</translation>
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
        <location line="+24"/>
        <source>No attendee with a code matches.</source>
        <translation>Ingen deltakar med kode passar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files written to %2.</source>
        <translation>%1 filer skrivne til %2.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="-74"/>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-72"/>
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
        <location line="+9"/>
        <source>oppmote pair: the mode is entrance or session:KEY.</source>
        <translation>oppmote pair: modusen er entrance eller session:NØKKEL.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-40"/>
        <source>Revoke this device (by id).</source>
        <translation>Trekk tilbake denne eininga (etter ID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the devices paired with the hub, or revoke one.</source>
        <translation>Vis einingane som er kopla til huben, eller trekk tilbake éi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoked %1: the hub refuses it from now on.</source>
        <translation>%1 er trekt tilbake: huben avviser henne frå no av.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>revoked</source>
        <translation>trekt tilbake</translation>
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
        <location line="+5"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen (UTC)</source>
        <translation>Sist sett (UTC)</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_hub.cpp" line="-79"/>
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
        <location line="+39"/>
        <source>Connected: %1 (%2)</source>
        <translation>Tilkopla: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused a device: %1</source>
        <translation>Avviste ei eining: %1</translation>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-9"/>
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
        <location line="+4"/>
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
        <location line="+12"/>
        <source>Kiosk database: %1 (%2)</source>
        <translation>Kioskdatabase: %1 (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kiosk settings: %1 (paired with %2 on first start)</source>
        <translation>Kioskinnstillingar: %1 (blir kopla til %2 ved første start)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN was given (--pin): staff mode stays locked on this kiosk.</source>
        <translation>Ingen personal-PIN vart oppgitt (--pin): personalmodus blir verande låst på denne kiosken.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="-122"/>
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
        <location line="+29"/>
        <source>Paired with the hub.</source>
        <translation>Kopla til huben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 sent, %2 received, %3 waiting.</source>
        <translation>Synkronisert: %1 sende, %2 mottekne, %3 ventar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub refused this device: %1</source>
        <translation>Huben avviste denne eininga: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.</source>
        <translation>Fekk ikkje kontakt med huben i tide: %1. %2 innsjekking(ar) ventar her og blir sende neste gong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation>ikkje noko svar</translation>
    </message>
</context>
<context>
    <name>oppmote::cli::Demo</name>
    <message>
        <location filename="../../admin/cli/demo_run.cpp" line="+95"/>
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
        <location line="+21"/>
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
        <location line="+53"/>
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
    <name>oppmote::cups</name>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+24"/>
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
        <location line="+3"/>
        <source>The printer is off or not connected. Please ask the staff.</source>
        <translation>Skrivaren er slått av eller ikkje kopla til. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is not taking new badges right now. Please ask the staff.</source>
        <translation>Skrivaren tek ikkje imot nye namneskilt akkurat no. Spør i skranken.</translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>oppmote::sql::Connection</name>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+56"/>
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
        <location line="+5"/>
        <source>%1 is locked by another program; try again.</source>
        <translation>%1 er låst av eit anna program; prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error in %1 (%2): %3</source>
        <translation>Databasefeil i %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::HubServer</name>
    <message>
        <location filename="../../shared/sync/hub_server.cpp" line="+98"/>
        <location line="+177"/>
        <source>This device was revoked by the organisers.</source>
        <translation>Denne eininga er trekt tilbake av arrangørane.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>The hub cannot listen on %1:%2: %3</source>
        <translation>Huben kan ikkje lytte på %1:%2: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The hub speaks JSON text messages only.</source>
        <translation>Huben forstår berre JSON-tekstmeldingar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The device did not say who it is.</source>
        <translation>Eininga sa ikkje kven ho er.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hub did not expect «%1» now.</source>
        <translation>Huben venta ikkje «%1» no.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A pairing request needs a token and a device.</source>
        <translation>Ein samankoplingsførespurnad treng ein eingongsnøkkel og ei eining.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This device speaks another version of the hub protocol: update Oppmøte on it.</source>
        <translation>Denne eininga brukar ein annan versjon av hub-protokollen: oppdater Oppmøte på henne.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This device is not paired with the hub.</source>
        <translation>Denne eininga er ikkje kopla til huben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s secret is wrong.</source>
        <translation>Løyndomen til eininga er feil.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A device may push only its own events.</source>
        <translation>Ei eining kan berre sende sine eigne hendingar.</translation>
    </message>
</context>
<context>
    <name>oppmote::sync::SyncClient</name>
    <message>
        <location filename="../../shared/sync/sync_client.cpp" line="+113"/>
        <location line="+19"/>
        <source>The hub&apos;s certificate is not the one this device was paired with.</source>
        <translation>Sertifikatet til huben er ikkje det denne eininga vart kopla til med.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This device has neither a pairing code nor a secret.</source>
        <translation>Denne eininga har verken samankoplingskode eller løyndom.</translation>
    </message>
</context>
</TS>
