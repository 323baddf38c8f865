"""An item's page as readable text for the reader: the snapshot's extraction, kept as HTML.

:func:`make_full_text` reads the page's main text exactly as a snapshot does
(:func:`~cpdlog.capture.snapshot.make_snapshot`: the same size, element and text limits,
trafilatura with precision first), and keeps that text's structure (headings, paragraphs,
lists, tables, links) as HTML, sanitised by the feeds layer's allowlist (nh3: no scripts,
styles, frames or event handlers; links only http, https and mailto; relative addresses made
absolute against the page's own). Pictures stay as remote addresses that the reader only
downloads when the user asks. Pure and bounded; no network here.
"""

from __future__ import annotations

import datetime as dt
import html

import lxml.etree
import trafilatura

from cpdlog.capture.snapshot import Snapshot, SnapshotError, _parse_tree, make_snapshot
from cpdlog.domain.feed import ItemFullText
from cpdlog.feeds.discover import decode_html
from cpdlog.feeds.sanitize import html_to_text, sanitize_html
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

__all__ = ["MAX_FULL_TEXT_HTML_CHARS", "full_text_from", "make_full_text", "snapshot_of"]

# The sanitised HTML kept for one item (the plain text has the snapshot's own limit).
MAX_FULL_TEXT_HTML_CHARS = 1_000_000


def _paragraph_html(snapshot: Snapshot) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in snapshot.paragraphs)


def _structured_html(html_bytes: bytes, url: str, content_type: str) -> str:
    """The main text with its structure, sanitised; "" when trafilatura gives none."""
    tree = _parse_tree(decode_html(html_bytes, content_type))
    try:
        extracted = trafilatura.extract(
            tree,
            url=url,
            output_format="html",
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_links=True,
            with_metadata=False,
        )
    except (ValueError, TypeError, RecursionError, lxml.etree.LxmlError):
        return ""
    if not extracted:
        return ""
    return sanitize_html(extracted, url)


def make_full_text(
    item_id: int, html_bytes: bytes, url: str, retrieved_at: dt.datetime, content_type: str = ""
) -> ItemFullText:
    """The readable full text of a fetched page. Raises
    :class:`~cpdlog.capture.snapshot.SnapshotError` (one plain sentence) for a page that is
    too large, too complicated or has no main text."""
    snapshot = make_snapshot(html_bytes, url, retrieved_at, content_type)
    body = _structured_html(html_bytes, snapshot.url or url, content_type)
    if not body or len(body) > MAX_FULL_TEXT_HTML_CHARS or not html_to_text(body).strip():
        body = _paragraph_html(snapshot)  # the plain paragraphs, escaped, never lost
    return full_text_from(item_id, snapshot, body)


def full_text_from(item_id: int, snapshot: Snapshot, body_html: str) -> ItemFullText:
    return ItemFullText(
        item_id=item_id,
        url=snapshot.url,
        retrieved_at=snapshot.retrieved_at,
        html=body_html,
        text=snapshot.text,
        title=snapshot.title,
        author=snapshot.author,
        site_name=snapshot.site_name,
        published=snapshot.published,
        truncated=snapshot.truncated,
    )


def snapshot_of(full: ItemFullText) -> Snapshot:
    """The snapshot evidence of a kept full text (no second fetch when the item is logged)."""
    if not full.ok:
        raise SnapshotError(full.error or tr(ERRORS, "The page has no readable main text to keep."))
    return Snapshot(
        url=full.url,
        retrieved_at=full.retrieved_at,
        title=full.title,
        author=full.author,
        published=full.published,
        site_name=full.site_name,
        paragraphs=full.paragraphs,
        truncated=full.truncated,
    )
