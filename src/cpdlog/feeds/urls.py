"""Web addresses the user types, and what kind of problem a failed fetch is.

``normalise_url`` makes a typed address absolute or refuses it; ``classify_problem`` turns a
failed fetch into the error the user sees: the address is wrong (bad input) or the site
could not be reached or read (the operation failed).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from cpdlog.errors import CpdlogError, FeedError, ValidationError
from cpdlog.feeds.fetch import FetchOutcome, FetchResult
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

__all__ = ["classify_problem", "normalise_url"]

_MEDIA_TYPES = ("image/", "audio/", "video/", "font/")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", re.DOTALL)


def normalise_url(url: str) -> str:
    """A web address the user typed, made absolute; raises :class:`ValidationError` if unusable.

    ``example.org/feed`` becomes ``https://example.org/feed`` and ``feed:`` addresses are
    unwrapped; anything that is not http or https is refused.
    """
    text = url.strip()
    if not text:
        raise ValidationError(
            tr(
                ERRORS,
                "Give a web address, for example https://www.communitycare.co.uk/feed/.",
            ),
            field="url",
        )
    if text.lower().startswith("feed:"):
        text = text[5:]
        if text.startswith("//"):
            text = "https:" + text
    match = _SCHEME.match(text)
    if "://" not in text and match and not match.group(2)[:1].isdigit():
        # "javascript:…", "mailto:…": a scheme, not a host with a port.
        text = f"{match.group(1)}://"
    elif "://" not in text:
        text = "https://" + text
    bad = ValidationError(
        tr(
            ERRORS,
            "'{url}' is not a web address cpdlog can use: give one that "
            "starts with http:// or https://.",
        ).format(url=url.strip()),
        field="url",
    )
    if any(ch.isspace() for ch in text):
        raise bad
    try:
        parts = urlsplit(text)
        host = parts.hostname
        _ = parts.port
    except ValueError:
        raise bad from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise bad
    return text


def classify_problem(
    message: str, fetched: FetchResult | None, *, page_named_a_feed: bool = False
) -> CpdlogError:
    """The error for a failed fetch: bad input (the address is wrong or not a feed, a
    ValidationError → exit 2) or trouble reaching it (a FeedError → exit 1)."""
    text = message or tr(ERRORS, "The address could not be read.")
    if fetched is None or page_named_a_feed:
        return FeedError(text)
    if fetched.outcome is FetchOutcome.OK:
        return ValidationError(text, field="url")
    code = fetched.status_code or 0
    if 400 <= code < 500 and code not in (408, 429):
        return ValidationError(text, field="url")
    if 200 <= code < 300 and fetched.content_type.startswith(_MEDIA_TYPES):
        return ValidationError(text, field="url")  # a picture or a sound, not a feed or page
    return FeedError(text)
