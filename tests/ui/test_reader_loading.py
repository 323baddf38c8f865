"""The reader reads on workers and updates its tree in place; item pages arrive later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPersistentModelIndex

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.services.feeds import RefreshReport
from cpdlog.storage.feeds_repo import FeedRepository
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.feeds import ALL_ITEMS, FeedItemsModel, FeedsTreeModel

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


def _feeds() -> list[Feed]:
    return [
        Feed(id=1, url="https://a.example.org/feed", title="Adults", category="News/Adults"),
        Feed(id=2, url="https://c.example.org/feed", title="Children", category="News/Children"),
        Feed(id=3, url="https://b.example.org/feed", title="Blog", category="Blogs"),
    ]


def _items(n: int) -> list[FeedItem]:
    return [
        FeedItem(id=i, feed_id=1, key=f"k{i}", title=f"Story {i}", published=NOW)
        for i in range(1, n + 1)
    ]


def test_tree_updates_counts_in_place(qtmodeltester: Any) -> None:
    tree = FeedsTreeModel()
    assert tree.set_feeds(_feeds(), {1: 2, 2: 1}) is True  # first rows: a reset
    children = QPersistentModelIndex(tree.index_of_feed(2))
    news = QPersistentModelIndex(tree.index_of_category("News"))
    assert news.data().startswith("News (3)")
    changed: list[Any] = []
    tree.dataChanged.connect(lambda *args: changed.append(args))
    refreshed = _feeds()
    refreshed[1].last_error = "The site said 404: not found."
    refreshed[1].consecutive_failures = 1
    assert tree.set_feeds(refreshed, {1: 5, 2: 4, 3: 1}) is False  # same rows: in place
    assert changed and children.isValid()
    assert children.data() == "Children (4) [error]"
    assert news.data().startswith("News (9)")
    assert tree.index_of_category(ALL_ITEMS).data().startswith("All items (10)")
    qtmodeltester.check(tree)
    more = [*_feeds(), Feed(id=4, url="https://d.example.org/feed", title="Digest")]
    assert tree.set_feeds(more, {}) is True  # a new feed: the rows are replaced


def test_reading_an_item_changes_only_its_counts() -> None:
    tree = FeedsTreeModel()
    tree.set_feeds(_feeds(), {1: 2, 2: 1, 3: 4})
    tree.adjust_unread(1, -1)
    assert tree.index_of_feed(1).data() == "Adults (1)"
    assert tree.index_of_category("News").data() == "News (2)"
    assert tree.index_of_category("Blogs").data() == "Blogs (4)"
    assert tree.index_of_category(ALL_ITEMS).data() == "All items (6)"
    tree.adjust_unread(1, 1)
    assert tree.index_of_category(ALL_ITEMS).data() == "All items (7)"


def test_item_pages_can_arrive_from_a_worker() -> None:
    items = _items(25)
    asked: list[tuple[Callable[[], list[FeedItem]], Callable[[Any], None]]] = []
    model = FeedItemsModel()
    model.PAGE = 10
    model.set_source(
        lambda offset, limit: items[offset : offset + limit],
        len(items),
        {1: "Adults"},
        first=items[:10],
        run_in_background=lambda work, done: asked.append((work, done)),
    )
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 10 and not model.canFetchMore()  # waiting for the page
    work, done = asked.pop()
    done(None)  # the worker failed: nothing added, the page can be asked for again
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    work, done = asked.pop()
    done(work())
    assert model.rowCount() == 20
    model.fetchMore()
    work, stale = asked.pop()
    model.set_source(lambda offset, limit: [], 0, {})  # the list was replaced meanwhile
    stale(work())
    assert model.rowCount() == 0


def test_refreshed_comes_once_the_new_feeds_are_shown(window: MainWindow, qtbot: Any) -> None:
    reader = window.show_page("reader")
    with qtbot.waitSignal(reader.loaded, timeout=10_000):
        pass
    with window.app.db.session() as session:
        repo = FeedRepository(session, window.app.fts)
        feed = repo.add_feed(Feed(url="https://n.example.org/rss", title="New", category="X"), NOW)
        assert feed.id is not None
        repo.store_items(feed.id, [FeedItem(feed_id=feed.id, key="n1", title="Hello")], NOW)
    emitted: list[Any] = []
    reader.refreshed.connect(emitted.append)
    report = RefreshReport()
    reader._refreshed(report)
    assert emitted == []  # the feeds are still being read
    qtbot.waitUntil(lambda: emitted == [report], timeout=10_000)
    assert reader.tree_model.index_of_feed(feed.id).data() == "New (1)"
    assert reader.items_model.total == 1
