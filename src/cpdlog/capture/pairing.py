"""The capture token and the discovery file, both kept in the data folder.

The token is ``secrets.token_urlsafe(32)`` in ``capture-token`` (mode 0600). The running endpoint
writes ``capture-endpoint.json`` (``{"port", "pid"}``, mode 0600) so the command line
(``cpdlog cpdlog://...``) can find it; it never holds the token.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

from cpdlog import safefile
from cpdlog.errors import CpdlogError, StorageError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

TOKEN_FILE = "capture-token"
DISCOVERY_FILE = "capture-endpoint.json"
MAX_SMALL_FILE_BYTES = 1024  # the token and the discovery file are a line each
DEFAULT_PORT = 38765
_TOKEN_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` atomically to ``path``, readable by the user only."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        temp.chmod(0o600)
        temp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(
            tr(ERRORS, "cpdlog cannot write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def _valid(token: str) -> bool:
    return 32 <= len(token) <= 128 and set(token) <= _TOKEN_CHARS


def load_token(home: Path) -> str | None:
    try:  # never a named pipe or a device (their read would not end)
        token = safefile.read_text(home / TOKEN_FILE, MAX_SMALL_FILE_BYTES).strip()
    except (OSError, CpdlogError):
        return None
    return token if _valid(token) else None


def ensure_token(home: Path) -> str:
    """The install's token, made on first use."""
    token = load_token(home)
    if token is None:
        token = rotate_token(home)
    return token


def rotate_token(home: Path) -> str:
    """A new token: the extension must be paired again."""
    token = secrets.token_urlsafe(32)
    _write_private(home / TOKEN_FILE, token + "\n")
    return token


def write_discovery(home: Path, port: int) -> None:
    _write_private(home / DISCOVERY_FILE, json.dumps({"port": port, "pid": os.getpid()}) + "\n")


def read_discovery(home: Path) -> int | None:
    """The port a running endpoint announced, or None."""
    try:
        raw = safefile.read_bytes(home / DISCOVERY_FILE, MAX_SMALL_FILE_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, CpdlogError):
        return None
    port = data.get("port") if isinstance(data, dict) else None
    return port if isinstance(port, int) and 0 < port < 65536 else None


def remove_discovery(home: Path, port: int) -> None:
    """Remove the discovery file if it still names this process's port."""
    path = home / DISCOVERY_FILE
    try:
        data = json.loads(safefile.read_bytes(path, MAX_SMALL_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, CpdlogError):
        return
    if isinstance(data, dict) and data.get("port") == port and data.get("pid") == os.getpid():
        with contextlib.suppress(OSError):
            path.unlink()
