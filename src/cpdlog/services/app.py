"""The application object both front ends hold: paths, database and the services.

``App.open`` prepares the data folder, opens the database and applies migrations (with a
backup first). Services each open one short session per user action and return domain objects.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from cpdlog.paths import DATABASE_URL_ENV, AppPaths, resolve_paths
from cpdlog.storage.db import Database
from cpdlog.storage.evidence import EvidenceStore

if TYPE_CHECKING:
    from cpdlog.services.capture import CaptureService
    from cpdlog.services.confidentiality import ConfidentialityService
    from cpdlog.services.entries import EntryService
    from cpdlog.services.feeds import FeedService
    from cpdlog.services.portfolio import PortfolioService
    from cpdlog.services.profile import ProfileService
    from cpdlog.services.progress import ProgressService
    from cpdlog.services.transfer import BackupService, TransferService

Clock = Callable[[], dt.datetime]
NOW_ENV = "CPDLOG_NOW"  # for tests and demonstrations: pretend the time is this ISO datetime


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
        self.clock = clock
        self.evidence_store = EvidenceStore(paths.evidence)
        self.upgrade_backup: str | None = None

    @classmethod
    def open(
        cls,
        home: str | os.PathLike[str] | None = None,
        database_url: str | None = None,
        clock: Clock = system_clock,
        migrate: bool = True,
    ) -> App:
        paths = resolve_paths(home).ensure()
        url = database_url or os.environ.get(DATABASE_URL_ENV)
        db = Database(url, url) if url else Database.for_file(paths.database)
        app = cls(paths, db, clock)
        if migrate:
            from cpdlog.storage.migrate import upgrade

            app.upgrade_backup = upgrade(db, paths.backups)
        return app

    def close(self) -> None:
        feeds = self.__dict__.get("feeds")  # only if it was ever used (a cached property)
        if feeds is not None:
            feeds.close()
        self.db.dispose()

    @property
    def fts(self) -> bool:
        return self.db.is_sqlite

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
    def profile(self) -> ProfileService:
        from cpdlog.services.profile import ProfileService

        return ProfileService(self)

    @cached_property
    def progress(self) -> ProgressService:
        from cpdlog.services.progress import ProgressService

        return ProgressService(self)

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
