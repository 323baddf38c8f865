"""The :class:`Capture` a browser sends, and the checks that make hostile input harmless.

Every field is length-capped and the metadata is a flat ``str → str`` dict with a bounded number
of keys, so a capture costs at most a few tens of kilobytes however it was built. Only ``http``
and ``https`` URLs are captured (never ``javascript:``, ``file:`` or ``data:``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

MAX_URL_LENGTH = 2048
MAX_TITLE_LENGTH = 500  # the same limit as an entry's title
MAX_SELECTION_LENGTH = 20_000
MAX_METADATA_KEYS = 32
MAX_METADATA_KEY_LENGTH = 64
MAX_METADATA_VALUE_LENGTH = 2000
MAX_JSON_DEPTH = 4
MAX_BODY_BYTES = 256 * 1024

# Page metadata the extension and bookmarklet read (Open Graph, Dublin Core and plain <meta>).
KNOWN_METADATA = (
    "description",
    "author",
    "site_name",
    "published_time",
    "og:title",
    "og:description",
    "og:site_name",
    "og:type",
    "article:author",
    "article:published_time",
    "citation_title",
    "citation_author",
    "citation_publication_date",
    "dc.creator",
    "dc.date",
)


class CaptureKind(StrEnum):
    """How the capture reached cpdlog."""

    EXTENSION = "extension"
    BOOKMARKLET = "bookmarklet"
    SCHEME = "scheme"  # a cpdlog://capture?... link
    CLI = "cli"


@dataclass(frozen=True, slots=True)
class Capture:
    url: str
    title: str = ""
    selection: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    captured_at: dt.datetime | None = None
    kind: CaptureKind = CaptureKind.EXTENSION

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "selection": self.selection,
            "metadata": dict(self.metadata),
            "captured_at": self.captured_at.isoformat() if self.captured_at else None,
            "kind": self.kind.value,
        }


def check_url(value: object) -> str:
    """An absolute http(s) URL, at most :data:`MAX_URL_LENGTH` characters, else ValidationError."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(tr(ERRORS, "A capture needs the page's address (url)."), field="url")
    url = value.strip()
    if len(url) > MAX_URL_LENGTH:
        raise ValidationError(
            tr(
                ERRORS,
                "The page address is too long ({count} characters; at most {max_url_length}).",
            ).format(count=len(url), max_url_length=MAX_URL_LENGTH),
            field="url",
        )
    if any(ord(ch) < 32 or ch == "\x7f" for ch in url):
        raise ValidationError(
            tr(ERRORS, "The page address contains control characters."), field="url"
        )
    try:
        parts = urlsplit(url)
    except ValueError:
        raise ValidationError(
            tr(ERRORS, "The page address is not a valid web address."), field="url"
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            tr(ERRORS, "Only web pages (http:// or https:// addresses) can be captured."),
            field="url",
        )
    return url


def _text(value: object, name: str, limit: int, collapse: bool) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            tr(ERRORS, "The capture's {name} must be text.").format(name=name), field=name
        )
    text = value.replace("\x00", "")
    if collapse:
        text = " ".join(text.split())
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > limit:
        raise ValidationError(
            tr(
                ERRORS,
                "The capture's {name} is too long ({count} characters; at most {limit}).",
            ).format(name=name, count=len(text), limit=limit),
            field=name,
        )
    return text


def _metadata(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ValidationError(
            tr(ERRORS, "The capture's metadata must be a set of names and values.")
        )
    if len(value) > MAX_METADATA_KEYS:
        raise ValidationError(
            tr(
                ERRORS,
                "The capture has too much metadata ({count} items; at most {max_metadata_keys}).",
            ).format(count=len(value), max_metadata_keys=MAX_METADATA_KEYS)
        )
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key.strip() or len(key) > MAX_METADATA_KEY_LENGTH:
            raise ValidationError(
                tr(ERRORS, "The capture's metadata has a name that is not valid.")
            )
        if item is None:
            continue
        if not isinstance(item, str):
            raise ValidationError(
                tr(ERRORS, "The capture's metadata '{key}' must be text.").format(key=key[:40])
            )
        text = " ".join(item.replace("\x00", "").split())
        if text:
            out[key.strip().lower()] = text[:MAX_METADATA_VALUE_LENGTH]
    return out


def capture_from_mapping(
    data: object, kind: CaptureKind, captured_at: dt.datetime | None = None
) -> Capture:
    """Build a checked :class:`Capture` from decoded JSON or form fields."""
    if not isinstance(data, Mapping):
        raise ValidationError(
            tr(ERRORS, "A capture must be a JSON object with url, title and selection.")
        )
    unknown = set(data) - {"url", "title", "selection", "metadata"}
    if unknown:
        names = ", ".join(sorted(str(name)[:40] for name in unknown)[:5])
        raise ValidationError(
            tr(ERRORS, "The capture has fields cpdlog does not know: {names}.").format(names=names)
        )
    return Capture(
        url=check_url(data.get("url")),
        title=_text(data.get("title"), "title", MAX_TITLE_LENGTH, collapse=True),
        selection=_text(data.get("selection"), "selection", MAX_SELECTION_LENGTH, collapse=False),
        metadata=_metadata(data.get("metadata")),
        captured_at=captured_at,
        kind=kind,
    )


def parse_query(query: str, max_fields: int) -> dict[str, list[str]]:
    """``urllib.parse.parse_qs`` with a bound on the number of fields (ValidationError past it)."""
    from urllib.parse import parse_qs

    try:
        return parse_qs(query, max_num_fields=max_fields)
    except ValueError:
        raise ValidationError(
            tr(ERRORS, "The request has too many fields to be a capture.")
        ) from None


def _depth(value: object, limit: int) -> int:
    """Nesting depth of decoded JSON, without recursion (stops counting past ``limit``)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def decode_json_body(body: bytes) -> object:
    """Decode a request body: at most :data:`MAX_BODY_BYTES`, UTF-8, depth-bounded JSON."""
    if len(body) > MAX_BODY_BYTES:
        raise ValidationError(
            tr(ERRORS, "The capture is larger than {max_body_bytes} KiB.").format(
                max_body_bytes=MAX_BODY_BYTES // 1024
            )
        )
    # A cheap pre-check: json's C decoder recurses per bracket, so refuse deep nesting before
    # decoding (brackets inside strings only make this stricter, never unsafe).
    level = 0
    deepest = 0
    for byte in body:
        if byte in b"[{":
            level += 1
            deepest = max(deepest, level)
            if deepest > MAX_JSON_DEPTH * 4:
                raise ValidationError(
                    tr(ERRORS, "The capture is nested too deeply to be a capture.")
                )
        elif byte in b"]}":
            level -= 1
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError(tr(ERRORS, "The capture is not valid JSON text.")) from None
    if _depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ValidationError(tr(ERRORS, "The capture is nested too deeply to be a capture."))
    return data
