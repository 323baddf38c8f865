"""Turn what a practitioner typed into safe ReportLab paragraph markup.

ReportLab's ``Paragraph`` parses an XML-like markup: ``<img src=...>`` would load a file,
``<font>`` and ``<a href>`` would change the layout, and a stray ``&`` or ``<`` would raise.
Everything here treats user text as text: it is cleaned of characters a PDF cannot hold,
escaped, and only then given the few tags *we* choose (line breaks, links we build).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from cpdlog.export.pdf.fonts import covered_code_points

REPLACEMENT = "\ufffd"

# Lone surrogates cannot be encoded; C0/C1 controls (other than tab and newline) and the
# non-characters U+FFFE/U+FFFF have no glyph and upset ReportLab's parser.
_UNPRINTABLE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_BULLET = re.compile(r"^\s*([-*•‣◦▪–·]|\d{1,3}[.)]|[a-zA-Z][.)])\s+(.*)$")
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def clean(text: str) -> str:
    """Normalise line endings and replace characters a PDF cannot carry with U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _UNPRINTABLE.sub(REPLACEMENT, text)


def drawable(text: str) -> str:
    """``clean`` text with characters the bundled font lacks shown as U+FFFD (a visible
    replacement mark) instead of an empty box that copies out as nothing."""
    text = clean(text)
    if text.isascii():
        return text
    covered = covered_code_points()
    return "".join(c if c in "\n" or ord(c) in covered else REPLACEMENT for c in text)


def escape(text: str) -> str:
    """User text → markup that displays exactly that text (on one line)."""
    text = drawable(text)
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", " ")
    )


def plain(text: str) -> str:
    """Cleaned text on one line, for places that take no markup (outline, metadata)."""
    return " ".join(drawable(text).split())


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text to set as one paragraph; ``bullet`` is set for a list item."""

    markup: str
    bullet: str | None = None


def blocks(text: str) -> list[Block]:
    """Split reflection text into paragraphs and list items, keeping the writer's lines.

    Blank lines separate paragraphs; single line breaks are kept; a line that starts with
    ``-``, ``*``, ``•`` or ``1.`` / ``a)`` becomes a list item with that marker.
    """
    result: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            result.append(Block("<br/>".join(escape(line) for line in lines)))
            lines.clear()

    for raw in clean(text).split("\n"):
        if not raw.strip():
            flush()
            continue
        match = _BULLET.match(raw)
        if match:
            flush()
            marker, rest = match.group(1), match.group(2)
            bullet = "•" if marker in "-*•‣◦▪–·" else marker
            result.append(Block(escape(rest), bullet=escape(bullet)))
        else:
            lines.append(raw.rstrip())
    flush()
    return result


def safe_link(url: str) -> str | None:
    """The URL if it is safe to make clickable (http, https or mailto), else ``None``."""
    candidate = plain(url)
    if not candidate or candidate != url.strip() or " " in candidate:
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return None
    return candidate


def link(url: str, colour: str = "#1f4e79") -> str:
    """Markup for a clickable link showing the URL itself; plain text if not linkable."""
    target = safe_link(url)
    if target is None:
        return escape(url)
    return f'<a href="{escape(target)}" color="{colour}">{escape(url.strip())}</a>'


def word_count(text: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", text))
