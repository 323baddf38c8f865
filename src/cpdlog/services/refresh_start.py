"""A refresh that starts before the journal is opened: the first requests go out at once.

Opening the journal the usual way loads the database layer (SQLAlchemy and the ORM mapping
of every table), checks the schema and the evidence, and only then can a refresh read its
feed list: about a second of a ``cpdlog feeds refresh`` before anything was asked of the
network. :func:`start_refresh` instead reads the feeds and their validators the plain way
(:mod:`cpdlog.storage.quick_read`, the standard library's SQLite driver), starts fetching
them (and the parse processes) on a thread of its own and returns; the command then opens
the journal while the first answers are awaited, and :meth:`FeedService.refresh
<cpdlog.services.feeds.FeedService.refresh>` takes the refresh over (``early=``): the
results that came in meanwhile, held here, go to its writer first, the rest as they come.

Only a plain journal file on this computer that can be written and is at this cpdlog's
schema is read this way. Anything else - a database server, an encrypted journal, a
read-only folder, a journal to upgrade, a feed id that does not exist - gets ``None``, and
the command takes the usual way, which opens, upgrades or refuses the journal and says why.
Only the standard library and the feed engine are imported here (no SQLAlchemy).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from cpdlog.feeds import trace
from cpdlog.feeds.fetch import Fetcher, FetchSettings, HostCooldowns, HostLimiter, Validators
from cpdlog.feeds.refresh import (
    DEFAULT_PER_HOST,
    DEFAULT_WORKERS,
    FeedRefreshResult,
    FeedRequest,
    Refresher,
)
from cpdlog.paths import DATABASE_URL_ENV, AppPaths

log = logging.getLogger(__name__)

COOLDOWNS_KEY = "feeds.host_cooldowns"  # the hosts that asked us to wait (a setting)
# Below this many feeds a parse process pool costs more to start than it saves.
PROCESS_PARSE_MIN_FEEDS = 12
# At most this many feeds fetched but not yet stored (being parsed or waiting for the
# writer): fetching never runs far ahead of storing, so memory stays flat at any number of
# feeds and Cancel has little left to store.
REFRESH_BACKLOG = 16
READ_ONLY_ENV = "CPDLOG_READ_ONLY"  # as services.app.READ_ONLY_ENV

ResultSink = Callable[[FeedRefreshResult], None]


def stored_cooldowns(stored: object) -> dict[str, dt.datetime]:
    """The hosts that asked us to wait, and until when, from their setting's stored value."""
    found: dict[str, dt.datetime] = {}
    if isinstance(stored, dict):
        for host, when in stored.items():
            with contextlib.suppress(TypeError, ValueError):
                moment = dt.datetime.fromisoformat(str(when))
                found[str(host)] = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return found


def new_fetcher(
    settings: FetchSettings, workers: int, cooldowns: dict[str, dt.datetime]
) -> Fetcher:
    """The fetcher a feed service refreshes with (at most two requests per host at once)."""
    return Fetcher(
        settings,
        limiter=HostLimiter(DEFAULT_PER_HOST),
        cooldowns=HostCooldowns(cooldowns),
        max_connections=max(workers * 2, 16),
    )


class EarlyRefresh:
    """A refresh running before its results can be stored: they are held until
    :meth:`attach` hands them (and every later one) to the writer. Only held results with
    parsed items count towards the backlog limit (an unchanged feed's result is a few
    hundred bytes), so an unchanged refresh never waits for the journal to open."""

    def __init__(self, requests: Sequence[FeedRequest], refresher: Refresher) -> None:
        self.requests = list(requests)
        self.feed_ids = frozenset(r.feed_id for r in self.requests)
        self.refresher = refresher
        self.cancel = threading.Event()
        self._lock = threading.Lock()
        self._held: list[FeedRefreshResult] = []
        self._sink: ResultSink | None = None
        self._backlog: Callable[[], int] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="cpdlog-refresh", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self.refresher.refresh(
                self.requests,
                cancel=self.cancel,
                on_result=self._arrived,
                max_backlog=REFRESH_BACKLOG,
                backlog=self._waiting,
                keep_parsed=False,
            )
        except BaseException as error:  # raised again by wait(), on the caller's thread
            self._error = error

    def _arrived(self, result: FeedRefreshResult) -> None:
        with self._lock:
            sink = self._sink
            if sink is None:
                self._held.append(result)
                return
        sink(result)

    def _waiting(self) -> int:
        with self._lock:
            backlog = self._backlog
            if backlog is None:
                return sum(1 for r in self._held if r.parsed is not None)
        return backlog()

    def attach(self, sink: ResultSink, backlog: Callable[[], int]) -> None:
        """From now on every result goes to ``sink`` (those held first), and ``backlog()``
        says how many are handed over and not yet stored."""
        with self._lock:
            held, self._held = self._held, []
            self._sink = sink
            self._backlog = backlog
        for result in held:
            sink(result)
        self.refresher.backlog_moved()

    def wait(self) -> None:
        """Until every feed has its result (cancelled ones included)."""
        self._thread.join()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Cancel it if it is still running, and wait until it has ended."""
        if self._thread.is_alive():
            self.cancel.set()
        self._thread.join()

    def abandon(self) -> None:
        """The journal could not be opened (or is not to be refreshed): stop, drop what
        was fetched, close the parse processes and the connections."""
        self.cancel.set()
        self._thread.join()
        self.refresher.close()
        self.refresher.fetcher.close()


def start_refresh(
    home: Path,
    feed_ids: Sequence[int] | None = None,
    *,
    explicit: bool = True,
    database_url: str | None = None,
    workers: int = DEFAULT_WORKERS,
) -> EarlyRefresh | None:
    """Start refreshing the journal in the data folder ``home`` before it is opened (the
    feeds :meth:`FeedService.refresh` would fetch, as it would), or ``None``: take the usual
    way (see the module's description)."""
    if database_url or os.environ.get(DATABASE_URL_ENV) or os.environ.get(READ_ONLY_ENV) == "1":
        return None
    from cpdlog.services.encryption import is_encrypted
    from cpdlog.storage.quick_read import read_refresh_start

    database = AppPaths(home).database
    if is_encrypted(home) or not (os.access(home, os.W_OK) and os.access(database, os.W_OK)):
        return None
    try:
        start = read_refresh_start(database, COOLDOWNS_KEY)
    except OSError:
        return None
    trace.event("quick-read", feeds=0 if start is None else len(start.feeds))
    if start is None:
        return None
    feeds = start.feeds
    if feed_ids is not None:
        wanted = set(feed_ids)
        feeds = [f for f in feeds if f.id in wanted]
        if len(feeds) != len(wanted):
            return None  # the usual way names the feed that is not there
    else:
        feeds = [f for f in feeds if f.enabled]
    if not explicit:
        from cpdlog.services.app import system_clock

        now = system_clock()
        feeds = [f for f in feeds if f.next_fetch_after is None or f.next_fetch_after <= now]
    requests = [
        FeedRequest(f.id, f.url, Validators(f.etag, f.last_modified, f.body_hash))
        for f in feeds
        if not f.discover_from  # finding a home page's feed stays with the service
    ]
    if not requests:
        return None
    fetcher = new_fetcher(FetchSettings(), workers, stored_cooldowns(start.setting))
    refresher = Refresher(
        fetcher, workers=workers, parse_in_processes=len(requests) >= PROCESS_PARSE_MIN_FEEDS
    )
    early = EarlyRefresh(requests, refresher)
    early.start()
    trace.event("early-start", feeds=len(requests))
    log.debug("Refresh of %s feeds started before the journal was opened", len(requests))
    return early
