"""The refresh writer's backlog (issue 16): only results with parsed items count, so an
unchanged refresh is never held back by a writer that is slow to start."""

from __future__ import annotations

from cpdlog.domain.feed import Feed
from cpdlog.feeds.fetch import FetchOutcome, FetchResult, Validators
from cpdlog.feeds.parse import ParsedFeed, ParsedItem, ParseStatus
from cpdlog.feeds.refresh import FeedRefreshResult, RefreshOutcome
from cpdlog.services.app import App
from cpdlog.services.feeds import _Writer


def _feeds(app: App, count: int) -> list[Feed]:
    app.feeds.import_opml_bytes(
        (
            '<?xml version="1.0"?><opml version="2.0"><head/><body>'
            + "".join(
                f'<outline type="rss" text="F{n}" xmlUrl="https://f{n}.example/feed"/>'
                for n in range(count)
            )
            + "</body></opml>"
        ).encode()
    )
    return sorted(app.feeds.list_feeds(), key=lambda f: f.url)


def _unchanged(feed: Feed) -> FeedRefreshResult:
    fetched = FetchResult(url=feed.url, outcome=FetchOutcome.NOT_MODIFIED)
    fetched.validators = Validators('"v1"', "Tue, 03 Mar 2026 10:15:00 GMT")
    return FeedRefreshResult(feed.id or 0, feed.url, RefreshOutcome.NOT_MODIFIED, fetched)


def _new(feed: Feed) -> FeedRefreshResult:
    fetched = FetchResult(url=feed.url, outcome=FetchOutcome.OK, final_url=feed.url)
    parsed = ParsedFeed(
        ParseStatus.OK,
        feed.url,
        title="New",
        items=[ParsedItem(key=f"k{n}", guid=f"g{n}", title=f"Item {n}") for n in range(3)],
    )
    return FeedRefreshResult(
        feed.id or 0, feed.url, RefreshOutcome.NEW_CONTENT, fetched, parsed=parsed
    )


def test_only_results_with_items_count_towards_the_backlog(app: App) -> None:
    feeds = _feeds(app, 4)
    writer = _Writer(app.feeds, len(feeds), 3600, None)
    for feed in feeds[:3]:
        writer.put(feed, _unchanged(feed))
    assert writer.backlog() == 0  # not started: nothing is stored yet, yet nothing holds back
    writer.put(feeds[3], _new(feeds[3]))
    assert writer.backlog() == 1
    writer.start()
    lines = writer.finish()
    assert writer.backlog() == 0
    assert [lines[f.id or 0].outcome for f in feeds] == [RefreshOutcome.NOT_MODIFIED] * 3 + [
        RefreshOutcome.NEW_CONTENT
    ]
    assert lines[feeds[3].id or 0].new_items == 3
    stored = {f.url: f for f in app.feeds.list_feeds()}
    assert stored[feeds[0].url].etag == '"v1"'
