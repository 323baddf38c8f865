"""Writing an export file: all at once, with a message fit for the user if it fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cpdlog import safefile
from cpdlog.errors import ExportError


def write_export(path: Path, content: bytes | Callable[[Path], object]) -> None:
    """Replace ``path`` with ``content`` (see :func:`cpdlog.safefile.write_atomically`);
    missing folders are made. Failures are :class:`~cpdlog.errors.ExportError`."""
    try:
        safefile.write_atomically(path, content)
    except OSError as exc:
        raise ExportError(f"cpdlog could not write {path}: {exc.strerror or exc}.") from None
