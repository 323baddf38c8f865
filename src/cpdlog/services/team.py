"""A team on the organisation's cpdlog server (PostgreSQL): the administrator's set-up and
accounts, sharing entries with a supervisor, the lead's sources and per-person figures.

Each person connects as their own PostgreSQL role; row-level security in the database (see
:mod:`cpdlog.storage.team`) decides what they see. Nothing here filters rows in Python.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from cpdlog.errors import CpdlogError, StorageError, ValidationError
from cpdlog.i18n import tr
from cpdlog.storage import team as store
from cpdlog.storage.team import (
    PersonFigures,
    Policy,
    RemovedUser,
    SharedEntryRow,
    ShareRecord,
    TeamSourceRecord,
)

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.domain.feed import Feed
    from cpdlog.domain.progress import ProgressReport
    from cpdlog.services.app import App

log = logging.getLogger(__name__)

__all__ = [
    "TEAM_FOLDER",
    "InitReport",
    "NewUser",
    "PersonFigures",
    "RemovedUser",
    "ServerAdmin",
    "ShareRecord",
    "SharedEntryRow",
    "TeamService",
    "TeamSourceRecord",
]

TEAM_FOLDER = "Team sources"  # the folder team sources are followed into
MAX_PASSWORD_FILE = 4096


def _permission_problem(exc: BaseException) -> StorageError | None:
    text = str(getattr(exc, "orig", exc)).lower()
    if "permission denied" in text or "row-level security" in text:
        return StorageError(
            tr(
                ERRORS,
                "Your account on the cpdlog server may not do this: ask your "
                "organisation's cpdlog administrator if you think it should. "
                "Nothing was changed.",
            )
        )
    return None


def _unreachable(exc: BaseException, where: str) -> StorageError:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    return StorageError(
        tr(ERRORS, "cpdlog cannot use the PostgreSQL server at {where}: {first}").format(
            where=where, first=first
        )
    )


def check_postgres_url(url: str) -> str:
    """``url`` if it is a PostgreSQL URL; where it points, without its password, for messages."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError(
            tr(ERRORS, "That is not a database URL: give postgresql+psycopg://…")
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError(
            tr(
                ERRORS,
                "`cpdlog server` works on the organisation's PostgreSQL server "
                "only: give a postgresql+psycopg://USER@HOST/DATABASE URL.",
            )
        )
    return parsed.render_as_string(hide_password=True)


@dataclass(frozen=True, slots=True)
class InitReport:
    revision_before: str | None
    revision: str
    policies: list[Policy]
    owned_by_admin: int  # journal rows the administrator owns (a one-person database's)


@dataclass(frozen=True, slots=True)
class NewUser:
    name: str
    role: str
    password: str | None  # only when generated here: shown once, never stored


def read_password_file(path: Path) -> str:
    """The first line of ``path`` (a password the administrator chose)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise ValidationError(
            tr(ERRORS, "cpdlog cannot read the password file {path}: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from None
    if len(data) > MAX_PASSWORD_FILE:
        raise ValidationError(
            tr(ERRORS, "The password file {path} is too long to be a password file.").format(
                path=path
            )
        )
    try:
        password = data.decode("utf-8").splitlines()[0] if data.strip() else ""
    except UnicodeDecodeError:
        raise ValidationError(
            tr(ERRORS, "The password file {path} is not UTF-8 text.").format(path=path)
        ) from None
    if len(password) < 12:
        raise ValidationError(tr(ERRORS, "A password must be at least 12 characters long."))
    return password


class ServerAdmin:
    """What the organisation's database administrator runs (as a PostgreSQL superuser)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.where = check_postgres_url(url)

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        from sqlalchemy import create_engine

        try:
            engine = create_engine(self.url)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog cannot use the database {where}: {exc}").format(
                    where=self.where, exc=exc
                )
            ) from None
        try:
            with engine.begin() as connection:
                yield connection
        except CpdlogError:
            raise
        except DBAPIError as exc:
            raise _unreachable(exc, self.where) from None
        finally:
            engine.dispose()

    def init(self) -> InitReport:
        """Create or upgrade the schema, then the groups, grants and policies (idempotent)."""
        from cpdlog.storage.db import Database
        from cpdlog.storage.migrate import current_revision, head_revision, upgrade

        with self._connection() as connection:
            store.require_superuser(connection)
        db = Database(self.url, self.where)
        try:
            before = current_revision(db)
            upgrade(db, None)
        except CpdlogError:
            raise
        except DBAPIError as exc:
            raise _unreachable(exc, self.where) from None
        finally:
            db.dispose()
        with self._connection() as connection:
            wanted = store.secure_database(connection)
            owned = store.rows_owned_by_me(connection)
        log.info("cpdlog server secured: %s policies", len(wanted))
        return InitReport(before, head_revision(), wanted, owned)

    def add_user(
        self, name: str, role: str, password: str | None = None, no_password: bool = False
    ) -> NewUser:
        """``password`` None and not ``no_password``: one is generated (returned once)."""
        store.check_role_name(name)
        generated = None
        if not no_password and password is None:
            generated = password = secrets.token_urlsafe(18)
        verifier = None if no_password or password is None else store.scram_verifier(password)
        with self._connection() as connection:
            store.add_user(connection, name, role, verifier)
        return NewUser(name, role, generated)

    def hand_over(self, name: str) -> int:
        """Give practitioner ``name`` the journal rows the upgrade gave the administrator
        (a one-person PostgreSQL journal from before teams); how many rows."""
        with self._connection() as connection:
            return store.hand_over_existing_rows(connection, name)

    def remove_user(self, name: str) -> RemovedUser:
        store.check_role_name(name)
        with self._connection() as connection:
            return store.remove_user(connection, name, dt.datetime.now(dt.UTC))


class TeamService:
    """A team member's side: their own connection, so the server's policies apply."""

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def on_server(self) -> bool:
        return not self.app.db.is_sqlite

    @contextmanager
    def _session(self) -> Iterator[Session]:
        if not self.on_server:
            raise ValidationError(
                tr(
                    ERRORS,
                    "This needs your organisation's cpdlog server (--database-url "
                    "postgresql+psycopg://…); your journal on this computer is yours "
                    "alone.",
                )
            )
        try:
            with self.app.db.session() as session:
                yield session
        except StorageError as exc:
            cause = exc.__cause__ or exc.__context__
            explained = _permission_problem(cause) if cause is not None else None
            raise (explained or exc) from None
        except DBAPIError as exc:
            raise (_permission_problem(exc) or _unreachable(exc, "the server")) from None

    def me(self) -> str:
        with self._session() as session:
            return store.current_user(session)

    # -- sharing with a supervisor -------------------------------------------------------

    def share(self, entry_id: int, supervisor: str) -> bool:
        """Share one of your entries with a supervisor; False if it already was."""
        store.check_role_name(supervisor)
        self.app.require_writable()
        with self._session() as session:
            return store.share_entry(session, entry_id, supervisor, self.app.clock())

    def unshare(self, entry_id: int, supervisor: str | None = None) -> int:
        """Withdraw an entry's shares (with one supervisor, or everyone); how many."""
        if supervisor is not None:
            store.check_role_name(supervisor)
        with self._session() as session:
            count = store.unshare_entry(session, entry_id, supervisor, self.app.clock())
        if not count:
            from cpdlog.errors import NotFoundError

            message = (
                tr(ERRORS, "Entry {entry_id} is not shared with '{supervisor}'.")
                if supervisor
                else tr(ERRORS, "Entry {entry_id} is not shared.")
            )
            raise NotFoundError(message.format(entry_id=entry_id, supervisor=supervisor))
        return count

    def shares(self, entry_id: int | None = None) -> list[ShareRecord]:
        with self._session() as session:
            return store.shares(session, entry_id)

    def shared_with_me(self) -> list[SharedEntryRow]:
        """A supervisor's list: the entries practitioners share with them now."""
        with self._session() as session:
            return store.shared_with_me(session)

    # -- the team's sources --------------------------------------------------------------

    def sources(self) -> list[TeamSourceRecord]:
        with self._session() as session:
            return store.team_sources(session)

    def publish_source(self, url: str, title: str, folder: str = "") -> TeamSourceRecord:
        from cpdlog.feeds.urls import normalise_url

        address = normalise_url(url)
        title = " ".join(title.split())
        folder = "/".join(part.strip() for part in folder.split("/") if part.strip())
        if not title:
            raise ValidationError(tr(ERRORS, "Give the source a title (--title)."))
        if len(title) > 200 or len(folder) > 200 or len(address) > 2000:
            raise ValidationError(tr(ERRORS, "That title, folder or address is too long."))
        with self._session() as session:
            return store.publish_source(session, title, address, folder, self.app.clock())

    def withdraw_source(self, source_id: int) -> None:
        with self._session() as session:
            store.withdraw_source(session, source_id)

    def source_folder(self, source: TeamSourceRecord) -> str:
        return f"{TEAM_FOLDER}/{source.folder}" if source.folder else TEAM_FOLDER

    def follow_source(self, source_id: int) -> Feed:
        """Follow a team source, in the "Team sources" folder of your own feeds."""
        with self._session() as session:
            source = store.team_source(session, source_id)
        return self.app.feeds.subscribe(
            source.url, category=self.source_folder(source), title=source.title
        )

    # -- figures for the lead ------------------------------------------------------------

    def publish_progress(self) -> int:
        """Publish your outcome per registration (met or not, the period) for the lead's
        figures; the lead never sees an entry. How many registrations were published."""
        reports = self.app.progress.reports()
        figures = [(r.profile.id, r.period.start, r.period.end, r.met) for r in reports]
        with self._session() as session:
            store.publish_progress(session, figures, self.app.clock())
        return len(figures)

    def publish_after_progress(self, reports: Sequence[ProgressReport]) -> bool:
        """After a practitioner looked at their progress on the server, publish its outcome
        for the lead (quietly: never stops the progress being shown). True if published."""
        if not self.on_server or self.app.read_only:
            return False
        figures = [(r.profile.id, r.period.start, r.period.end, r.met) for r in reports]
        try:
            with self._session() as session:
                if not store.is_practitioner(session):
                    return False
                store.publish_progress(session, figures, self.app.clock())
        except CpdlogError as exc:
            log.warning("Progress figures not published: %s", type(exc).__name__)
            return False
        return True

    def team_progress(self) -> list[PersonFigures]:
        """The lead's per-person figures (counts, hours, met or not, days left)."""
        with self._session() as session:
            return store.team_progress(session)
