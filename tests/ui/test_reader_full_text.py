"""The reader's Full text: fetched on a worker, sanitised, kept offline; a clear message
when it fails; the per-feed "always fetch full text" setting; logging keeps a transcript."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.storage.feeds_repo import FeedRepository
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.views.reader import ReaderView
from tests.capture.test_transcript import VTT
from tests.feeds.httpserver import FeedServer
from tests.feeds.test_full_text import HOSTILE
from tests.ui.test_reader_polish import NOW, open_reader


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def add_items(window: MainWindow, items: list[FeedItem]) -> Feed:
    with window.app.db.session() as session:
        repo = FeedRepository(session, window.app.fts)
        feed = repo.add_feed(Feed(url="https://news.example.org/feed", title="News"), NOW)
        assert feed.id is not None
        repo.store_items(feed.id, [replace(i, feed_id=feed.id) for i in items], NOW)
        return feed


def item(n: int, link: str, **more: Any) -> FeedItem:
    return FeedItem(
        feed_id=0,
        key=f"k{n}",
        guid=f"g{n}",
        link=link,
        title=f"Story {n}",
        published=NOW,
        summary="Only the feed's short summary.",
        content_html="<p>Only the feed's short summary.</p>",
        **more,
    )


def row_of(view: ReaderView, title: str) -> int:
    return next(
        r for r in range(view.items_model.rowCount()) if view.items_model.item_at(r).title == title
    )


def test_full_text_is_fetched_off_the_gui_thread_shown_and_kept_offline(
    window: MainWindow, qtbot: Any, server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add("/a", HOSTILE, content_type="text/html; charset=utf-8")
    add_items(window, [item(1, server.url("/a")), item(2, "https://news.example.org/2")])
    view = open_reader(window, qtbot)
    threads: list[bool] = []
    fetch = view.feeds.fetch_full_text

    def watched(item_id: int) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return fetch(item_id)

    monkeypatch.setattr(view.feeds, "fetch_full_text", watched)
    view.select_row(row_of(view, "Story 1"))
    assert not view.showing_full_text
    assert view.full_text_button.text() == "Full &text" and view.full_text_button.isEnabled()
    view.full_text_button.click()
    qtbot.waitUntil(lambda: view.showing_full_text, timeout=10_000)
    assert threads == [False]  # the page was fetched and read on a worker
    shown = view.browser.toPlainText()
    assert "Paragraph 7 on making safeguarding personal" in shown
    assert "kept on" in shown and "<para>" in shown  # PDF markup shown as text
    assert "steal()" not in view.browser.toHtml() and "javascript:" not in view.browser.toHtml()
    # Its pictures stay remote until asked for, as the feed's own do.
    assert view.browser.remote_images == [server.url("/pic.png")]
    assert view.full_text_button.text() == "Feed &text"
    # The shortcut goes back to the feed's own text, and to the full text again (kept).
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not view.showing_full_text and "Only the feed's short summary." in (
        view.browser.toPlainText()
    )
    qtbot.keyClick(view.browser, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.showing_full_text
    assert threads == [False]
    # Offline: another item, then back; the kept full text is shown first.
    server.stop()
    view.select_row(row_of(view, "Story 2"))
    assert not view.showing_full_text
    view.select_row(row_of(view, "Story 1"))
    assert view.showing_full_text and "Paragraph 7" in view.browser.toPlainText()


def test_a_page_that_cannot_be_read_gives_a_clear_message(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    server.add("/gone", b"gone", status=404, content_type="text/html")
    add_items(window, [item(1, server.url("/gone"))])
    view = open_reader(window, qtbot)
    view.select_row(0)
    with qtbot.waitSignal(view.status_message) as first:
        view.full_text_button.click()
    assert first.args[0].startswith("Fetching the full text")
    qtbot.waitUntil(lambda: view.full_text_note.isVisible(), timeout=10_000)
    note = view.full_text_note.text()
    assert "404" in note and note.endswith("The feed's own text is shown instead.")
    assert "Only the feed's short summary." in view.browser.toPlainText()
    assert view.full_text_button.isEnabled() and view.full_text_button.text() == "Full &text"


def test_an_item_without_a_web_page_has_no_full_text(window: MainWindow, qtbot: Any) -> None:
    add_items(window, [item(1, "")])
    view = open_reader(window, qtbot)
    view.select_row(0)
    assert not view.full_text_button.isEnabled()


def test_always_fetch_full_text_for_a_feed(window: MainWindow, qtbot: Any) -> None:
    feed = add_items(window, [item(1, "https://news.example.org/1")])
    view = open_reader(window, qtbot)
    view.tree.setCurrentIndex(view.tree_model.index_of_feed(feed.id))
    view._update_feed_actions()
    action = view.always_full_text_action
    assert action.isEnabled() and not action.isChecked()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        action.trigger()
    assert window.app.feeds.get_feed(feed.id or 0).full_text
    view._update_feed_actions()
    assert action.isChecked()
    # The feed's context menu offers the same setting.
    rect = view.tree.visualRect(view.tree_model.index_of_feed(feed.id))
    view._feed_context_menu(rect.center())
    assert view.feed_menu is not None and action in view.feed_menu.actions()
    view.feed_menu.close()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        action.trigger()
    assert not window.app.feeds.get_feed(feed.id or 0).full_text


def test_logging_an_episode_brings_its_transcript_and_labelled_hours(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    server.add("/t.vtt", VTT, content_type="text/vtt")
    add_items(
        window,
        [
            item(
                1,
                "https://pod.example.org/12",
                duration_seconds=45 * 60,
                transcript_url=server.url("/t.vtt"),
                transcript_type="text/vtt",
            )
        ],
    )
    view = open_reader(window, qtbot)
    view.select_row(0)
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        view.log_button.click()
    editor = opened.args[0]
    names = [editor.evidence_list.item(i).text() for i in range(editor.evidence_list.count())]
    assert any("transcript-127-0-0-1" in name for name in names)
    assert editor.hours_spin.value() == 0.75
    hint = editor.details.hours_hint
    assert hint.isVisibleTo(editor) and hint.text().startswith(
        "Suggested from the podcast's length (45 min)"
    )
    editor.hours_spin.setValue(1.0)  # the user can change it
    assert editor.hours_spin.value() == 1.0
    editor.discard()


def test_a_refresh_of_an_always_full_text_feed_keeps_new_items_pages(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    from tests.feeds.test_full_text import rss

    server.add("/a", HOSTILE, content_type="text/html; charset=utf-8")
    feed = window.app.feeds.subscribe(server.add("/feed.xml", rss([("Article", server.url("/a"))])))
    window.app.feeds.set_full_text(feed.id or 0, True)
    view = open_reader(window, qtbot)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.refresh()
    assert any("Full text kept to read offline for 1 new item." in m for m in messages)
    view.select_row(0)
    assert view.showing_full_text and "Paragraph 7" in view.browser.toPlainText()


def test_logging_an_item_with_kept_full_text_brings_its_snapshot_without_a_fetch(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    server.add("/a", HOSTILE, content_type="text/html; charset=utf-8")
    add_items(window, [item(1, server.url("/a"))])
    view = open_reader(window, qtbot)
    view.select_row(0)
    view.full_text_button.click()
    qtbot.waitUntil(lambda: view.showing_full_text, timeout=10_000)
    with qtbot.waitSignal(window.editor_opened, timeout=10_000) as opened:
        view.log_button.click()
    editor = opened.args[0]
    names = [editor.evidence_list.item(i).text() for i in range(editor.evidence_list.count())]
    assert sum("snapshot-127-0-0-1" in name for name in names) == 2  # .html and .txt
    assert len(server.hits("/a")) == 1  # made from the kept full text
    assert editor.details.hours_hint.text().startswith("Suggested from reading time (about ")
    # Cancelling forgets the files no entry keeps.
    editor.discard()
    assert window.app.entries.list_entries() == []


def test_logging_an_item_keeps_a_snapshot_of_its_page_fetched_on_a_worker(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    """Every feed item that is logged keeps a readable snapshot of its page as evidence (issue
    15), fetched when the reader has not kept the full text: the link outlives the page."""
    server.add("/b", HOSTILE, content_type="text/html; charset=utf-8")
    add_items(window, [item(2, server.url("/b"))])
    view = open_reader(window, qtbot)
    view.select_row(0)
    assert not view.showing_full_text
    with qtbot.waitSignal(window.editor_opened, timeout=20_000) as opened:
        view.log_button.click()
    editor = opened.args[0]
    names = [editor.evidence_list.item(i).text() for i in range(editor.evidence_list.count())]
    assert sum("snapshot-127-0-0-1" in name for name in names) == 2  # .html and .txt
    assert len(server.hits("/b")) == 1
    editor.discard()
    assert window.app.entries.list_entries() == []


def test_an_item_whose_page_cannot_be_fetched_still_opens_its_draft(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    add_items(window, [item(3, server.url("/gone"))])  # the server answers 404
    view = open_reader(window, qtbot)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    view.select_row(0)
    with qtbot.waitSignal(window.editor_opened, timeout=20_000) as opened:
        view.log_button.click()
    editor = opened.args[0]
    assert editor.evidence_list.count() == 0
    assert any(m.startswith("No snapshot was kept:") for m in messages)
    editor.discard()
