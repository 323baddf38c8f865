"""``cpdlog://capture?url=…&title=…&selection=…`` links, and handing a capture to a running app.

The desktop file registers ``x-scheme-handler/cpdlog`` with ``Exec=cpdlog %u``, so opening such
a link runs ``cpdlog cpdlog://capture?...``. That command (no Qt) hands the capture over at once
to a running app: first to the desktop app's single-instance socket (:func:`tell_running_app`;
the app raises its window and saves the page), then to a capture endpoint (its discovery file and
token are in the data folder; ``cpdlog capture serve`` or the app's own), or, when no app is
running, appends it to the queue (:mod:`cpdlog.capture.queue`) that the app empties at its next
start.

Single instance (Linux, macOS): the desktop app listens on a Unix socket named after a hash of
its data folder, in a folder nobody else can write (``$XDG_RUNTIME_DIR``, else the data folder
itself; refused if it is anyone else's or others can write to it, and skipped if the path would
be too long for a Unix socket). A second
``cpdlog`` start sends one line of JSON — ``{"cpdlog": 1, "action": "show"}`` or
``{"cpdlog": 1, "action": "capture", "link": "cpdlog://capture?..."}`` — and reads one line back
(``{"ok": true, ...}`` or ``{"ok": false, "error": "...", "code": 2}``).

Single instance (Windows): Qt's local server is a named pipe there, ``\\\\.\\pipe\\cpdlog-HASH``
with the same hash of the data folder (:func:`instance_pipe_name`; Qt's ``UserAccessOption``
lets only this user connect). The second start opens the pipe with the standard library's
``_winapi`` (overlapped reads and writes, so every step has a deadline) and sends the same line,
with the same caps and checks on the reply. Pipe names are shared by every user of the machine,
so another user could create the name first; the standard library cannot ask who owns a pipe's
server end, so a pipe that does not answer like cpdlog is treated as cpdlog not answering.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import stat
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Protocol, cast
from urllib.parse import urlsplit

from cpdlog.capture.models import Capture, CaptureKind, capture_from_mapping, parse_query
from cpdlog.capture.pairing import load_token, read_discovery
from cpdlog.capture.queue import enqueue
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

SCHEME = "cpdlog"
MAX_LINK_LENGTH = 64 * 1024
HANDOVER_SECONDS = 5.0

INSTANCE_VERSION = 1
INSTANCE_ACTIONS = ("show", "capture")
MAX_INSTANCE_MESSAGE = MAX_LINK_LENGTH + 1024  # one line of JSON: the link and a little more
MAX_INSTANCE_REPLY = 64 * 1024
INSTANCE_SECONDS = 10.0
MAX_SOCKET_PATH = 100  # sun_path is 104 bytes on macOS, 108 on Linux
WINDOWS = sys.platform == "win32"
PIPE_PREFIX = "\\\\.\\pipe\\"
NOT_ANSWERING = "cpdlog is open on this data folder but did not answer: close it and try again."


def is_capture_link(text: str) -> bool:
    return text[:9].lower() == "cpdlog://" or text[:7].lower() == "cpdlog:"


def parse_capture_link(link: str, captured_at: dt.datetime | None = None) -> Capture:
    """A checked capture from a ``cpdlog://capture?...`` link; ValidationError otherwise."""
    if len(link) > MAX_LINK_LENGTH:
        raise ValidationError(tr(ERRORS, "The cpdlog link is too long."))
    try:
        parts = urlsplit(link)
    except ValueError:
        raise ValidationError(tr(ERRORS, "The cpdlog link is not valid.")) from None
    target = (parts.netloc or parts.path).strip("/").lower()
    if parts.scheme.lower() != SCHEME or target != "capture":
        raise ValidationError(
            tr(
                ERRORS,
                "cpdlog links look like cpdlog://capture?url=…&title=…; this one is not.",
            )
        )
    fields = parse_query(parts.query, 16)
    one = {k: v[0] for k, v in fields.items() if v}
    metadata = {k[5:]: v for k, v in one.items() if k.startswith("meta_")}
    data = {
        "url": one.get("url"),
        "title": one.get("title"),
        "selection": one.get("selection"),
        "metadata": metadata,
    }
    return capture_from_mapping(data, CaptureKind.SCHEME, captured_at)


def hand_over(home: Path, capture: Capture) -> dict[str, object] | None:
    """Send the capture to a running app's endpoint; None when none is running.

    Raises CpdlogError when an app is running but refuses the capture (its message).
    """
    port = read_discovery(home)
    token = load_token(home)
    if port is None or token is None:
        return None
    body = json.dumps(
        {
            k: v
            for k, v in capture.to_json().items()
            if k in ("url", "title", "selection", "metadata")
        }
    ).encode("utf-8")
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/capture",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy
    try:
        with opener.open(request, timeout=HANDOVER_SECONDS) as response:
            data = json.loads(response.read(64 * 1024).decode("utf-8"))
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read(4096).decode("utf-8")).get("error")
        except (ValueError, AttributeError, OSError):
            message = None
        if exc.code == 400 and message:
            raise ValidationError(str(message)) from None
        if exc.code in (401, 421) or not message:
            return None  # not our endpoint (or an old token): queue instead
        raise CpdlogError(str(message)) from None
    except (OSError, ValueError):
        return None  # nothing listening (stale discovery file): queue instead
    return data if isinstance(data, dict) else {}


def _private_folder(home: Path) -> Path | None:
    """A folder where nobody else can put a socket: the user's runtime folder, else the data
    folder itself; None if neither is private."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return None
    uid = getuid()
    candidates: list[tuple[Path, int]] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():
        candidates.append((Path(runtime), 0o077))  # the XDG spec: the user's own, mode 0700
    candidates.append((home, 0o022))
    for folder, forbidden in candidates:
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        # Never a folder another user owns or can write: they could put their own socket there.
        if stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & forbidden:
            return folder
    return None


def _instance_digest(home: Path) -> str:
    try:
        key = str(home.resolve())
    except (OSError, RuntimeError):
        key = str(home.absolute())
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def instance_socket_path(home: Path) -> Path | None:
    """Where the desktop app for this data folder listens on Linux and macOS; None on Windows
    (see :func:`instance_pipe_name`) or where there is no single instance."""
    if WINDOWS or not hasattr(socket, "AF_UNIX"):
        return None
    digest = _instance_digest(home)
    folder = _private_folder(home)
    if folder is None:
        return None
    path = folder / f"cpdlog-{digest}.sock"
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def instance_pipe_name(home: Path) -> str:
    """The named pipe the desktop app for this data folder listens on under Windows:
    ``\\\\.\\pipe\\cpdlog-HASH``, the same hash of the data folder as the Unix socket's name."""
    return PIPE_PREFIX + _pipe_short_name(home)


def _pipe_short_name(home: Path) -> str:
    return f"cpdlog-{_instance_digest(home)}"


def instance_server_name(home: Path) -> str | None:
    """What the app's QLocalServer listens on: on Windows the pipe's own name (Qt puts it under
    ``\\\\.\\pipe\\``, giving :func:`instance_pipe_name`), elsewhere the socket's path; None
    where there is no single instance."""
    if WINDOWS:
        return _pipe_short_name(home)
    path = instance_socket_path(home)
    return None if path is None else os.fspath(path)


def encode_instance_message(action: str, link: str | None = None) -> bytes:
    data: dict[str, object] = {"cpdlog": INSTANCE_VERSION, "action": action}
    if link is not None:
        data["link"] = link
    return json.dumps(data, ensure_ascii=True).encode("ascii") + b"\n"


def decode_instance_message(raw: bytes) -> tuple[str, str | None]:
    """``(action, link)`` from a second start's message; ValidationError for anything else."""
    if len(raw) > MAX_INSTANCE_MESSAGE:
        raise ValidationError(tr(ERRORS, "The message to cpdlog is too long."))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError(tr(ERRORS, "The message to cpdlog is not valid.")) from None
    if not isinstance(data, dict) or data.get("cpdlog") != INSTANCE_VERSION:
        raise ValidationError(tr(ERRORS, "The message to cpdlog is not valid."))
    action = data.get("action")
    link = data.get("link")
    if action not in INSTANCE_ACTIONS or set(data) - {"cpdlog", "action", "link"}:
        raise ValidationError(tr(ERRORS, "The message to cpdlog is not valid."))
    if action == "show":
        if link is not None:
            raise ValidationError(tr(ERRORS, "The message to cpdlog is not valid."))
        return "show", None
    if not isinstance(link, str) or not is_capture_link(link) or len(link) > MAX_LINK_LENGTH:
        raise ValidationError(tr(ERRORS, "The message to cpdlog does not carry a cpdlog link."))
    return "capture", link


def encode_instance_reply(reply: dict[str, object]) -> bytes:
    return json.dumps(reply, ensure_ascii=True).encode("ascii") + b"\n"


def tell_running_app(
    home: Path, action: str, link: str | None = None, timeout: float = INSTANCE_SECONDS
) -> dict[str, object] | None:
    """Send ``show`` or a capture link to the desktop app open on this data folder.

    Returns its reply, or None when no app listens (nothing there, or a stale socket left by
    a crash: the caller starts normally or queues). Raises ValidationError / CpdlogError when
    the app refuses the message, and CpdlogError when it is there but does not answer.
    """
    message = encode_instance_message(action, link)
    if WINDOWS:
        found = _exchange_over_pipe(instance_pipe_name(home), message, timeout)
    else:
        path = instance_socket_path(home)
        if path is None:
            return None
        found = _exchange_over_socket(path, message, timeout)
    if found is None:
        return None
    raw = found
    try:
        reply = json.loads(raw.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        reply = None
    if not isinstance(reply, dict):
        raise CpdlogError(tr(ERRORS, NOT_ANSWERING))
    if reply.get("ok") is not True:
        error = str(reply.get("error") or "cpdlog refused the message.")
        if reply.get("code") == 2:
            raise ValidationError(error)
        raise CpdlogError(error)
    return reply


def instance_answers(home: Path, timeout: float = 2.0) -> bool:
    """Whether an app listens for this data folder (connects and hangs up, sends nothing)."""
    if WINDOWS:
        return _exchange_over_pipe(instance_pipe_name(home), None, timeout) is not None
    path = instance_socket_path(home)
    return path is not None and _exchange_over_socket(path, None, timeout) is not None


def _exchange_over_socket(path: Path, message: bytes | None, timeout: float) -> bytes | None:
    """Send the line and read one back on the Unix socket; None if nobody listens there.
    With no message, only connect (b"" if something listens)."""
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    with client:
        try:
            client.connect(os.fspath(path))
        except OSError:
            return None
        if message is None:
            return b""
        try:
            client.sendall(message)
            raw = b""
            while b"\n" not in raw and len(raw) <= MAX_INSTANCE_REPLY:
                chunk = client.recv(4096)
                if not chunk:
                    break
                raw += chunk
        except OSError:
            raise CpdlogError(tr(ERRORS, NOT_ANSWERING)) from None
    return raw


# --- Windows named pipes (the standard library's _winapi; Win32 values from winerror.h) ---------
GENERIC_READ = 0x80000000
GENERIC_WRITE = 0x40000000
OPEN_EXISTING = 3
FILE_FLAG_OVERLAPPED = 0x40000000
ERROR_FILE_NOT_FOUND = 2
ERROR_PATH_NOT_FOUND = 3
ERROR_BROKEN_PIPE = 109
ERROR_SEM_TIMEOUT = 121
ERROR_PIPE_BUSY = 231
ERROR_PIPE_NOT_CONNECTED = 233
ERROR_MORE_DATA = 234
ERROR_OPERATION_ABORTED = 995
ERROR_IO_PENDING = 997
WAIT_OBJECT_0 = 0
PIPE_GONE = (ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND)
PIPE_CLOSED = (ERROR_BROKEN_PIPE, ERROR_PIPE_NOT_CONNECTED)


class _Overlapped(Protocol):
    event: int

    def GetOverlappedResult(self, wait: bool) -> tuple[int, int]: ...
    def cancel(self) -> None: ...
    def getbuffer(self) -> bytes: ...


def _winapi() -> Any:
    """The standard library's Win32 module (only on Windows; tests put a fake pipe here)."""
    import importlib

    return importlib.import_module("_winapi")


def _winerror(exc: OSError) -> int | None:
    code = getattr(exc, "winerror", None)
    return code if isinstance(code, int) else None


def _milliseconds_left(deadline: float) -> int:
    return max(0, int((deadline - time.monotonic()) * 1000))


def _finish(api: Any, overlapped: _Overlapped, error: int, deadline: float) -> tuple[int, int]:
    """Wait (until the deadline) for an overlapped read or write; ``(bytes, error)``."""
    if error == ERROR_IO_PENDING:
        waited = api.WaitForMultipleObjects([overlapped.event], False, _milliseconds_left(deadline))
        if waited != WAIT_OBJECT_0:
            overlapped.cancel()  # it did not answer in time: stop waiting for it
            with contextlib.suppress(OSError):
                overlapped.GetOverlappedResult(True)
            raise CpdlogError(tr(ERRORS, NOT_ANSWERING))
    return overlapped.GetOverlappedResult(True)


def _open_pipe(api: Any, name: str, deadline: float) -> int | None:
    """A handle on the app's pipe; None if no app listens; CpdlogError if it stays busy."""
    while True:
        try:
            return cast(
                int,
                api.CreateFile(
                    name,
                    GENERIC_READ | GENERIC_WRITE,
                    0,
                    0,
                    OPEN_EXISTING,
                    FILE_FLAG_OVERLAPPED,
                    0,
                ),
            )
        except OSError as exc:
            if _winerror(exc) != ERROR_PIPE_BUSY:
                return None  # no such pipe (no app), or one we may not open: not ours
        # Every instance of the pipe is taken (another start is talking to the app): wait.
        left = _milliseconds_left(deadline)
        if left <= 0:
            raise CpdlogError(tr(ERRORS, NOT_ANSWERING))
        try:
            api.WaitNamedPipe(name, min(left, 1000))
        except OSError as exc:
            if _winerror(exc) in PIPE_GONE:
                return None  # the app closed meanwhile
            if _winerror(exc) != ERROR_SEM_TIMEOUT:
                raise CpdlogError(tr(ERRORS, NOT_ANSWERING)) from None


def _exchange_over_pipe(name: str, message: bytes | None, timeout: float) -> bytes | None:
    """Windows: send the line and read one back on the app's named pipe; None if no app
    listens. With no message, only open the pipe (b"" if something listens). Every wait ends
    at the deadline; the reply is capped like the socket's."""
    api = _winapi()
    deadline = time.monotonic() + timeout
    handle = _open_pipe(api, name, deadline)
    if handle is None:
        return None
    try:
        if message is None:
            return b""
        raw = b""
        try:
            overlapped, error = api.WriteFile(handle, message, overlapped=True)
            written, error = _finish(api, overlapped, error, deadline)
            if error or written != len(message):
                raise CpdlogError(tr(ERRORS, NOT_ANSWERING))
            while b"\n" not in raw and len(raw) <= MAX_INSTANCE_REPLY:
                overlapped, error = api.ReadFile(handle, 4096, overlapped=True)
                _, error = _finish(api, overlapped, error, deadline)
                if error not in (0, ERROR_MORE_DATA):
                    raise CpdlogError(tr(ERRORS, NOT_ANSWERING))
                chunk = bytes(overlapped.getbuffer())
                if not chunk:
                    break
                raw += chunk
        except OSError as exc:
            if _winerror(exc) in PIPE_CLOSED:
                return raw  # it hung up: judge what it said
            raise CpdlogError(tr(ERRORS, NOT_ANSWERING)) from None
    finally:
        with contextlib.suppress(OSError):
            api.CloseHandle(handle)
    return raw


def deliver(
    home: Path, capture: Capture, link: str | None = None
) -> tuple[str, dict[str, object] | int]:
    """Hand over to a running app, else queue: ``("delivered", reply)`` or ``("queued", n)``.

    With the ``link`` text, the desktop app open on this data folder is told first (it raises
    its window); then a capture endpoint; then the queue.
    """
    if link is not None:
        told = tell_running_app(home, "capture", link)
        if told is not None:
            return "delivered", told
    reply = hand_over(home, capture)
    if reply is not None:
        return "delivered", reply
    return "queued", enqueue(home, capture)
