"""Checks the built zip as the QGIS plugin repository would on upload, and prints every finding.

Two parts, written from the QGIS-Plugins-Website project (qgis-app/plugins/validator.py and
qgis-app/plugins/security_scanner.py, with the rules its populate_security_rules command enables):
- the upload validator: size, safe member names, no .pyc / __MACOSX / .git / __pycache__, a readable zip,
  one top folder with a valid name, __init__.py and metadata.txt with a [general] section and the required
  keys, an author without '/', http(s) URLs for tracker, repository and homepage, the icon, a LICENSE;
- the security scan: bandit with the rules the site enables, detect-secrets over every file (metadata.txt
  excluded, as there), executable .py files, hidden files, executables and scripts.
Exit status 1 when anything is found. A finding may be suppressed on its own line with '# nosec BXXX' and
the reason; this script prints how many such lines there are, so none hides unnoticed.
"""
import argparse
import configparser
import json
import os
import re
import subprocess  # nosec B404 - runs bandit and detect-secrets from our own venv
import sys
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlparse

MAX_SIZE = 25_000_000
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
SUSPICIOUS = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")
# Bandit tests the plugin site enables (enabled: true in its bandit_rules.json); B109, B404, B410, B411 are off.
BANDIT_TESTS = (
    "B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,B301,B302,B303,B304,B305,B306,B307,"
    "B308,B310,B311,B312,B313,B314,B315,B316,B317,B318,B319,B320,B321,B323,B324,B401,B402,B403,B405,B406,B407,"
    "B408,B409,B412,B413,B501,B502,B503,B504,B505,B506,B507,B508,B509,B601,B602,B603,B604,B605,B606,B607,B608,"
    "B609,B610,B611,B612,B613,B614,B615,B701,B702,B703,B704")


def validator_findings(zip_path):
    findings = []
    if zip_path.stat().st_size > MAX_SIZE:
        findings.append("validator: the zip is larger than {} MB".format(MAX_SIZE // 1_000_000))
    try:
        archive = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile:
        return findings + ["validator: the file is not a zip"]
    with archive:
        names = archive.namelist()
        for name in names:
            parts = name.split("/")
            if ".." in name or name.startswith("/"):
                findings.append("validator: path information in the zip: " + name)
            if ".pyc" in name:
                findings.append("validator: compiled Python file: " + name)
            for forbidden in FORBIDDEN_DIRS:
                if forbidden in parts:
                    findings.append("validator: '{}' folder in the zip: {}".format(forbidden, name))
        bad = archive.testzip()
        if bad:
            findings.append("validator: bad zip member (CRC): " + bad)
        tops = sorted({n.split("/")[0] for n in names})
        if len(tops) != 1:
            findings.append("validator: more than one top folder: " + ", ".join(tops))
        top = tops[0] if tops else ""
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", top):
            findings.append("validator: top folder name '{}' is not an ASCII name".format(top))
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "{}/{}".format(top, required) not in names:
                findings.append("validator: no {} in the top folder".format(required))
        metadata_name = top + "/metadata.txt"
        if metadata_name in names:
            findings += _metadata_findings(archive, top, archive.read(metadata_name).decode("utf-8"))
    return findings


def _metadata_findings(archive, top, text):
    parser = configparser.ConfigParser()
    parser.optionxform = str
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        return ["validator: metadata.txt cannot be read: {}".format(exc)]
    if not parser.has_section("general"):
        return ["validator: metadata.txt has no [general] section"]
    meta = dict(parser.items("general"))
    findings = ["validator: metadata.txt lacks '{}'".format(k) for k in REQUIRED if not meta.get(k, "").strip()]
    if "/" in meta.get("author", ""):
        findings.append("validator: the author contains a slash")
    for key in ("tracker", "repository", "homepage"):
        url = urlparse(meta.get(key, ""))
        if meta.get(key) and not (url.scheme in ("http", "https") and url.netloc):
            findings.append("validator: '{}' is not a web address: {}".format(key, meta[key]))
    icon = meta.get("icon", "")
    if icon and "{}/{}".format(top, icon.lstrip("./")) not in archive.namelist():
        findings.append("validator: the icon {} is not in the zip".format(icon))
    for flag in ("experimental", "deprecated", "server", "hasProcessingProvider", "supportsQt6"):
        if flag in meta and meta[flag].strip().lower() not in ("true", "false", "yes", "no", "1", "0"):
            findings.append("validator: '{}' is not a yes/no value: {}".format(flag, meta[flag]))
    return findings


def security_findings(zip_path, tools):
    findings, suppressed = [], 0
    with zipfile.ZipFile(zip_path) as archive, tempfile.TemporaryDirectory() as tmp:
        for info in archive.infolist():
            mode = info.external_attr >> 16
            base = os.path.basename(info.filename.rstrip("/"))
            if mode & 0o111 and info.filename.endswith(".py"):
                findings.append("security FILE_EXECUTABLE: {} has the executable bit".format(info.filename))
            if base.startswith(".") and base not in (".gitignore", ".gitattributes"):
                findings.append("security FILE_HIDDEN: hidden file {}".format(info.filename))
            if info.filename.lower().endswith(SUSPICIOUS):
                findings.append("security FILE_SUSPICIOUS: executable or script {}".format(info.filename))
        archive.extractall(tmp)  # nosec B202 - names checked by the validator part (no '..', no absolute path)
        for py in Path(tmp).rglob("*.py"):
            suppressed += sum(1 for line in py.read_text(encoding="utf-8").splitlines() if "# nosec" in line)
        bandit = subprocess.run(  # nosec B603 - fixed arguments, our own venv's tool
            [str(tools / "bandit"), "-r", tmp, "-f", "json", "-q", "-t", BANDIT_TESTS],
            capture_output=True, text=True, check=False)
        report = json.loads(bandit.stdout or "{}")
        if bandit.returncode not in (0, 1) or "results" not in report:
            findings.append("security: bandit did not run: " + (bandit.stderr or bandit.stdout)[-500:])
        for issue in report.get("results", []):
            findings.append("security {}: {}:{}: {} ({} severity)".format(
                issue["test_id"], os.path.relpath(issue["filename"], tmp), issue["line_number"],
                issue["issue_text"], issue["issue_severity"].lower()))
        secrets = subprocess.run(  # nosec B603 - fixed arguments, our own venv's tool
            [str(tools / "detect-secrets"), "scan", "--all-files", "--exclude-files", r"metadata\.txt", "."],
            capture_output=True, text=True, cwd=tmp, check=False)
        try:
            results = json.loads(secrets.stdout)["results"]
        except (ValueError, KeyError):
            findings.append("security: detect-secrets did not run: " + secrets.stderr[-500:])
            results = {}
        for path, hits in results.items():
            for hit in hits:
                findings.append("security secrets: {}:{}: possible {}".format(path, hit["line_number"], hit["type"]))
    return findings, suppressed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("zip", type=Path)
    parser.add_argument("--tools", type=Path, required=True, help="bin folder with bandit and detect-secrets")
    args = parser.parse_args()
    findings = validator_findings(args.zip)
    security, suppressed = security_findings(args.zip, args.tools) if not findings else ([], 0)
    findings += security
    for line in findings:
        print(line)
    print("{}: {} finding(s); {} line(s) carry a '# nosec' with their reason".format(
        args.zip.name, len(findings), suppressed))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
