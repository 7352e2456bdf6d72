"""Starts the real QGIS desktop under Xvfb with a fresh profile and runs one script in it."""
import json
import os
from pathlib import Path

from conftest import PLUGINS
from procgroup import run


def run_in_qgis(script, tmp_path, timeout=240, extra_env=None, locale=None, screen="1400x900"):
    """locale: 'de' or 'en' for QGIS's user interface (a fresh profile otherwise follows the system)."""
    result = tmp_path / "result.json"
    env = dict(os.environ, QGIS_PLUGINPATH=str(PLUGINS), STADTDIALOG_RESULT=str(result),
               PYTHONPATH=os.pathsep.join([str(Path(script).parent), os.environ.get("PYTHONPATH", "")]))
    env.pop("QT_QPA_PLATFORM", None)  # a real (virtual) display
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis's own profile, not ours
        env.pop(key, None)
    env.update(extra_env or {})
    profiles = tmp_path / "profiles"
    if locale:
        ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True, exist_ok=True)
        ini.write_text("[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale), encoding="utf-8")
    proc = run(
        ["xvfb-run", "-a", "-s", "-screen 0 {}x24".format(screen), "/usr/bin/qgis", "--nologo", "--noversioncheck",
         "--profiles-path", str(profiles), "--code", str(script)],
        env=env, timeout=timeout)
    if not result.exists():
        raise AssertionError("QGIS wrote no result (exit {}):\n{}".format(proc.returncode, proc.stderr[-3000:]))
    return json.loads(Path(result).read_text())
