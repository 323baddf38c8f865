"""Feeds use cases: subscribe, organise, refresh, read, and turn an item or page into CPD.

Every method that touches the database opens one short session and returns domain objects
(``Feed``, ``FeedItem``, ``Entry``) or small plain reports defined here. Network work
(discovery, refresh, page capture) always runs with no session open; a refresh then writes
each feed's result in its own short session, so the desktop app can keep reading while it
runs and one feed's trouble never touches another's.

Thread safety: any method may be called from a worker thread. Only one refresh runs at a
time per service; a second caller waits for the first to finish.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cpdlog.storage.feeds_orm  # noqa: F401  (the feed tables must be on Base.metadata)
from cpdlog import safefile
from cpdlog.capture.transcript import (
    TranscriptError,
    parse_transcript,
    render_transcript_text,
    transcript_filename,
)
from cpdlog.domain.entry import ActivityType, Entry, Evidence
from cpdlog.domain.feed import Feed, FeedItem, ItemFullText, normalise_category
from cpdlog.domain.text import clean_line
from cpdlog.errors import CpdlogError, ExportError, FeedError, NotFoundError, ValidationError
from cpdlog.feeds import trace
from cpdlog.feeds.curated import load_curated
from cpdlog.feeds.discover import (
    DEFAULT_INSTANCE,
    Discovery,
    discover_feed,
    hashtag_feed_url,
    normalise_hashtag,
    normalise_instance,
)
from cpdlog.feeds.fetch import (
    Fetcher,
    FetchOutcome,
    FetchResult,
    FetchSettings,
    Validators,
    describe_file_type,
    failure_backoff,
    next_fetch_delay,
)
from cpdlog.feeds.infer import entry_from_item, reading_suggestion
from cpdlog.feeds.opml import OpmlFeed, export_opml, parse_opml, read_opml
from cpdlog.feeds.page import entry_from_page, fetch_page
from cpdlog.feeds.parse import ParsedFeed, ParsedItem, ParseStatus
from cpdlog.feeds.refresh import (
    DEFAULT_WORKERS,
    FeedRefreshResult,
    FeedRequest,
    Refresher,
    RefreshOutcome,
)
from cpdlog.feeds.urls import classify_problem, normalise_url
from cpdlog.i18n import plural, tr
from cpdlog.services.refresh_start import (
    COOLDOWNS_KEY,
    PROCESS_PARSE_MIN_FEEDS,
    REFRESH_BACKLOG,
    EarlyRefresh,
    new_fetcher,
    stored_cooldowns,
)
from cpdlog.storage.feeds_repo import FeedChanges, FeedRepository, ItemQuery
from cpdlog.storage.settings_repo import get_setting, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
CLI = "cpdlog.cli"  # the refresh lines the command line prints (FeedRefreshLine.describe)

if TYPE_CHECKING:
    from cpdlog.capture.snapshot import Snapshot
    from cpdlog.services.app import App

log = logging.getLogger(__name__)

__all__ = [
    "CuratedCategory",
    "FeedPreferences",
    "FeedRefreshLine",
    "FeedService",
    "ImportReport",
    "ItemQuery",
    "RefreshReport",
    "RemovedFeed",
    "normalise_url",
]

DEFAULT_RETENTION_DAYS = 180
DEFAULT_INTERVAL_MINUTES = 60
HASHTAG_CATEGORY = "Social media and hashtags"
PREFERENCES_KEY = "feeds.preferences"
# At most this many pages are fetched for full text after one refresh (one at a time).
MAX_FULL_TEXT_PER_REFRESH = 20

ProgressCallback = Callable[[int, int], None]


# --- small plain results -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedPreferences:
    """Feed settings kept with the data. Automatic refresh is off until the user turns it on."""

    auto_refresh: bool = False
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    retention_days: int = DEFAULT_RETENTION_DAYS
    curated_offered: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "auto_refresh": self.auto_refresh,
            "interval_minutes": self.interval_minutes,
            "retention_days": self.retention_days,
            "curated_offered": self.curated_offered,
        }

    @classmethod
    def from_dict(cls, data: Any) -> FeedPreferences:
        if not isinstance(data, dict):
            return cls()

        def number(name: str, default: int, low: int, high: int) -> int:
            value = data.get(name, default)
            if not isinstance(value, int) or isinstance(value, bool):
                return default
            return min(high, max(low, value))

        return cls(
            auto_refresh=bool(data.get("auto_refresh", False)),
            interval_minutes=number("interval_minutes", DEFAULT_INTERVAL_MINUTES, 15, 24 * 60),
            retention_days=number("retention_days", DEFAULT_RETENTION_DAYS, 1, 36500),
            curated_offered=bool(data.get("curated_offered", False)),
        )


@dataclass(frozen=True, slots=True)
class FeedRefreshLine:
    """What one refresh did to one feed, ready for a one-line report."""

    feed_id: int
    title: str
    url: str
    outcome: RefreshOutcome
    new_items: int = 0
    updated_items: int = 0
    error: str = ""
    warning: str = ""
    moved_to: str = ""
    disabled: bool = False
    unreachable: bool = False  # the server could not be reached at all (offline?)

    @property
    def failed(self) -> bool:
        return self.outcome in (RefreshOutcome.FAILED, RefreshOutcome.COOLING_DOWN)

    def describe(self) -> str:
        """The outcome in plain words (without the feed's name), in the chosen language."""
        if self.outcome is RefreshOutcome.NEW_CONTENT:
            text = plural(CLI, self.new_items, "%n new item", "%n new items")
            if self.updated_items:
                text = tr(CLI, "{new}, {updated} updated").format(
                    new=text, updated=self.updated_items
                )
            if self.moved_to:
                text = tr(CLI, "{outcome}; its address is now {address}").format(
                    outcome=text, address=self.moved_to
                )
        elif self.outcome in (RefreshOutcome.NOT_MODIFIED, RefreshOutcome.UNCHANGED):
            text = tr(CLI, "not modified")
            if self.moved_to:
                text = tr(CLI, "{outcome}; its address is now {address}").format(
                    outcome=text, address=self.moved_to
                )
        elif self.outcome is RefreshOutcome.CANCELLED:
            text = tr(CLI, "cancelled")
        elif self.outcome is RefreshOutcome.COOLING_DOWN:
            text = tr(CLI, "skipped: {error}").format(error=self.error)
        else:
            text = tr(CLI, "failed: {error}").format(error=self.error)
        if self.warning:
            text = tr(CLI, "{outcome} (warning: {warning})").format(
                outcome=text, warning=self.warning
            )
        return text


@dataclass(slots=True)
class RefreshReport:
    feeds: list[FeedRefreshLine] = field(default_factory=list)
    purged: int = 0
    cancelled: bool = False
    full_texts: int = 0  # new items' full text fetched and kept (feeds set to always fetch it)

    @property
    def failed(self) -> list[FeedRefreshLine]:
        return [line for line in self.feeds if line.failed]

    @property
    def all_failed(self) -> bool:
        return bool(self.feeds) and len(self.failed) == len(self.feeds)

    @property
    def new_items(self) -> int:
        return sum(line.new_items for line in self.feeds)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """Feeds added from an OPML file or the curated list."""

    added: list[Feed] = field(default_factory=list)
    already_followed: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class RemovedFeed:
    feed: Feed
    kept_logged_items: int


@dataclass(frozen=True, slots=True)
class CuratedCategory:
    name: str
    sources: int
    subscribed: int


@dataclass(frozen=True, slots=True)
class CuratedSource:
    """One curated source: ``key`` (its feed or home-page address) names it to
    :meth:`FeedService.subscribe_curated`."""

    category: str  # the top-level category
    title: str
    key: str
    followed: bool


def _to_item(feed_id: int, parsed: ParsedItem) -> FeedItem:
    return FeedItem(
        feed_id=feed_id,
        key=parsed.key,
        guid=parsed.guid,
        link=parsed.link,
        title=parsed.title,
        author=parsed.author,
        published=parsed.published,
        updated=parsed.updated,
        summary=parsed.summary,
        content_html=parsed.content_html,
        enclosure=parsed.enclosure,
        duration_seconds=parsed.duration_seconds,
        tags=list(parsed.tags),
        content_hash=parsed.content_hash,
        transcript_url=parsed.transcript_url,
        transcript_type=parsed.transcript_type,
    )


# --- the refresh writer ------------------------------------------------------------------------

# At most this many feeds go into one transaction; more waiting go into the next.
WRITE_BATCH = 64
# (REFRESH_BACKLOG, the limit of feeds fetched but not yet stored: services.refresh_start)
_Outcome = FeedRefreshResult | Discovery | None


def _holds_items(outcome: _Outcome) -> bool:
    """A refresh result with parsed items (the part of a result that is large)."""
    return outcome is not None and outcome.parsed is not None


class _Writer:
    """Stores each feed's refresh result as it arrives, on one thread, alongside the fetches.

    Results that queue up while a transaction is being written go into the next one together
    (at most :data:`WRITE_BATCH` feeds), their search-index rows inserted in one statement
    just before it commits. A feed removed meanwhile is reported as cancelled. If a batch
    cannot be written, each of its feeds is tried on its own; a database error that remains
    is raised by :meth:`finish`, after every feed that could be stored was stored.
    """

    def __init__(
        self,
        service: FeedService,
        total: int,
        interval_seconds: int,
        progress: ProgressCallback | None,
    ) -> None:
        self.service = service
        self.total = total
        self.interval_seconds = interval_seconds
        self.progress = progress
        self.queue: queue.SimpleQueue[tuple[Feed, _Outcome] | None] = queue.SimpleQueue()
        self.lines: dict[int, FeedRefreshLine] = {}
        self.error: Exception | None = None
        self.done = 0
        self.handed = 0
        self.settled = 0  # handed-over feeds the writer is done with (stored or not)
        self.on_settled: Callable[[], None] | None = None  # told when the backlog goes down
        self._count_lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, name="cpdlog-feed-writer", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def put(self, feed: Feed, outcome: _Outcome) -> None:
        """Hand one feed's result over (any thread; returns at once)."""
        if _holds_items(outcome):
            with self._count_lock:
                self.handed += 1
        self.queue.put((feed, outcome))

    def backlog(self) -> int:
        """Feeds with parsed items handed over and not yet stored (any thread; a moment's
        snapshot). A feed that did not change (a 304, the same body) or failed holds a few
        hundred bytes and is stored with one UPDATE: it does not count, so a writer slow to
        start (the journal still opening, its first statements being compiled) never holds
        back the requests of an unchanged refresh."""
        return self.handed - self.settled

    def finish(self) -> dict[int, FeedRefreshLine]:
        """Wait until everything handed over is stored; the lines by feed id."""
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.lines

    def _run(self) -> None:
        try:
            self._take()
        finally:
            trace.thread_ended()

    def _take(self) -> None:
        while True:
            first = self.queue.get()
            if first is None:
                return
            batch = [first]
            stop = False
            while len(batch) < WRITE_BATCH:
                try:
                    more = self.queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                batch.append(more)
            self._write(batch)
            if stop:
                return

    def _write(self, batch: list[tuple[Feed, _Outcome]]) -> None:
        try:
            self._write_batch(batch)
        finally:
            self.settled += sum(1 for _, outcome in batch if _holds_items(outcome))
            if self.on_settled is not None:
                self.on_settled()

    def _write_batch(self, batch: list[tuple[Feed, _Outcome]]) -> None:
        try:
            self._write_together(batch)
        except Exception as error:
            if len(batch) == 1:
                log.exception("Storing a feed's refresh failed (feed %s)", batch[0][0].id)
                self.error = self.error or error
                return
            for one in batch:  # store the others, one by one
                try:
                    self._write_together([one])
                except Exception as single:
                    log.exception("Storing a feed's refresh failed (feed %s)", one[0].id)
                    self.error = self.error or single

    def _write_together(self, batch: list[tuple[Feed, _Outcome]]) -> None:
        service = self.service
        now = service._now()
        lines: dict[int, FeedRefreshLine] = {}
        trace.event("store-start", feeds=len(batch))
        with service._repo() as repo, repo.batched_index():
            for feed, outcome in batch:
                try:
                    if isinstance(outcome, FeedRefreshResult):
                        line = service._record(repo, feed, outcome, now, self.interval_seconds)
                    else:
                        line = service._record_discovery(
                            repo, feed, outcome, now, self.interval_seconds
                        )
                except NotFoundError:
                    line = FeedRefreshLine(
                        feed.id or 0,
                        feed.display_title,
                        feed.url,
                        RefreshOutcome.CANCELLED,
                        error="The feed was removed while it was being refreshed.",
                    )
                lines[feed.id or 0] = line
        trace.event("store-end", feeds=len(batch))
        self.lines.update(lines)
        for _ in batch:
            self.done += 1
            if self.progress is not None:
                try:
                    self.progress(self.done, self.total)
                except Exception:
                    log.exception("Showing the refresh's progress failed")
                    self.progress = None  # a broken display must not stop the refresh


# --- the service -------------------------------------------------------------------------------


class FeedService:
    """Feeds for both front ends. ``app.feeds`` holds one; call :meth:`close` when done."""

    def __init__(
        self,
        app: App,
        *,
        fetch_settings: FetchSettings | None = None,
        workers: int = DEFAULT_WORKERS,
        parse_in_processes: bool | None = None,
    ) -> None:
        self.app = app
        self.fetch_settings = fetch_settings or FetchSettings()
        self.workers = max(1, workers)
        # None: parse in worker processes only for refreshes big enough to gain from it.
        self.parse_in_processes = parse_in_processes
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._fetcher: Fetcher | None = None
        self._pool_refresher: Refresher | None = None

    # --- plumbing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _repo(self) -> Iterator[FeedRepository]:
        with self.app.db.session() as session:
            yield FeedRepository(session, self.app.fts)

    def _now(self) -> dt.datetime:
        return self.app.clock()

    def _fetcher_for_use(self) -> Fetcher:
        with self._lock:
            if self._fetcher is None:
                self._fetcher = new_fetcher(
                    self.fetch_settings, self.workers, self._load_cooldowns()
                )
            return self._fetcher

    def _refresher_for(self, feeds: int) -> tuple[Refresher, bool]:
        """A refresher sharing our fetcher; True when the caller must close it afterwards."""
        fetcher = self._fetcher_for_use()
        processes = self.parse_in_processes
        if processes is None:
            processes = self._pool_refresher is not None or feeds >= PROCESS_PARSE_MIN_FEEDS
        if not processes:
            return Refresher(fetcher, workers=self.workers, parse_in_processes=False), True
        with self._lock:
            if self._pool_refresher is None:
                self._pool_refresher = Refresher(
                    fetcher, workers=self.workers, parse_in_processes=True
                )
            return self._pool_refresher, False

    def close(self) -> None:
        """Stop the parse processes and close network connections (the service stays usable)."""
        with self._lock:
            pool, self._pool_refresher = self._pool_refresher, None
            fetcher, self._fetcher = self._fetcher, None
        if pool is not None:
            pool.close()
        if fetcher is not None:
            fetcher.close()

    def _load_cooldowns(self) -> dict[str, dt.datetime]:
        with self.app.db.session() as session:
            return stored_cooldowns(get_setting(session, COOLDOWNS_KEY, {}))

    def _save_cooldowns(self) -> None:
        fetcher = self._fetcher
        if fetcher is None:
            return
        snapshot = {host: when.isoformat() for host, when in fetcher.cooldowns.snapshot().items()}
        with self.app.db.session() as session:
            set_setting(session, COOLDOWNS_KEY, snapshot)

    def _today(self) -> dt.date:
        """Today where the practitioner's regulator is (its deadlines are local time)."""
        try:
            return self.app.profile.requirement_profile().period.local_date(self._now())
        except CpdlogError:
            return self._now().date()

    # --- preferences ---------------------------------------------------------------------------
    def preferences(self) -> FeedPreferences:
        with self.app.db.session() as session:
            return FeedPreferences.from_dict(get_setting(session, PREFERENCES_KEY))

    def save_preferences(self, preferences: FeedPreferences) -> FeedPreferences:
        checked = FeedPreferences.from_dict(preferences.to_dict())
        with self.app.db.session() as session:
            set_setting(session, PREFERENCES_KEY, checked.to_dict())
        return checked

    def _mark_curated_offered(self) -> None:
        with self.app.db.session() as session:
            current = FeedPreferences.from_dict(get_setting(session, PREFERENCES_KEY))
            data = current.to_dict() | {"curated_offered": True}
            set_setting(session, PREFERENCES_KEY, data)

    # --- feeds ---------------------------------------------------------------------------------
    def list_feeds(self) -> list[Feed]:
        """Every subscription, by folder then name."""
        with self._repo() as repo:
            return repo.list_feeds()

    def get_feed(self, feed_id: int) -> Feed:
        with self._repo() as repo:
            return repo.feed(feed_id)

    def categories(self) -> list[str]:
        """Folder paths in use (parents included), e.g. ``["News", "News/Adults"]``."""
        with self._repo() as repo:
            return repo.categories()

    def unread_counts(self) -> dict[int, int]:
        """Unread items per feed id (feeds with none are left out)."""
        with self._repo() as repo:
            return repo.unread_counts()

    def item_counts(self) -> dict[int, int]:
        with self._repo() as repo:
            return repo.item_counts()

    def _already(self, repo: FeedRepository, url: str) -> None:
        existing = repo.feed_by_url(url)
        if existing is not None:
            raise ValidationError(
                tr(ERRORS, "You already follow this feed: {display_title} (feed {id}).").format(
                    display_title=existing.display_title, id=existing.id
                ),
                field="url",
            )

    def subscribe(self, url: str, category: str = "", title: str = "") -> Feed:
        """Follow a feed given its address or any page that links to one (discovery).

        Fetches once to check it really is a feed, and keeps the items it found.
        """
        address = normalise_url(url)
        with self._repo() as repo:
            self._already(repo, address)
        discovery = discover_feed(self._fetcher_for_use(), address)
        if not discovery.found or discovery.parsed is None:
            raise classify_problem(
                discovery.error,
                discovery.fetch,
                page_named_a_feed=bool(discovery.candidates),
            )
        now = self._now()
        fetched = discovery.fetch
        parsed = discovery.parsed
        feed = Feed(
            url=discovery.feed_url,
            title=parsed.title,
            custom_title=" ".join(title.split())[:500],
            site_url=parsed.site_url,
            category=normalise_category(category),
            last_checked_at=now,
            last_success_at=now,
            degraded=parsed.problem if parsed.status is ParseStatus.DEGRADED else "",
            ttl_seconds=parsed.ttl_seconds,
        )
        if fetched is not None:
            feed.etag = fetched.validators.etag
            feed.last_modified = fetched.validators.last_modified
            feed.body_hash = fetched.validators.body_hash
        feed.next_fetch_after = now + dt.timedelta(
            seconds=next_fetch_delay(
                self.preferences().interval_minutes * 60,
                fetched.cache_seconds if fetched else None,
                parsed.ttl_seconds,
            )
        )
        with self._repo() as repo:
            self._already(repo, feed.url)
            saved = repo.add_feed(feed, now)
            assert saved.id is not None
            repo.store_items(saved.id, [_to_item(saved.id, i) for i in parsed.items], now)
            return saved

    def add_hashtag(
        self, tag: str, instance: str = DEFAULT_INSTANCE, category: str = HASHTAG_CATEGORY
    ) -> Feed:
        """Follow a Mastodon hashtag: ``https://HOST/tags/TAG.rss``. Nothing is fetched yet."""
        url = hashtag_feed_url(tag, instance)
        name = f"#{normalise_hashtag(tag)} on {normalise_instance(instance)}"
        with self._repo() as repo:
            for feed in repo.list_feeds():
                if feed.url.casefold() == url.casefold():
                    raise ValidationError(
                        tr(ERRORS, "You already follow {name} (feed {id}).").format(
                            name=name, id=feed.id
                        ),
                        field="tag",
                    )
            return repo.add_feed(
                Feed(url=url, title=name, category=normalise_category(category)), self._now()
            )

    def rename(self, feed_id: int, title: str) -> Feed:
        """Give a feed your own name; an empty name goes back to the feed's own title."""
        with self._repo() as repo:
            title = " ".join(clean_line(title).split())  # no control characters either
            return repo.update_feed(feed_id, FeedChanges(custom_title=title[:500]))

    def set_category(self, feed_id: int, category: str) -> Feed:
        """Move a feed to a folder path such as ``"News/Adults"`` (empty: no folder)."""
        with self._repo() as repo:
            return repo.update_feed(feed_id, FeedChanges(category=normalise_category(category)))

    def set_enabled(self, feed_id: int, enabled: bool) -> Feed:
        """A disabled feed is left out of refreshes (its items stay)."""
        with self._repo() as repo:
            if enabled:
                return repo.update_feed(
                    feed_id,
                    FeedChanges(enabled=True, next_fetch_after=None, consecutive_failures=0),
                )
            return repo.update_feed(feed_id, FeedChanges(enabled=False))

    def remove(self, feed_id: int) -> RemovedFeed:
        """Unfollow. Items logged as CPD stay, with their entries; entries are never touched."""
        with self._repo() as repo:
            feed, kept = repo.remove_feed(feed_id)
        return RemovedFeed(feed, kept)

    # --- OPML and the curated list -------------------------------------------------------------
    def _add_opml_feeds(self, entries: Sequence[OpmlFeed]) -> ImportReport:
        added: list[Feed] = []
        already = skipped = 0
        now = self._now()
        with self._repo() as repo:
            for source in entries:
                try:
                    if source.url:
                        url, discover_from = normalise_url(source.url), ""
                    elif source.discover and source.site_url:
                        url = discover_from = normalise_url(source.site_url)
                    else:
                        skipped += 1
                        continue
                except ValidationError:
                    skipped += 1
                    continue
                if repo.feed_by_url(url) is not None:
                    already += 1
                    continue
                added.append(
                    repo.add_feed(
                        Feed(
                            url=url,
                            title=source.title,
                            site_url=source.site_url,
                            category=source.category,
                            discover_from=discover_from,
                        ),
                        now,
                    )
                )
        return ImportReport(added, already, skipped)

    def import_opml(self, path: Path) -> ImportReport:
        """Follow every feed in an OPML file, keeping its folders. Nothing is fetched yet."""
        document = read_opml(Path(path))
        report = self._add_opml_feeds(document.feeds)
        return ImportReport(
            report.added, report.already_followed, report.skipped + document.skipped
        )

    def import_opml_bytes(self, data: bytes) -> ImportReport:
        """As :meth:`import_opml`, for OPML already in memory (a drop or a download)."""
        document = parse_opml(data)
        report = self._add_opml_feeds(document.feeds)
        return ImportReport(
            report.added, report.already_followed, report.skipped + document.skipped
        )

    def _opml(self) -> tuple[str, int]:
        with self._repo() as repo:
            feeds = repo.list_feeds()
            categories = repo.categories()
        outlines = [
            OpmlFeed(
                url="" if feed.discover_from else feed.url,
                title=feed.display_title if feed.title or feed.custom_title else "",
                site_url=feed.discover_from or feed.site_url,
                category=feed.category,
                discover=bool(feed.discover_from),
            )
            for feed in feeds
        ]
        return export_opml(outlines, now=self._now(), categories=categories), len(outlines)

    def opml_text(self) -> str:
        """Every subscription as OPML 2.0, folders as nested outlines."""
        return self._opml()[0]

    def export_opml(self, path: Path) -> int:
        """Write every subscription to ``path``; returns how many feeds were written."""
        text, count = self._opml()
        target = safefile.require_output(path)  # a named pipe would hang the write
        try:
            target.write_text(text, encoding="utf-8")
        except FileNotFoundError:
            raise ValidationError(
                tr(ERRORS, "The folder for {target} does not exist.").format(target=target),
                field="file",
            ) from None
        except IsADirectoryError:
            raise ValidationError(
                tr(ERRORS, "{target} is a folder, not a file.").format(target=target), field="file"
            ) from None
        except PermissionError:
            raise ValidationError(
                tr(ERRORS, "cpdlog is not allowed to write {target}.").format(target=target),
                field="file",
            ) from None
        except OSError as error:
            raise ExportError(
                tr(ERRORS, "cpdlog could not write {target}: {strerror}.").format(
                    target=target, strerror=error.strerror
                )
            ) from None
        return count

    def curated_offer_pending(self) -> bool:
        """True on first use: no feeds yet and the curated list not yet offered."""
        if self.preferences().curated_offered:
            return False
        with self._repo() as repo:
            return not repo.list_feeds()

    def decline_curated(self) -> None:
        """Remember that the user said no to the curated list (it is not offered again)."""
        self._mark_curated_offered()

    def curated_categories(self) -> list[CuratedCategory]:
        """The curated list's top-level categories, with how many you already follow."""
        document = load_curated()
        with self._repo() as repo:
            feeds = repo.list_feeds()
        followed = {f.url for f in feeds} | {f.discover_from for f in feeds if f.discover_from}
        order: list[str] = []
        counts: dict[str, list[int]] = {}
        for source in document.feeds:
            top = source.category.split("/", 1)[0]
            if top not in counts:
                order.append(top)
                counts[top] = [0, 0]
            counts[top][0] += 1
            if (source.url or source.site_url) in followed:
                counts[top][1] += 1
        return [CuratedCategory(name, counts[name][0], counts[name][1]) for name in order]

    def curated_sources(self) -> list[CuratedSource]:
        """Every curated source in the list's order, with whether you already follow it."""
        document = load_curated()
        with self._repo() as repo:
            feeds = repo.list_feeds()
        followed = {f.url for f in feeds} | {f.discover_from for f in feeds if f.discover_from}
        found: list[CuratedSource] = []
        for source in document.feeds:
            key = source.url or source.site_url
            found.append(
                CuratedSource(
                    source.category.split("/", 1)[0],
                    source.title or key,
                    key,
                    key in followed,
                )
            )
        return found

    def subscribe_curated(
        self, categories: Sequence[str] | None = None, sources: Sequence[str] | None = None
    ) -> ImportReport:
        """Follow the curated sources in ``categories`` (all of them if None), or only those
        whose keys are in ``sources`` (see :meth:`curated_sources`). Nothing is fetched
        until the next refresh; sources known only by a home page are discovered then."""
        document = load_curated()
        if sources is not None:
            wanted = set(sources)
            unknown = wanted - {s.url or s.site_url for s in document.feeds}
            if unknown:
                raise ValidationError(
                    tr(ERRORS, "'{sorted}' is not one of the curated sources.").format(
                        sorted=sorted(unknown)[0]
                    ),
                    field="source",
                )
            report = self._add_opml_feeds(
                [s for s in document.feeds if (s.url or s.site_url) in wanted]
            )
            self._mark_curated_offered()
            return report
        known = {c.name.casefold(): c.name for c in self.curated_categories()}
        chosen: set[str] | None = None
        if categories:
            chosen = set()
            for name in categories:
                key = " ".join(name.split()).casefold()
                if key not in known:
                    raise ValidationError(
                        tr(
                            ERRORS, "'{name}' is not one of the curated categories: {values}."
                        ).format(name=name, values=", ".join(known.values())),
                        field="category",
                    )
                chosen.add(key)
        in_categories = [
            s
            for s in document.feeds
            if chosen is None or s.category.split("/", 1)[0].casefold() in chosen
        ]
        report = self._add_opml_feeds(in_categories)
        self._mark_curated_offered()
        return report

    # --- refreshing ----------------------------------------------------------------------------
    def next_due(self) -> dt.datetime | None:
        """When the next enabled feed is due for an automatic refresh (None: no feeds)."""
        feeds = [f for f in self.list_feeds() if f.enabled]
        if not feeds:
            return None
        now = self._now()
        return min(f.next_fetch_after or now for f in feeds)

    def refresh(
        self,
        feed_ids: Sequence[int] | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        explicit: bool = True,
        early: EarlyRefresh | None = None,
    ) -> RefreshReport:
        """Fetch feeds and store what changed; one line of outcome per feed.

        ``early``: this refresh, already started before the journal was opened
        (:func:`cpdlog.services.refresh_start.start_refresh`, with the same ``feed_ids`` and
        ``explicit``). Its requests are not sent again; its results are stored here, those
        that came in meanwhile first; its ``cancel`` is the refresh's. A feed it did not
        start (added since) is fetched here after it; one it started that is no longer to
        be refreshed (removed since) is left out.
        """
        if early is None:
            return self._refresh(feed_ids, progress, cancel, explicit, None)
        with self._lock:  # its fetcher and parse processes close with this service
            fetcher_adopted = self._fetcher is None
            if fetcher_adopted:
                self._fetcher = early.refresher.fetcher
            pool_adopted = early.refresher.parse_in_processes and self._pool_refresher is None
            if pool_adopted:
                self._pool_refresher = early.refresher
        try:
            return self._refresh(feed_ids, progress, early.cancel, explicit, early)
        finally:
            early.stop()  # at once if something went wrong before its results were stored
            if not pool_adopted:
                early.refresher.close()
            if not fetcher_adopted:
                early.refresher.fetcher.close()

    def _refresh(
        self,
        feed_ids: Sequence[int] | None,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        explicit: bool,
        early: EarlyRefresh | None,
    ) -> RefreshReport:
        """:meth:`refresh`.

        ``feed_ids`` None means every enabled feed. ``explicit`` (the user asked) fetches each
        of them now; False (automatic refresh) only those whose politeness interval has passed.
        Hosts that asked us to wait (429/503 Retry-After) are skipped either way.

        Each feed's items are stored as soon as that feed is parsed, by one writer thread
        that runs alongside the fetches (several feeds per short transaction), so a reader
        sees them while the rest of the refresh is still on the network.
        ``progress(done, total)`` is called from the writer thread once a feed's result is
        in the database; setting ``cancel`` stops promptly, what was fetched is kept, and
        the feeds not reached are reported as cancelled.
        """
        cancel = cancel or threading.Event()
        now = self._now()
        with self._repo() as repo:
            feeds = repo.list_feeds(feed_ids)
        if feed_ids is not None:
            found = {f.id for f in feeds}
            missing = [i for i in feed_ids if i not in found]
            if missing:
                raise NotFoundError(
                    tr(ERRORS, "There is no feed {missing} (see `cpdlog feeds list`).").format(
                        missing=missing[0]
                    )
                )
        else:
            feeds = [f for f in feeds if f.enabled]
        if not explicit:
            feeds = [f for f in feeds if f.next_fetch_after is None or f.next_fetch_after <= now]
        if not feeds:
            return RefreshReport()
        to_discover = [f for f in feeds if f.discover_from]
        regular = [f for f in feeds if not f.discover_from]
        by_id = {f.id or 0: f for f in feeds}
        writer = _Writer(self, len(feeds), self.preferences().interval_minutes * 60, progress)
        requests = [
            FeedRequest(f.id or 0, f.url, Validators(f.etag, f.last_modified, f.body_hash))
            for f in regular
            if early is None or (f.id or 0) not in early.feed_ids
        ]
        with self._refresh_lock:
            writer.start()
            try:
                fetcher = self._fetcher_for_use()
                refresher, temporary = self._refresher_for(len(requests))
                writer.on_settled = refresher.backlog_moved
                if early is not None:
                    started = early.refresher

                    def settled() -> None:
                        started.backlog_moved()
                        refresher.backlog_moved()

                    writer.on_settled = settled
                try:
                    with ThreadPoolExecutor(
                        max_workers=max(1, min(self.workers, len(to_discover))),
                        thread_name_prefix="cpdlog-discover",
                    ) as pool:
                        for feed in to_discover:
                            pool.submit(self._discover_one, fetcher, feed, cancel, writer)
                        if early is not None:
                            early.attach(
                                lambda r: (
                                    writer.put(by_id[r.feed_id], r) if r.feed_id in by_id else None
                                ),
                                writer.backlog,
                            )
                            early.wait()
                        if requests:
                            refresher.refresh(
                                requests,
                                cancel=cancel,
                                on_result=lambda r: writer.put(by_id[r.feed_id], r),
                                max_backlog=REFRESH_BACKLOG,
                                backlog=writer.backlog,
                                keep_parsed=False,
                            )
                finally:
                    if temporary:
                        refresher.close()
                trace.event("fetched-all")
            finally:
                lines = writer.finish()
                trace.event("stored-all")
        report = RefreshReport(cancelled=cancel.is_set())
        report.feeds = [
            lines.get(
                f.id or 0,
                FeedRefreshLine(
                    f.id or 0,
                    f.display_title,
                    f.url,
                    RefreshOutcome.CANCELLED,
                    error=tr(ERRORS, "The refresh was cancelled."),
                ),
            )
            for f in feeds
        ]
        if not report.cancelled:
            report.purged = self.purge_old_items()
            try:
                report.full_texts = self.fetch_pending_full_text(cancel=cancel)
            except CpdlogError:
                log.exception("Fetching new items' full text failed")
        self._save_cooldowns()
        trace.event("refresh-end")
        return report

    def _discover_one(
        self,
        fetcher: Fetcher,
        feed: Feed,
        cancel: threading.Event,
        writer: _Writer,
    ) -> None:
        found: Discovery | None = None
        try:
            if not cancel.is_set():
                found = discover_feed(fetcher, feed.discover_from)
        except Exception as error:  # one source's trouble must not stop the refresh
            log.exception("Finding the feed of source %s failed unexpectedly", feed.id)
            found = Discovery(
                feed.discover_from,
                error=f"Something unexpected went wrong: {type(error).__name__}.",
            )
        finally:
            writer.put(feed, found)

    def _success_changes(
        self,
        current: Feed,
        now: dt.datetime,
        fetched: FetchResult,
        parsed: ParsedFeed | None,
        interval_seconds: int,
    ) -> FeedChanges:
        validators = fetched.validators
        ttl = parsed.ttl_seconds if parsed is not None else current.ttl_seconds
        changes = FeedChanges(
            last_checked_at=now,
            last_success_at=now,
            last_error="",
            consecutive_failures=0,
            etag=validators.etag,
            last_modified=validators.last_modified,
            body_hash=validators.body_hash or current.body_hash,
            ttl_seconds=ttl,
            next_fetch_after=now
            + dt.timedelta(seconds=next_fetch_delay(interval_seconds, fetched.cache_seconds, ttl)),
        )
        if parsed is not None:
            if parsed.title:
                changes.title = parsed.title
            if parsed.site_url:
                changes.site_url = parsed.site_url
            changes.degraded = parsed.problem if parsed.status is ParseStatus.DEGRADED else ""
        return changes

    def _failure_changes(
        self, current: Feed, now: dt.datetime, error: str, counts: bool, until: dt.datetime | None
    ) -> FeedChanges:
        failures = current.consecutive_failures + (1 if counts else 0)
        next_time = now + dt.timedelta(seconds=failure_backoff(max(1, failures)))
        if until is not None:
            next_time = until
        return FeedChanges(
            last_checked_at=now,
            last_error=error or "The feed could not be read.",
            consecutive_failures=failures,
            next_fetch_after=next_time,
        )

    def _record(
        self,
        repo: FeedRepository,
        feed: Feed,
        result: FeedRefreshResult,
        now: dt.datetime,
        interval_seconds: int,
    ) -> FeedRefreshLine:
        """Write one feed's refresh result with the writer's repository (its transaction)."""
        feed_id = feed.id or 0
        if result.outcome is RefreshOutcome.CANCELLED:
            return FeedRefreshLine(
                feed_id, feed.display_title, feed.url, result.outcome, error=result.error
            )
        current = repo.feed(feed_id)
        if result.failed:
            changes = self._failure_changes(
                current,
                now,
                result.error,
                counts=result.outcome is RefreshOutcome.FAILED,
                until=result.fetch.cooldown_until,
            )
            disabled = False
            if result.gone:
                changes.enabled = False
                changes.last_error = (
                    f"{changes.last_error} cpdlog has stopped checking it "
                    f"(`cpdlog feeds enable {feed_id}` turns it back on)."
                )
                disabled = True
            updated = repo.update_feed(feed_id, changes)
            return FeedRefreshLine(
                feed_id,
                updated.display_title,
                updated.url,
                result.outcome,
                error=updated.last_error,
                disabled=disabled,
                unreachable=result.fetch.unreachable,
            )
        changes = self._success_changes(current, now, result.fetch, result.parsed, interval_seconds)
        warning = result.warning
        moved = ""
        if result.permanent_url and result.permanent_url != current.url:
            other = repo.feed_by_url(result.permanent_url)
            if other is None or other.id == feed_id:
                changes.url = result.permanent_url
                moved = result.permanent_url
            else:
                warning = (
                    f"it has moved to {result.permanent_url}, which you also follow "
                    f"as feed {other.id}"
                )
        updated = repo.update_feed(feed_id, changes)
        new = changed = 0
        if result.parsed is not None:
            stored = repo.store_items(
                feed_id, [_to_item(feed_id, i) for i in result.parsed.items], now
            )
            new, changed = stored.new, stored.updated
        return FeedRefreshLine(
            feed_id,
            updated.display_title,
            updated.url,
            result.outcome,
            new_items=new,
            updated_items=changed,
            warning=warning,
            moved_to=moved,
        )

    def _record_discovery(
        self,
        repo: FeedRepository,
        feed: Feed,
        discovery: Discovery | None,
        now: dt.datetime,
        interval_seconds: int,
    ) -> FeedRefreshLine:
        """Store the outcome of finding the feed behind a curated home page."""
        feed_id = feed.id or 0
        if discovery is None:
            return FeedRefreshLine(
                feed_id,
                feed.display_title,
                feed.url,
                RefreshOutcome.CANCELLED,
                error="The refresh was cancelled.",
            )
        current = repo.feed(feed_id)
        if not discovery.found or discovery.parsed is None or discovery.fetch is None:
            error = f"No feed could be found from {feed.discover_from}: {discovery.error}"
            changes = self._failure_changes(current, now, error, True, None)
            updated = repo.update_feed(feed_id, changes)
            return FeedRefreshLine(
                feed_id,
                updated.display_title,
                updated.url,
                RefreshOutcome.FAILED,
                error=error,
                unreachable=discovery.fetch is not None and discovery.fetch.unreachable,
            )
        other = repo.feed_by_url(discovery.feed_url)
        if other is not None and other.id != feed_id:
            error = (
                f"The feed found on {feed.discover_from} is one you already follow "
                f"(feed {other.id}), so this copy is switched off."
            )
            changes = self._failure_changes(current, now, error, True, None)
            changes.enabled = False
            updated = repo.update_feed(feed_id, changes)
            return FeedRefreshLine(
                feed_id,
                updated.display_title,
                updated.url,
                RefreshOutcome.FAILED,
                error=error,
                disabled=True,
            )
        changes = self._success_changes(
            current, now, discovery.fetch, discovery.parsed, interval_seconds
        )
        changes.url = discovery.feed_url
        changes.discover_from = ""
        updated = repo.update_feed(feed_id, changes)
        stored = repo.store_items(
            feed_id, [_to_item(feed_id, i) for i in discovery.parsed.items], now
        )
        return FeedRefreshLine(
            feed_id,
            updated.display_title,
            updated.url,
            RefreshOutcome.NEW_CONTENT,
            new_items=stored.new,
            updated_items=stored.updated,
            moved_to=discovery.feed_url,
            warning=discovery.parsed.problem,
        )

    def purge_old_items(self, days: int | None = None) -> int:
        """Retention: remove items first seen more than ``days`` ago (default from preferences,
        180). Starred items and items logged as CPD are never removed; removed ones are
        remembered so the feed cannot bring them back. Returns how many were removed."""
        keep = days if days is not None else self.preferences().retention_days
        if keep < 1:
            raise ValidationError(
                tr(ERRORS, "Items must be kept for at least one day."), field="days"
            )
        now = self._now()
        with self._repo() as repo:
            return repo.purge_older_than(now - dt.timedelta(days=keep), now)

    # --- items ---------------------------------------------------------------------------------
    def list_items(
        self, query: ItemQuery | None = None, with_content: bool = True
    ) -> list[FeedItem]:
        """Items newest first. Page with ``ItemQuery(offset=…, limit=…)``; ``with_content=False``
        leaves ``content_html`` empty, for quick list views."""
        with self._repo() as repo:
            return repo.list_items(query or ItemQuery(), with_content)

    def count_items(self, query: ItemQuery | None = None) -> int:
        with self._repo() as repo:
            return repo.count_items(query or ItemQuery())

    def search_items(self, text: str, limit: int = 50, offset: int = 0) -> list[FeedItem]:
        """Items whose title, text or author contain every word (prefixes match too)."""
        return self.list_items(ItemQuery(search=text, limit=limit, offset=offset))

    def get_item(self, item_id: int) -> FeedItem:
        with self._repo() as repo:
            return repo.item(item_id)

    def mark_read(self, item_ids: Sequence[int], read: bool = True) -> int:
        """Returns how many items changed."""
        with self._repo() as repo:
            return repo.mark_read(item_ids, read)

    def mark_all_read(self, feed_id: int | None = None, category: str | None = None) -> int:
        with self._repo() as repo:
            if feed_id is not None:
                repo.feed(feed_id)
            return repo.mark_all_read(ItemQuery(feed_id=feed_id, category=category))

    def set_starred(self, item_id: int, starred: bool = True) -> FeedItem:
        """Starred items are never removed by retention."""
        with self._repo() as repo:
            return repo.set_starred(item_id, starred)

    # --- from item or page to a CPD entry ------------------------------------------------------
    def draft_for_item(self, item_id: int) -> Entry:
        """The draft CPD entry for an item, NOT saved, for the editor to fill in.

        Prefilled (title, link, author, site, activity type, suggested hours), dated today
        (when the learning is logged; the publication date goes in the source notes) and
        linked to the item, so saving it marks the item as logged and cancelling leaves
        nothing behind. An item already logged gives its existing entry instead.
        """
        with self._repo() as repo:
            item, feed = repo.item_with_feed(item_id)
        if item.logged_entry_id is not None:
            with contextlib.suppress(NotFoundError):
                return self.app.entries.get(item.logged_entry_id)
        entry = entry_from_item(item, feed or Feed(url=""), today=self._today())
        entry.reflection.template_id = self.app.entries.default_template()
        return entry

    def log_item(self, item_id: int, snapshot: bool = False) -> Entry:
        """Create a draft CPD entry from an item and mark the item as logged.

        The draft is :meth:`draft_for_item`, saved; the item's summary goes into the source
        notes, never the reflection. Logging an item that is already logged returns its
        existing entry instead of making a second one. With ``snapshot``, the item's link is
        fetched (safe fetcher) and its readable snapshot kept as evidence; a page that cannot
        be snapshotted leaves the entry without one (see :meth:`log_item_with_note`).
        """
        return self.log_item_with_note(item_id, snapshot)[0]

    def log_item_with_note(self, item_id: int, snapshot: bool = True) -> tuple[Entry, str]:
        """:meth:`log_item`, plus why no snapshot (or no transcript) was kept ("" when all
        that was asked for was kept). A podcast episode that offers a transcript
        (``podcast:transcript``) gets it as an evidence file."""
        entry = self.draft_for_item(item_id)
        if entry.id is not None:
            return entry, ""
        notes = []
        if snapshot and entry.source.url:
            notes.append(self._snapshot_link(entry))
        notes.append(self._add_transcript(entry, item_id))
        saved = self.app.entries.add(entry)  # marks the item as logged in the same transaction
        assert saved.id is not None
        saved.hours_suggestion = entry.hours_suggestion
        return saved, " ".join(n for n in notes if n)

    def draft_with_evidence(self, item_id: int) -> tuple[Entry, str]:
        """:meth:`draft_for_item` (NOT saved) with its evidence: the page's readable snapshot
        (the item's kept full text, else its page fetched now with the safe fetcher) and the
        episode's transcript when one is offered. Network and hashing: call it off the GUI
        thread. The second value says why a snapshot or transcript was not kept ("" if both
        were, or none was offered)."""
        entry = self.draft_for_item(item_id)
        if entry.id is not None:
            return entry, ""
        notes = [self._snapshot_link(entry) if entry.source.url else ""]
        notes.append(self._add_transcript(entry, item_id))
        return entry, " ".join(n for n in notes if n)

    def _kept_snapshot(self, entry: Entry) -> bool:
        """Put the item's kept full text on the draft as its snapshot; True if there was one."""
        if entry.feed_item_id is None:
            return False
        with self._repo() as repo:
            try:
                kept = repo.full_text(entry.feed_item_id)
            except NotFoundError:
                return False
        if kept is None or not kept.ok:
            return False
        # trafilatura and lxml load only when a snapshot or full text is wanted
        from cpdlog.capture.fulltext import snapshot_of
        from cpdlog.services.snapshot import SnapshotService

        snap = snapshot_of(kept)
        SnapshotService(self.app).add_to_draft(entry, snap)
        self._reading_hours(entry, snap)
        return True

    def _add_transcript(self, entry: Entry, item_id: int) -> str:
        """Fetch the episode's transcript (safe fetcher, size cap) and keep it as readable
        text on the draft; why not, in one sentence, when it could not be kept."""
        with self._repo() as repo:
            item = repo.item(item_id)
        if not item.transcript_url:
            return ""
        fetched = self._fetcher_for_use().fetch(item.transcript_url, kind="page")
        if fetched.outcome is not FetchOutcome.OK:
            return "No transcript was kept: " + (fetched.error or "it could not be fetched.")
        media = item.transcript_type or fetched.content_type
        try:
            transcript = parse_transcript(
                fetched.body,
                media,
                fetched.final_url or item.transcript_url,
                self._now(),
                title=item.title,
            )
        except TranscriptError as error:
            return f"No transcript was kept: {error}"
        stored = self.app.evidence_store.add_bytes(
            render_transcript_text(transcript).encode("utf-8"),
            transcript_filename(transcript),
            "text/plain",
        )
        if all(ev.sha256 != stored.sha256 for ev in entry.evidence):
            now = self._now()
            entry.evidence.append(
                Evidence(stored.sha256, stored.filename, stored.media_type, stored.size, now)
            )
        return ""

    # --- full text -----------------------------------------------------------------------------
    def full_text(self, item_id: int) -> ItemFullText | None:
        """The item's full text as kept offline (or the failure remembered), else None."""
        with self._repo() as repo:
            repo.item(item_id)
            return repo.full_text(item_id)

    def fetch_full_text(self, item_id: int) -> ItemFullText:
        """The item's page, fetched with the safe fetcher (its limits, politeness and
        redirect rules), read as a snapshot is, sanitised, and kept offline; the kept copy
        when there is one. Raises :class:`FeedError` (one plain sentence) when the page
        cannot be fetched or read. Network and parsing: never on the GUI thread."""
        with self._repo() as repo:
            item = repo.item(item_id)
            kept = repo.full_text(item_id)
        if kept is not None and kept.ok:
            return kept
        full, passing = self._read_full_text(item)
        if passing:
            raise FeedError(passing)
        assert full is not None
        with self._repo() as repo:
            stored = repo.store_full_text(full)
        if not stored.ok:
            raise FeedError(stored.error)
        return stored

    def _read_full_text(
        self, item: FeedItem, cancel: threading.Event | None = None
    ) -> tuple[ItemFullText | None, str]:
        """(the full text or the lasting reason there is none, "") or (None, a passing
        reason: offline, cancelled, a host that asked us to wait) for an item's page."""
        now = self._now()
        assert item.id is not None
        link = item.openable_link
        if not link.startswith(("http://", "https://")):
            return (
                ItemFullText(
                    item.id, item.link, now, error="This item has no web page to read in full."
                ),
                "",
            )
        page = fetch_page(self._fetcher_for_use(), link, cancel)
        fetched = page.fetched
        if fetched.outcome is not FetchOutcome.OK:
            reason = "The full text could not be fetched: " + (
                fetched.error or "the page could not be read."
            )
            status = fetched.status_code
            # Only a page the server answered about for good (404, 410, too large…) is
            # remembered; no answer, a slow one, a server error or a host that asked us
            # to wait is tried again at a later refresh.
            lasting = status is not None and status < 500 and status not in (408, 429)
            if not lasting or fetched.outcome in (
                FetchOutcome.COOLING_DOWN,
                FetchOutcome.CANCELLED,
            ):
                return None, reason
            return ItemFullText(item.id, link, now, error=reason), ""
        if page.capture is None:
            return ItemFullText(item.id, link, now, error=page.error), ""
        from cpdlog.capture.fulltext import make_full_text
        from cpdlog.capture.snapshot import SnapshotError

        try:
            full = make_full_text(
                item.id,
                fetched.body,
                fetched.final_url or link,
                now,
                fetched.headers.get("content-type", ""),
            )
        except SnapshotError as error:
            return ItemFullText(item.id, link, now, error=str(error)), ""
        return full, ""

    def fetch_pending_full_text(
        self, limit: int = MAX_FULL_TEXT_PER_REFRESH, cancel: threading.Event | None = None
    ) -> int:
        """For feeds set to "always fetch full text": fetch the pages of their items that
        have no full text kept yet, newest first, at most ``limit``, one request at a time
        (so one per host; the fetcher's politeness and cool-downs hold). A page that cannot
        be read is remembered and not tried again; a passing failure (offline, a host that
        asked us to wait) is tried at a later refresh. Returns how many were kept."""
        with self._repo() as repo:
            items = repo.items_wanting_full_text(limit)
        kept = 0
        for item in items:
            if cancel is not None and cancel.is_set():
                break
            try:
                full, passing = self._read_full_text(item, cancel)
            except Exception:  # one page's trouble must not stop the others
                log.exception("Fetching an item's full text failed unexpectedly")
                continue
            if passing or full is None:
                continue
            try:
                with self._repo() as repo:
                    stored = repo.store_full_text(full)
            except NotFoundError:
                continue  # the item was removed meanwhile
            kept += 1 if stored.ok else 0
        return kept

    def set_full_text(self, feed_id: int, on: bool) -> Feed:
        """Always fetch the full text of this feed's new items after a refresh (or stop)."""
        with self._repo() as repo:
            return repo.update_feed(feed_id, FeedChanges(full_text=bool(on)))

    def _snapshot_link(self, entry: Entry) -> str:
        """Keep the entry's page's snapshot on the draft: the item's kept full text when
        there is one, else the page fetched now. The reason if none was kept."""
        if self._kept_snapshot(entry):
            return ""
        fetched = self._fetcher_for_use().fetch(entry.source.url, kind="page")
        if fetched.outcome is not FetchOutcome.OK:
            return "No snapshot was kept: " + (fetched.error or "the page could not be read.")
        return self._add_snapshot(
            entry,
            fetched.body,
            fetched.final_url or entry.source.url,
            fetched.headers.get("content-type", ""),
        )

    def _add_snapshot(self, entry: Entry, body: bytes, url: str, content_type: str) -> str:
        from cpdlog.services.snapshot import SnapshotService

        media = content_type.split(";", 1)[0].strip().lower()
        if media and "html" not in media and not media.startswith("text/"):
            return tr(
                ERRORS, "No snapshot was kept: the address gives {kind}, not a web page."
            ).format(kind=describe_file_type(media))
        service = SnapshotService(self.app)
        snap, note = service.try_snapshot(body, url, content_type)
        if snap is None:
            return note
        service.add_to_draft(entry, snap)
        self._reading_hours(entry, snap)
        return ""

    @staticmethod
    def _reading_hours(entry: Entry, snap: Snapshot) -> None:
        if entry.activity_type in (ActivityType.BLOG, ActivityType.READING) and snap.word_count:
            # The main text's reading time beats a count of every word on the page.
            entry.hours_suggestion = reading_suggestion(snap.reading_minutes)
            entry.hours = entry.hours_suggestion.hours

    def capture_url(self, url: str) -> Entry:
        """A draft entry (not saved) from any web page: title, author, date and site from its
        OpenGraph, meta tags and JSON-LD; a Mastodon or Bluesky post keeps its author's
        handle, time and text. Every field stays editable. An article's readable snapshot
        is stored as evidence on the draft (see :meth:`capture_url_with_note`)."""
        return self.capture_url_with_note(url)[0]

    def capture_url_with_note(self, url: str) -> tuple[Entry, str]:
        """:meth:`capture_url`, plus why no snapshot was kept ("" when one was)."""
        address = normalise_url(url)
        page = fetch_page(self._fetcher_for_use(), address)
        fetched, capture = page.fetched, page.capture
        if capture is None:
            if fetched.outcome is not FetchOutcome.OK:
                raise classify_problem(page.error, fetched)
            raise ValidationError(page.error, field="url")
        entry = entry_from_page(capture, today=self._today())
        entry.reflection.template_id = self.app.entries.default_template()
        note = ""
        if not capture.is_post:  # threads and posts are kept by the social capture
            note = self._add_snapshot(
                entry,
                fetched.body,
                fetched.final_url or address,
                fetched.headers.get("content-type", ""),
            )
            if capture.duration_seconds:
                entry.hours = capture.suggested_hours
                entry.hours_suggestion = capture.hours_suggestion
        return entry, note
