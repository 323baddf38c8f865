"""Rules for the text and links a practitioner stores: no control characters, no invisible
titles, only web and email links.

Pure functions with no I/O, shared by the entry rules (so the command line, the desktop app and
imports keep the same rules), feed items and anything else that stores or renders a link.

* :func:`clean_text` removes C0 and C1 control characters except tab and newline; carriage
  returns, vertical tabs, form feeds and NEL become newlines, so no word is joined to the next.
* :func:`clean_line` does the same for one-line fields (titles, names) and also turns tabs and
  newlines into spaces.
* :func:`has_visible_text` is False for text made only of whitespace, control and format
  characters (U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, the BOM...), combining marks with
  nothing to combine with, and the few letters and symbols that draw nothing (U+3164 HANGUL
  FILLER, U+2800 BRAILLE PATTERN BLANK).
* :func:`link_problem` says why a link may not be stored: only ``http``/``https`` links with a
  host and ``mailto:`` links with an address are links; ``javascript:``, ``file:``, ``data:``,
  ``vbscript:``, relative addresses and anything holding whitespace or control characters are
  refused.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# C0 controls except tab (09) and newline (0A), DEL, and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = ("C", "Z", "M")  # other/control/format, separators, lone marks
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85]")  # CR, CRLF, VT, FF, NEL: a new line
# Terminal escape sequences (CSI "ESC [ ... final", OSC "ESC ] ... BEL/ST", and two-character
# ESC sequences of the C1 kind): removed whole, so "ESC[2J" leaves nothing rather than a
# visible "[2J"; a stray ESC before a lower-case letter takes no letter with it.
_ESCAPES = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x1b[@-_]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")  # lone halves of a pair: not text, cannot be stored
# Every character any of the substitutions below acts on (one search instead of four passes).
_TEXT_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_WORK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def shown(value: str, width: int = 60) -> str:
    """``value`` safe to quote in a one-line message: unprintable characters become "?" (so a
    newline or terminal escape in hostile input cannot break or colour the line), shortened."""
    text = "".join(ch if ch.isprintable() else "?" for ch in value[: width + 1])
    return text if len(text) <= width else text[: width - 1] + "…"


def clean_text(text: str) -> str:
    """``text`` without control characters other than tab and newline (CR becomes LF)."""
    if not _TEXT_WORK.search(text):
        return text
    text = _SURROGATES.sub("\ufffd", _ESCAPES.sub("", text))
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def squeeze(text: str, limit: int) -> str:
    """``text`` on one line of at most ``limit`` characters: every run of whitespace (newlines
    included) becomes one space, and the ends are trimmed (for titles, names, tags)."""
    return " ".join(text.split())[:limit].rstrip()


def clean_line(text: str) -> str:
    """One-line text: control characters removed, tabs and line breaks become spaces, trimmed."""
    if not _LINE_WORK.search(text):
        return text.strip()
    text = _SURROGATES.sub("\ufffd", _ESCAPES.sub("", text))
    return _CONTROL.sub("", re.sub(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]", " ", text)).strip()


def has_visible_text(text: str) -> bool:
    """True when ``text`` has at least one character that draws something."""
    for ch in text:
        if ch in _BLANK_LETTERS:
            continue
        if unicodedata.category(ch)[0] not in _INVISIBLE_CATEGORIES:
            return True
    return False


def link_problem(url: str) -> str | None:
    """Why ``url`` cannot be stored or opened as a link, or None when it can.

    ``url`` is taken as given (callers strip surrounding spaces first); an empty string is
    "no link" and fine.
    """
    if not url:
        return None
    # An ASCII link that is printable and has no space has no whitespace, control or format
    # character (the common case, checked without a look-up per character).
    plain_ascii = url.isascii() and url.isprintable() and " " not in url
    if not plain_ascii and any(
        ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url
    ):
        return tr(
            ERRORS, "'{url}' is not a link: it has spaces or invisible characters in it."
        ).format(url=shown(url))
    try:
        parts = urlsplit(url)
        host = parts.hostname if parts.scheme.lower() in ("http", "https") else None
        if host:
            _ = parts.port  # a port that is not a number from 0 to 65535 raises here
    except ValueError:
        return tr(ERRORS, "'{url}' is not a valid link.").format(url=shown(url))
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES or url[: len(scheme) + 1].lower() != scheme + ":":
        return tr(
            ERRORS,
            "'{url}' is not a link cpdlog can keep: links must start with "
            "https://, http:// or mailto:.",
        ).format(url=shown(url))
    if scheme in ("http", "https") and not host:
        return tr(ERRORS, "'{url}' is not a valid web address (it has no site name).").format(
            url=shown(url)
        )
    if scheme == "mailto" and not parts.path.strip():
        return tr(ERRORS, "'{url}' is not a valid email link (it has no address).").format(
            url=shown(url)
        )
    return None


def is_safe_link(url: str) -> bool:
    """True for http/https links with a host and mailto links (see :func:`link_problem`)."""
    return bool(url) and link_problem(url) is None


def check_link(url: str, field: str = "url") -> str:
    """``url`` trimmed, or :class:`ValidationError` when it is not a link cpdlog may keep."""
    text = url.strip()
    problem = link_problem(text)
    if problem is not None:
        raise ValidationError(problem, field=field)
    return text


def check_line(text: str, field: str, what: str, *, required: bool = False) -> str:
    """A cleaned one-line value; refuse one that is only invisible characters.

    ``what`` names the field for the message, e.g. "The title" or "The peer's name".
    """
    cleaned = clean_line(text)
    if cleaned and not has_visible_text(cleaned):
        raise ValidationError(
            tr(ERRORS, "{what} is empty: it has only spaces or invisible characters.").format(
                what=what
            ),
            field=field,
        )
    if required and not cleaned:
        raise ValidationError(tr(ERRORS, "{what} is empty.").format(what=what), field=field)
    return cleaned


def check_paragraphs(text: str) -> str:
    """Cleaned multi-line text; text with nothing visible in it counts as empty."""
    cleaned = clean_text(text)
    return cleaned if has_visible_text(cleaned) else ""
