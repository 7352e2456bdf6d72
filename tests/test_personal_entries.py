"""Names that an entry or a thing gives away (core/review/personal_entries.py), the first names of the communities
that came to the Palatinate before 2018 (resources/privacy/first_names.json), and a phone number that runs into a
list's next entry (core/review/personal_contacts.py): the thirteenth session's round. Texts written here, none copied
from the labelled sets."""
import pytest
from stadtdialog.core.review.personal_data import mask


@pytest.mark.parametrize("text, kind, found", [
    # a numbered list's entry where two other entries' names are found, a line that is no name between them
    ("Anmeldung Schwimmkurs:\n1. Selin Arslan, 0176 11 22 33 44\n2. Bojana Marić, 0160 5 66 77 88\n"
     "3. eine Betreuerin vom Jugendhaus\n4. Wubit – kommt später", "person_name", "Wubit"),
    # a form's surname field
    ("Anmeldung Ringen: Vorname: Jelena, Nachname: Radosavljević, Kurs: B1", "person_name", "Radosavljević"),
    # a name on a thing, a name on the doorbell
    ("Schlüsselbund gefunden, Anhänger eingraviert „K. Wendeborn“. Abzuholen im Fundbüro.", "person_name",
     "K. Wendeborn"),
    ("The books can be picked up at my place, please ring 'Oyelaran', second floor.", "person_name", "Oyelaran"),
    # a home visited
    ("Der Nähkreis trifft sich donnerstags bei Sevgül zu Hause, bis wir einen Raum haben.", "person_name", "Sevgül"),
    # a first name its owner's handle begins with, a name of two words its owner's address repeats
    ("Zerya hat die Fotos vom Fest, schreibt ihr auf Instagram @zerya_kl92.", "person_name", "Zerya"),
    ("Grillzange hat jetzt Tsehaye Gebremariam, Rückgabe über tsehaye.gebremariam@gmx.de", "person_name",
     "Tsehaye Gebremariam"),
    # an item of a list of names with an initial after its first name
    ("Gruppe Mi: Dawit, Almaz, Selam T., Robel, Meron", "person_name", "Selam T"),
    # first names of the communities that came before 2018, said to be someone's
    ("Mein Sohn Ebrima spielt jeden Tag im Volkspark Basketball.", "person_name", "Ebrima"),
    ("Tigist und Yonas aus dem Deutschkurs wünschen sich einen Grillplatz.", "person_name", "Tigist"),
])
def test_what_an_entry_or_a_thing_gives_away_is_found(text, kind, found, found_by_rules_alone):
    """By the rules alone (the word tagger off, so each rule is seen failing when broken); masked with it on too."""
    rules = found_by_rules_alone(text)
    assert all(any(k == kind and word in f for k, f in rules) for word in found.split())  # (a name's words may be
    # found one by one)
    assert found not in mask(text)


@pytest.mark.parametrize("text, masked", [
    # a phone number ends at its line: the next entry's number stays
    ("Liste:\n1. Selin Arslan, 0176 43 21 98 07\n2. Anna Weber", "Liste:\n1. [Name], [Telefonnummer]\n2. [Name]"),
    # and before the next entry's number on the same line, where the entry before is numbered one less
    ("Sign-up: 1) Ana Lima 0157-71234098 2) Jo Baptiste 0176 5500 1122",
     "Sign-up: 1) [Name] [Telefonnummer] 2) [Name] [Telefonnummer]"),
    # a number's last digits before a sentence's full stop are the number's
    ("Ruf mich an, Selin: 0176 51 88 23 47. Danke!", "Ruf mich an, [Name]: [Telefonnummer]. Danke!"),
    # a handle's first word that is a word, not its owner's name; a place's word a handle begins with
    ("Schöne Bilder vom Nachbarschaftsfest hat Petra gemacht, alle auf Instagram @bilder_petra_kl.",
     "Schöne Bilder vom Nachbarschaftsfest hat [Name] gemacht, alle auf Instagram [Profilname]."),
    ("Treffpunkt Jugendtreff West Side, Infos bei Lina unter @west_side_lina",
     "Treffpunkt Jugendtreff West Side, Infos bei [Name] unter [Profilname]"),
    # public figures by their initials and surname, listed beside a citizen's name
    ("Lieblingsdichter der Gruppe von Anna Weber: H. Heine, L. Beethoven, W. A. Mozart.",
     "Lieblingsdichter der Gruppe von [Name]: H. Heine, L. Beethoven, W. A. Mozart."),
])
def test_a_phone_number_ends_before_a_list_s_next_entry_and_words_that_are_no_one_s_name_stay(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize("text", [
    # a key ring with a tag, the floors of a numbered list, an office's handle that begins with a word
    "Three keys found on a blue ring with a tag \"Will\" – pick them up at the caretaker's office.",
    "Wegweiser im Haus:\n1. Anmeldung\n2. Beratung – Zimmer 12\n3. Kleiderkammer",
    "Die Hebammen beraten jeden Dienstag, Termine über hebammen@klinikum-beispiel.de.",
    # a visit at a mother's, no one's name
    "Wir treffen uns bei Mutter zu Hause.",
    # a pastor and an imam named in their office, as the labelled sets take them
    "Pfarrer Thomas Bergmann und Imam Hasan Çelik laden zum Friedensgebet am Stiftsplatz ein.",
])
def test_what_the_thirteenth_round_must_leave_alone_is_kept(text):
    assert mask(text) == text
