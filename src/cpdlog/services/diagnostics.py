"""Diagnostic information to paste into a bug report (Help menu and ``cpdlog diagnostics``).

The text says which cpdlog, Python and system this is, what kind of data folder is in use,
the database's schema revision, how many entries and feeds there are and the last lines of
the log. It holds nothing that identifies the practitioner: no titles or reflections, no web
addresses, no folder names (the home folder carries the user's name), and the log lines are
redacted again before they are shown (:mod:`cpdlog.logs`).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog import __version__, logs
from cpdlog.errors import CpdlogError
from cpdlog.paths import DATABASE_URL_ENV, default_home

if TYPE_CHECKING:
    from cpdlog.services.app import App

log = logging.getLogger(__name__)

LOG_LINES = 50


def folder_kind(home: Path) -> str:
    """ "default" for the platform's user data folder, "custom" for ``--home``/``CPDLOG_HOME``."""
    try:
        default = default_home()
    except Exception:  # no user data folder known on this system
        log.exception("The default data folder could not be found")
        return "custom"
    return "default" if Path(home).expanduser() == default else "custom"


def _journal_lines(app: App) -> list[str]:
    from sqlalchemy import func, select

    from cpdlog.storage.feeds_orm import FeedRow
    from cpdlog.storage.migrate import current_revision, head_revision
    from cpdlog.storage.orm import EntryRow

    lines = [f"Database: {'SQLite file' if app.db.is_sqlite else 'other (database URL)'}"]
    try:
        revision = current_revision(app.db) or "none"
        lines.append(f"Database schema revision: {revision} (this version's: {head_revision()})")
        with app.db.session() as session:
            entries = session.scalar(select(func.count()).select_from(EntryRow)) or 0
            trashed = (
                session.scalar(
                    select(func.count())
                    .select_from(EntryRow)
                    .where(EntryRow.deleted_at.is_not(None))
                )
                or 0
            )
            feeds = session.scalar(select(func.count()).select_from(FeedRow)) or 0
    except Exception as exc:  # the information is for a bug report: say what failed, go on
        log.exception("Diagnostic information: the journal could not be read")
        lines.append(f"Journal could not be read: {logs.describe_exception(exc)}")
        return lines
    lines.append(f"Entries: {entries - trashed} (and {trashed} in the trash)")
    lines.append(f"Feeds: {feeds}")
    return lines


def diagnostic_text(
    home: Path,
    app: App | None = None,
    *,
    extra: Sequence[tuple[str, str]] = (),
    problem: BaseException | None = None,
    log_lines: int = LOG_LINES,
) -> str:
    """The diagnostic information as plain text.

    ``app`` is the open journal (None when it could not be opened: ``problem`` then says why,
    by kind only); ``extra`` adds lines the front end knows (the UI's Qt versions).
    """
    from cpdlog.storage.keys import is_encrypted

    lines = [
        "cpdlog diagnostic information",
        f"cpdlog version: {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Operating system: {platform.system()} {platform.release()} ({platform.machine()})",
        f"Frozen build: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
    ]
    lines.extend(f"{name}: {value}" for name, value in extra)
    database_url = os.environ.get(DATABASE_URL_ENV)
    lines.append(f"Data folder: {folder_kind(home)}")
    lines.append(f"Database URL given: {'yes' if database_url else 'no'}")
    try:
        encrypted = "yes" if is_encrypted(home) else "no"
    except (OSError, CpdlogError) as exc:
        encrypted = f"unknown ({logs.describe_exception(exc)})"
    lines.append(f"Encrypted: {encrypted}")
    if app is not None:
        lines.append(f"Read-only: {'yes' if app.read_only else 'no'}")
        lines.extend(_journal_lines(app))
    else:
        lines.append("Read-only: unknown (the journal is not open)")
        if problem is not None:
            lines.append(f"Journal not open: {logs.describe_exception(problem)}")
    path = logs.log_file(home)
    tail = logs.recent_lines(home, log_lines)
    lines.append(f"Log file: {'<data>/logs/cpdlog.log' if path.exists() else 'none yet'}")
    lines.append("")
    lines.append(f"The log's last lines (at most {log_lines}):" if tail else "The log is empty.")
    lines.extend(tail)
    return logs.redact("\n".join(lines), [home]) + "\n"
