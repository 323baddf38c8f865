"""While a refresh runs the reader's GUI thread only shows what workers read (issue 16):
the database is read on worker threads, the feed tree is built there too, and the lists
change row by row (insertions, in-place changes) instead of being reset once a second."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.ui import collector
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.feeds import FeedIdRole, FeedItemsModel, FeedsTreeModel, ItemIdRole
from cpdlog.ui.views.reader import FULL_COLLECTION_DELAY_MS, REFRESH_SWITCH_INTERVAL

pytest.importorskip("cpdlog.services.feeds")
from tests.feeds.httpserver import FeedServer, RequestHandler

from .test_reader_polish import add_feed, open_reader

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
    "<item><title>{name} one</title><guid>{name}-1</guid>"
    "<pubDate>Mon, 30 Nov 2026 {first}:00:00 GMT</pubDate></item>"
    "<item><title>{name} two</title><guid>{name}-2</guid>"
    "<pubDate>Mon, 30 Nov 2026 {second}:00:00 GMT</pubDate></item></channel></rss>"
)


def _feeds(*titles: str) -> list[Feed]:
    return [
        Feed(id=n, url=f"https://{n}.example.org/feed", title=title, category="News")
        for n, title in enumerate(titles, start=1)
    ]


def _items(*ids: int) -> list[FeedItem]:
    return [FeedItem(id=i, feed_id=1, key=f"k{i}", title=f"Story {i}", published=NOW) for i in ids]


class Signals:
    """Counts a model's structural signals."""

    def __init__(self, model: Any) -> None:
        self.seen: list[str] = []
        for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "dataChanged"):
            getattr(model, name).connect(lambda *_a, n=name: self.seen.append(n))

    def count(self, name: str) -> int:
        return self.seen.count(name)


class Changes:
    """Which rows a model's dataChanged signals covered, as (parent's row or -1, row)."""

    def __init__(self, model: Any) -> None:
        self.signals = 0
        self.rows: list[tuple[int, int]] = []
        model.dataChanged.connect(self._changed)

    def _changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: Any) -> None:
        self.signals += 1
        parent = top.parent().row() if top.parent().isValid() else -1
        self.rows.extend((parent, row) for row in range(top.row(), bottom.row() + 1))


def test_renamed_feeds_keep_their_rows_while_a_refresh_runs(qtmodeltester: Any) -> None:
    tree = FeedsTreeModel()
    assert tree.set_feeds(_feeds("Bench 1", "Bench 2", "Bench 3"), {}) is True
    third = QPersistentModelIndex(tree.index_of_feed(3))
    signals, changes = Signals(tree), Changes(tree)
    # A first refresh gives imported feeds their own titles: the same rows, renamed.
    renamed = FeedsTreeModel.build(_feeds("Bench 1", "Bench 2", "Adults"), {3: 2})
    assert tree.show(renamed, keep_order=True) is False
    assert signals.count("modelReset") == signals.count("layoutChanged") == 0
    # the renamed row, and the counts of its folder and of "All items": nothing else, and
    # "All items" and the folder (neighbours) in one signal
    assert sorted(changes.rows) == [(-1, 0), (-1, 1), (1, 2)]
    assert changes.signals == 2
    assert third.isValid() and third.data() == "Adults (2)"
    news = tree.index_of_category("News")
    assert [tree.index(r, 0, news).data(FeedIdRole) for r in range(3)] == [1, 2, 3]
    qtmodeltester.check(tree)
    # Once the refresh is over the rows move into order, without a reset.
    assert tree.show(renamed) is False
    assert signals.count("modelReset") == 0 and signals.count("layoutChanged") == 1
    news = tree.index_of_category("News")
    assert [tree.index(r, 0, news).data(FeedIdRole) for r in range(3)] == [3, 1, 2]
    assert third.row() == 0 and third.data() == "Adults (2)"  # the index followed its feed
    qtmodeltester.check(tree)
    # A feed added or removed changes the rows: then they are replaced.
    assert tree.show(FeedsTreeModel.build(_feeds("Bench 1", "Bench 2"), {})) is True
    assert signals.count("modelReset") == 1


def test_a_list_read_again_changes_row_by_row(qtmodeltester: Any) -> None:
    model = FeedItemsModel()
    model.set_source(lambda offset, limit: [], 3, {1: "Adults"}, first=_items(5, 3, 1))
    kept = QPersistentModelIndex(model.index(1, 0))  # item 3
    signals = Signals(model)
    changed = _items(9, 5, 4, 3)
    changed[3].read = True
    model.update_source(lambda offset, limit: [], 4, {1: "Adults"}, changed)
    assert [model.item_at(r).id for r in range(model.rowCount())] == [9, 5, 4, 3]  # type: ignore[union-attr]
    assert signals.count("modelReset") == 0
    assert signals.count("rowsInserted") == 2  # 9 on top, 4 between 5 and 3
    assert signals.count("rowsRemoved") == 1  # 1 is no longer in the first page
    assert signals.count("dataChanged") == 1  # 3 was read meanwhile
    assert kept.isValid() and kept.row() == 3 and kept.data(ItemIdRole) == 3
    assert model.total == 4 and not model.canFetchMore()
    qtmodeltester.check(model)
    # Rows in another order cannot be reached by insertions: the list is replaced.
    model.update_source(lambda offset, limit: [], 2, {}, _items(3, 9))
    assert signals.count("modelReset") == 1
    assert [model.item_at(r).id for r in range(model.rowCount())] == [3, 9]  # type: ignore[union-attr]


def test_renamed_feeds_repaint_only_their_own_items(qtmodeltester: Any) -> None:
    """A first refresh renames feeds as it stores them: of the items already listed, only
    those of the renamed feeds change (the list once repainted every row, however many
    had been scrolled in, each time it was read during the refresh)."""
    model = FeedItemsModel()
    items = [
        FeedItem(id=i, feed_id=1 + i % 3, key=f"k{i}", title=f"Story {i}", published=NOW)
        for i in range(12, 0, -1)
    ]
    titles = {1: "feed one", 2: "feed two", 3: "feed three"}
    model.set_source(lambda offset, limit: [], 12, titles, first=items)
    changes, signals = Changes(model), Signals(model)
    fresh = FeedItem(id=13, feed_id=2, key="k13", title="Story 13", published=NOW)
    model.update_source(lambda o, n: [], 13, {**titles, 2: "Adults"}, [fresh, *items])
    assert signals.count("modelReset") == 0 and signals.count("rowsInserted") == 1
    # rows 1.. are items 12..1: feed 2 has the items 1, 4, 7 and 10 (rows 12, 9, 6, 3); the
    # new item 13 (row 0) was inserted with the new name and is not announced again
    assert changes.rows == [(-1, 3), (-1, 6), (-1, 9), (-1, 12)]
    assert model.face(3) is not None and model.face(3).detail.startswith("Adults")  # type: ignore[union-attr]
    # Two neighbouring rows of renamed feeds: one signal for the run.
    changes.rows.clear()
    changes.signals = 0
    renamed = {1: "One", 2: "Adults", 3: "Three"}
    model.update_source(lambda o, n: [], 13, renamed, [fresh, *items])
    assert sorted(changes.rows) == [(-1, r) for r in range(13) if r not in (0, 3, 6, 9, 12)]
    assert changes.signals == 4  # rows 1-2, 4-5, 7-8, 10-11
    qtmodeltester.check(model)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def _record_threads(window: MainWindow, names: list[str]) -> list[tuple[str, bool]]:
    """Wrap the feed service's reads and refresh: which ran on the GUI thread."""
    calls: list[tuple[str, bool]] = []
    feeds = window.app.feeds
    for name in names:
        original: Callable[..., Any] = getattr(feeds, name)

        def wrapper(*args: Any, _name: str = name, _fn: Any = original, **kw: Any) -> Any:
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _fn(*args, **kw)

        setattr(feeds, name, wrapper)
    return calls


def test_a_refresh_reads_on_workers_and_adds_rows_without_resets(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    old = [
        FeedItem(feed_id=0, key=f"old{n}", title=f"Old {n}", published=NOW - dt.timedelta(n))
        for n in range(3)
    ]
    add_feed(
        window,
        server.add("/early.xml", RSS.format(name="Early", first=10, second=8)),
        "Early feed",
        old,
    )
    release = threading.Event()

    def held(handler: RequestHandler) -> None:
        release.wait(20)
        handler.send_plain(
            200, RSS.format(name="Late", first=9, second=7).encode(), {"Content-Type": "text/xml"}
        )

    add_feed(window, server.add("/late.xml", handler=held), "Late feed")
    view = open_reader(window, qtbot)
    assert view.items_model.rowCount() == 3
    view.select_row(1)  # the reader has an item open while the refresh runs
    open_item = view.current_item
    assert open_item is not None and open_item.title == "Old 1"
    kept = QPersistentModelIndex(view.items_model.index(1, 0))
    calls = _record_threads(
        window, ["refresh", "list_feeds", "unread_counts", "count_items", "list_items"]
    )
    items, tree = Signals(view.items_model), Signals(view.tree_model)
    interval, thresholds = sys.getswitchinterval(), gc.get_threshold()
    try:
        view.refresh()
        # The GUI thread gets the interpreter's lock back sooner while the refresh runs.
        assert sys.getswitchinterval() == min(interval, REFRESH_SWITCH_INTERVAL)
        # Full garbage collections wait until it ends (young ones still run).
        assert gc.get_threshold()[2] == collector.FULL_COLLECTION_HOLD
        qtbot.waitUntil(lambda: view.items_model.rowCount() == 5, timeout=15_000)
        assert view.refresh_task is not None and not release.is_set()
    finally:
        release.set()
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        pass
    assert sys.getswitchinterval() == interval
    # Full collections come back a little after the refresh's last items are shown.
    assert gc.get_threshold()[2] == collector.FULL_COLLECTION_HOLD
    qtbot.waitUntil(lambda: gc.get_threshold() == thresholds, timeout=FULL_COLLECTION_DELAY_MS * 3)
    titles = [view.items_model.item_at(r).title for r in range(view.items_model.rowCount())]  # type: ignore[union-attr]
    assert set(titles[:4]) == {"Early one", "Late one", "Early two", "Late two"}
    assert titles[4:] == ["Old 0", "Old 1", "Old 2"]
    # Every read (and the refresh itself) ran on a worker thread, none on the GUI thread.
    assert {name for name, _ in calls} >= {"refresh", "list_feeds", "count_items", "list_items"}
    assert [name for name, on_gui in calls if on_gui] == []
    # The new items were inserted among the rows on screen: no reset of either list, the
    # open item stayed open and its row followed it down.
    assert items.count("modelReset") == 0 and items.count("rowsInserted") >= 2
    assert tree.count("modelReset") == 0
    assert view.current_item is open_item
    assert kept.isValid() and kept.row() == 5
    assert view.list.currentIndex().row() == 5
