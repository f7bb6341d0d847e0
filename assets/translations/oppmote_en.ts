<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/qml/CameraPanel.qml" line="+42"/>
        <source>Camera not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the hand scanner, or find your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="+315"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/qml/ConfirmScreen.qml" line="+41"/>
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
        <location line="+21"/>
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
        <location line="+22"/>
        <source>Your group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your group today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your badge was printed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your badge is being printed.</source>
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
    <name>IdentifyScreen</name>
    <message>
        <location filename="../../kiosk/qml/IdentifyScreen.qml" line="+21"/>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
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
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../shared/print/print_queue.cpp" line="+58"/>
        <source>Your badge has already been printed. Please ask the staff if you need a new one.</source>
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
        <location line="+17"/>
        <source>Type at least two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one found. Check the spelling, or ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&apos;m not on the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPinScreen</name>
    <message>
        <location filename="../../kiosk/qml/StaffPinScreen.qml" line="+21"/>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
        <source>Reprint badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manual check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Walk-ins waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="-2"/>
        <source>Hub: not paired — check-ins stay on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check-ins not yet sent to the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../shared/store/schema.cpp" line="+194"/>
        <source>%1 was written by a newer Oppmøte (schema version %2; this program knows up to %3). It was left untouched; update Oppmøte to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+196"/>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store.cpp" line="+24"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is an SQLite database of another program, not Oppmøte&apos;s. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot use write-ahead logging (journal mode %2); is it on a network or read-only file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_sync.cpp" line="+62"/>
        <source>The hub sent an event without its place in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>An event id was sent twice with different content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This pairing code is not known to the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This pairing code was used by another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This device is paired already; a pairing code cannot change that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No device has the id «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 exists already; a kiosk database is made new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/store/store_roster_sync.cpp" line="+29"/>
        <source>The roster from the hub was refused: %1</source>
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
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/qml/TopBar.qml" line="+45"/>
        <source>Offline — check-ins are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location filename="../../kiosk/qml/WalkInScreen.qml" line="+30"/>
        <source>Register at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+14"/>
        <source>My name and organisation may appear on lists shared with other attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/qml/WelcomeScreen.qml" line="+34"/>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+17"/>
        <source>Today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+104"/>
        <source>Attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+128"/>
        <source>List the roster, or generate a fictional one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+201"/>
        <source>Check an attendee in, out, or undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_demo.cpp" line="+48"/>
        <source>Run the sample workshop headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_program.cpp" line="+160"/>
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
        <location filename="../../admin/cli/command.cpp" line="+25"/>
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
        <location filename="../../admin/cli/store_options.cpp" line="+12"/>
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
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="+430"/>
        <source>Allocate group work; move, lock, publish; the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_badges.cpp" line="+227"/>
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
        <location line="+3"/>
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
        <location filename="../../admin/cli/cmd_decode.cpp" line="+23"/>
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
        <location line="+34"/>
        <source>No QR code found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read and check the QR codes in an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+157"/>
        <source>Export attendees, attendance or group lists (CSV, XLSX, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="+129"/>
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
        <location filename="../../admin/cli/cmd_reissue.cpp" line="+58"/>
        <source>Replace or cancel an attendee&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="+76"/>
        <source>Write invitation tickets (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="+101"/>
        <source>Make a kiosk pairing code (QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+69"/>
        <source>List or revoke the devices paired with the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../admin/cli/cmd_hub.cpp" line="+89"/>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="+96"/>
        <source>Make a kiosk&apos;s database and settings from the hub&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="+158"/>
        <source>Sync this database with the hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <location filename="../../kiosk/kiosk_app.cpp" line="+55"/>
        <source>Unknown mode &quot;%1&quot;: use entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
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
    <name>oppmote</name>
    <message>
        <location filename="../../shared/codes/invitation.cpp" line="+25"/>
        <location filename="../../shared/codes/qr_render.cpp" line="+24"/>
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
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+48"/>
        <source>The key is damaged or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a ticket key (wrong length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="+139"/>
        <source>This is not an Oppmøte pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This pairing code is from a newer Oppmøte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pairing code has no valid hub address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pairing code has no device token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pairing code names an unknown mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pairing code&apos;s hub fingerprint is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/program/program_settings.cpp" line="+42"/>
        <source>%1 is not valid settings JSON: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings name the group «%1», which the programme does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings give mixed groups for «%1», which is not a group-work session of the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» has themes; it cannot also have mixed groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed groups for «%1» need a count between 1 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_data.cpp" line="+86"/>
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
        <location filename="../../shared/badge/badge_document.cpp" line="+90"/>
        <source>There are no badges to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer did not accept a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The PDF file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no printer called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printer «%1» did not take the badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../shared/badge/badge_template.cpp" line="+23"/>
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
        <location line="+12"/>
        <source>The badge template %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no badge template called «%1». Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::BadgePrinting</name>
    <message>
        <location filename="../../shared/kiosk/badge_printing.cpp" line="+59"/>
        <source>Your badge could not be made. Please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The badge printer is not working. Please ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::CheckinOutcome</name>
    <message>
        <location filename="../../shared/store/store_checkins.cpp" line="-231"/>
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
    <name>oppmote::KioskConfig</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_config.cpp" line="-84"/>
        <source>The mode must be &quot;entrance&quot; or &quot;session:&quot; followed by a session key, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The idle timeout and the confirmation time must be at least 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the kiosk settings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The kiosk settings %1 are not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <source>Cannot write the kiosk settings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::KioskController</name>
    <message>
        <location filename="../../shared/kiosk/kiosk_controller.cpp" line="+211"/>
        <source>This code is not on the list of attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This kiosk is already set up. Staff can pair it again from staff mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+164"/>
        <source>This kiosk is out of service. Please check in at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::Parser</name>
    <message>
        <location filename="../../shared/program/program_parser.cpp" line="+161"/>
        <source>No day headings were found (a line like «Mandag 25. september»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Text before the first session of the day was kept as a note of the day&apos;s first session: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>«%1» is not a month name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A session comes before any day heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>«%1.%2» is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 comes before the session above it (%2); the order was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1 %2» under «%3», which is not group work; the session was made group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appears twice in «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case outside any theme was kept as a note: «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The programme gives no year; %1 is the only year near now in which %2 %3. %4 falls on a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The programme gives no year, and no year near now has %1 on a %2; give the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme gives no year; «%1» fits %2. Give the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>«%1» is not a date in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>«%1»: %2 is a %3, not a %4. Check the date and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the same date as or earlier than the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» gives %2, %3. The weekday suggests %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» gives %2, %3. The weekday suggests %4, so that date is used; correct the programme if the weekday is the mistake.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::PrinterStatus</name>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+58"/>
        <source>The badge printer «%1» is not set up. Please ask the staff.</source>
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
        <location filename="../../shared/scan/qr_decoder.cpp" line="+123"/>
        <source>Could not read the image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::SignedToken</name>
    <message>
        <location filename="../../shared/codes/signed_token.cpp" line="+30"/>
        <source>There is no token to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>The ticket contains “%1”, which never appears in an Oppmøte code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The ticket is damaged or mistyped: its check character does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::StaffController</name>
    <message>
        <location filename="../../shared/kiosk/staff_controller.cpp" line="+112"/>
        <source>The check-in of %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not checked in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A new badge for %1 is on its way to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This registration is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is registered and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Entrance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::Store</name>
    <message>
        <location filename="../../shared/store/store_allocation.cpp" line="+116"/>
        <source>An assignment for %1 was given to the allocation of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>run %1: %2 placed</source>
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
</context>
<context>
    <name>oppmote::Token</name>
    <message>
        <location filename="../../shared/codes/token.cpp" line="+68"/>
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
        <location line="+6"/>
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
        <location filename="../../shared/codes/token_verifier.cpp" line="+62"/>
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
        <location line="+3"/>
        <source>This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>oppmote::cli</name>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-380"/>
        <source>Name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="-81"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-53"/>
        <location filename="../../admin/cli/cmd_export.cpp" line="-95"/>
        <source>The programme has no session «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«%1» (%2) is not group work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+26"/>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+25"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="-41"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-8"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="-7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+232"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-232"/>
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
        <location line="+2"/>
        <source>%1 of %2 placed, %3 not placed; %4 fixed or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>%1 moved since the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The roster is empty; nobody to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is checked in yet; nobody to place. Use --expected to place everyone registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not among the people placed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Run %1 saved%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 has no group «%2». Groups: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The allocation of %1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote allocate %1: name the person with --attendee ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>oppmote allocate move: give --to GROUP and --reason &quot;why&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now in %2 (locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is locked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is unlocked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+1"/>
        <source>Explain where this attendee was placed and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the group lists per room as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the group lists per room as PDF (a page per group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does this, for the audit log (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move/lock/unlock: the attendee&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move: the group (key, name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for the audit log (required for move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to allocate; or move, lock, unlock, publish, log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place people in the groups of a group-work slot; move, lock, publish; show the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>oppmote allocate: unknown action «%1» (move, lock, unlock, publish, log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote allocate: name the group-work slot with --slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_attendance.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
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
        <location line="+3"/>
        <source>Attendance per session, derived from the check-in log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_attendees.cpp" line="+0"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+27"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../admin/cli/cmd_devices.cpp" line="+0"/>
        <location filename="../../admin/cli/cmd_search.cpp" line="+0"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../admin/cli/cmd_tickets.cpp" line="-50"/>
        <source>Only this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>list (default), or generate N: add N fictional attendees for the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List or generate the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote attendees: unknown action «%1» (list, generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="-77"/>
        <source>No attendee has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No one is called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More than one person matches; be more precise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_allocate.cpp" line="-104"/>
        <location filename="../../admin/cli/cmd_badges.cpp" line="-209"/>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+14"/>
        <source>No attendee has the id «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_checkin.cpp" line="+10"/>
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
        <source>An id for this check-in; a retry with the same id is recorded once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The attendee&apos;s id (or use --token / --search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check an attendee in at the venue or a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote checkin: name the attendee in one way: an id, --token or --search.</source>
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
        <location filename="../../admin/cli/cmd_import_program.cpp" line="-97"/>
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
        <location line="+20"/>
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
        <location filename="../../admin/cli/cmd_badges.cpp" line="+16"/>
        <source>No one is registered from «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no printer called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The printer did not print the badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>This attendee (repeat for more).</source>
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
        <location line="+6"/>
        <source>oppmote badges: give either --pdf FILE or --printer QUEUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote badges: say whose badges: --all, --attendee ID, --organisation NAME or --walk-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 on %2, template %3.</source>
        <translation>%1 on %2, template %3.</translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_export.cpp" line="+13"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file to write (default: standard output; xlsx needs a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groups: only this group-work slot (e.g. d1-1400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attendees, sessions (attendance per session), organisations (attendance per organisation), groups (group lists), or all (xlsx and json only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export attendees, attendance or group lists as CSV, XLSX or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>oppmote export: name one table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oppmote export: --format csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>oppmote export: an XLSX file needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote export: CSV holds one table; name it, or use xlsx or json for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_import_attendees.cpp" line="-92"/>
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
        <location line="+26"/>
        <source>Nothing was imported; the list is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new attendees were given a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_reissue.cpp" line="-36"/>
        <source>Cancel the code without a new one (registration withdrawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose code to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give an attendee a new code; the old one is refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oppmote reissue: give one attendee id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
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
        <source>Only this attendee (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line for &quot;what to bring&quot; (repeatable).</source>
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
        <location line="+24"/>
        <source>No attendee with a code matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 files written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_pair.cpp" line="-74"/>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-72"/>
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
        <location line="+9"/>
        <source>oppmote pair: the mode is entrance or session:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_devices.cpp" line="-40"/>
        <source>Revoke this device (by id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the devices paired with the hub, or revoke one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revoked %1: the hub refuses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>revoked</source>
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
        <location line="+5"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_hub.cpp" line="-79"/>
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
        <location line="+39"/>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused a device: %1</source>
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
        <location filename="../../admin/cli/cmd_prepare_kiosk.cpp" line="-9"/>
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
        <location line="+4"/>
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
        <location line="+12"/>
        <source>Kiosk database: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kiosk settings: %1 (paired with %2 on first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No staff PIN was given (--pin): staff mode stays locked on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../admin/cli/cmd_sync.cpp" line="-122"/>
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
        <location line="+29"/>
        <source>Paired with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Synced: %1 sent, %2 received, %3 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hub refused this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hub could not be reached in time: %1. %2 check-in(s) wait here and are sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::cli::Demo</name>
    <message>
        <location filename="../../admin/cli/demo_run.cpp" line="+95"/>
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
        <location line="+21"/>
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
        <location line="+53"/>
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
    <name>oppmote::cups</name>
    <message>
        <location filename="../../shared/print/cups_printer.cpp" line="+24"/>
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
        <location line="+3"/>
        <source>The printer is off or not connected. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer is not taking new badges right now. Please ask the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
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
</context>
<context>
    <name>oppmote::sql::Connection</name>
    <message>
        <location filename="../../shared/store/sqlite.cpp" line="+56"/>
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
        <location line="+5"/>
        <source>%1 is locked by another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database error in %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::sync::HubServer</name>
    <message>
        <location filename="../../shared/sync/hub_server.cpp" line="+98"/>
        <location line="+177"/>
        <source>This device was revoked by the organisers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-146"/>
        <source>The hub cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The hub speaks JSON text messages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The device did not say who it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The hub did not expect «%1» now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A pairing request needs a token and a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This device speaks another version of the hub protocol: update Oppmøte on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This device is not paired with the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device&apos;s secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A device may push only its own events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oppmote::sync::SyncClient</name>
    <message>
        <location filename="../../shared/sync/sync_client.cpp" line="+113"/>
        <location line="+19"/>
        <source>The hub&apos;s certificate is not the one this device was paired with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This device has neither a pairing code nor a secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
