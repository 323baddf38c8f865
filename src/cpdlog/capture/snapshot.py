"""Readable snapshots of web pages, kept as evidence that outlives the link.

:func:`make_snapshot` reads a page's main text (with trafilatura; see ``docs/capture.md``,
"Snapshots", for why not readability-lxml), its title, author and date; it is pure and
bounded: at most :data:`MAX_SNAPSHOT_BYTES` of input, an lxml tree of at most
:data:`MAX_ELEMENTS` elements (huge-tree parsing off, so libxml2's own depth limit holds) and
at most :data:`MAX_TEXT_CHARS` of text kept. :func:`render_snapshot_html` and
:func:`render_snapshot_text` make self-contained evidence files: escaped text only, no
scripts, no images, no remote resources.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura

from cpdlog.domain.text import squeeze
from cpdlog.errors import ValidationError
from cpdlog.feeds.discover import decode_html
from cpdlog.feeds.page import extract_page, parse_when
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

__all__ = [
    "MAX_SNAPSHOT_BYTES",
    "READING_WORDS_PER_MINUTE",
    "SNAPSHOT_PREFIX",
    "Snapshot",
    "SnapshotError",
    "make_snapshot",
    "render_snapshot_html",
    "render_snapshot_text",
    "snapshot_filename",
]

MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024
MAX_ELEMENTS = 60_000
MAX_TEXT_CHARS = 400_000
MAX_PARAGRAPHS = 5_000
READING_WORDS_PER_MINUTE = 230
# Evidence files made from snapshots are named "snapshot-….html" / "snapshot-….txt"; the
# PDF appendix finds an entry's snapshot by this prefix.
SNAPSHOT_PREFIX = "snapshot-"
# Characters that cannot appear in XML 1.0 (and so in ReportLab paragraphs or our HTML).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class SnapshotError(ValidationError):
    """The page cannot be turned into a readable snapshot (the rest of the capture goes on)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="snapshot")


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The readable text of a page at the moment it was retrieved. Plain text throughout."""

    url: str
    retrieved_at: dt.datetime
    title: str = ""
    author: str = ""
    published: dt.datetime | None = None
    site_name: str = ""
    paragraphs: tuple[str, ...] = field(default_factory=tuple)
    truncated: bool = False

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def reading_minutes(self) -> int:
        """Reading time at about 230 words a minute; at least one minute for any text."""
        words = self.word_count
        return math.ceil(words / READING_WORDS_PER_MINUTE) if words else 0


def _clean(value: str, limit: int) -> str:
    return squeeze(_CONTROL.sub("", value), limit)


def _parse_tree(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(
        huge_tree=False, remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise SnapshotError(
            tr(ERRORS, "The page has no readable text to keep as a snapshot.")
        ) from exc
    for count, _ in enumerate(tree.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise SnapshotError(
                tr(
                    ERRORS,
                    "The page is too complicated to keep as a snapshot (more than "
                    "{max_elements:,} parts); the link is kept instead.",
                ).format(max_elements=MAX_ELEMENTS)
            )
    return tree


def make_snapshot(
    html_bytes: bytes, url: str, retrieved_at: dt.datetime, content_type: str = ""
) -> Snapshot:
    """The readable snapshot of a fetched page. Raises :class:`SnapshotError` (one plain
    sentence) for a page that is too large, too complicated or has no main text."""
    if len(html_bytes) > MAX_SNAPSHOT_BYTES:
        raise SnapshotError(
            tr(
                ERRORS,
                "The page is larger than {max_snapshot_bytes} MB, so no snapshot "
                "was kept; the link is kept instead.",
            ).format(max_snapshot_bytes=MAX_SNAPSHOT_BYTES // (1024 * 1024))
        )
    text = _CONTROL.sub("", decode_html(html_bytes, content_type))
    if not text.strip():
        raise SnapshotError(tr(ERRORS, "The page is empty, so there is no snapshot to keep."))
    tree = _parse_tree(text)
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError) as exc:
        raise SnapshotError(tr(ERRORS, "The page's main text could not be read.")) from exc
    body = str(getattr(doc, "text", "") or "") if doc is not None else ""
    paragraphs: list[str] = []
    used = 0
    truncated = False
    for line in body.splitlines():
        clean = _clean(line, MAX_TEXT_CHARS)
        if not clean:
            continue
        if used + len(clean) > MAX_TEXT_CHARS or len(paragraphs) >= MAX_PARAGRAPHS:
            truncated = True
            break
        paragraphs.append(clean)
        used += len(clean)
    if not paragraphs:
        raise SnapshotError(tr(ERRORS, "The page has no readable main text to keep as a snapshot."))

    # The page's own description of itself (JSON-LD, OpenGraph…) first, then trafilatura's.
    page = extract_page(text[:MAX_SNAPSHOT_BYTES], url)
    published = page.published
    if published is None and getattr(doc, "date", None):
        published = parse_when(str(getattr(doc, "date", "")))
    retrieved = retrieved_at if retrieved_at.tzinfo else retrieved_at.replace(tzinfo=dt.UTC)
    return Snapshot(
        url=page.url or url,
        retrieved_at=retrieved,
        title=_clean(page.title or str(getattr(doc, "title", "") or ""), 500),
        author=_clean(page.author or str(getattr(doc, "author", "") or ""), 200),
        published=published,
        site_name=_clean(page.site_name or str(getattr(doc, "sitename", "") or ""), 200),
        paragraphs=tuple(paragraphs),
        truncated=truncated,
    )


def _when(moment: dt.datetime | None, date_only: bool = False) -> str:
    if moment is None:
        return ""
    if date_only:
        return moment.date().isoformat()
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _details(snapshot: Snapshot) -> list[tuple[str, str]]:
    rows = [
        ("Title", snapshot.title),
        ("Author", snapshot.author),
        ("Site", snapshot.site_name),
        ("Published", _when(snapshot.published, date_only=True)),
        ("Address", snapshot.url),
        ("Retrieved", _when(snapshot.retrieved_at)),
        ("Length", f"{snapshot.word_count:,} words, about {snapshot.reading_minutes} min read"),
    ]
    return [(k, v) for k, v in rows if v]


def render_snapshot_text(snapshot: Snapshot) -> str:
    """Plain-text evidence: the details, then the paragraphs."""
    lines = [f"{key}: {value}" for key, value in _details(snapshot)]
    lines.append("")
    lines.extend(p + "\n" for p in snapshot.paragraphs)
    if snapshot.truncated:
        lines.append("[The page was longer; cpdlog kept its first part only.]")
    return "\n".join(lines).rstrip() + "\n"


_STYLE = (
    "body{font-family:Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;"
    "line-height:1.5;color:#222}dl{font-family:sans-serif;font-size:.9em;color:#444}"
    "dt{font-weight:bold;float:left;clear:left;width:7em}dd{margin-left:7.5em}"
    "p.note{font-style:italic;color:#555}"
)


def render_snapshot_html(snapshot: Snapshot) -> str:
    """A self-contained HTML evidence file: escaped text only, a content security policy
    that forbids scripts and every remote resource, and no images."""
    esc = html.escape
    details = "".join(
        f"<dt>{esc(key)}</dt><dd>{esc(value)}</dd>" for key, value in _details(snapshot)
    )
    body = "".join(f"<p>{esc(p)}</p>\n" for p in snapshot.paragraphs)
    note = (
        '<p class="note">The page was longer; cpdlog kept its first part only.</p>'
        if snapshot.truncated
        else ""
    )
    title = esc(snapshot.title or snapshot.url)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>Snapshot: {title}</title><style>{_STYLE}</style></head>\n"
        f"<body><h1>{title}</h1>\n<dl>{details}</dl>\n<hr>\n{body}{note}</body></html>\n"
    )


def snapshot_filename(snapshot: Snapshot, extension: str) -> str:
    """``snapshot-<site>-<date>.<extension>``: plain ASCII, short, never a path."""
    host = (urlsplit(snapshot.url).hostname or "page").removeprefix("www.")
    slug = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:40] or "page"
    day = snapshot.retrieved_at.astimezone(dt.UTC).strftime("%Y-%m-%d")
    return f"{SNAPSHOT_PREFIX}{slug}-{day}.{extension}"
