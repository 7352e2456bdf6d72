"""The zip passes the plugin repository's upload validator and security scan, and the check can fail."""
import os
import subprocess
import sys
import zipfile

from conftest import BUILD, ROOT

CHECK = ROOT / "scripts" / "check_package.py"


def test_the_built_zip_has_no_finding():
    proc = subprocess.run(["make", "-s", "--no-print-directory", "check-package"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "stadtdialog.zip: 0 finding(s)" in proc.stdout


def _tools():
    """The bin folder of the check venv make check-package installed (the test above runs first)."""
    venv = os.environ.get("CHECK_VENV") or next((a.split("=", 1)[1] for a in os.environ.get("MAKEFLAGS", "").split()
                                                 if a.startswith("CHECK_VENV=")), str(ROOT / ".venv-check"))
    return os.path.join(venv, "bin")


def test_a_doctored_zip_is_refused_with_each_finding_named(tmp_path):
    good = BUILD / "check" / "stadtdialog.zip"
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as out:
        for info in src.infolist():
            if info.filename != "stadtdialog/LICENSE":
                out.writestr(info, src.read(info))
        out.writestr("stadtdialog/core/__pycache__/x.cpython-311.pyc", b"\0")
        run = zipfile.ZipInfo("stadtdialog/core/run.py")
        run.external_attr = 0o100755 << 16
        out.writestr(run, "import os\n\ndef go(cmd):\n    os.system(cmd)\n")
        out.writestr("stadtdialog/.secrets", "x")
        out.writestr("stadtdialog/core/login.py", 'password = "Sommer2018!"\n')
    proc = subprocess.run([sys.executable, str(CHECK), str(bad), "--tools", _tools()], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1
    assert "no LICENSE" in proc.stdout and "compiled Python file" in proc.stdout and "__pycache__" in proc.stdout
    without_validator = tmp_path / "scan.zip"  # the security scan runs once the validator is satisfied
    with zipfile.ZipFile(bad) as src, zipfile.ZipFile(without_validator, "w") as out:
        for info in src.infolist():
            if "__pycache__" not in info.filename:
                out.writestr(info, src.read(info))
        out.writestr("stadtdialog/LICENSE", "GPL-2.0-or-later")
    proc = subprocess.run([sys.executable, str(CHECK), str(without_validator), "--tools", _tools()],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    for finding in ("FILE_EXECUTABLE: stadtdialog/core/run.py", "FILE_HIDDEN: hidden file stadtdialog/.secrets",
                    "B605", "B105"):
        assert finding in proc.stdout, proc.stdout
