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
(``{"ok": true, ...}`` or ``{"ok": false, "error": "...", "code": 2}``). On Windows Qt's local
server is a named pipe that plain sockets cannot reach, so there is no single instance there:
a link goes to the capture endpoint or the queue, as before, and a second start opens a second
window.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
import stat
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from cpdlog.capture.models import Capture, CaptureKind, capture_from_mapping, parse_query
from cpdlog.capture.pairing import load_token, read_discovery
from cpdlog.capture.queue import enqueue
from cpdlog.errors import CpdlogError, ValidationError

SCHEME = "cpdlog"
MAX_LINK_LENGTH = 64 * 1024
HANDOVER_SECONDS = 5.0

INSTANCE_VERSION = 1
INSTANCE_ACTIONS = ("show", "capture")
MAX_INSTANCE_MESSAGE = MAX_LINK_LENGTH + 1024  # one line of JSON: the link and a little more
MAX_INSTANCE_REPLY = 64 * 1024
INSTANCE_SECONDS = 10.0
MAX_SOCKET_PATH = 100  # sun_path is 104 bytes on macOS, 108 on Linux


def is_capture_link(text: str) -> bool:
    return text[:9].lower() == "cpdlog://" or text[:7].lower() == "cpdlog:"


def parse_capture_link(link: str, captured_at: dt.datetime | None = None) -> Capture:
    """A checked capture from a ``cpdlog://capture?...`` link; ValidationError otherwise."""
    if len(link) > MAX_LINK_LENGTH:
        raise ValidationError("The cpdlog link is too long.")
    try:
        parts = urlsplit(link)
    except ValueError:
        raise ValidationError("The cpdlog link is not valid.") from None
    target = (parts.netloc or parts.path).strip("/").lower()
    if parts.scheme.lower() != SCHEME or target != "capture":
        raise ValidationError(
            "cpdlog links look like cpdlog://capture?url=…&title=…; this one is not."
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


def instance_socket_path(home: Path) -> Path | None:
    """Where the desktop app for this data folder listens; None where there is no single instance.

    Windows: QLocalServer is a named pipe there, which :mod:`socket` cannot reach, so there is
    no single instance (today's behaviour: endpoint, else queue; a second window).
    """
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return None
    try:
        key = str(home.resolve())
    except (OSError, RuntimeError):
        key = str(home.absolute())
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    folder = _private_folder(home)
    if folder is None:
        return None
    path = folder / f"cpdlog-{digest}.sock"
    return path if len(os.fsencode(path)) <= MAX_SOCKET_PATH else None


def encode_instance_message(action: str, link: str | None = None) -> bytes:
    data: dict[str, object] = {"cpdlog": INSTANCE_VERSION, "action": action}
    if link is not None:
        data["link"] = link
    return json.dumps(data, ensure_ascii=True).encode("ascii") + b"\n"


def decode_instance_message(raw: bytes) -> tuple[str, str | None]:
    """``(action, link)`` from a second start's message; ValidationError for anything else."""
    if len(raw) > MAX_INSTANCE_MESSAGE:
        raise ValidationError("The message to cpdlog is too long.")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValidationError("The message to cpdlog is not valid.") from None
    if not isinstance(data, dict) or data.get("cpdlog") != INSTANCE_VERSION:
        raise ValidationError("The message to cpdlog is not valid.")
    action = data.get("action")
    link = data.get("link")
    if action not in INSTANCE_ACTIONS or set(data) - {"cpdlog", "action", "link"}:
        raise ValidationError("The message to cpdlog is not valid.")
    if action == "show":
        if link is not None:
            raise ValidationError("The message to cpdlog is not valid.")
        return "show", None
    if not isinstance(link, str) or not is_capture_link(link) or len(link) > MAX_LINK_LENGTH:
        raise ValidationError("The message to cpdlog does not carry a cpdlog link.")
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
    path = instance_socket_path(home)
    if path is None:
        return None
    message = encode_instance_message(action, link)
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(timeout)
    with client:
        try:
            client.connect(os.fspath(path))
        except OSError:
            return None
        try:
            client.sendall(message)
            raw = b""
            while b"\n" not in raw and len(raw) <= MAX_INSTANCE_REPLY:
                chunk = client.recv(4096)
                if not chunk:
                    break
                raw += chunk
        except OSError:
            raise CpdlogError(
                "cpdlog is open on this data folder but did not answer: close it and try again."
            ) from None
    try:
        reply = json.loads(raw.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        reply = None
    if not isinstance(reply, dict):
        raise CpdlogError(
            "cpdlog is open on this data folder but did not answer: close it and try again."
        )
    if reply.get("ok") is not True:
        error = str(reply.get("error") or "cpdlog refused the message.")
        if reply.get("code") == 2:
            raise ValidationError(error)
        raise CpdlogError(error)
    return reply


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
