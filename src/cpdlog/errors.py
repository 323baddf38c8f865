"""One exception hierarchy whose messages are fit to show a practitioner.

Front ends catch :class:`CpdlogError`, print ``str(error)`` and exit with ``error.exit_code``.
Anything else escaping is a bug.
"""

from __future__ import annotations


class CpdlogError(Exception):
    """Base class: the message is one plain-English sentence for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CpdlogError):
    """The user gave input we cannot accept (bad date, unknown id, missing field...).

    ``field`` names the offending field so an editor can show the message beside it.
    """

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CpdlogError):
    """Something the user named (an entry, a feed, an item) does not exist."""

    exit_code = 2


class StorageError(CpdlogError):
    """The database or data folder could not be used (corrupt, read-only, too new...)."""


class ReadOnlyError(StorageError):
    """The journal is open read-only (its folder cannot be written): nothing can be saved."""

    def __init__(self, home: object) -> None:
        super().__init__(
            f"Your journal is open read-only (the folder {home} cannot be written); "
            "changes cannot be saved."
        )


class ServerUnreachableError(StorageError):
    """The organisation's database server cannot be reached (refused, timed out, or still
    busy after cpdlog's retries). The desktop app keeps drafts locally until it is back."""


class DatabaseTooNewError(StorageError):
    """The database was written by a newer cpdlog; we refuse to touch it."""


class FeedError(CpdlogError):
    """A feed could not be fetched or read."""


class ExportError(CpdlogError):
    """An export or import failed."""


class CaptureError(CpdlogError):
    """A post, thread or discussion could not be captured (bad address, server trouble)."""


class PassphraseError(CpdlogError):
    """A passphrase or recovery key is wrong, missing or too weak (nothing was changed)."""

    exit_code = 2


class KeyFileError(StorageError):
    """The encrypted journal's key file is missing, damaged or from another version."""


class EncryptionUnfinishedError(StorageError):
    """Encryption passed its commit point (the journal *is* encrypted), but a later step
    (sealing evidence, drafts or backups) failed. ``recovery_key`` must still be shown to the
    user, who would otherwise have an encrypted journal without ever seeing it; ``problem``
    says what failed. The rest is finished the next time the journal opens."""

    def __init__(self, recovery_key: str, problem: str) -> None:
        problem = problem.strip() or "it was stopped"
        if not problem.endswith((".", "!", "?")):
            problem += "."
        super().__init__(
            "Your journal is now encrypted, but sealing its evidence and backups stopped "
            f"part-way: {problem} It is finished the next time your journal opens."
        )
        self.recovery_key = recovery_key
        self.problem = problem
