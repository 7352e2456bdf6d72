"""A desktop run that overstays its timeout leaves nothing running: QGIS, Xvfb and xvfb-run all end."""
import os
import subprocess

import pytest
from desktop_run import run_in_qgis
from procgroup import clean_path, leftovers


def test_a_hanging_desktop_run_ends_its_whole_group(tmp_path):
    script = tmp_path / "hang.py"
    script.write_text("import time\ntime.sleep(3600)\n")
    with pytest.raises(subprocess.TimeoutExpired) as expired:
        run_in_qgis(script, tmp_path, timeout=25)
    with pytest.raises(ProcessLookupError):
        os.killpg(expired.value.pgid, 0)  # no member of the group is left
    assert leftovers(os.path.join(str(tmp_path), "")) == []


def test_qgis_runs_get_usr_bin_first_on_path():
    path = clean_path("/root/.pyenv/shims:/opt/venv/bin:/usr/bin:/bin:/usr/local/bin")
    assert path.split(":")[:2] == ["/usr/bin", "/bin"]
    assert path.split(":")[2:] == ["/root/.pyenv/shims", "/opt/venv/bin", "/usr/local/bin"]
