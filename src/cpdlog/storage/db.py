"""Engine and session setup.

SQLite (the default) gets WAL, foreign keys and a busy timeout. Any other SQLAlchemy URL
(for example PostgreSQL for shared use) works too: SQLite-only features have fallbacks.
"""

from __future__ import annotations

import contextlib
import logging
import random
import re
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cpdlog.errors import CpdlogError, ReadOnlyError, ServerUnreachableError, StorageError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

BUSY_TIMEOUT_MS = 5000
CIPHER_CACHE_KIB = 64 * 1024  # an encrypted journal's page cache: up to 64 MiB

log = logging.getLogger(__name__)

# A database server that is busy or restarting: cpdlog waits a little and tries again, a few
# times (about 3 seconds in all), before it says so. SQLite waits on its own (busy_timeout).
SERVER_ATTEMPTS = 5
SERVER_FIRST_WAIT = 0.1  # seconds; doubled after each attempt, with a little jitter
_TRANSIENT_SQLSTATES = {
    "40001",  # serialization_failure
    "40P01",  # deadlock_detected
    "53300",  # too_many_connections
    "57P01",  # admin_shutdown (the server is restarting)
    "57P03",  # cannot_connect_now (starting up)
}
_TRANSIENT_TEXT = (
    "too many connections",
    "remaining connection slots are reserved",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "server closed the connection unexpectedly",
    "terminating connection due to administrator command",
    "connection refused",
    "could not receive data from server",
    "deadlock detected",
    "could not serialize access",
)
# the server is not there at all (down, wrong address, network gone): not a retry's worth
_UNREACHABLE_TEXT = (
    "connection refused",
    "timeout expired",
    "connection timed out",
    "could not connect to server",
    "no route to host",
    "network is unreachable",
    "could not translate host name",
    "server closed the connection unexpectedly",
    "the database system is shutting down",
    "the database system is starting up",
    "terminating connection due to administrator command",
    "could not receive data from server",
    "consuming input failed",
)


def is_unreachable(exc: BaseException) -> bool:
    """Whether a driver error means the database server cannot be reached just now."""
    text = str(getattr(exc, "orig", exc)).lower()
    return any(fragment in text for fragment in _UNREACHABLE_TEXT)


def is_transient(exc: BaseException) -> bool:
    """Whether a driver error is the server being busy or briefly away (worth a retry)."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    text = str(orig).lower()
    return any(fragment in text for fragment in _TRANSIENT_TEXT)


def describe_url(url: str) -> str:
    """A database URL as it may be shown or logged: never its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the database URL given"


def _one_line(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def _driver_errors() -> tuple[type[Exception], ...]:
    """The DB-API ``DatabaseError`` classes of both drivers (SQLCipher's only if installed)."""
    try:
        from sqlcipher3 import dbapi2 as sqlcipher
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Read-only media or a damaged file: reported clearly by the first real query.
        with contextlib.suppress(*_driver_errors()):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def explain_database_error(exc: BaseException, where: str) -> StorageError:
    """Turn a driver error into a sentence a practitioner can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StorageError(
            tr(
                ERRORS,
                "{where} is not a cpdlog database, or it is damaged. Nothing was "
                "changed. Restore a backup from the backups folder, or choose "
                "another data folder with --home.",
            ).format(where=where)
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            tr(
                ERRORS,
                "cpdlog cannot write to {where}: the file or its folder is "
                "read-only. Nothing was changed.",
            ).format(where=where)
        )
    if "unable to open" in text:
        return StorageError(
            tr(
                ERRORS,
                "cpdlog cannot open {where}: check that the folder exists and you may write to it.",
            ).format(where=where)
        )
    if "must be owner of" in text:  # a team member's cpdlog tried to upgrade the server
        return StorageError(
            tr(
                ERRORS,
                "The cpdlog server at {where} needs upgrading for this version of "
                "cpdlog: ask your organisation's cpdlog administrator to run "
                "`cpdlog server init`. Nothing was changed.",
            ).format(where=where)
        )
    if "permission denied" in text or "row-level security" in text:
        return StorageError(
            tr(
                ERRORS,
                "Your account on {where} may not do this: ask your organisation's "
                "cpdlog administrator if you think it should. Nothing was "
                "changed.",
            ).format(where=where)
        )
    if "locked" in text:
        return StorageError(
            tr(ERRORS, "{where} is busy in another program; try again in a moment.").format(
                where=where
            )
        )
    if "password authentication failed" in text:
        return StorageError(
            tr(
                ERRORS,
                "The database server at {where} did not accept the user name and "
                "password in the database URL.",
            ).format(where=where)
        )
    if is_unreachable(exc):
        return ServerUnreachableError(
            tr(
                ERRORS,
                "cpdlog cannot reach the database server at {where} just now; try "
                "again in a moment. Nothing was changed.",
            ).format(where=where)
        )
    if is_transient(exc):
        return StorageError(
            tr(
                ERRORS,
                "The database server at {where} is busy or cannot be reached just "
                "now; try again in a moment. Nothing was changed.",
            ).format(where=where)
        )
    return StorageError(
        tr(ERRORS, "The database at {where} could not be used: {one_line}").format(
            where=where, one_line=_one_line(getattr(exc, "orig", exc))
        )
    )


def cipher_connect(path: Path, key: bytes, read_only: bool = False) -> Any:
    """A SQLCipher 4 connection to ``path`` keyed with ``key`` (checked by a first read:
    a wrong key or a plain file raises the driver's ``DatabaseError`` here)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from cpdlog.storage.keys import sqlcipher_key_pragma

    if read_only:
        quoted = urllib.parse.quote(str(path.resolve()))
        conn = sqlcipher.connect(
            f"file:{quoted}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
    else:
        conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # errors are reported, not printed
        conn.execute(sqlcipher_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """One engine and a session factory. Sessions are short: one per user action."""

    def __init__(
        self,
        url: str,
        location: str,
        read_only: bool = False,
        home: object = None,
        key: bytes | None = None,
    ) -> None:
        """``read_only``: open a SQLite file with ``mode=ro`` and refuse every change with
        :class:`ReadOnlyError` (``home`` names the folder in that message). A SQLite URL
        that asks for ``mode=ro`` itself is read-only too. ``key``: the 32-byte data key of
        an encrypted (SQLCipher 4) journal file (see :mod:`cpdlog.storage.keys`)."""
        self.url = url
        self.key = key
        self.location = describe_url(location) if location == url else location
        # told "busy, retrying" while the server is busy (the command line prints it)
        self.on_busy: Callable[[str], None] | None = None
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StorageError(
                tr(ERRORS, "'{url}' is not a database URL.").format(url=url)
            ) from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.read_only = read_only or (self.is_sqlite and parsed.query.get("mode") == "ro")
        self.home = home if home is not None else location
        database = parsed.database or ""
        if self.is_sqlite and parsed.query.get("uri") == "true" and database.startswith("file:"):
            database = urllib.parse.unquote(urllib.parse.urlsplit(database).path)
        self.sqlite_path: Path | None = (
            Path(database) if self.is_sqlite and database not in ("", ":memory:") else None
        )
        if key is not None and self.sqlite_path is None:
            raise StorageError(tr(ERRORS, "Only a journal file on this computer can be encrypted."))
        try:
            kwargs: dict[str, Any] = {}
            if key is not None:
                from sqlalchemy.pool import QueuePool
                from sqlcipher3 import dbapi2 as sqlcipher

                # SQLAlchemy's pysqlite dialect over SQLCipher's DB-API module (its own
                # pysqlcipher dialect would send a second, empty ``PRAGMA key``)
                kwargs["module"] = sqlcipher
                kwargs["connect_args"] = {
                    "timeout": BUSY_TIMEOUT_MS / 1000,
                    "check_same_thread": False,
                }
                kwargs["creator"] = self._cipher_connection
                kwargs["poolclass"] = QueuePool
                url = "sqlite://"
            elif self.is_sqlite:
                kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
                if read_only and self.sqlite_path is not None:
                    kwargs["creator"] = self._read_only_connection
            else:
                # a pooled connection the server dropped (a restart) is replaced, not used
                kwargs["pool_pre_ping"] = True
            self.engine: Engine = create_engine(url, **kwargs)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog cannot use the database '{url}': {exc}").format(url=url, exc=exc)
            ) from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self.read_only:
            event.listen(self._sessions, "before_flush", self._refuse_changes)

    def _cipher_connection(self) -> Any:
        """A SQLCipher connection keyed with the raw data key (read-only if asked).

        Every page read from the file is decrypted and its HMAC checked, so the page cache
        is made large enough to hold a big journal's pages once decrypted (SQLite allocates
        it only as pages are used), and temporary tables and sorts stay in memory (never
        written to disk at all, rather than encrypted there)."""
        assert self.sqlite_path is not None and self.key is not None
        conn = cipher_connect(self.sqlite_path, self.key, read_only=self.read_only)
        conn.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    def _read_only_connection(self) -> sqlite3.Connection:
        """A SQLite connection that cannot write (``mode=ro``).

        A WAL database whose ``-shm`` file is gone cannot be opened ``mode=ro`` in a folder
        that cannot be written; then it is opened ``immutable`` (nobody can write there).
        """
        assert self.sqlite_path is not None
        quoted = urllib.parse.quote(str(self.sqlite_path.resolve()))
        timeout = BUSY_TIMEOUT_MS / 1000
        try:
            conn = sqlite3.connect(
                f"file:{quoted}?mode=ro", uri=True, timeout=timeout, check_same_thread=False
            )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            return sqlite3.connect(
                f"file:{quoted}?mode=ro&immutable=1",
                uri=True,
                timeout=timeout,
                check_same_thread=False,
            )

    def _refuse_changes(self, session: Session, *_args: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyError(self.home)

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.home)

    @classmethod
    def for_file(
        cls, path: Path, read_only: bool = False, home: object = None, key: bytes | None = None
    ) -> Database:
        return cls(f"sqlite:///{path}", str(path), read_only=read_only, home=home, key=key)

    def _busy(self, attempt: int) -> None:
        """Say that attempt number ``attempt`` (from 2) is about to be made."""
        message = f"the database server is busy, retrying ({attempt} of {SERVER_ATTEMPTS})..."
        log.warning("Database server busy: attempt %s of %s", attempt, SERVER_ATTEMPTS)
        if self.on_busy is not None:
            self.on_busy(message)

    def _retrying(self, connect: Callable[[], object], undo: Callable[[], None]) -> None:
        for attempt in range(SERVER_ATTEMPTS):
            try:
                connect()
                return
            except (OperationalError, DatabaseError) as exc:
                undo()
                if not is_transient(exc) or attempt + 1 == SERVER_ATTEMPTS:
                    raise
                self._busy(attempt + 2)
                time.sleep(SERVER_FIRST_WAIT * 2**attempt * random.uniform(1.0, 1.5))

    def _connect(self, session: Session) -> None:
        """A server: connect now (not at the first query), waiting and retrying a few times
        while the server is busy or restarting, so the block runs on a working connection."""
        self._retrying(session.connection, session.rollback)

    def wait_for_server(self) -> None:
        """A server: wait (a few tries, as for a session) until it accepts a connection."""
        if not self.is_sqlite:
            self._retrying(lambda: self.engine.connect().close(), lambda: None)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed if the block succeeds, rolled back on any error."""
        session = self._sessions()
        try:
            if not self.is_sqlite:
                self._connect(session)
            yield session
            session.commit()
        except CpdlogError:
            session.rollback()
            raise
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            if self.read_only and "readonly" in str(exc).lower():
                raise ReadOnlyError(self.home) from None
            raise explain_database_error(exc, self.location) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
