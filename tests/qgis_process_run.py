"""Runs the real qgis_process.bin with the plugin enabled, in a throw-away QGIS profile."""
import json
import os

from conftest import PLUGINS
from procgroup import run

BIN = "/usr/bin/qgis_process.bin"  # the Debian wrapper passes an option 3.22 rejects


MASTER = "master-for-tests"  # the master password conftest's basic_auth sets


def qgis_process(args, home, plugin_path=PLUGINS, timeout=600, check=True, auth=False):
    """auth: qgis_process uses the tests' QGIS authentication database (and its master password), so an AUTHCFG
    made by basic_auth is found; the secret stays in that database."""
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugin_path))
    if auth:
        from qgis.core import QgsApplication

        secret = home / "master-password"
        secret.write_text(MASTER)
        env["QGIS_AUTH_DB_DIR_PATH"] = os.path.dirname(QgsApplication.qgisAuthDatabaseFilePath())
        env["QGIS_AUTH_PASSWORD_FILE"] = str(secret)
    env.pop("PYTHONPATH", None)  # the plugin must be found the way QGIS finds it, not through our path
    for key in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH"):  # pytest-qgis's own profile, not ours
        env.pop(key, None)
    if not (home / ".enabled").exists():
        enabled = run([BIN, "plugins", "enable", "stadtdialog"], env=env, timeout=120)
        assert enabled.returncode == 0, enabled.stderr[-2000:]
        (home / ".enabled").touch()
    proc = run([BIN, *args], env=env, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError("qgis_process {} failed ({}):\n{}\n{}".format(
            " ".join(args), proc.returncode, proc.stdout[-2000:], proc.stderr[-2000:]))
    return proc


def run_json(algorithm, params, home, **kwargs):
    args = ["--json", "run", algorithm, "--"] + ["{}={}".format(k, v) for k, v in params.items()]
    proc = qgis_process(args, home, **kwargs)
    return json.loads(proc.stdout[proc.stdout.index("{"):]), proc
