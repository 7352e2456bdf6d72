"""Sample submissions for tests: the demo generator without broken records, so counts are exact."""
from stadtdialog.resources.demo.generate import broken_records, generate, unplaced_records  # noqa: F401


def submissions(count, seed=7):
    return generate(count, seed=seed, broken=False)


def pulled_store(tmp_path, features, profile="demo-kaiserslautern", name="s.gpkg", **kwargs):
    """A GeoPackage made the way a planner makes one: the features exported as GeoJSON, then pulled."""
    import json

    from stadtdialog.core.pull.sync import pull

    source = tmp_path / (name + ".portal.geojson")
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    out = tmp_path / name
    pull(source, profile, out, **kwargs)
    return out


def geojson_file(tmp_path, features, name="portal.geojson"):
    """The features as a portal's GeoJSON export, written to `tmp_path / name`."""
    import json

    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return path
