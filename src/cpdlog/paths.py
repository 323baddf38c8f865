"""Where cpdlog keeps the practitioner's data.

The default is the platform's user data folder (platformdirs). ``--home DIR`` or ``CPDLOG_HOME``
puts everything (database, evidence, backups, settings) under one folder instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cpdlog.errors import StorageError, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.errors.tr → cpdlog.i18n)

HOME_ENV = "CPDLOG_HOME"
DATABASE_URL_ENV = "CPDLOG_DATABASE_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    home: Path

    @property
    def database(self) -> Path:
        return self.home / "cpdlog.sqlite"

    @property
    def evidence(self) -> Path:
        return self.home / "evidence"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def templates(self) -> Path:
        """Reflection templates the practitioner added (``*.toml``)."""
        return self.home / "templates"

    @property
    def drafts(self) -> Path:
        """Editor autosave files, kept until the entry is saved."""
        return self.home / "autosave"

    def ensure(self) -> AppPaths:
        try:
            for folder in (self.home, self.evidence, self.backups, self.templates):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog cannot create its data folder {home}: {reason}.").format(
                    home=self.home, reason=exc.strerror or exc
                )
            ) from None
        return self


def default_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path("cpdlog", appauthor=False, roaming=True)


def resolve_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    chosen = home or os.environ.get(HOME_ENV) or None
    return AppPaths(Path(chosen).expanduser() if chosen else default_home())
