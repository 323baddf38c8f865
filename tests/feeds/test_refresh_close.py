"""Cancel takes back the parses still queued in the parse processes, and closing the refresher
afterwards ends (it hung the app when Cancel was pressed during a refresh: the pool was shut
down under a lock that the cancelled parses' callbacks needed)."""

from __future__ import annotations

import threading
from concurrent.futures.process import EXTRA_QUEUED_CALLS

from cpdlog.feeds.fetch import HostCooldowns
from cpdlog.feeds.refresh import FeedRequest, Refresher, RefreshOutcome

from .conftest import FAST
from .httpserver import FeedServer

# Only bounds a broken run: a deadlock never ends, a working close ends in moments.
LIVENESS_LIMIT = 120.0


def _big_feed(n: int) -> str:
    # The <source> element keeps these feeds on feedparser (cpdlog.feeds.fastrss reads plain
    # RSS 2.0 several times faster), so that the parses really do queue up behind the first.
    items = "".join(
        f"<item><title>Item {n}-{i}</title><guid>g{n}-{i}</guid>"
        f'<source url="https://source.example.org/feed">Source</source>'
        f"<description><![CDATA[<p>{'word ' * 400}</p>]]></description></item>"
        for i in range(60)
    )
    channel = f"<channel><title>F{n}</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def test_cancel_takes_back_queued_parses_and_close_ends(server: FeedServer) -> None:
    urls = [server.add(f"/f{n}", _big_feed(n)) for n in range(16)]
    requests = [FeedRequest(n, url) for n, url in enumerate(urls)]
    cancel = threading.Event()
    parse_workers = 1
    refresher = Refresher(
        settings=FAST, workers=8, parse_workers=parse_workers, parse_in_processes=True,
        cooldowns=HostCooldowns(),
    )  # fmt: skip
    # Cancel as soon as the first feed is in (on the pool's own thread, as its parse ends):
    # the other bodies are fetched quickly and wait in the single parse process's queue.
    results = refresher.refresh(requests, cancel=cancel, on_result=lambda _r: cancel.set())
    closed = threading.Event()

    def close() -> None:
        refresher.close()
        closed.set()

    closer = threading.Thread(target=close, daemon=True)
    closer.start()
    closer.join(LIVENESS_LIMIT)
    assert closed.is_set(), "closing the refresher hung"
    assert len(results) == len(requests)
    outcomes = [r.outcome for r in results]
    parsed = outcomes.count(RefreshOutcome.NEW_CONTENT)
    # However fast the parses or the fetches: besides the first feed, only the parses the pool
    # had already handed towards its process (its call queue holds parse_workers +
    # EXTRA_QUEUED_CALLS) can finish; every other feed was taken back or never sent.
    assert 1 <= parsed <= 1 + parse_workers + EXTRA_QUEUED_CALLS
    assert outcomes.count(RefreshOutcome.CANCELLED) == len(requests) - parsed
    assert all(r.fetch.body == b"" for r in results)
