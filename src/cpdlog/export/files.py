"""Writing an export file: all at once, with a message fit for the user if it fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cpdlog import safefile
from cpdlog.errors import ExportError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


def write_export(path: Path, content: bytes | Callable[[Path], object]) -> None:
    """Replace ``path`` with ``content`` (see :func:`cpdlog.safefile.write_atomically`);
    the folder must exist (see :func:`cpdlog.safefile.require_output`). Failures are
    :class:`~cpdlog.errors.ExportError`."""
    safefile.require_output(path)  # no link, device, pipe or folder; no folders made
    try:
        safefile.write_atomically(path, content, create_folder=False)
    except OSError as exc:
        raise ExportError(
            tr(ERRORS, "cpdlog could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
