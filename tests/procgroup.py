"""Runs a command in a session of its own and, when it overstays its timeout, ends the whole group.

subprocess.run(timeout=...) kills only the direct child: xvfb-run's QGIS and Xvfb, or qgis_process's
children, would be left running and pile up. The PATH starts with /usr/bin, because QGIS finds its own
prefix (and embedded Python) through PATH, and a pyenv or venv Python ahead of it breaks QGIS's Python.
"""
import os
import signal
import subprocess

SAFE_PATH_HEAD = ["/usr/bin", "/bin"]


def clean_path(path=None):
    """PATH with /usr/bin and /bin first, the rest kept in order."""
    parts = [p for p in (path if path is not None else os.environ.get("PATH", "")).split(os.pathsep) if p]
    return os.pathsep.join(SAFE_PATH_HEAD + [p for p in parts if p not in SAFE_PATH_HEAD])


def end_group(pgid, grace=5):
    """SIGTERM to the group, SIGKILL to whatever is still there after `grace` seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        if sig == signal.SIGTERM:
            try:
                _wait_group_gone(pgid, grace)
                return
            except TimeoutError:
                continue


def _wait_group_gone(pgid, seconds):
    import time
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    raise TimeoutError(pgid)


def run(cmd, timeout, env=None, **kwargs):
    """Like subprocess.run(capture_output=True, text=True), but a timeout ends the command's whole group and
    raises subprocess.TimeoutExpired with what it printed so far."""
    env = dict(os.environ if env is None else env)
    env["PATH"] = clean_path(env.get("PATH"))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        end_group(proc.pid)
        out, err = proc.communicate()
        expired = subprocess.TimeoutExpired(cmd, timeout, output=out, stderr=err)
        expired.pgid = proc.pid
        raise expired from None
    finally:
        if proc.poll() is None:
            end_group(proc.pid)
    # A finished leader may leave children behind (a daemonised Xvfb): they go too.
    end_group(proc.pid, grace=2)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def leftovers(marker):
    """PIDs of running processes whose command line, working directory or environment mention `marker`
    (a test folder: servers run in it, QGIS gets its profile and result file there)."""
    marker_bytes = os.fsencode(str(marker))
    found, mine = [], _ancestors()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) in mine:
            continue
        try:
            with open("/proc/{}/cmdline".format(entry), "rb") as f:
                cmdline = f.read()
            with open("/proc/{}/environ".format(entry), "rb") as f:
                environ = f.read()
            cwd = os.fsencode(os.readlink("/proc/{}/cwd".format(entry)))
            with open("/proc/{}/stat".format(entry), "rb") as f:
                if f.read().split(b")")[-1].split()[0] == b"Z":
                    continue  # a zombie waits for its parent; it runs nothing
        except OSError:
            continue
        if marker_bytes in cmdline or marker_bytes in environ or cwd.startswith(marker_bytes):
            found.append(int(entry))
    return found


def _ancestors():
    """This process and those that started it (make, the shell: their command lines name the test folder)."""
    pids, pid = set(), os.getpid()
    while pid > 1 and pid not in pids:
        pids.add(pid)
        try:
            with open("/proc/{}/stat".format(pid), "rb") as f:
                pid = int(f.read().split(b")")[-1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return pids
