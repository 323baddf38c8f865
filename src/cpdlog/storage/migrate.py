"""Bring a database up to the current schema, safely.

An existing SQLite file is copied to the backups folder before any upgrade. A database written
by a newer cpdlog (a revision we do not know) is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from cpdlog.errors import DatabaseTooNewError
from cpdlog.storage.db import Database, explain_database_error

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def sqlite_backup(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the online backup API (safe while it is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, backups: Path | None, target: str = "head") -> str | None:
    """Upgrade ``db`` to ``target``; return the backup path taken, if any."""
    backup_taken: str | None = None
    try:
        with db.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(
                f"{db.location} was written by a newer version of cpdlog (schema {current}). "
                "Please update cpdlog to open it; the database has not been changed."
            )
        if current is None and has_tables:
            raise DatabaseTooNewError(
                f"{db.location} is a database, but not one made by cpdlog. Nothing was changed."
            )
        if target == "head" and current == head_revision():
            return None
        if current is not None and db.sqlite_path is not None and backups is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            taken = sqlite_backup(
                db.sqlite_path, backups / f"before-upgrade-{current}-{stamp}.sqlite"
            )
            backup_taken = str(taken)
        with db.engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        raise explain_database_error(exc, db.location) from None
    return backup_taken


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
