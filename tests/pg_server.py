"""A throw-away PostgreSQL/PostGIS cluster on 127.0.0.1 for the tests: Debian's own server binaries, a fresh data
folder, a free port, password authentication over TCP (as a city's server has it), removed afterwards."""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time

from servers import free_port

SUPERUSER, SUPERPASSWORD = "stadtdialog_admin", "admin-Kaiserslautern-2018"


def bin_dir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (make test installs postgresql-postgis)")
    return os.path.dirname(found[-1])


class PostgresServer:
    def __init__(self):
        self.bin = bin_dir()
        self.folder = tempfile.mkdtemp(prefix="stadtdialog-pg-")
        self.data = os.path.join(self.folder, "data")
        self.port = free_port()
        self.host = "127.0.0.1"
        self.database = "stadtdialog"
        self.user = None if os.geteuid() else "postgres"  # PostgreSQL does not run as root
        if self.user:
            uid = pwd.getpwnam(self.user).pw_uid
            os.chown(self.folder, uid, -1)
        secret = os.path.join(self.folder, "pw")
        with open(secret, "w") as f:
            f.write(SUPERPASSWORD)
        if self.user:
            os.chown(secret, pwd.getpwnam(self.user).pw_uid, -1)
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "--pwfile", secret, "--auth-local=trust",
                  "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions")
        os.unlink(secret)
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.folder, "log"), "-w", "-t", "60", "-o",
                  "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                  "-c full_page_writes=off -c max_connections=100".format(self.port, self.folder), "start")
        self.sql("CREATE DATABASE {}".format(self.database), database="postgres")
        self.sql("CREATE EXTENSION postgis")

    def _run(self, program, *args):
        command = [os.path.join(self.bin, program), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--"] + command
        proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if proc.returncode:
            raise RuntimeError("{} failed: {}{}".format(program, proc.stdout[-2000:], proc.stderr[-2000:]))
        return proc.stdout

    def connect(self, database=None, user=SUPERUSER, password=SUPERPASSWORD):
        import psycopg2

        con = psycopg2.connect(host=self.host, port=self.port, dbname=database or self.database, user=user,
                               password=password)
        con.autocommit = True
        return con

    def sql(self, statement, params=None, database=None, user=SUPERUSER, password=SUPERPASSWORD):
        con = self.connect(database, user, password)
        try:
            with con.cursor() as cur:
                cur.execute(statement, params)
                return cur.fetchall() if cur.description else None
        finally:
            con.close()

    def uri(self, schema, user=SUPERUSER):
        """The store name a planner gives for `schema` (the password comes from an authcfg, never the URI)."""
        return "postgresql://{}@{}:{}/{}?schema={}".format(user, self.host, self.port, self.database, schema)

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        for _ in range(20):
            try:
                shutil.rmtree(self.folder)
                return
            except OSError:
                time.sleep(0.2)
