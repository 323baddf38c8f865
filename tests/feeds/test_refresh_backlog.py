"""A refresh's fetching never runs far ahead of the caller storing what it brought back
(issue 16: memory flat at 2,000 feeds, Cancel with little left to finish)."""

from __future__ import annotations

import threading

from cpdlog.feeds.fetch import Fetcher, HostCooldowns, HostLimiter
from cpdlog.feeds.refresh import FeedRefreshResult, FeedRequest, Refresher, RefreshOutcome

from .conftest import FAST
from .httpserver import FeedServer

WORKERS = 2
MAX_BACKLOG = 2
FEEDS = 12


def _feed(n: int) -> str:
    items = "".join(
        f"<item><title>Item {n}-{i}</title><guid>g{n}-{i}</guid></item>" for i in range(3)
    )
    channel = f"<channel><title>F{n}</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def test_requests_wait_while_the_caller_holds_the_backlog(server: FeedServer) -> None:
    urls = [server.add(f"/f{n}", _feed(n)) for n in range(FEEDS)]
    requests = [FeedRequest(n, url) for n, url in enumerate(urls)]
    lock = threading.Lock()
    handed: list[FeedRefreshResult] = []
    consumed = [0]
    outstanding_at_start: list[int] = []

    def backlog() -> int:
        # The caller (a slow writer) only catches up once the refresher has held back.
        with lock:
            waiting = len(handed) - consumed[0]
            if waiting >= MAX_BACKLOG:
                consumed[0] = len(handed)
            return waiting

    fetcher = Fetcher(FAST, limiter=HostLimiter(WORKERS), cooldowns=HostCooldowns())
    real_fetch = fetcher.fetch

    def fetch(*args: object, **kwargs: object) -> object:
        with lock:
            outstanding_at_start.append(len(handed) - consumed[0])
        return real_fetch(*args, **kwargs)  # type: ignore[arg-type]

    fetcher.fetch = fetch  # type: ignore[method-assign]

    def on_result(result: FeedRefreshResult) -> None:
        with lock:
            handed.append(result)

    with fetcher, Refresher(fetcher, workers=WORKERS, parse_in_processes=False) as refresher:
        results = refresher.refresh(
            requests,
            on_result=on_result,
            max_backlog=MAX_BACKLOG,
            backlog=backlog,
            keep_parsed=False,
        )
    assert [r.outcome for r in results] == [RefreshOutcome.NEW_CONTENT] * FEEDS
    assert len(outstanding_at_start) == FEEDS
    # A request goes out only below the limit; the other worker's feed may land meanwhile.
    assert max(outstanding_at_start) <= MAX_BACKLOG + WORKERS - 1
    # The caller got every feed's items; the returned list does not hold them a second time.
    assert sorted(len(r.parsed.items) for r in handed if r.parsed) == [3] * FEEDS
    assert all(r.parsed is None for r in results)


def test_without_a_limit_results_keep_their_items(server: FeedServer) -> None:
    urls = [server.add(f"/g{n}", _feed(n)) for n in range(3)]
    handed: list[FeedRefreshResult] = []
    with Refresher(settings=FAST, parse_in_processes=False, cooldowns=HostCooldowns()) as r:
        requests = [FeedRequest(n, u) for n, u in enumerate(urls)]
        results = r.refresh(requests, on_result=handed.append)
    assert len(handed) == 3
    assert [len(x.parsed.items) if x.parsed else 0 for x in results] == [3, 3, 3]
