"""Captures waiting for the app: ``capture-queue.jsonl`` in the data folder.

A ``cpdlog://capture?...`` link opened while the app is closed is appended here; the app (or
``cpdlog capture serve``) takes everything at its next start. Each write replaces the whole file
atomically (``safefile.write_atomically``) under an exclusive lock, so two links opened at once
cannot interleave. The queue is bounded: at most :data:`MAX_QUEUED` captures and
:data:`MAX_QUEUE_BYTES` bytes; beyond that a new capture is refused with a clear message rather
than growing without limit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

from cpdlog import safefile
from cpdlog.capture.models import Capture, CaptureKind, capture_from_mapping
from cpdlog.errors import CpdlogError, StorageError, ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

QUEUE_FILE = "capture-queue.jsonl"
LOCK_FILE = ".capture-queue.lock"
MAX_QUEUED = 200
MAX_QUEUE_BYTES = 4 * 1024 * 1024


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    try:
        fd = os.open(home / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog cannot use its capture queue: {reason}.").format(
                reason=exc.strerror or exc
            )
        ) from None
    try:
        try:
            import fcntl
        except ImportError:  # Windows: the atomic replace alone keeps the file whole
            yield
            return
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _read(path: Path) -> list[Capture]:
    # a named pipe or a device there would hold the open (or the read) for ever
    safefile.require_ordinary(path, tr(ERRORS, "capture queue file"), folder=path.parent)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_QUEUE_BYTES + 1)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog cannot read its capture queue: {reason}.").format(
                reason=exc.strerror or exc
            )
        ) from None
    out: list[Capture] = []
    for line in raw[:MAX_QUEUE_BYTES].splitlines()[:MAX_QUEUED]:
        try:
            data = json.loads(line.decode("utf-8"))
            kind = CaptureKind(data.pop("kind", CaptureKind.SCHEME.value))
            stamp = data.pop("captured_at", None)
            when = dt.datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
            out.append(capture_from_mapping(data, kind, when))
        except (ValueError, TypeError, AttributeError, ValidationError):
            continue  # a damaged line is skipped; the rest still arrive
    return out


def _write(path: Path, captures: list[Capture]) -> None:
    text = "".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n" for c in captures)
    try:
        safefile.write_atomically(path, text.encode("utf-8"), create_folder=False, private=True)
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog cannot save to its capture queue: {reason}.").format(
                reason=exc.strerror or exc
            )
        ) from None


def enqueue(home: Path, capture: Capture) -> int:
    """Add a capture to the queue; returns how many are waiting."""
    path = home / QUEUE_FILE
    with _locked(home):
        waiting = _read(path)
        if len(waiting) >= MAX_QUEUED:
            raise CpdlogError(
                tr(
                    ERRORS,
                    "{count} captures are already waiting: open cpdlog so they reach "
                    "your inbox, then try again.",
                ).format(count=len(waiting))
            )
        waiting.append(capture)
        size = sum(len(json.dumps(c.to_json(), ensure_ascii=False).encode()) + 1 for c in waiting)
        if size > MAX_QUEUE_BYTES:
            raise CpdlogError(
                tr(ERRORS, "The capture queue is full: open cpdlog so it can empty it.")
            )
        _write(path, waiting)
        return len(waiting)


def pending(home: Path) -> list[Capture]:
    with _locked(home):
        return _read(home / QUEUE_FILE)


def take_all(home: Path) -> list[Capture]:
    """Everything waiting, removed from the queue (put back with :func:`requeue` on failure)."""
    path = home / QUEUE_FILE
    with _locked(home):
        waiting = _read(path)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return waiting


def requeue(home: Path, captures: list[Capture]) -> None:
    """Put captures that could not be saved back at the front of the queue."""
    if not captures:
        return
    path = home / QUEUE_FILE
    with _locked(home):
        _write(path, (captures + _read(path))[:MAX_QUEUED])
