"""Seeded generator for a realistic demo participation across Kaiserslautern's districts.

Fictitious citizens' texts, German and English (the portal had both versions), a few in
other languages, dates within the participation period (23 July – 31 August 2018), and
a handful of broken records that must end in quarantine.
"""
import argparse
import json
import random
from datetime import datetime, timedelta, timezone

# District name -> approximate centre (lon, lat) and spread in degrees.
DISTRICTS = {
    "Innenstadt": (7.7689, 49.4447, 0.006), "Innenstadt-Ost": (7.7900, 49.4430, 0.005),
    "Kotten": (7.7540, 49.4460, 0.004), "Kaiserberg": (7.7800, 49.4540, 0.004),
    "Grübentälchen": (7.7530, 49.4380, 0.004), "Betzenberg": (7.7770, 49.4345, 0.004),
    "Lämmchesberg": (7.7550, 49.4250, 0.004), "Bännjerrück": (7.7350, 49.4330, 0.004),
    "Vogelweh": (7.7000, 49.4360, 0.005), "Einsiedlerhof": (7.6560, 49.4440, 0.004),
    "Erfenbach": (7.7210, 49.4770, 0.004), "Siegelbach": (7.7020, 49.4870, 0.004),
    "Morlautern": (7.7770, 49.4780, 0.004), "Erlenbach": (7.7640, 49.4920, 0.004),
    "Dansenberg": (7.7530, 49.4090, 0.004), "Hohenecken": (7.7180, 49.4110, 0.004),
    "Mölschbach": (7.7870, 49.4040, 0.003),
}
CATEGORIES = {
    "de": ["Ort der Begegnung", "Hier fehlt ein Treffpunkt", "Weniger schöne Ecke", "Anmerkung / Idee"],
    "en": ["Place of encounter", "A meeting place is missing here", "Less pleasant corner", "Remark / idea"],
}
PLACES = {"de": ["der Spielplatz", "der Platz vor der Kirche", "der Park", "die Bushaltestelle", "der Bolzplatz",
                 "das Jugendzentrum", "die Moschee-Gemeinde", "der Wochenmarkt", "die Stadtbibliothek",
                 "die Unterführung", "der Schulhof", "das Stadtteilbüro"],
          "en": ["the playground", "the square by the church", "the park", "the bus stop", "the football pitch",
                 "the youth centre", "the mosque community", "the weekly market", "the city library",
                 "the underpass", "the schoolyard", "the neighbourhood office"]}
TEXTS = {
    ("de", 0): ["{p} in {d} ist ein toller Treffpunkt, hier kommen Familien aus vielen Ländern zusammen.",
                "Beim Fußball auf {p} lernen sich Kinder aus aller Welt kennen.",
                "Im Sommer treffen sich hier Nachbarn zum Grillen und Musik machen, sehr offen und herzlich."],
    ("de", 1): ["In {d} fehlt ein Treffpunkt für Jugendliche, {p} ist abends geschlossen.",
                "Wir brauchen einen Raum für Sprachcafé und Hausaufgabenhilfe in {d}.",
                "Ein Nachbarschaftscafé mit Beratung für Neuangekommene wäre hier wichtig."],
    ("de", 2): ["{p} ist nachts dunkel und schmutzig, viele fühlen sich unsicher. Mehr Beleuchtung bitte!",
                "Überall Müll und kaputte Bänke – {p} in {d} lädt niemanden zum Bleiben ein.",
                "Die Treppe ist für Rollstuhl und Kinderwagen nicht barrierefrei."],
    ("de", 3): ["Idee: ein interkulturelles Fest auf {p} in {d}, mit Vereinen und Gemeinden.",
                "Mehrsprachige Informationen im Stadtteilbüro würden Neuankömmlingen helfen.",
                "Patenschaften zwischen Alteingesessenen und Geflüchteten fördern, z. B. über den Sportverein."],
    ("en", 0): ["{p} in {d} is a great place to meet people from many countries.",
                "Playing football at {p}, children from all over the world become friends.",
                "Neighbours meet here in summer for music and barbecues, very open and welcoming."],
    ("en", 1): ["{d} has no meeting place for young people; {p} is closed in the evening.",
                "We need a room for a language café and homework help in {d}.",
                "A neighbourhood café with advice for newcomers would be important here."],
    ("en", 2): ["{p} is dark and dirty at night, many people feel unsafe. More lighting please!",
                "Litter everywhere and broken benches – {p} in {d} is not a place to stay.",
                "The stairs are not accessible for wheelchairs and prams."],
    ("en", 3): ["Idea: an intercultural festival at {p} in {d}, with clubs and faith communities.",
                "Multilingual information at the neighbourhood office would help newcomers.",
                "Mentoring between long-time residents and refugees, for example through the sports club."],
}
OTHER_LANGUAGES = [("tr", "Burada gençler için bir buluşma yeri eksik."),
                   ("ar", "نحتاج إلى مكان للقاء العائلات في الحي."),
                   ("ru", "Здесь не хватает места для встреч соседей.")]
START = datetime(2018, 7, 23, 8, 0, tzinfo=timezone.utc)
SECONDS = int((datetime(2018, 8, 31, 22, 0, tzinfo=timezone.utc) - START).total_seconds())


def _feature(rng, number, lang, cat_index, district):
    lon, lat, spread = DISTRICTS[district]
    place = rng.choice(PLACES["en" if lang == "en" else "de"])
    if lang in ("de", "en"):
        text = rng.choice(TEXTS[(lang, cat_index)]).format(p=place, d=district)
        text = text[0].upper() + text[1:]
        category = CATEGORIES[lang][cat_index]
    else:
        text = dict(OTHER_LANGUAGES)[lang]
        category = CATEGORIES["de"][cat_index]
    created = START + timedelta(seconds=rng.randrange(SECONDS))
    props = {
        "beitrag_id": "KL-{:06d}".format(number),
        "titel": "{} – {}".format(district, place.split(" ", 1)[-1].capitalize()),
        "text": text,
        "kategorie": category,
        "sprache": lang,
        "stadtteil": district,
        "erstellt_am": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "geaendert_am": (created + timedelta(hours=rng.randrange(0, 48))).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "zustimmungen": rng.randrange(0, 40),
    }
    if rng.random() < 0.3:  # personal data the portal collected; must not be stored by default
        props["name"] = rng.choice(["A. Yılmaz", "M. Schneider", "J. Smith", "L. Nowak", "S. Haddad"])
        props["email"] = "buerger{}@example.org".format(number)
    geometry = {"type": "Point", "coordinates": [round(lon + rng.gauss(0, spread), 6),
                                                 round(lat + rng.gauss(0, spread * 0.66), 6)]}
    return {"type": "Feature", "id": props["beitrag_id"], "properties": props, "geometry": geometry}


def broken_records(rng, start):
    """Records a real export contains now and then; each must end in quarantine, never in the layer."""
    good = _feature(rng, start, "de", 0, "Innenstadt")
    no_id = json.loads(json.dumps(good))
    del no_id["properties"]["beitrag_id"]
    no_id.pop("id")
    out_of_range = json.loads(json.dumps(_feature(rng, start + 1, "de", 2, "Kotten")))
    out_of_range["geometry"]["coordinates"] = [749.4, 77.7]
    not_numbers = _feature(rng, start + 2, "en", 3, "Betzenberg")
    not_numbers["geometry"] = {"type": "Point", "coordinates": ["7,76 O", "49,44 N"]}
    duplicate = json.loads(json.dumps(_feature(rng, start + 3, "de", 1, "Erfenbach")))
    duplicate["properties"]["beitrag_id"] = "KL-{:06d}".format(1)
    duplicate["id"] = duplicate["properties"]["beitrag_id"]
    unreadable = _feature(rng, start + 4, "de", 3, "Vogelweh")
    unreadable["geometry"] = {"type": "Polygon", "coordinates": "kaputt"}
    return [no_id, out_of_range, not_numbers, duplicate, unreadable]


def unplaced_records(rng, start):
    """Contributions that give no place, as real participations have them: no geometry, an empty point, 0, 0
    written for a missing one. Each is a submission without a place, reviewed like the others."""
    records = [_feature(rng, start + i, "de", i % 4, "Innenstadt") for i in range(3)]
    records[0]["geometry"] = None
    records[1]["geometry"] = {"type": "Point", "coordinates": []}
    records[2]["geometry"]["coordinates"] = [0, 0]
    return records


def generate(count=600, seed=2018, broken=True):
    rng = random.Random(seed)  # nosec B311 - demo data, not security
    weights = [0.30, 0.22, 0.28, 0.20]
    districts = list(DISTRICTS)
    district_weights = [6, 3, 2, 2, 2, 2, 2, 1.5, 2, 1, 1, 1, 1, 0.7, 1, 1, 0.5]
    features = []
    for number in range(1, count + 1):
        roll = rng.random()
        lang = "de" if roll < 0.72 else "en" if roll < 0.97 else rng.choice(["tr", "ar", "ru"])
        cat_index = rng.choices(range(4), weights)[0]
        features.append(_feature(rng, number, lang, cat_index, rng.choices(districts, district_weights)[0]))
    if broken:
        features += broken_records(rng, count + 1)
    return features


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    collection = {"type": "FeatureCollection", "features": generate(args.count, args.seed)}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(collection, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
