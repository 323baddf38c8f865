"""One exception hierarchy whose messages are fit to show a practitioner.

Front ends catch :class:`CpdlogError`, print ``str(error)`` and exit with ``error.exit_code``.
Anything else escaping is a bug.

The messages are translated when the error is raised (``tr(ERRORS, "…")`` from
:mod:`cpdlog.i18n`, in the language chosen for the process), always in the one context
``"cpdlog.errors"``, wherever the error is raised. This module and the leaf helpers beside it
(``safefile``, ``paths``, ``resources``) sit below :mod:`cpdlog.i18n` in the layers, so they
use :func:`tr` from here, which is ``cpdlog.i18n.tr`` once that module is loaded (it hands
itself over with :func:`use_translator`) and the English source text before that (when no
language other than English can have been chosen).

Write a new message as ``tr(ERRORS, "There is no entry {entry_id}.").format(entry_id=...)``:
the source a literal (``packaging/translations.py`` extracts it), never an f-string inside
``tr``, and whatever the user typed (or a path, a server's answer) only through placeholders.
Code must not look for words in a message to decide what to do: it may be Welsh.
"""

from __future__ import annotations

from collections.abc import Callable

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

_translator: Callable[[str, str], str] | None = None


def use_translator(translator: Callable[[str, str], str]) -> None:
    """Called by :mod:`cpdlog.i18n` when it is imported: translate through ``translator``."""
    global _translator
    _translator = translator


def tr(context: str, text: str) -> str:
    """``text`` in the current language (``cpdlog.i18n.tr``); English until i18n is loaded."""
    return text if _translator is None else _translator(context, text)


class CpdlogError(Exception):
    """Base class: the message is one plain sentence for the user, in their language."""

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
            tr(
                ERRORS,
                "Your journal is open read-only (the folder {home} cannot be written); "
                "changes cannot be saved.",
            ).format(home=home)
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
        problem = problem.strip() or tr(ERRORS, "it was stopped")
        if not problem.endswith((".", "!", "?")):
            problem += "."
        super().__init__(
            tr(
                ERRORS,
                "Your journal is now encrypted, but sealing its evidence and backups stopped "
                "part-way: {problem} It is finished the next time your journal opens.",
            ).format(problem=problem)
        )
        self.recovery_key = recovery_key
        self.problem = problem
