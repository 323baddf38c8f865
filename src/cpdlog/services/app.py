"""The application object both front ends hold: paths, database and the services.

``App.open`` prepares the data folder, opens the database and applies migrations (with a
backup first). Services each open one short session per user action and return domain objects.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog import safefile
from cpdlog.errors import PassphraseError, ReadOnlyError, StorageError
from cpdlog.i18n import tr
from cpdlog.paths import DATABASE_URL_ENV, AppPaths, resolve_paths
from cpdlog.storage.evidence import EvidenceStore

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.capture import CaptureService
    from cpdlog.services.confidentiality import ConfidentialityService
    from cpdlog.services.entries import EntryService
    from cpdlog.services.feeds import FeedService
    from cpdlog.services.portfolio import PortfolioService
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.services.progress import ProgressService
    from cpdlog.services.review import ReviewService
    from cpdlog.services.team import TeamService
    from cpdlog.services.transfer import BackupService, TransferService
    from cpdlog.storage.db import Database
    from cpdlog.storage.quarantine import QuarantineReport

Clock = Callable[[], dt.datetime]
AskPassphrase = Callable[[], str]  # asked only when the journal is encrypted
NOW_ENV = "CPDLOG_NOW"  # for tests and demonstrations: pretend the time is this ISO datetime
READ_ONLY_ENV = "CPDLOG_READ_ONLY"  # "1": open the journal read-only even if it could be written
QUARANTINE_FOLDER = "quarantine"
VIEWING_FOLDER = Path("tmp") / "viewing"  # decrypted copies opened in the system viewer
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def check_data_files(paths: AppPaths) -> None:
    """Refuse (:class:`StorageError`, one sentence naming the file) a data folder whose
    journal, journal side file or key file is a named pipe, a device, a folder, a socket or
    a link out of the folder (opening one would wait for ever or read outside the folder),
    or whose evidence, backups or templates folder is not a folder or is a link out of it.
    Only ``stat`` is used, so nothing is opened. :meth:`App.open` calls it first; the desktop
    app before it reads anything else from the folder."""
    from cpdlog.storage.keys import key_file_path
    from cpdlog.storage.quick_read import check_journal_files

    check_journal_files(paths.database, paths.home)
    for folder in (paths.evidence, paths.backups, paths.templates):
        safefile.require_folder(folder, folder=paths.home)
    safefile.require_ordinary(
        key_file_path(paths.home), tr(ERRORS, "encryption key file"), folder=paths.home
    )


def _can_write(paths: AppPaths) -> bool:
    """Whether the data folder (and the database file in it) can be written.

    Tried for real (a temporary file, the database opened for appending without writing):
    permission bits do not tell the whole story (read-only mounts, ACLs, root).
    """
    try:
        fd, name = tempfile.mkstemp(dir=paths.home, prefix=".cpdlog-write-test-")
        os.close(fd)
        Path(name).unlink()
        if paths.database.is_file():  # never a named pipe: its open would wait for a reader
            os.close(os.open(paths.database, os.O_WRONLY | os.O_APPEND | _O_NONBLOCK))
    except OSError:
        return False
    return True


def _evidence_key(data_key: bytes | None) -> bytes | None:
    from cpdlog.storage.keys import subkey

    return None if data_key is None else subkey(data_key, "evidence")


def explain_driver_error(exc: BaseException) -> StorageError | None:
    """The plain sentence for a database driver error nothing else caught, or ``None`` if
    ``exc`` is not one (so front ends never import storage or show a traceback for it)."""
    from sqlalchemy.exc import SQLAlchemyError

    from cpdlog.storage.db import explain_database_error

    if isinstance(exc, SQLAlchemyError):
        return explain_database_error(exc, "the database")
    return None


def _without_password(url: str) -> str:
    """A database URL fit for messages: a server's password is never shown or logged."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url  # not a URL at all: Database says so


def system_clock() -> dt.datetime:
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        value = dt.datetime.fromisoformat(fixed)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


class App:
    def __init__(self, paths: AppPaths, db: Database, clock: Clock = system_clock) -> None:
        self.paths = paths
        self.db = db
        self.data_key: bytes | None = db.key  # set only for an encrypted journal
        self.clock = clock
        self.evidence_store = EvidenceStore(
            paths.evidence, read_only=db.read_only, key=_evidence_key(db.key)
        )
        self.upgrade_backup: str | None = None
        # one-line messages for the user about opening (the CLI prints them on stderr, the
        # desktop app shows them), e.g. evidence records set aside by the start-up check
        self.notices: list[str] = []
        self.quarantine_report: QuarantineReport | None = None  # set aside at start-up

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def require_writable(self) -> None:
        """Raise :class:`ReadOnlyError` if the journal is open read-only."""
        if self.read_only:
            raise ReadOnlyError(self.paths.home)

    @classmethod
    def open(
        cls,
        home: str | os.PathLike[str] | None = None,
        database_url: str | None = None,
        clock: Clock = system_clock,
        migrate: bool = True,
        read_only: bool | None = None,
        passphrase: str | AskPassphrase | None = None,
        data_key: bytes | None = None,
        on_busy: Callable[[str], None] | None = None,
    ) -> App:
        """Open the journal. ``read_only`` None: read-only only if the folder cannot be written
        (or ``CPDLOG_READ_ONLY=1``); reading and exporting then work, every change is refused.

        An encrypted journal (one with a key file) needs ``data_key`` or ``passphrase`` (the
        text, or a function asked only then); without either it is a :class:`PassphraseError`
        and nothing is opened or changed. A conversion a kill interrupted is first finished or
        undone (:func:`cpdlog.storage.encryption.recover`). ``on_busy``: see
        :meth:`report_busy` (told from the first connection on)."""
        paths = resolve_paths(home)
        url = database_url or os.environ.get(DATABASE_URL_ENV)
        if not url:
            check_data_files(paths)  # before anything opens them
        if read_only is None:
            read_only = os.environ.get(READ_ONLY_ENV) == "1"
        if not read_only:
            try:
                paths.ensure()
            except StorageError:
                if not paths.home.is_dir():
                    raise
            read_only = not _can_write(paths)
        if not url:
            data_key = cls._data_key(paths, read_only, passphrase, data_key)
        # the database layer (SQLAlchemy) loads here, not when this module is imported: the
        # refresh command sends its first requests before (services.refresh_start)
        from cpdlog.storage.db import Database

        db = (
            Database(url, _without_password(url), read_only=read_only, home=paths.home)
            if url
            else Database.for_file(
                paths.database, read_only=read_only, home=paths.home, key=data_key
            )
        )
        if url and db.sqlite_path is not None:  # a file named with --database-url
            from cpdlog.storage.quick_read import check_journal_files

            check_journal_files(db.sqlite_path, None)
        db.on_busy = on_busy
        app = cls(paths, db, clock)
        if db.read_only:
            app._check_readable_as_is()  # the front ends show ``read_only`` themselves
        elif migrate:
            from cpdlog.storage.migrate import upgrade

            app.upgrade_backup = upgrade(db, paths.backups, notices=app.notices)
            if app.encrypted and app.data_key is not None:
                # finish sealing what an interrupted conversion left plain
                from cpdlog.storage.encryption import finish_sealing, needs_sealing

                if needs_sealing(paths.home):
                    finish_sealing(paths.home, app.data_key)
            app._quarantine()
        if app.encrypted:
            app.remove_viewing_copies()  # plain copies a crash left behind
        return app

    @staticmethod
    def _data_key(
        paths: AppPaths,
        read_only: bool,
        passphrase: str | AskPassphrase | None,
        data_key: bytes | None,
    ) -> bytes | None:
        from cpdlog.storage import encryption, keys

        if not read_only:
            encryption.recover(paths.home, paths.database)
        if not keys.is_encrypted(paths.home):
            return None
        if data_key is not None:
            return data_key
        if callable(passphrase):
            passphrase = passphrase()
        if passphrase is None:
            raise PassphraseError(
                tr(
                    ERRORS,
                    "Your journal is encrypted: give its passphrase with "
                    "--passphrase-file FILE (or CPDLOG_PASSPHRASE_FILE). Nothing was "
                    "opened.",
                )
            )
        return keys.unlock_with_passphrase(keys.key_file_path(paths.home), passphrase)

    def report_busy(self, tell: Callable[[str], None]) -> None:
        """``tell`` is given a one-line "busy, retrying" message each time the database
        server is busy and cpdlog waits to try again (the command line prints it)."""
        self.db.on_busy = tell

    @property
    def encrypted(self) -> bool:
        return self.data_key is not None

    def _check_readable_as_is(self) -> None:
        """Read-only: there must be a journal, at this cpdlog's schema (none can be upgraded)."""
        from cpdlog.storage.migrate import head_revision, peek_revision

        if self.db.sqlite_path is not None and not self.db.sqlite_path.is_file():
            raise StorageError(
                tr(
                    ERRORS,
                    "There is no cpdlog journal in {home} yet, and that folder cannot be written.",
                ).format(home=self.paths.home)
            )
        current = peek_revision(self.db)
        if current != head_revision():
            raise StorageError(
                tr(
                    ERRORS,
                    "Your journal in {home} needs updating for this version of "
                    "cpdlog, which cannot be done while its folder cannot be written. "
                    "Nothing was changed.",
                ).format(home=self.paths.home)
            )

    def _quarantine(self) -> None:
        from cpdlog.storage.quarantine import quarantine_bad_evidence

        with self.db.session() as session:
            report = quarantine_bad_evidence(
                session, self.paths.home / QUARANTINE_FOLDER, self.clock()
            )
        if report is not None:
            self.quarantine_report = report
            self.notices.append(report.message())

    def close(self) -> None:
        feeds = self.__dict__.get("feeds")  # only if it was ever used (a cached property)
        if feeds is not None:
            feeds.close()
        self.db.dispose()
        self.remove_viewing_copies()

    def remove_viewing_copies(self) -> None:
        """Remove decrypted evidence copies made for the system viewer (encrypted journals)."""
        shutil.rmtree(self.paths.home / VIEWING_FOLDER, ignore_errors=True)

    @property
    def fts(self) -> bool:
        """Whether the engine has a full-text index cpdlog keeps (SQLite's FTS5 tables; on
        PostgreSQL the entries' ``search_vector``; feed items there use a word match)."""
        return self.db.is_sqlite or self.db.engine.dialect.name == "postgresql"

    @cached_property
    def entries(self) -> EntryService:
        from cpdlog.services.entries import EntryService

        return EntryService(self)

    @cached_property
    def capture(self) -> CaptureService:
        from cpdlog.services.capture import CaptureService

        return CaptureService(self)

    @cached_property
    def feeds(self) -> FeedService:
        from cpdlog.services.feeds import FeedService

        return FeedService(self)

    @cached_property
    def profile(self) -> PractitionerService:
        from cpdlog.services.practitioner import PractitionerService

        return PractitionerService(self)

    @cached_property
    def progress(self) -> ProgressService:
        from cpdlog.services.progress import ProgressService

        return ProgressService(self)

    @cached_property
    def review(self) -> ReviewService:
        from cpdlog.services.review import ReviewService

        return ReviewService(self)

    @cached_property
    def team(self) -> TeamService:
        from cpdlog.services.team import TeamService

        return TeamService(self)

    @cached_property
    def transfer(self) -> TransferService:
        from cpdlog.services.transfer import TransferService

        return TransferService(self)

    @cached_property
    def backups(self) -> BackupService:
        from cpdlog.services.transfer import BackupService

        return BackupService(self)

    @cached_property
    def portfolio(self) -> PortfolioService:
        from cpdlog.services.portfolio import PortfolioService

        return PortfolioService(self)

    @cached_property
    def confidentiality(self) -> ConfidentialityService:
        from cpdlog.services.confidentiality import ConfidentialityService

        return ConfidentialityService(self)
