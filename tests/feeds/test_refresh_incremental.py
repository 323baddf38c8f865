"""A refresh stores each feed as it arrives: while one feed is held back by its server, the
others are already in the database; Cancel keeps them; the search index matches the items."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import text

from cpdlog.feeds.refresh import RefreshOutcome
from cpdlog.services.app import App
from cpdlog.services.feeds import FeedService, ItemQuery, RefreshReport
from tests.conftest import FIXED_NOW

from .conftest import FAST
from .httpserver import FeedServer, RequestHandler

# How long a held-back server waits for the test to let it answer. The test always lets it
# go (or cancels) long before; this only bounds a broken run.
HOLD_LIMIT = 20.0


def rss(feed: int, items: int = 3, word: str = "", revision: int = 1) -> str:
    word = word or f"marker{feed}"
    entries = "".join(
        f"<item><title>Item {feed}-{n}</title><link>https://site{feed}.example.org/{n}</link>"
        f"<guid>s{feed}-{n}</guid><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{word} revision{revision} text {n}</p>]]></description>"
        "</item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Site {feed}</title><link>https://site{feed}.example.org/</link>"
        f"{entries}</channel></rss>"
    )


def held(body: str, release: threading.Event, answered: threading.Event) -> Callable[..., None]:
    """A route that answers only once ``release`` is set."""
    data = body.encode("utf-8")

    def handle(handler: RequestHandler) -> None:
        release.wait(HOLD_LIMIT)
        try:
            handler.send_plain(200, data, {"Content-Type": "application/rss+xml"})
        finally:
            answered.set()

    return handle


def opml(urls: list[str]) -> bytes:
    outlines = "".join(
        f'<outline type="rss" text="Feed {n}" xmlUrl="{escape(url)}"/>'
        for n, url in enumerate(urls)
    )
    return (
        f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>'
    ).encode()


def wait_until(condition: Callable[[], bool], limit: float = HOLD_LIMIT) -> bool:
    """Check ``condition`` until it holds (True) or ``limit`` seconds pass (False)."""
    gate = threading.Event()
    waited = 0.0
    while not condition():
        if waited >= limit:
            return False
        gate.wait(0.02)
        waited += 0.02
    return True


@pytest.fixture
def app(home: Path) -> Iterator[App]:
    application = App.open(home, clock=lambda: FIXED_NOW)
    yield application
    application.close()


@pytest.fixture
def feeds(app: App) -> Iterator[FeedService]:
    service = FeedService(app, fetch_settings=FAST, parse_in_processes=False)
    yield service
    service.close()


class Background:
    """Run a refresh on a thread; keep its report or error."""

    def __init__(self, run: Callable[[], RefreshReport]) -> None:
        self.report: RefreshReport | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._go, args=(run,), daemon=True)
        self.thread.start()

    def _go(self, run: Callable[[], RefreshReport]) -> None:
        try:
            self.report = run()
        except BaseException as error:
            self.error = error

    def join(self) -> RefreshReport:
        self.thread.join(HOLD_LIMIT)
        assert not self.thread.is_alive(), "the refresh did not end"
        assert self.error is None, self.error
        assert self.report is not None
        return self.report


def _titles(feeds: FeedService, feed_id: int) -> list[str]:
    return sorted(i.title for i in feeds.list_items(ItemQuery(feed_id=feed_id)))


def test_items_are_stored_before_the_last_fetch_finishes(
    feeds: FeedService, server: FeedServer
) -> None:
    release, answered = threading.Event(), threading.Event()
    quick = [server.add(f"/quick{n}.xml", rss(n)) for n in range(3)]
    slow = server.add("/slow.xml", handler=held(rss(9), release, answered))
    feeds.import_opml_bytes(opml([*quick, slow]))
    by_url = {f.url: f.id or 0 for f in feeds.list_feeds()}
    seen: list[tuple[int, int]] = []
    run = Background(lambda: feeds.refresh(progress=lambda d, t: seen.append((d, t))))
    try:
        # Progress counts feeds stored: three of four while the held-back one is out.
        assert wait_until(lambda: bool(seen) and seen[-1] == (3, 4))
        for url in quick:
            assert len(_titles(feeds, by_url[url])) == 3
        # ... and the held-back feed's request has reached the server, unanswered.
        assert server.hits("/slow.xml") and not answered.is_set()
        assert _titles(feeds, by_url[slow]) == []
    finally:
        release.set()
    report = run.join()
    assert [line.outcome for line in report.feeds] == [RefreshOutcome.NEW_CONTENT] * 4
    assert report.new_items == 12
    assert _titles(feeds, by_url[slow]) == ["Item 9-0", "Item 9-1", "Item 9-2"]
    assert seen[-1] == (4, 4)


def test_cancel_keeps_what_was_fetched(feeds: FeedService, server: FeedServer) -> None:
    release, answered = threading.Event(), threading.Event()
    quick = server.add("/quick.xml", rss(1))
    slow = server.add("/slow.xml", handler=held(rss(2), release, answered))
    feeds.import_opml_bytes(opml([quick, slow]))
    by_url = {f.url: f.id or 0 for f in feeds.list_feeds()}
    cancel = threading.Event()
    run = Background(lambda: feeds.refresh(cancel=cancel))
    try:
        assert wait_until(lambda: len(_titles(feeds, by_url[quick])) == 3)
        assert wait_until(lambda: bool(server.hits("/slow.xml")))
        cancel.set()
        # The refresh ends while the slow server is still holding its answer back.
        run.thread.join(HOLD_LIMIT / 2)
        assert not run.thread.is_alive() and not answered.is_set()
    finally:
        release.set()
    report = run.join()
    assert report.cancelled
    outcomes = {line.url: line.outcome for line in report.feeds}
    assert outcomes == {quick: RefreshOutcome.NEW_CONTENT, slow: RefreshOutcome.CANCELLED}
    assert _titles(feeds, by_url[quick]) == ["Item 1-0", "Item 1-1", "Item 1-2"]
    assert _titles(feeds, by_url[slow]) == []
    # The cancelled feed is untouched: the next refresh fetches it as if for the first time.
    slow_feed = feeds.get_feed(by_url[slow])
    assert slow_feed.last_checked_at is None and slow_feed.consecutive_failures == 0


def _index(app: App) -> dict[int, str]:
    with app.db.session() as session:
        rows = session.execute(text("SELECT rowid, body FROM feed_items_fts")).all()
    return {int(rowid): str(body) for rowid, body in rows}


def test_search_index_matches_the_items_after_a_batched_refresh(
    app: App, feeds: FeedService, server: FeedServer
) -> None:
    assert app.fts, "this SQLite has no FTS5"
    count = 30
    urls = [server.add(f"/f{n}.xml", rss(n, items=4)) for n in range(count)]
    feeds.import_opml_bytes(opml(urls))
    first = feeds.refresh()
    assert first.new_items == count * 4
    items = feeds.list_items()
    index = _index(app)
    assert sorted(index) == sorted(i.id or 0 for i in items)
    for n in (0, 17, count - 1):
        found = feeds.search_items(f"marker{n}", limit=100)
        assert sorted(i.title for i in found) == [f"Item {n}-{k}" for k in range(4)]

    # Half the feeds change their text: the index holds the new words, never the old ones.
    for n in range(0, count, 2):
        server.add(f"/f{n}.xml", rss(n, items=4, revision=2))
    second = feeds.refresh()
    assert sum(line.updated_items for line in second.feeds) == (count // 2) * 4
    assert second.new_items == 0
    index = _index(app)
    assert sorted(index) == sorted(i.id or 0 for i in feeds.list_items())
    assert len(feeds.search_items("revision2", limit=500)) == (count // 2) * 4
    assert len(feeds.search_items("revision1", limit=500)) == (count // 2) * 4
    changed = {i.id for i in feeds.search_items("revision2", limit=500)}
    assert all("revision1" not in index[i] for i in changed if i is not None)
