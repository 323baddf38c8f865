"""Social threads and hashtag discussions as draft CPD entries (issue 15, social part).

``SocialService`` fetches a Mastodon or Bluesky thread, or a Mastodon hashtag over a time
window, keeps it as evidence (a self-contained sanitised HTML page and a JSON file, through the
evidence store) and makes a draft entry of it dated the day it was captured.

Inbox convention (until the capture engineers' conventions are unified): a captured entry is a
**draft** carrying the tag ``inbox``; its source provider names the platform and server. The
summary sentence goes into the source notes and, when the reflection template has a
``description`` section, into that section as a starting point the practitioner edits.

Hours: a single thread suggests the usual quarter hour for a post; a hashtag discussion is left
at 0 hours for the practitioner to fill in, because the window (e.g. a whole day) says nothing
about how long they took part, and cpdlog must never overstate progress.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cpdlog.capture import bluesky, mastodon
from cpdlog.capture.api import JsonClient
from cpdlog.capture.thread import MAX_POSTS, Thread, plain_excerpt, render_html, to_json
from cpdlog.domain.entry import (
    MAX_TITLE_LENGTH,
    ActivityType,
    Entry,
    EntryStatus,
    Evidence,
    Source,
)
from cpdlog.errors import CpdlogError, ValidationError
from cpdlog.feeds.fetch import MIB, Fetcher, FetchSettings, HostCooldowns, HostLimiter
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

BLUESKY_API_ENV = "CPDLOG_BLUESKY_API"  # tests point this at a loopback server
MAX_WINDOW = dt.timedelta(days=31)
SOCIAL_FETCH = FetchSettings(
    connect_timeout=10.0, read_timeout=20.0, deadline=30.0, max_bytes=8 * MIB
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Captured:
    """A saved draft and what the capture says about itself (for the front ends)."""

    entry: Entry
    summary: str
    notes: tuple[str, ...]


def is_social_post_url(url: str) -> bool:
    """True for a Mastodon or Bluesky post address (what ``entry add --from-url`` hands here)."""
    return mastodon.parse_post_url(url) is not None or bluesky.parse_post_url(url) is not None


def parse_moment(value: str, what: str) -> dt.datetime:
    """An ISO date-time; without an offset it is local time. Returned in UTC."""
    text = value.strip()
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            tr(
                ERRORS,
                "'{value}' is not a valid {what} time: use YYYY-MM-DDTHH:MM, for "
                "example 2026-03-13T09:00.",
            ).format(value=value[:40], what=what),
            field=what,
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's local time
    return moment.astimezone(dt.UTC)


class SocialService:
    def __init__(
        self,
        app: App,
        *,
        fetch_settings: FetchSettings | None = None,
        bluesky_api: str | None = None,
        max_wait: float = 60.0,
        max_posts: int = MAX_POSTS,
    ) -> None:
        self.app = app
        self.fetch_settings = fetch_settings or SOCIAL_FETCH
        self.bluesky_api = (
            bluesky_api or os.environ.get(BLUESKY_API_ENV) or bluesky.PUBLIC_APPVIEW
        ).rstrip("/")
        self.max_wait = max_wait
        self.max_posts = max_posts
        self._fetcher: Fetcher | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            if self._fetcher is not None:
                self._fetcher.close()
                self._fetcher = None

    def _client(self, cancel: threading.Event | None) -> JsonClient:
        with self._lock:
            if self._fetcher is None:
                self._fetcher = Fetcher(
                    self.fetch_settings, limiter=HostLimiter(2), cooldowns=HostCooldowns()
                )
            fetcher = self._fetcher
        return JsonClient(fetcher, max_wait=self.max_wait, cancel=cancel)

    # --- fetching (no database) --------------------------------------------------------------
    def fetch_post_thread(self, url: str, cancel: threading.Event | None = None) -> Thread:
        client = self._client(cancel)
        blue = bluesky.parse_post_url(url)
        if blue is not None:
            return bluesky.fetch_thread(client, self.bluesky_api, blue, self.max_posts)
        ref = mastodon.parse_post_url(url)
        if ref is None:
            raise ValidationError(
                tr(ERRORS, "This is not the address of a Mastodon or Bluesky post."), field="url"
            )
        return mastodon.fetch_thread(client, ref, self.max_posts)

    def fetch_hashtag(
        self,
        tag: str,
        instance: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Thread:
        name = mastodon.parse_tag(tag)
        base = mastodon.parse_instance(instance)
        if end <= start:
            raise ValidationError(
                tr(ERRORS, "The end of the time window must be after its start."), "to"
            )
        if end - start > MAX_WINDOW:
            raise ValidationError(
                tr(ERRORS, "The time window can be at most {days} days long.").format(
                    days=MAX_WINDOW.days
                ),
                field="to",
            )
        return mastodon.fetch_hashtag(
            self._client(cancel),
            base,
            name,
            start,
            end,
            max_posts=self.max_posts,
            progress=progress,
        )

    # --- entries -----------------------------------------------------------------------------
    def draft_from_post_url(self, url: str, cancel: threading.Event | None = None) -> Entry:
        """An unsaved draft for a post URL; its evidence files are already in the store."""
        return self.draft_from_thread(self.fetch_post_thread(url, cancel))

    def capture_post(self, url: str, cancel: threading.Event | None = None) -> Captured:
        """Fetch the thread around a post and save it as a draft."""
        return self._save(self.fetch_post_thread(url, cancel))

    def capture_hashtag(
        self,
        tag: str,
        instance: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Captured:
        """Fetch a hashtag discussion over a window and save it as one draft entry."""
        return self._save(
            self.fetch_hashtag(tag, instance, start, end, progress=progress, cancel=cancel)
        )

    def _save(self, thread: Thread) -> Captured:
        draft = self.draft_from_thread(thread)
        draft.inbox = True  # captured to reflect on later: in the Inbox, with the browser's pages
        saved = self.app.entries.add(draft)
        return Captured(saved, thread.summary(), tuple(thread.notes))

    def draft_from_thread(self, thread: Thread) -> Entry:
        now = self.app.clock()
        summary = thread.summary() + "."
        notes = [summary, *thread.notes]
        excerpt = plain_excerpt(thread)
        if excerpt:
            notes.append(excerpt)
        entry = Entry(
            title=thread.title()[:MAX_TITLE_LENGTH],
            activity_type=(
                ActivityType.DISCUSSION if thread.kind == "hashtag" else ActivityType.SOCIAL_POST
            ),
            start_date=now.date(),
            hours=0.0 if thread.kind == "hashtag" else 0.25,
            source=Source(
                url=thread.source_url,
                provider=f"{thread.platform_name} ({thread.host})",
                author=(thread.focus.author if thread.focus is not None else ""),
                publication=thread.host,
                notes="\n\n".join(notes)[:4000],
            ),
            status=EntryStatus.DRAFT,
        )
        entry.reflection.template_id = self.app.entries.default_template()
        keys: list[str] = []
        with contextlib.suppress(CpdlogError):
            keys = list(self.app.entries.template(entry.reflection.template_id).keys)
        if "description" in keys:
            entry.reflection.sections["description"] = summary
        entry.evidence = self._store_evidence(thread, now)
        return entry

    def _store_evidence(self, thread: Thread, now: dt.datetime) -> list[Evidence]:
        stem = _file_stem(thread, now)
        files = (
            (render_html(thread, now).encode("utf-8"), f"{stem}.html", "text/html"),
            (to_json(thread, now).encode("utf-8"), f"{stem}.json", "application/json"),
        )
        kept: list[Evidence] = []
        for data, name, media_type in files:
            stored = self.app.evidence_store.add_bytes(data, name, media_type)
            kept.append(
                Evidence(stored.sha256, stored.filename, stored.media_type, stored.size, now)
            )
        return kept


def _file_stem(thread: Thread, now: dt.datetime) -> str:
    safe_host = "".join(c if c.isalnum() or c in ".-" else "-" for c in thread.host)[:60]
    if thread.kind == "hashtag":
        day = (thread.window_start or now).astimezone().date().isoformat()
        tag = "".join(c for c in thread.tag if c.isalnum() or c == "_")[:60]
        return f"hashtag-{tag}-{safe_host}-{day}"
    return f"{thread.platform}-thread-{safe_host}-{now.date().isoformat()}"
