"""Refresh many feeds at once: a bounded pool, per-host limits, parsing overlapped with fetching.

``workers`` threads fetch (default 8); a worker never sits waiting for a busy host while
another feed could go, because it picks the first pending feed whose host has a free slot
(at most 2 requests per host). Fetched bodies go to a parse pool (by default one process
fewer than the cores, at most 2: see :func:`default_parse_workers`), so parsing runs on
another core instead of fighting the fetchers for the GIL, and the worker moves straight on
to its next feed.

A feed address that gives a web page is read for its ``<link rel="alternate">`` feeds: when
the request allows discovery (the subscription only knows a site's home page) the first feed
that can be fetched is used and reported as ``discovered_url``; otherwise the feed fails with
a message naming the feed the page points to.

A failure in one feed is that feed's result; it never stops the others. Progress is
reported as ``(done, total)``; setting the ``cancel`` event stops new work promptly: no
request is sent and no body handed to the parse processes after it, the parses still waiting
in their queue are taken back (``Future.cancel``), and the feeds not done come back as
cancelled. Only parses a process has already taken (at most a few) are waited for. Results
are plain objects for the caller (a service) to store in its own short database session.

Memory stays flat however many feeds there are: with ``max_backlog`` no new request goes out
while that many feeds are fetched but not yet finished with (being parsed, plus what the
caller's ``backlog()`` says it still holds, e.g. a writer's queue), and with
``keep_parsed=False`` a result handed to ``on_result`` is not kept with its items for the
returned list.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from cpdlog.feeds import trace
from cpdlog.feeds.discover import MAX_CANDIDATES, decode_html, find_feed_links
from cpdlog.feeds.fetch import (
    Fetcher,
    FetchOutcome,
    FetchResult,
    FetchSettings,
    HostCooldowns,
    HostLimiter,
    Validators,
    host_of,
)
from cpdlog.i18n import tr

if TYPE_CHECKING:
    # The parser (and feedparser, nh3) is imported when the first body needs it, not before
    # the first request: an unchanged refresh never needs it in the command's process.
    from cpdlog.feeds.parse import ParsedFeed

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]
ResultCallback = Callable[["FeedRefreshResult"], None]
BacklogCallback = Callable[[], int]
DEFAULT_WORKERS = 8
DEFAULT_PER_HOST = 2
MAX_PARSE_WORKERS = 2  # (one parses faster than the fetch threads bring feeds; two for bursts)
# After cancel, how long to wait for requests already in flight before giving up on them.
CANCEL_GRACE = 0.5


class RefreshOutcome(StrEnum):
    NEW_CONTENT = "new-content"
    NOT_MODIFIED = "not-modified"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    COOLING_DOWN = "cooling-down"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class FeedRequest:
    """One feed to refresh: its id (for the caller), address and stored validators.

    ``discover`` says the address may be a web page whose feed link should be followed (a
    curated source known only by its home page).
    """

    feed_id: int
    url: str
    validators: Validators = field(default_factory=Validators)
    discover: bool = False


@dataclass(slots=True)
class FeedRefreshResult:
    """What happened to one feed. ``parsed`` is set when new content was read."""

    feed_id: int
    url: str
    outcome: RefreshOutcome
    fetch: FetchResult
    parsed: ParsedFeed | None = None
    error: str = ""
    warning: str = ""
    permanent_url: str = ""
    gone: bool = False
    discovered_url: str = ""

    @property
    def failed(self) -> bool:
        return self.outcome in (RefreshOutcome.FAILED, RefreshOutcome.COOLING_DOWN)

    @property
    def parsed_anything(self) -> bool:
        return self.parsed is not None


def default_parse_workers() -> int:
    """How many parse processes to start: one fewer than the cores this process may use (the
    command itself, its fetch threads and its writer, needs one), at most
    :data:`MAX_PARSE_WORKERS`; 0 on one core (parse in the process).

    Measured on 2 cores (200 feeds of 50 items, first refresh): one parse process keeps up
    with eight fetch threads (it parses a feed in about 10 ms; the network brings 32 a
    second) and the command used 0.8 CPU-s and 35 MB less than with two.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform (macOS, Windows)
        cores = os.cpu_count() or 1
    return max(0, min(MAX_PARSE_WORKERS, cores - 1))


def _interleave(requests: Sequence[FeedRequest]) -> deque[FeedRequest]:
    """Order feeds round-robin by host so one big host does not hog the start of the queue."""
    by_host: OrderedDict[str, deque[FeedRequest]] = OrderedDict()
    for request in requests:
        by_host.setdefault(host_of(request.url), deque()).append(request)
    ordered: deque[FeedRequest] = deque()
    while by_host:
        for host in list(by_host):
            queue = by_host[host]
            ordered.append(queue.popleft())
            if not queue:
                del by_host[host]
    return ordered


class Refresher:
    """Owns a :class:`Fetcher` and a parse pool; reuse it across refreshes, then ``close()``."""

    def __init__(
        self,
        fetcher: Fetcher | None = None,
        *,
        settings: FetchSettings | None = None,
        workers: int = DEFAULT_WORKERS,
        per_host: int = DEFAULT_PER_HOST,
        parse_workers: int | None = None,
        parse_in_processes: bool = True,
        cooldowns: HostCooldowns | None = None,
    ) -> None:
        self.workers = max(1, workers)
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(
            settings,
            limiter=HostLimiter(per_host),
            cooldowns=cooldowns,
            max_connections=max(self.workers * 2, 16),
        )
        if parse_workers is None:
            parse_workers = default_parse_workers()
            parse_in_processes = parse_in_processes and parse_workers > 0
        self.parse_workers = max(1, parse_workers)
        self.parse_in_processes = parse_in_processes
        self._pool: cf.ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._running: _Run | None = None

    def close(self) -> None:
        # Shut the pool down outside the lock: shutting down cancels the parses still queued,
        # and their done-callbacks run on the executor's own thread, which must be able to take
        # the lock (in _discard_pool) while we wait for that thread. Holding the lock here hung
        # the app when Cancel was pressed during a refresh.
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if self._own_fetcher:
            self.fetcher.close()

    def __enter__(self) -> Refresher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start_parse_pool(self) -> None:
        """Start the parse processes now (they take a moment to import feedparser)."""
        self._parse_pool()

    def _parse_pool(self) -> cf.ProcessPoolExecutor | None:
        if not self.parse_in_processes:
            return None
        with self._pool_lock:
            if self._pool is None:
                try:
                    # "spawn" is safe in a process that already runs threads (Qt, fetchers).
                    from cpdlog.feeds.parse import warm_up

                    context = multiprocessing.get_context("spawn")
                    self._pool = cf.ProcessPoolExecutor(self.parse_workers, mp_context=context)
                    for _ in range(self.parse_workers):
                        self._pool.submit(warm_up)
                except (OSError, ValueError, RuntimeError, ImportError):
                    self.parse_in_processes = False
                    return None
            return self._pool

    def _discard_pool(self, pool: cf.ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def refresh(
        self,
        requests: Sequence[FeedRequest],
        *,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        on_result: ResultCallback | None = None,
        max_backlog: int = 0,
        backlog: BacklogCallback | None = None,
        keep_parsed: bool = True,
    ) -> list[FeedRefreshResult]:
        """Refresh every feed in ``requests``; returns one result per request, in order.

        ``on_result`` is called with each feed's result as soon as it is known (from a fetch
        thread or a parse callback, before ``progress``), so a caller can store one feed
        while the others are still on the network. It must be quick: hand the result on.

        ``max_backlog`` (0: no limit) holds back new requests while that many feeds are
        being parsed or, by ``backlog()``, still waiting with the caller, so fetching never
        runs far ahead of parsing and storing (memory stays bounded, and Cancel has little
        left to finish). ``keep_parsed=False`` (only with ``on_result``) returns the results
        without their parsed items, which the caller already has.
        """
        if any(not (r.validators.etag or r.validators.last_modified) for r in requests):
            # Something will probably need parsing: start the parse processes now, so their
            # start-up overlaps the first requests instead of delaying the first parse.
            self._parse_pool()
        run = _Run(self, requests, progress, cancel or threading.Event(), on_result)
        run.max_backlog = max(0, max_backlog)
        run.backlog = backlog
        run.keep_parsed = keep_parsed or on_result is None
        self._running = run
        try:
            return run.execute()
        finally:
            self._running = None

    def backlog_moved(self) -> None:
        """The caller's ``backlog()`` went down (any thread): wake a fetch thread held back."""
        run = self._running
        if run is not None:
            with run.cond:
                run.cond.notify_all()

    def parse(self, fetched: FetchResult) -> ParsedFeed:
        """Parse in the calling thread (used as a fallback and by single-feed callers)."""
        from cpdlog.feeds.parse import parse_feed

        return parse_feed(fetched.body, fetched.headers, fetched.final_url or fetched.url)


class _Run:
    """One refresh: shared state for the worker threads and parse callbacks."""

    def __init__(
        self,
        owner: Refresher,
        requests: Sequence[FeedRequest],
        progress: ProgressCallback | None,
        cancel: threading.Event,
        on_result: ResultCallback | None = None,
    ) -> None:
        self.owner = owner
        self.on_result = on_result
        self.requests = list(requests)
        self.total = len(self.requests)
        self.pending = _interleave(self.requests)
        self.progress = progress
        self.cancel = cancel
        self.results: dict[int, FeedRefreshResult] = {}
        self.index = {id(r): i for i, r in enumerate(self.requests)}
        self.cond = threading.Condition()
        self.done = 0
        self.max_backlog = 0
        self.backlog: BacklogCallback | None = None
        self.keep_parsed = True
        self.parsing = 0  # bodies handed to the parse processes, not yet parsed
        self.queued: set[cf.Future[ParsedFeed]] = set()  # those parses, until they end
        self.dropping = False  # a Cancel is taking the queued parses back

    def _backlogged(self) -> bool:
        """Too much fetched and not yet finished with: hold the next request back."""
        if not self.max_backlog:
            return False
        waiting = self.parsing
        if self.backlog is not None:
            try:
                waiting += self.backlog()
            except Exception:
                log.exception("Reading the refresh's backlog failed")
                self.backlog = None
        return waiting >= self.max_backlog

    def execute(self) -> list[FeedRefreshResult]:
        if not self.requests:
            return []
        threads = [
            threading.Thread(target=self._work, name=f"cpdlog-fetch-{n}", daemon=True)
            for n in range(min(self.owner.workers, self.total))
        ]
        for thread in threads:
            thread.start()
        cancelled_at: float | None = None
        with self.cond:
            while self.done < self.total:
                if self.cancel.is_set():
                    if cancelled_at is None:
                        self._drop_queued()
                    now = time.monotonic()
                    cancelled_at = cancelled_at if cancelled_at is not None else now
                    if now - cancelled_at >= CANCEL_GRACE:
                        break
                self.cond.wait(0.05)
            unfinished = [i for i in range(self.total) if i not in self.results]
        # Cancelled with requests still in flight (a server that is slow to answer): they
        # are reported as cancelled now; their threads end on their own and what they bring
        # back later is dropped (``_finish`` keeps the first result for each feed).
        for position in unfinished:
            request = self.requests[position]
            self._cancelled(request)
        if not unfinished:
            for thread in threads:
                thread.join()
        return [self.results[i] for i in range(self.total)]

    def _drop_queued(self) -> None:
        """Cancel: take back the parses still waiting for a parse process (each reports its
        feed as cancelled through its done-callback); those a process has taken finish."""
        with self.cond:
            if self.dropping or not self.queued:
                return  # (a cancelled parse's callback ends here, not in a recursion)
            self.dropping = True
            waiting = list(self.queued)
        try:
            for future in waiting:
                future.cancel()  # False for one already running or done: it ends on its own
        finally:
            with self.cond:
                self.dropping = False

    def _next(self) -> FeedRequest | None:
        limiter = self.owner.fetcher.limiter
        with self.cond:
            while self.pending:
                if self.cancel.is_set():
                    return None
                if self._backlogged():
                    # Woken when a parse ends or the caller calls backlog_moved(); the
                    # timeout only covers a caller that does not.
                    self.cond.wait(0.1)
                    continue
                for position, request in enumerate(self.pending):
                    if limiter.has_capacity(host_of(request.url)):
                        del self.pending[position]
                        return request
                self.cond.wait(0.02)
            return None

    def _work(self) -> None:
        while True:
            request = self._next()
            if request is None:
                break
            try:
                self._one(request)
            except Exception as error:  # never let one feed stop the pool
                log.exception("Refreshing feed %s failed unexpectedly", request.feed_id)
                fetched = FetchResult(url=request.url, outcome=FetchOutcome.FAILED)
                self._finish(
                    request,
                    FeedRefreshResult(
                        request.feed_id,
                        request.url,
                        RefreshOutcome.FAILED,
                        fetched,
                        error=f"Something unexpected went wrong: {type(error).__name__}.",
                    ),
                )
            with self.cond:
                self.cond.notify_all()
        if self.cancel.is_set():
            with self.cond:
                left = list(self.pending)
                self.pending.clear()
            for request in left:
                self._cancelled(request)
        trace.thread_ended()

    def _one(self, request: FeedRequest) -> None:
        fetched = self.owner.fetcher.fetch(request.url, request.validators, cancel=self.cancel)
        if fetched.outcome is not FetchOutcome.OK:
            self._finish(request, _without_body(request, fetched))
            return
        from cpdlog.feeds.parse import looks_like_html, parse_feed

        discovered = ""
        if fetched.outcome is FetchOutcome.OK and looks_like_html(
            fetched.body, fetched.content_type
        ):
            followed = self._from_page(request, fetched)
            if isinstance(followed, FeedRefreshResult):
                self._finish(request, followed)
                return
            fetched, discovered = followed
        if fetched.outcome is not FetchOutcome.OK:
            self._finish(request, _without_body(request, fetched))
            return
        pool = self.owner._parse_pool()
        if pool is None:
            trace.event("parse-here", feed=request.feed_id)
            self._parsed(request, fetched, self.owner.parse(fetched), discovered)
            return
        future: cf.Future[ParsedFeed] | None = None
        broken = False
        with self.cond:
            # Under the lock with the check: a Cancel either finds this parse among the
            # queued ones (and takes it back) or this finds the Cancel and submits nothing.
            if not self.cancel.is_set():
                try:
                    future = pool.submit(
                        parse_feed, fetched.body, fetched.headers, fetched.final_url or fetched.url
                    )
                except (RuntimeError, cf.BrokenExecutor):
                    broken = True
                else:
                    self.parsing += 1
                    self.queued.add(future)
                    trace.event("parse-submit", feed=request.feed_id, queued=self.parsing)
        if broken:
            self.owner._discard_pool(pool)
            self._parsed(request, fetched, self.owner.parse(fetched), discovered)
            return
        if future is None:
            self._cancelled(request, fetched)
            return

        def parsed(done: cf.Future[ParsedFeed]) -> None:
            trace.event("parse-back", feed=request.feed_id)
            with self.cond:
                self.queued.discard(done)
            self._parse_ended()
            if done.cancelled():  # the pool is shutting down (Cancel, or the app closing)
                self._cancelled(request, fetched)
                return
            try:
                result = done.result()
            except Exception:
                from cpdlog.feeds.parse import ParsedFeed, ParseStatus, Problem

                # A parse process died (out of memory, killed): parse here instead.
                log.warning("A feed parser process failed; parsing here instead", exc_info=True)
                self.owner._discard_pool(pool)
                try:
                    result = self.owner.parse(fetched)
                except Exception as error:
                    log.exception("Parsing a feed failed unexpectedly")
                    result = ParsedFeed(
                        ParseStatus.FAILED,
                        fetched.final_url,
                        problem_code=Problem.CRASHED,
                        problem_values={"kind": type(error).__name__},
                    )
            self._parsed(request, fetched, result, discovered)

        future.add_done_callback(parsed)

    def _parse_ended(self) -> None:
        with self.cond:
            self.parsing -= 1
            self.cond.notify_all()

    def _from_page(
        self, request: FeedRequest, page: FetchResult
    ) -> FeedRefreshResult | tuple[FetchResult, str]:
        """A web page instead of a feed: follow its feed link, or say where the feed is.

        Returns the fetched feed and its address to parse next, or a finished result. A page
        that names no feed goes on to the parser, which says plainly that it is a web page.
        """
        base = page.final_url or request.url
        links = find_feed_links(decode_html(page.body, page.headers.get("content-type", "")), base)
        if not links:
            return page, ""
        if not request.discover:
            page.body = b""
            return FeedRefreshResult(
                request.feed_id,
                request.url,
                RefreshOutcome.FAILED,
                page,
                error=tr(
                    ERRORS,
                    "This address gives a web page, not a feed. The page names a feed at "
                    "{address}; subscribe to that address instead.",
                ).format(address=links[0].url),
                discovered_url=links[0].url,
            )
        from cpdlog.feeds.parse import looks_like_html

        problems: list[str] = []
        for link in links[:MAX_CANDIDATES]:
            attempt = self.owner.fetcher.fetch(link.url, cancel=self.cancel, via=request.url)
            if attempt.outcome is FetchOutcome.OK and not looks_like_html(
                attempt.body, attempt.content_type
            ):
                return attempt, attempt.final_url or link.url
            if attempt.outcome is FetchOutcome.CANCELLED:
                return _without_body(request, attempt)
            problems.append(
                attempt.error or tr(ERRORS, "This address gives a web page, not a feed.")
            )
        page.body = b""
        return FeedRefreshResult(
            request.feed_id,
            request.url,
            RefreshOutcome.FAILED,
            page,
            error=tr(ERRORS, "The page names a feed, but it could not be read: {problem}").format(
                problem=problems[0]
            ),
        )

    def _parsed(
        self,
        request: FeedRequest,
        fetched: FetchResult,
        parsed: ParsedFeed,
        discovered: str = "",
    ) -> None:
        from cpdlog.feeds.parse import ParseStatus

        fetched.body = b""
        if parsed.status is ParseStatus.FAILED:
            result = FeedRefreshResult(
                request.feed_id,
                request.url,
                RefreshOutcome.FAILED,
                fetched,
                parsed=None,
                error=parsed.problem,
            )
        else:
            result = FeedRefreshResult(
                request.feed_id,
                request.url,
                RefreshOutcome.NEW_CONTENT,
                fetched,
                parsed=parsed,
                warning=parsed.problem,
                permanent_url="" if discovered else fetched.permanent_url,
                discovered_url=discovered,
            )
        self._finish(request, result)

    def _cancelled(self, request: FeedRequest, fetched: FetchResult | None = None) -> None:
        """Report ``request`` as cancelled (with what was fetched for it, if anything)."""
        if fetched is not None:
            fetched.body = b""
        self._finish(
            request,
            FeedRefreshResult(
                request.feed_id,
                request.url,
                RefreshOutcome.CANCELLED,
                fetched or FetchResult(url=request.url, outcome=FetchOutcome.CANCELLED),
                error=tr(ERRORS, "The refresh was cancelled."),
            ),
        )

    def _finish(self, request: FeedRequest, result: FeedRefreshResult) -> None:
        with self.cond:
            position = self.index[id(request)]
            if position in self.results:
                return
            slim = not self.keep_parsed and result.parsed is not None
            self.results[position] = replace(result, parsed=None) if slim else result
            if self.on_result is not None:
                # Under the lock: once ``execute`` sees every feed done, every result has
                # been handed over (a late hand-over would miss the caller's writer).
                self.on_result(result)
            self.done += 1
            done = self.done
            self.cond.notify_all()
        if self.cancel.is_set():
            # at once, on this thread (often the pool's own, which then moves no further
            # parse to a process before they are taken back)
            self._drop_queued()
        if self.progress is not None:
            try:
                self.progress(done, self.total)
            except Exception:
                # A broken progress display must not break the refresh.
                log.exception("Showing the refresh's progress failed")
                self.progress = None


def _without_body(request: FeedRequest, fetched: FetchResult) -> FeedRefreshResult:
    outcome = {
        FetchOutcome.NOT_MODIFIED: RefreshOutcome.NOT_MODIFIED,
        FetchOutcome.UNCHANGED: RefreshOutcome.UNCHANGED,
        FetchOutcome.COOLING_DOWN: RefreshOutcome.COOLING_DOWN,
        FetchOutcome.CANCELLED: RefreshOutcome.CANCELLED,
    }.get(fetched.outcome, RefreshOutcome.FAILED)
    fetched.body = b""
    return FeedRefreshResult(
        request.feed_id,
        request.url,
        outcome,
        fetched,
        error=fetched.error if outcome is not RefreshOutcome.NOT_MODIFIED else "",
        # A 304 proves the redirect target is the same feed we already parsed.
        permanent_url=fetched.permanent_url if fetched.ok else "",
        gone=fetched.gone,
    )


def summarise(results: Sequence[FeedRefreshResult]) -> Mapping[str, int]:
    """Counts by outcome, for a one-line report."""
    counts: dict[str, int] = {}
    for result in results:
        counts[result.outcome.value] = counts.get(result.outcome.value, 0) + 1
    return counts
