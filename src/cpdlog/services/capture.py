"""Captures from the browser become Inbox drafts.

``CaptureService.receive`` is the one place a :class:`~cpdlog.capture.models.Capture` turns into
an entry: a draft dated the day it was captured (the app clock), marked ``inbox=True``, with the
page's title, address, site and author, and the selected text kept word for word in the source
notes (never in the reflection, which is the practitioner's own words). Capturing a page whose
Inbox draft already exists adds the new selection to that draft instead of making a second one.

Convention for other capture paths (threads, snapshots): create the draft through
``EntryService.add`` with ``status=DRAFT`` and ``inbox=True``; an entry leaves the Inbox when it
is saved with some reflection or as complete (``EntryService.update`` does that).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from cpdlog.capture.models import Capture, check_url
from cpdlog.domain.entry import (
    MAX_TITLE_LENGTH,
    ActivityType,
    Entry,
    EntryStatus,
    Reflection,
    Source,
)
from cpdlog.domain.search import EntryFilter
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.storage.entries_repo import EntryRepository

if TYPE_CHECKING:
    from cpdlog.capture.server import CaptureEndpoint
    from cpdlog.services.app import App

SELECTION_HEADING = "Selected text:"
_VIDEO_TYPES = ("video", "video.other", "video.movie", "video.episode")
_AUDIO_TYPES = ("music.song", "audio", "podcast")


@dataclass(frozen=True, slots=True)
class CaptureResult:
    entry: Entry
    merged: bool  # True when the capture was added to an Inbox draft that already existed


def url_variants(url: str) -> list[str]:
    """The address as given, without its #fragment, and with/without a trailing slash."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))
    variants = [url, base]
    if parts.path.endswith("/") and len(parts.path) > 1:
        variants.append(urlunsplit((parts.scheme, parts.netloc, parts.path[:-1], parts.query, "")))
    elif not parts.query:
        variants.append(urlunsplit((parts.scheme, parts.netloc, parts.path + "/", "", "")))
    return list(dict.fromkeys(variants))


def _first(metadata: dict[str, str], keys: Iterable[str]) -> str:
    for key in keys:
        if metadata.get(key):
            return metadata[key]
    return ""


def _published(metadata: dict[str, str]) -> str:
    return _first(
        metadata,
        ("article:published_time", "published_time", "citation_publication_date", "dc.date"),
    )


def _notes(capture: Capture) -> str:
    parts: list[str] = []
    if capture.selection:
        parts.append(f"{SELECTION_HEADING}\n{capture.selection}")
    description = _first(capture.metadata, ("og:description", "description"))
    if description:
        parts.append(f"Page summary: {description}")
    published = _published(capture.metadata)
    if published:
        parts.append(f"Published: {published}")
    return "\n\n".join(parts)


def entry_from_capture(capture: Capture, today: dt.date, template_id: str = "swe") -> Entry:
    """The Inbox draft for a capture (not saved)."""
    meta = capture.metadata
    host = (urlsplit(capture.url).hostname or "").removeprefix("www.")
    title = capture.title or _first(meta, ("og:title", "citation_title")) or host or capture.url
    og_type = meta.get("og:type", "").lower()
    if og_type in _VIDEO_TYPES:
        activity = ActivityType.VIDEO
    elif og_type in _AUDIO_TYPES:
        activity = ActivityType.PODCAST
    else:
        activity = ActivityType.BLOG
    site = _first(meta, ("og:site_name", "site_name")) or host
    return Entry(
        title=title[:MAX_TITLE_LENGTH],
        activity_type=activity,
        start_date=today,
        source=Source(
            url=capture.url,
            provider=site,
            author=_first(meta, ("author", "article:author", "citation_author", "dc.creator")),
            publication=site,
            notes=_notes(capture),
        ),
        reflection=Reflection(template_id, {}),
        status=EntryStatus.DRAFT,
        inbox=True,
    )


class CaptureService:
    def __init__(self, app: App) -> None:
        self.app = app

    def receive(self, capture: Capture) -> CaptureResult:
        """Store a capture as an Inbox draft (or add it to the page's existing Inbox draft)."""
        url = check_url(capture.url)
        now = self.app.clock()
        existing = self._inbox_draft_for(url)
        if existing is not None:
            if capture.selection and capture.selection not in existing.source.notes:
                addition = f"{SELECTION_HEADING}\n{capture.selection}"
                existing.source.notes = "\n\n".join(
                    p for p in (existing.source.notes, addition) if p
                )
                existing = self.app.entries.update(existing)
            return CaptureResult(existing, merged=True)
        day = (capture.captured_at or now).astimezone(now.tzinfo).date()
        entry = entry_from_capture(capture, day, self.app.entries.default_template())
        return CaptureResult(self.app.entries.add(entry), merged=False)

    def _inbox_draft_for(self, url: str) -> Entry | None:
        for entry_id in self.entries_for_url(url):
            entry = self.app.entries.get(entry_id)
            if entry.inbox:
                return entry
        return None

    def entries_for_url(self, url: str) -> list[int]:
        """Ids of entries (not in the trash) whose source is this page, newest first."""
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).ids_with_source_url(url_variants(url))

    def inbox(self) -> list[Entry]:
        return self.app.entries.list_entries(EntryFilter(inbox=True))

    def inbox_count(self) -> int:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).count_inbox()

    def receive_for_client(self, capture: Capture) -> dict[str, object]:
        """:meth:`receive`, answered as the endpoint tells the browser (plain JSON values)."""
        result = self.receive(capture)
        return {
            "entry_id": result.entry.id,
            "title": result.entry.title,
            "merged": result.merged,
            "inbox": self.inbox_count(),
        }

    def drain_queue(self) -> list[CaptureResult]:
        """Save every capture the ``cpdlog://`` links queued while no app was running.

        A capture that can never be saved (invalid) is dropped; if the journal cannot be
        written, the rest go back to the queue for next time and the error is raised.
        """
        from cpdlog.capture.queue import requeue, take_all

        waiting = take_all(self.app.paths.home)
        done: list[CaptureResult] = []
        for index, capture in enumerate(waiting):
            try:
                done.append(self.receive(capture))
            except ValidationError:
                continue
            except CpdlogError:
                requeue(self.app.paths.home, waiting[index:])
                raise
        return done

    def endpoint(self, port: int | None = None) -> CaptureEndpoint:
        """A capture endpoint (not started) that saves into this journal."""
        from cpdlog.capture.pairing import DEFAULT_PORT
        from cpdlog.capture.server import CaptureEndpoint

        return CaptureEndpoint(
            self.app.paths.home,
            self.receive_for_client,
            self.entries_for_url,
            port=DEFAULT_PORT if port is None else port,
            clock=self.app.clock,
        )
