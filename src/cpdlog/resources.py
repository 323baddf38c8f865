"""Where the shipped data files live.

In a wheel they are inside the package (``cpdlog/resources``); in a source checkout they are in
the repository's top-level ``resources/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cpdlog.errors import StorageError, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.errors.tr → cpdlog.i18n)


@cache
def resources_root() -> Path:
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    raise StorageError(tr(ERRORS, "cpdlog's data files are missing; please reinstall cpdlog."))


def resource_path(relative: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("fonts/DejaVuSans.ttf")``."""
    return resources_root() / relative
