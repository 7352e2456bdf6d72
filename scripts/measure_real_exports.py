"""Real public exports, as a new user would take them: the profile assistant's draft used as it comes, a pull into a
fresh GeoPackage, and what came of each record. Prints a Markdown table (README, "Measured on real exports").

    python3 scripts/measure_real_exports.py FOLDER [FOLDER ...]

The exports are not in the repository (their licences differ); the README names where each comes from.
A personal field "reached" a title or text when the draft maps title, text or category to a field it lists as
personal, or when a stored title or text equals the value of a field it lists as personal.
"""
import json
import sys
import tempfile
from pathlib import Path

from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()

from stadtdialog.core.errors import StadtdialogError  # noqa: E402
from stadtdialog.core.pull import draft_profile as draft  # noqa: E402
from stadtdialog.core.pull.sync import pull  # noqa: E402
from stadtdialog.core.sources import record_path  # noqa: E402
from stadtdialog.core.sources.http import Http  # noqa: E402
from stadtdialog.core.store.stores import open_store  # noqa: E402

SUFFIXES = (".csv", ".json", ".geojson", ".xlsx", ".ods")


def measure(path, work):
    with Http() as http:
        sample = draft.read_sample(path, http)
    profile = draft.propose(sample, draft.inventory(sample.records))
    name = "{}-{}".format(path.parent.name, path.stem)  # two platforms' exports may share a file name
    profile_path = draft.save(profile, work / (name + ".profile.json"))
    out = work / (name + ".gpkg")
    result = pull(path, str(profile_path), out, crs="EPSG:4326")
    fields = profile.get("fields", {})
    chosen = {role: (spec.get("path") if isinstance(spec, dict) else spec) for role, spec in fields.items()}
    chosen["category"] = profile.get("category", {}).get("field")
    personal = set(profile.get("personal_fields", []))
    mapped_personal = sorted(role for role, p in chosen.items() if p and (p in personal or any(
        p.startswith(q + ".") for q in personal)))
    values = {str(record_path.get(r, p)).strip() for r in sample.records for p in personal
              if isinstance(record_path.get(r, p), (str, int)) and len(str(record_path.get(r, p)).strip()) > 2}
    stored = open_store(out).rows("submissions", "title, text")
    leaked = sum(1 for r in stored if (r["title"] or "").strip() in values or (r["text"] or "").strip() in values)
    return {"file": "{}/{}".format(path.parent.name, path.name), "records": result.pulled,
            "placed": result.new - result.without_place, "unplaced": result.without_place,
            "quarantined": result.quarantined, "id": json.dumps(profile["id"], ensure_ascii=False),
            "title": chosen.get("title") or "–", "category": chosen.get("category") or "–",
            "personal": len(personal), "leaked": leaked + len(mapped_personal)}


def main(folders):
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            for path in sorted(Path(folder).rglob("*")):
                if path.suffix.lower() not in SUFFIXES or not path.is_file():
                    continue
                try:
                    rows.append(measure(path, Path(tmp)))
                except StadtdialogError as exc:
                    rows.append({"file": "{}/{}".format(path.parent.name, path.name), "error": str(exc)[:160]})
    print("| export | records | with a place | without a place | quarantined | id | title | category | personal "
          "fields | personal data in a title or text |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if "error" in r:
            print("| `{file}` | refused: {error} | | | | | | | | |".format(**r))
        else:
            print("| `{file}` | {records} | {placed} | {unplaced} | {quarantined} | `{id}` | `{title}` | `{category}` "
                  "| {personal} | {leaked} |".format(**r))


if __name__ == "__main__":
    main(sys.argv[1:])
