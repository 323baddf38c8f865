"""What a refresh needs before its first request, read with the plain SQLite driver.

``cpdlog feeds refresh`` sends its first requests before SQLAlchemy and the ORM mapping are
loaded (about a second of a command's start-up): this reads the feeds with their stored
validators, and the hosts that asked us to wait, from a journal file on this computer, with
the standard library only. It only reads (no pragma is changed), and it answers ``None``
whenever the plain way does not apply - the file is missing or not plain SQLite (an
encrypted journal), or its schema is not this cpdlog's - so that the caller takes the usual
way, which opens, upgrades or refuses the journal and says why.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cpdlog import safefile
from cpdlog.errors import StorageError, tr
from cpdlog.storage.revisions import head_revision

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.errors.tr → cpdlog.i18n)

BUSY_TIMEOUT_S = 5.0  # as the database layer (storage.db.BUSY_TIMEOUT_MS)
# the files SQLite opens beside a journal (a named pipe as "-journal" hangs its open for ever;
# as "-wal" or "-shm" it fails with "disk I/O error")
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


def journal_files(database: Path) -> list[Path]:
    """The journal file and the side files SQLite keeps beside it."""
    return [database, *(database.with_name(database.name + s) for s in SIDE_FILE_SUFFIXES)]


def check_journal_files(database: Path, folder: Path | None) -> None:
    """Raise :class:`StorageError` (one plain sentence) if the journal file or one of its side
    files is there but is not an ordinary file - a named pipe, a device, a folder, a socket,
    a link out of the data folder ``folder`` (if given) - before anything opens it (see
    :func:`cpdlog.safefile.require_ordinary`)."""
    what = tr(ERRORS, "journal file")
    for path in journal_files(database):
        safefile.require_ordinary(path, what, folder=folder)


@dataclass(frozen=True, slots=True)
class QuickFeed:
    """One feed as a refresh starts it (the columns of ``feeds`` it needs)."""

    id: int
    url: str
    enabled: bool
    discover_from: str
    next_fetch_after: dt.datetime | None
    etag: str
    last_modified: str
    body_hash: str


@dataclass(frozen=True, slots=True)
class QuickStart:
    """Every feed (in id order) and a setting's stored JSON value (None when absent)."""

    feeds: list[QuickFeed]
    setting: Any


def _moment(value: object) -> dt.datetime | None:
    """A stored UTC datetime (SQLAlchemy's SQLite text form, no zone) as an aware one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def read_refresh_start(database: Path, setting_key: str) -> QuickStart | None:
    """The feeds and the setting ``setting_key`` of the plain SQLite journal ``database``, or
    ``None`` when it is not one at this cpdlog's schema (or cannot be read the plain way)."""
    try:
        check_journal_files(database, database.parent)
    except StorageError:
        return None  # a named pipe or a device: the usual way refuses it and says why
    if not database.is_file():
        return None
    quoted = urllib.parse.quote(str(database.resolve()))
    try:
        # mode=rw: never creates a file; nothing here writes
        conn = sqlite3.connect(f"file:{quoted}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for the three reads
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if [row[0] for row in versions] != [head_revision()]:
            return None  # to be upgraded (or refused): the usual way does that
        rows = conn.execute(
            "SELECT id, url, enabled, discover_from, next_fetch_after, etag, last_modified, "
            "body_hash FROM feeds ORDER BY id"
        ).fetchall()
        stored = conn.execute("SELECT value FROM settings WHERE key = ?", (setting_key,)).fetchone()
    except sqlite3.Error:  # not a database, encrypted, damaged, no such table...
        return None
    finally:
        conn.close()
    feeds = [
        QuickFeed(
            id=int(row[0]),
            url=str(row[1]),
            enabled=bool(row[2]),
            discover_from=str(row[3] or ""),
            next_fetch_after=_moment(row[4]),
            etag=str(row[5] or ""),
            last_modified=str(row[6] or ""),
            body_hash=str(row[7] or ""),
        )
        for row in rows
    ]
    setting: Any = None
    if stored is not None:
        try:
            setting = json.loads(stored[0])
        except (TypeError, ValueError):
            setting = None
    return QuickStart(feeds, setting)
