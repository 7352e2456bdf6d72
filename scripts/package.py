"""Builds the installable zip: one top folder 'stadtdialog/' with what QGIS needs, no dev files."""
import argparse
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Development-only paths that never go to users.
EXCLUDE_PREFIXES = ("tests/", "scripts/", ".ci/", ".git", "docs/")
EXCLUDE_FILES = {"Makefile", "ruff.toml", "requirements-dev.txt", "requirements-pygeoapi.txt", "requirements-check.txt",
                 "requirements-mutate.txt",
                 ".gitignore"}


def plugin_files():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    files = {p for p in tracked.splitlines()
             if not p.startswith(EXCLUDE_PREFIXES) and p not in EXCLUDE_FILES and (ROOT / p).is_file()}
    files |= {str(p.relative_to(ROOT)) for p in (ROOT / "i18n").glob("*.qm")}
    return sorted(files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    out = Path(parser.parse_args().out)
    out.parent.mkdir(parents=True, exist_ok=True)
    files = plugin_files()
    if not any(f.endswith(".qm") for f in files):
        raise SystemExit("no compiled translation in i18n/: run 'make transcompile' first")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in files:
            zf.write(ROOT / name, "stadtdialog/" + name)
    print("{} ({} files)".format(out, len(files)))


if __name__ == "__main__":
    main()
