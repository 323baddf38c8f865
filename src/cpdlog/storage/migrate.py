"""Bring a database up to the current schema, safely.

An existing SQLite file is copied to the backups folder before any upgrade. A database on a
server (PostgreSQL) is not copied: the organisation that runs the server backs it up with its
own tools, and the upgrade says so in a notice. A database written by a newer cpdlog (a
revision we do not know) is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from cpdlog.errors import DatabaseTooNewError
from cpdlog.i18n import tr
from cpdlog.storage.db import Database, explain_database_error
from cpdlog.storage.revisions import MIGRATIONS
from cpdlog.storage.revisions import head_revision as head_revision  # (its callers import it here)
from cpdlog.storage.revisions import known_revisions as known_revisions

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATION_LOCK = 0x6370_646C_6F67  # "cpdlog": the advisory lock one upgrade holds on a server


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def sqlite_backup(source: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy a live SQLite database with the online backup API (safe while it is open).

    The copy is written under a temporary name and renamed only once it is complete, so a
    failure (a full disk, say) never leaves a partial file that looks like a backup. An
    encrypted journal (``key``) gives a copy encrypted with the same key.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.unlink(missing_ok=True)
        if key is not None:
            from cpdlog.storage.db import cipher_connect

            src: Any = cipher_connect(source, key, read_only=True)
        else:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst: Any = cipher_connect(partial, key) if key is not None else sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _peek(db: Database) -> tuple[str | None, bool]:
    """The schema revision and whether any table exists, without changing the file.

    An existing SQLite file is opened read-only with no pragmas (turning on WAL would already
    rewrite its header), so a database we must refuse stays byte-for-byte as it was.
    """
    path = db.sqlite_path
    if path is not None and path.exists() and db.key is None:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            current = None
            if "alembic_version" in tables:
                row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
                current = row[0] if row else None
            return current, bool(tables)
        finally:
            raw.close()
    # An encrypted journal or a server: through the engine, reading the version table with
    # plain SQL (importing Alembic costs a few tenths of a second; it loads only to upgrade).
    with db.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        if "alembic_version" not in names:
            return None, bool(names)
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        if len(rows) > 1:  # Alembic's own check: a journal has one line of history
            raise DatabaseTooNewError(
                tr(
                    ERRORS,
                    "{location} records more than one schema version; nothing was changed.",
                ).format(location=db.location)
            )
        return (str(rows[0][0]) if rows else None), True


def peek_revision(db: Database) -> str | None:
    """The schema revision, read through ``db``'s own engine without changing anything."""
    try:
        return current_revision(db)
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        raise explain_database_error(exc, db.location) from None


def server_upgrade_notice(current: str, target: str) -> str:
    """What a user is told when cpdlog upgrades a database on a server."""
    return (
        f"cpdlog updated the database on your organisation's server (schema {current} to "
        f"{target}). cpdlog does not copy a server's database itself: your organisation's own "
        "backups of that server are the copy to go back to."
    )


def sync_sequences(conn: Connection) -> None:
    """PostgreSQL: move each ``id`` sequence past the largest id already stored, so rows copied
    in with their own ids (a move from SQLite, a restore) do not make the next insert fail."""
    rows = conn.execute(
        text(
            "SELECT c.table_name, pg_get_serial_sequence(quote_ident(c.table_name), 'id') "
            "FROM information_schema.columns AS c "
            "WHERE c.table_schema = current_schema() AND c.column_name = 'id'"
        )
    ).all()
    for table, sequence in rows:
        if sequence is None:
            continue
        conn.execute(
            text(
                f'SELECT setval(:sequence, coalesce((SELECT max(id) FROM "{table}"), 0) + 1, false)'
            ),
            {"sequence": sequence},
        )


def upgrade(
    db: Database, backups: Path | None, target: str = "head", notices: list[str] | None = None
) -> str | None:
    """Upgrade ``db`` to ``target``; return the backup path taken, if any. A database on a
    server is not copied: ``notices`` gets the sentence that says so."""
    backup_taken: str | None = None
    try:
        db.wait_for_server()
        current, has_tables = _peek(db)
        if current is not None and current not in known_revisions():
            raise DatabaseTooNewError(
                tr(
                    ERRORS,
                    "{location} was written by a newer version of cpdlog (schema "
                    "{current}). Please update cpdlog to open it; the database has "
                    "not been changed.",
                ).format(location=db.location, current=current)
            )
        if current is None and has_tables:
            raise DatabaseTooNewError(
                tr(
                    ERRORS,
                    "{location} is a database, but not one made by cpdlog. Nothing was changed.",
                ).format(location=db.location)
            )
        if target == "head" and current == head_revision():
            return None
        if current is not None and db.sqlite_path is not None and backups is not None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            taken = sqlite_backup(
                db.sqlite_path, backups / f"before-upgrade-{current}-{stamp}.sqlite", db.key
            )
            backup_taken = str(taken)
        postgresql = db.engine.dialect.name == "postgresql"
        from alembic import command

        with db.engine.begin() as conn:
            if postgresql:
                # several people's cpdlog may start at once against a server that needs the
                # upgrade: one upgrades, the others wait here and then find nothing to do
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
                from alembic.runtime.migration import MigrationContext

                current = MigrationContext.configure(conn).get_current_revision()
                if target == "head" and current == head_revision():
                    return None
            command.upgrade(alembic_config(conn), target)
            if postgresql:
                sync_sequences(conn)
        if postgresql and current is not None and notices is not None:
            notices.append(
                server_upgrade_notice(current, head_revision() if target == "head" else target)
            )
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        raise explain_database_error(exc, db.location) from None
    return backup_taken


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
