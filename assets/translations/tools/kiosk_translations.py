#!/usr/bin/env python3
"""Fills the kiosk's Norwegian translations (Bokmål, Nynorsk) into the .ts
files after `cmake --build build --target update_translations`. Only
messages still marked unfinished are touched; run it again after lupdate."""
import sys
import xml.etree.ElementTree as ET

# source: (nb, nn)
T = {
    # camera, top bar, window
    'Camera not available': ('Kamera ikke tilgjengelig', 'Kamera ikkje tilgjengeleg'),
    'Use the hand scanner, or find your name.': ('Bruk håndskanneren, eller finn navnet ditt.', 'Bruk handskannaren, eller finn namnet ditt.'),
    'Offline — check-ins are kept': ('Frakoblet – innsjekkinger lagres', 'Fråkopla – innsjekkingar blir lagra'),
    'Staff': ('Personale', 'Personale'),
    'Oppmøte check-in': ('Oppmøte innsjekking', 'Oppmøte innsjekking'),
    # welcome
    'Welcome!': ('Velkommen!', 'Velkomen!'),
    '%1 in %2': ('%1 i %2', '%1 i %2'),
    'Scan the QR code on your invitation or badge.': ('Skann QR-koden på invitasjonen eller navneskiltet ditt.', 'Skann QR-koden på invitasjonen eller namneskiltet ditt.'),
    'Find my name': ('Finn navnet mitt', 'Finn namnet mitt'),
    'Not registered? Register here': ('Ikke påmeldt? Registrer deg her', 'Ikkje påmeld? Registrer deg her'),
    "Today's programme": ('Dagens program', 'Dagens program'),
    # loading
    'Starting…': ('Starter …', 'Startar …'),
    'The kiosk cannot start': ('Kiosken kan ikke starte', 'Kiosken kan ikkje starte'),
    'Please ask at the desk.': ('Spør i skranken.', 'Spør i skranken.'),
    # search
    'Manual check-in': ('Manuell innsjekking', 'Manuell innsjekking'),
    'Find your name': ('Finn navnet ditt', 'Finn namnet ditt'),
    'Type your first name or surname': ('Skriv fornavn eller etternavn', 'Skriv førenamn eller etternamn'),
    'Type at least two letters.': ('Skriv minst to bokstaver.', 'Skriv minst to bokstavar.'),
    'No one found. Check the spelling, or ask at the desk.': ('Ingen treff. Sjekk skrivemåten, eller spør i skranken.', 'Ingen treff. Sjekk skrivemåten, eller spør i skranken.'),
    'Back': ('Tilbake', 'Tilbake'),
    "I'm not on the list": ('Jeg står ikke på listen', 'Eg står ikkje på lista'),
    # identify
    'Is this you?': ('Er dette deg?', 'Er dette deg?'),
    'Yes, check me in': ('Ja, sjekk meg inn', 'Ja, sjekk meg inn'),
    'No, go back': ('Nei, gå tilbake', 'Nei, gå tilbake'),
    # confirm
    'One moment…': ('Et øyeblikk …', 'Eit augneblink …'),
    'Welcome, %1!': ('Velkommen, %1!', 'Velkomen, %1!'),
    'Hello again, %1!': ('Hei igjen, %1!', 'Hei igjen, %1!'),
    'Wrong room, %1': ('Feil rom, %1', 'Feil rom, %1'),
    'Something went wrong': ('Noe gikk galt', 'Noko gjekk gale'),
    'You are checked in.': ('Du er sjekket inn.', 'Du er sjekka inn.'),
    'You checked in at %1 (%2).': ('Du sjekket inn kl. %1 (%2).', 'Du sjekka inn kl. %1 (%2).'),
    'You checked in at %1.': ('Du sjekket inn kl. %1.', 'Du sjekka inn kl. %1.'),
    'This room is for %1.': ('Dette rommet er for %1.', 'Dette rommet er for %1.'),
    'Please ask at the desk — we will help you.': ('Spør i skranken, så hjelper vi deg.', 'Spør i skranken, så hjelper vi deg.'),
    'Your group': ('Gruppen din', 'Gruppa di'),
    'Your group today': ('Gruppen din i dag', 'Gruppa di i dag'),
    '%1 — room %2': ('%1 — rom %2', '%1 — rom %2'),
    'Your badge was printed at %1.': ('Navneskiltet ditt ble skrevet ut kl. %1.', 'Namneskiltet ditt vart skrive ut kl. %1.'),
    'Your badge is being printed.': ('Skiltet ditt skrives ut.', 'Skiltet ditt blir skrive ut.'),
    'Pick up your badge at the desk.': ('Hent navneskiltet ditt i skranken.', 'Hent namneskiltet ditt i skranken.'),
    'Print my badge again': ('Skriv ut skiltet mitt på nytt', 'Skriv ut skiltet mitt på nytt'),
    'Done': ('Ferdig', 'Ferdig'),
    # problem
    'This code did not work': ('Denne koden virket ikke', 'Denne koden verka ikkje'),
    'Find my name instead': ('Finn navnet mitt i stedet', 'Finn namnet mitt i staden'),
    'Back to start': ('Tilbake til start', 'Tilbake til start'),
    # walk-in
    'Register at the door': ('Registrer deg ved døren', 'Registrer deg ved døra'),
    'A member of staff confirms your registration before your badge is printed.': ('En av oss i personalet bekrefter registreringen før skiltet ditt skrives ut.', 'Ein av oss i personalet stadfestar registreringa før skiltet ditt blir skrive ut.'),
    'First name': ('Fornavn', 'Førenamn'),
    'Surname': ('Etternavn', 'Etternamn'),
    'Organisation': ('Organisasjon', 'Organisasjon'),
    'E-mail (optional)': ('E-post (valgfritt)', 'E-post (valfritt)'),
    'My name and organisation may appear on lists shared with other attendees.': ('Navnet mitt og organisasjonen min kan stå på lister som deles med andre deltakere.', 'Namnet mitt og organisasjonen min kan stå på lister som blir delte med andre deltakarar.'),
    'Cancel': ('Avbryt', 'Avbryt'),
    'Send registration': ('Send registrering', 'Send registrering'),
    'Thank you, %1!': ('Takk, %1!', 'Takk, %1!'),
    'Your registration is saved. Please go to the desk: a member of staff will confirm it and print your badge.': ('Registreringen er lagret. Gå til skranken, så bekrefter vi den og skriver ut skiltet ditt.', 'Registreringa er lagra. Gå til skranken, så stadfestar vi ho og skriv ut skiltet ditt.'),
    # staff PIN
    'Staff PIN': ('PIN-kode for personale', 'PIN-kode for personale'),
    'Checking…': ('Sjekker …', 'Sjekkar …'),
    'Wrong PIN. Try again.': ('Feil PIN-kode. Prøv igjen.', 'Feil PIN-kode. Prøv igjen.'),
    'Delete': ('Slett', 'Slett'),
    'OK': ('OK', 'OK'),
    # staff
    'Staff mode': ('Personalmodus', 'Personalmodus'),
    'Attendee: %1': ('Deltaker: %1', 'Deltakar: %1'),
    'Scan a badge to choose an attendee.': ('Skann et navneskilt for å velge en deltaker.', 'Skann eit namneskilt for å velje ein deltakar.'),
    'Undo check-in': ('Angre innsjekking', 'Angre innsjekking'),
    'Reprint badge': ('Skriv ut skilt på nytt', 'Skriv ut skilt på nytt'),
    'Walk-ins waiting for approval': ('Registreringer som venter på godkjenning', 'Registreringar som ventar på godkjenning'),
    'None.': ('Ingen.', 'Ingen.'),
    'Approve': ('Godkjenn', 'Godkjenn'),
    'This kiosk': ('Denne kiosken', 'Denne kiosken'),
    'Name: %1': ('Navn: %1', 'Namn: %1'),
    'Hub: %1 (not connected)': ('Hub: %1 (ikke tilkoblet)', 'Hub: %1 (ikkje tilkopla)'),
    'Hub: not paired — check-ins stay on this kiosk': ('Hub: ikke paret – innsjekkinger blir på denne kiosken', 'Hub: ikkje para – innsjekkingar blir på denne kiosken'),
    'Printer: %1': ('Skriver: %1', 'Skrivar: %1'),
    'Printer: none': ('Skriver: ingen', 'Skrivar: ingen'),
    'Check-ins not yet sent to the hub: %1': ('Innsjekkinger som ikke er sendt til huben ennå: %1', 'Innsjekkingar som ikkje er sende til huben enno: %1'),
    'Mode': ('Modus', 'Modus'),
    'Entrance': ('Inngang', 'Inngang'),
    'Back to check-in': ('Tilbake til innsjekking', 'Tilbake til innsjekking'),
    'Exit the app': ('Avslutt appen', 'Avslutt appen'),
    # controllers
    'This code is not on the list of attendees.': ('Denne koden står ikke på deltakerlisten.', 'Denne koden står ikkje på deltakarlista.'),
    'This kiosk is already set up. Staff can pair it again from staff mode.': ('Denne kiosken er allerede satt opp. Personalet kan pare den på nytt i personalmodus.', 'Denne kiosken er allereie sett opp. Personalet kan para han på nytt i personalmodus.'),
    'The check-in of %1 was undone.': ('Innsjekkingen av %1 er angret.', 'Innsjekkinga av %1 er angra.'),
    '%1 is not checked in here.': ('%1 er ikke sjekket inn her.', '%1 er ikkje sjekka inn her.'),
    'A new badge for %1 is on its way to the printer.': ('Et nytt skilt for %1 er på vei til skriveren.', 'Eit nytt skilt for %1 er på veg til skrivaren.'),
    'This registration is gone.': ('Denne registreringen finnes ikke lenger.', 'Denne registreringa finst ikkje lenger.'),
    '%1 is registered and checked in.': ('%1 er registrert og sjekket inn.', '%1 er registrert og sjekka inn.'),
    'Please write your first name and surname.': ('Skriv fornavn og etternavn.', 'Skriv førenamn og etternamn.'),
    'The e-mail address does not look right.': ('E-postadressen ser ikke riktig ut.', 'E-postadressa ser ikkje rett ut.'),
    # settings
    'The mode must be "entrance" or "session:" followed by a session key, not "%1".': ('Modusen må være «entrance» eller «session:» fulgt av en programpostnøkkel, ikke «%1».', 'Modusen må vere «entrance» eller «session:» følgd av ein programpostnøkkel, ikkje «%1».'),
    'The idle timeout and the confirmation time must be at least 1 second.': ('Tidsavbruddet og visningstiden for bekreftelsen må være minst 1 sekund.', 'Tidsavbrotet og visingstida for stadfestinga må vere minst 1 sekund.'),
    'The event date "%1" is not a date (YYYY-MM-DD).': ('Arrangementsdatoen «%1» er ikke en dato (ÅÅÅÅ-MM-DD).', 'Arrangementsdatoen «%1» er ikkje ein dato (ÅÅÅÅ-MM-DD).'),
    'Cannot read the kiosk settings %1: %2': ('Kan ikke lese kioskinnstillingene %1: %2', 'Kan ikkje lese kioskinnstillingane %1: %2'),
    'The kiosk settings %1 are not a JSON object: %2': ('Kioskinnstillingene %1 er ikke et JSON-objekt: %2', 'Kioskinnstillingane %1 er ikkje eit JSON-objekt: %2'),
    'Cannot write the kiosk settings %1: %2': ('Kan ikke skrive kioskinnstillingene %1: %2', 'Kan ikkje skrive kioskinnstillingane %1: %2'),
    # kiosk command line
    'Unknown mode "%1": use entrance or session:KEY.': ('Ukjent modus «%1»: bruk entrance eller session:NØKKEL.', 'Ukjend modus «%1»: bruk entrance eller session:NØKKEL.'),
    "The kiosk's screens did not load.": ('Kioskens skjermbilder ble ikke lastet.', 'Skjermbileta til kiosken vart ikkje lasta.'),
    'Oppmøte self-service check-in kiosk': ('Oppmøte selvbetjent innsjekkingskiosk', 'Oppmøte sjølvbetent innsjekkingskiosk'),
    'Kiosk settings (JSON).': ('Kioskinnstillinger (JSON).', 'Kioskinnstillingar (JSON).'),
    "The kiosk's database.": ('Kioskens database.', 'Databasen til kiosken.'),
    'No camera, software rendering, staff PIN 1234 unless set.': ('Uten kamera, programvaretegning, personal-PIN 1234 hvis ingen er satt.', 'Utan kamera, programvareteikning, personal-PIN 1234 om ingen er sett.'),
    'Fill the screen.': ('Fyll skjermen.', 'Fyll skjermen.'),
    'entrance or session:KEY.': ('entrance eller session:NØKKEL.', 'entrance eller session:NØKKEL.'),
    'nb, nn or en.': ('nb, nn eller en.', 'nb, nn eller en.'),
    'Save a picture of every screen and exit.': ('Lagre et bilde av hvert skjermbilde og avslutt.', 'Lagre eit bilete av kvart skjermbilete og avslutt.'),
    'Create a missing database with the sample workshop and N people.': ('Lag en manglende database med eksempelverkstedet og N personer.', 'Lag ein manglande database med eksempelverkstaden og N personar.'),
    '--sample needs a number of people.': ('--sample trenger et antall personer.', '--sample treng eit tal på personar.'),
    'Which database? Use --db FILE.': ('Hvilken database? Bruk --db FIL.', 'Kva database? Bruk --db FIL.'),
    # codes (shown on the problem screen)
    'No code was read.': ('Ingen kode ble lest.', 'Ingen kode vart lesen.'),
    'This is not an Oppmøte code.': ('Dette er ikke en Oppmøte-kode.', 'Dette er ikkje ein Oppmøte-kode.'),
    'This is not an Oppmøte attendee code.': ('Dette er ikke en deltakerkode fra Oppmøte.', 'Dette er ikkje ein deltakarkode frå Oppmøte.'),
    'This is not an Oppmøte ticket.': ('Dette er ikke en Oppmøte-billett.', 'Dette er ikkje ein Oppmøte-billett.'),
    'This registration has been cancelled. Please ask at the registration desk.': ('Denne påmeldingen er avlyst. Spør i registreringsskranken.', 'Denne påmeldinga er avlyst. Spør i registreringsskranken.'),
    'This code has been replaced by a newer one. Please use the latest ticket you received, or ask at the registration desk.': ('Denne koden er erstattet av en nyere. Bruk den siste billetten du fikk, eller spør i registreringsskranken.', 'Denne koden er erstatta av ein nyare. Bruk den siste billetten du fekk, eller spør i registreringsskranken.'),
    'This code is not on the attendee list for this event. Please ask at the registration desk.': ('Denne koden står ikke på deltakerlisten for dette arrangementet. Spør i registreringsskranken.', 'Denne koden står ikkje på deltakarlista for dette arrangementet. Spør i registreringsskranken.'),
    'This ticket is for another event.': ('Denne billetten gjelder et annet arrangement.', 'Denne billetten gjeld eit anna arrangement.'),
    "This ticket's signature is not valid: it was not issued by the organiser, or it has been altered.": ('Signaturen på denne billetten er ikke gyldig: den er ikke utstedt av arrangøren, eller den er endret.', 'Signaturen på denne billetten er ikkje gyldig: han er ikkje skriven ut av arrangøren, eller han er endra.'),
    'This code was made by a newer version of Oppmøte (code version %1).': ('Denne koden er laget av en nyere versjon av Oppmøte (kodeversjon %1).', 'Denne koden er laga av ein nyare versjon av Oppmøte (kodeversjon %1).'),
    'This ticket was made by a newer version of Oppmøte (code version %1).': ('Denne billetten er laget av en nyere versjon av Oppmøte (kodeversjon %1).', 'Denne billetten er laga av ein nyare versjon av Oppmøte (kodeversjon %1).'),
    'The code contains “%1”, which never appears in an Oppmøte code.': ('Koden inneholder «%1», som aldri forekommer i en Oppmøte-kode.', 'Koden inneheld «%1», som aldri finst i ein Oppmøte-kode.'),
    'The ticket contains “%1”, which never appears in an Oppmøte code.': ('Billetten inneholder «%1», som aldri forekommer i en Oppmøte-kode.', 'Billetten inneheld «%1», som aldri finst i ein Oppmøte-kode.'),
    'The code is too short: %1 characters after “OP1-” where %2 are expected.': ('Koden er for kort: %1 tegn etter «OP1-», men %2 var ventet.', 'Koden er for kort: %1 teikn etter «OP1-», men %2 var venta.'),
    'The code is too long: %1 characters after “OP1-” where %2 are expected.': ('Koden er for lang: %1 tegn etter «OP1-», men %2 var ventet.', 'Koden er for lang: %1 teikn etter «OP1-», men %2 var venta.'),
    'The code is damaged or mistyped: its check character does not match.': ('Koden er skadet eller feilskrevet: kontrolltegnet stemmer ikke.', 'Koden er skadd eller feilskriven: kontrollteiknet stemmer ikkje.'),
    'The ticket is damaged or mistyped: its check character does not match.': ('Billetten er skadet eller feilskrevet: kontrolltegnet stemmer ikke.', 'Billetten er skadd eller feilskriven: kontrollteiknet stemmer ikkje.'),
    # check-in outcomes
    'Checked in.': ('Sjekket inn.', 'Sjekka inn.'),
    'Already checked in at %1.': ('Allerede sjekket inn kl. %1.', 'Allereie sjekka inn kl. %1.'),
    'Already checked in at %1 at %2.': ('Allerede sjekket inn kl. %1 på %2.', 'Allereie sjekka inn kl. %1 på %2.'),
    'Checked out.': ('Sjekket ut.', 'Sjekka ut.'),
    'Not checked in.': ('Ikke sjekket inn.', 'Ikkje sjekka inn.'),
    'The check-in was undone.': ('Innsjekkingen ble angret.', 'Innsjekkinga vart angra.'),
    'Unknown attendee.': ('Ukjent deltaker.', 'Ukjend deltakar.'),
}

def fill(path, column):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source in T and translation.get('type') == 'unfinished':
            translation.text = T[source][column]
            del translation.attrib['type']
            filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep it so diffs stay small
    text = open(path, encoding='utf-8').read()
    if '<!DOCTYPE TS>' not in text:
        text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    open(path, 'w', encoding='utf-8').write(text)
    print(path, filled, 'filled')

root = sys.argv[1] if len(sys.argv) > 1 else 'assets/translations'
fill(root + '/oppmote_nb.ts', 0)
fill(root + '/oppmote_nn.ts', 1)
