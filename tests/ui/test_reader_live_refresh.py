"""While a refresh runs, the items of the feeds already stored appear in the reader's list;
Cancel ends the refresh and keeps them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.views.reader import ReaderView

pytest.importorskip("cpdlog.services.feeds")
from tests.feeds.httpserver import FeedServer, RequestHandler

from .test_reader_polish import add_feed, open_reader

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>{name}</title>'
    "<item><title>{name} one</title><guid>{name}-1</guid></item>"
    "<item><title>{name} two</title><guid>{name}-2</guid></item></channel></rss>"
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def _titles(view: ReaderView) -> set[str]:
    model = view.items_model
    found = (model.item_at(row) for row in range(model.rowCount()))
    return {item.title for item in found if item is not None}


def _held_feed(window: MainWindow, server: FeedServer, release: threading.Event) -> None:
    body = RSS.format(name="Late").encode()

    def handle(handler: RequestHandler) -> None:
        release.wait(20)
        handler.send_plain(200, body, {"Content-Type": "application/rss+xml"})

    add_feed(window, server.add("/late.xml", handler=handle), "Late feed")


def test_items_appear_while_the_refresh_runs(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    add_feed(window, server.add("/early.xml", RSS.format(name="Early")), "Early feed")
    release = threading.Event()
    _held_feed(window, server, release)
    view = open_reader(window, qtbot)
    assert view.items_model.rowCount() == 0
    try:
        view.refresh()
        # The early feed's items are listed while the late feed's server still holds back.
        qtbot.waitUntil(lambda: {"Early one", "Early two"} <= _titles(view), timeout=15_000)
        assert view.refresh_task is not None and not release.is_set()
        assert "Late one" not in _titles(view)
    finally:
        release.set()
    with qtbot.waitSignal(view.refreshed, timeout=30_000) as done:
        pass
    assert done.args[0].new_items == 4
    assert {"Early one", "Early two", "Late one", "Late two"} <= _titles(view)


def test_cancel_keeps_the_items_fetched_so_far(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    add_feed(window, server.add("/early.xml", RSS.format(name="Early")), "Early feed")
    release = threading.Event()
    _held_feed(window, server, release)
    view = open_reader(window, qtbot)
    try:
        view.refresh()
        qtbot.waitUntil(lambda: {"Early one", "Early two"} <= _titles(view), timeout=15_000)
        with qtbot.waitSignal(view.refreshed, timeout=10_000) as done:
            view.cancel_refresh()
        # The refresh ended while the late server was still holding its answer back.
        assert not release.is_set()
    finally:
        release.set()
    report = done.args[0]
    assert report.cancelled and report.new_items == 2
    assert {"Early one", "Early two"} <= _titles(view)
    assert "Late one" not in _titles(view)
