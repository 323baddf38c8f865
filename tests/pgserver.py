"""A throwaway PostgreSQL server for the tests, on 127.0.0.1 and a free port.

The server runs from Debian's binaries (``postgresql`` package: ``/usr/lib/postgresql/*/bin``
or ``initdb`` on the PATH) in a temporary folder, with password (SCRAM) authentication over
TCP, so a test that connects as a team member's role really needs that role's password. When
the tests run as root (CI containers), the server runs as the ``postgres`` system user, because
PostgreSQL refuses to run as root.

Without PostgreSQL the fixtures skip with the reason; ``CPDLOG_REQUIRE_POSTGRES=1`` (set by
``.ci/run``) turns that skip into a failure so CI cannot silently test SQLite alone.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

ADMIN_USER = "cpdlog_admin"
ADMIN_PASSWORD = "admin-" + uuid.uuid4().hex


class PostgresUnavailable(RuntimeError):
    """PostgreSQL's server programs are not installed here."""


def find_bin_dir() -> Path:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``."""
    found = shutil.which("initdb")
    if found:
        folder = Path(found).resolve().parent
        if (folder / "pg_ctl").exists():
            return folder
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    for candidate in candidates:
        return candidate.parent
    raise PostgresUnavailable(
        "PostgreSQL's server programs were not found (Debian: apt-get install postgresql)"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One server: ``start()``, then ``url()`` for the admin or any role, then ``stop()``."""

    def __init__(self, tls: bool = False) -> None:
        """``tls``: also accept TLS connections, with a self-signed certificate for 127.0.0.1
        (``self.certificate``), as an organisation's server would with its own."""
        self.tls = tls
        self.certificate = Path()
        self.bin_dir = find_bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="cpdlog-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "sock"
        self.port = 0
        self._as_user: list[str] = []
        self._started = False

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        self.socket_dir.mkdir()
        password_file = self.folder / "pw"
        password_file.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            for path in (self.folder, self.socket_dir, password_file):
                os.chown(path, entry.pw_uid, entry.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            ADMIN_USER,
            "--pwfile",
            str(password_file),
            "--auth-host=scram-sha-256",
            "--auth-local=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        password_file.unlink()
        if self.tls:
            self._make_certificate()
        self.port = _free_port()
        self._launch()

    def _launch(self) -> None:
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200 -c shared_buffers=32MB"
        )
        if self.tls:
            options += (
                f" -c ssl=on -c ssl_cert_file={self.certificate}"
                f" -c ssl_key_file={self.folder / 'server.key'}"
            )
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._started = True
        self._wait_ready()

    def _make_certificate(self) -> None:
        self.certificate = self.folder / "server.crt"
        key = self.folder / "server.key"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(self.certificate)],
            capture_output=True, check=True, timeout=60,
        )  # fmt: skip
        key.chmod(0o600)
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            for path in (key, self.certificate):
                os.chown(path, entry.pw_uid, entry.pw_gid)

    def pause(self) -> None:
        """Stop the server, keeping its data and port, as an outage would (``resume()`` after).
        Connections open to it are cut, as they are when a real server goes away."""
        if self._started:
            pg_ctl = str(self.bin_dir / "pg_ctl")
            self._run(pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")
            self._started = False

    def resume(self) -> None:
        """Start the paused server again, on the same port with the same data."""
        if not self._started:
            self._launch()

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(subprocess.CalledProcessError, OSError):
                self._run(
                    str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, *argv: str) -> None:
        completed = subprocess.run(
            [*self._as_user, *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if completed.returncode != 0:
            raise RuntimeError(
                f"{Path(argv[0]).name} failed ({completed.returncode}): "
                f"{completed.stderr.strip() or completed.stdout.strip()}"
            )

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    # -- addresses ---------------------------------------------------------------------------

    def url(
        self,
        database: str = "postgres",
        user: str = ADMIN_USER,
        password: str = ADMIN_PASSWORD,
    ) -> str:
        """A SQLAlchemy URL for ``database`` as ``user`` (the admin by default)."""
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{database}"

    def admin_execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the admin, outside a transaction (CREATE DATABASE and such)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=ADMIN_USER,
            password=ADMIN_PASSWORD,
            dbname=database,
            autocommit=True,
        ) as connection:
            connection.execute(sql.encode())

    def create_database(self) -> str:
        """A fresh empty database; returns its name."""
        name = "t_" + uuid.uuid4().hex[:16]
        self.admin_execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()
