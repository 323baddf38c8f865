"""``cpdlog://capture?url=…&title=…&selection=…`` links, and handing a capture to a running app.

The desktop file registers ``x-scheme-handler/cpdlog`` with ``Exec=cpdlog %u``, so opening such
a link runs ``cpdlog cpdlog://capture?...``. That command (no Qt) hands the capture over at once
to a running app through its local endpoint — single instance: the endpoint's discovery file and
token are in the data folder — or, when no app is running, appends it to the queue
(:mod:`cpdlog.capture.queue`) that the app empties at its next start.
"""

from __future__ import annotations

import datetime as dt
import json
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


def deliver(home: Path, capture: Capture) -> tuple[str, dict[str, object] | int]:
    """Hand over to a running app, else queue: ``("delivered", reply)`` or ``("queued", n)``."""
    reply = hand_over(home, capture)
    if reply is not None:
        return "delivered", reply
    return "queued", enqueue(home, capture)
