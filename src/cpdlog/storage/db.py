"""Engine and session setup.

SQLite (the default) gets WAL, foreign keys and a busy timeout. Any other SQLAlchemy URL
(for example PostgreSQL for shared use) works too: SQLite-only features have fallbacks.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cpdlog.errors import CpdlogError, StorageError

BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Read-only media or a damaged file: reported clearly by the first real query.
        with contextlib.suppress(sqlite3.DatabaseError):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def explain_database_error(exc: BaseException, where: str) -> StorageError:
    """Turn a driver error into a sentence a practitioner can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return StorageError(
            f"{where} is not a cpdlog database, or it is damaged. Nothing was changed. "
            "Restore a backup from the backups folder, or choose another data folder with --home."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"cpdlog cannot write to {where}: the file or its folder is read-only. "
            "Nothing was changed."
        )
    if "unable to open" in text:
        return StorageError(
            f"cpdlog cannot open {where}: check that the folder exists and you may write to it."
        )
    if "locked" in text:
        return StorageError(f"{where} is busy in another program; try again in a moment.")
    return StorageError(f"The database at {where} could not be used: {getattr(exc, 'orig', exc)}")


class Database:
    """One engine and a session factory. Sessions are short: one per user action."""

    def __init__(self, url: str, location: str) -> None:
        self.url = url
        self.location = location
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StorageError(f"'{url}' is not a database URL.") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.sqlite_path: Path | None = (
            Path(parsed.database)
            if self.is_sqlite and parsed.database not in (None, "", ":memory:")
            else None
        )
        try:
            kwargs: dict[str, Any] = {}
            if self.is_sqlite:
                kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
            self.engine: Engine = create_engine(url, **kwargs)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StorageError(f"cpdlog cannot use the database '{url}': {exc}") from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def for_file(cls, path: Path) -> Database:
        return cls(f"sqlite:///{path}", str(path))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed if the block succeeds, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except CpdlogError:
            session.rollback()
            raise
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            raise explain_database_error(exc, self.location) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
