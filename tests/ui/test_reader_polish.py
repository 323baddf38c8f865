"""The reader's item list, steady panes, blocked pictures, Unfollow, refresh summary, empty
states and the curated-sources dialog."""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QStyleOptionViewItem

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.storage.feeds_repo import FeedRepository
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.feeds import ItemDetailRole, ItemTitleRole
from cpdlog.ui.views.reader import PLACEHOLDER_SIZE, CuratedSourcesDialog, ReaderView
from cpdlog.ui.widgets.feed_items import FeedItemDelegate
from tests.feeds.httpserver import FeedServer

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
LONG_TITLE = (
    "Episode 12: what the research says about working with families under pressure, "
    "and what it does not say"
)


def closed_port_url(path: str) -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/{path}"


def add_feed(window: MainWindow, url: str, title: str, items: Sequence[FeedItem] = ()) -> Feed:
    """A feed (and items) stored directly, as if followed and read earlier."""
    with window.app.db.session() as session:
        repo = FeedRepository(session, window.app.fts)
        feed = repo.add_feed(Feed(url=url, title=title, category="News"), NOW)
        assert feed.id is not None
        if items:
            repo.store_items(feed.id, [replace(i, feed_id=feed.id) for i in items], NOW)
        return feed


def open_reader(window: MainWindow, qtbot: Any) -> ReaderView:
    view = window.show_page("reader")
    assert isinstance(view, ReaderView)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    qtbot.waitExposed(view)
    return view


def reload(view: ReaderView, qtbot: Any) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def test_items_are_one_elided_title_line_over_a_muted_detail_line(
    window: MainWindow, qtbot: Any
) -> None:
    add_feed(
        window,
        "https://news.example.org/feed",
        "Social work news",
        [FeedItem(feed_id=0, key="k1", guid="g1", title=LONG_TITLE, published=NOW)],
    )
    view = open_reader(window, qtbot)
    delegate = view.list.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    index = view.items_model.index(0, 0)
    assert index.data(ItemTitleRole) == LONG_TITLE  # one line: no feed or date in it
    assert index.data(ItemDetailRole) == "Social work news · 28 Nov 2026"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == LONG_TITLE
    option = QStyleOptionViewItem()
    option.initFrom(view.list)
    option.rect = view.list.visualRect(index)
    option.widget = view.list
    height = delegate.sizeHint(option, index).height()
    assert height >= 2 * view.list.fontMetrics().height() + 8  # two lines with padding
    option.rect.setWidth(200)
    shown = delegate.elided_title(option, index)
    assert shown.endswith("…") and len(shown) < len(LONG_TITLE)
    assert LONG_TITLE.startswith(shown[:-1])


def test_panes_keep_their_widths_when_items_open(window: MainWindow, qtbot: Any) -> None:
    add_feed(
        window,
        "https://news.example.org/feed",
        "Social work news",
        [
            FeedItem(
                feed_id=0,
                key=f"k{i}",
                guid=f"g{i}",
                title=LONG_TITLE if i % 2 else "Short",
                published=NOW - dt.timedelta(hours=i),
                link="https://news.example.org/a",
                content_html=(
                    '<p>Body</p><img src="https://img.example.net/a.png" width="900" height="600">'
                    if i % 2
                    else "<p>Plain</p>"
                ),
            )
            for i in range(4)
        ],
    )
    view = open_reader(window, qtbot)
    view.select_row(0)
    sizes = view.splitter.sizes()
    for row in (1, 2, 3, 0):
        view.select_row(row)
        assert view.current_item is not None
        assert view.splitter.sizes() == sizes
    view.log_current()  # the button now reads "Open logged entry"
    assert view.splitter.sizes() == sizes
    for editor in list(window.editors):
        editor.discard()


def test_a_blocked_picture_is_a_small_placeholder(window: MainWindow, qtbot: Any) -> None:
    add_feed(
        window,
        "https://news.example.org/feed",
        "Social work news",
        [
            FeedItem(
                feed_id=0,
                key="k1",
                guid="g1",
                title="Pictures",
                published=NOW,
                content_html=(
                    '<p>Look:</p><img src="https://img.example.net/big.png" width="900" '
                    'height="600"><img src="https://img.example.net/plain.png">'
                ),
            )
        ],
    )
    view = open_reader(window, qtbot)
    view.select_row(0)
    blocked = view.browser.blocked_image_sizes()
    assert [url for url, _w, _h in blocked] == [
        "https://img.example.net/big.png",
        "https://img.example.net/plain.png",
    ]
    assert all(
        (w, h) == (PLACEHOLDER_SIZE.width(), PLACEHOLDER_SIZE.height()) for _u, w, h in blocked
    )
    placeholder = view.browser.placeholder()
    assert placeholder.deviceIndependentSize().toSize() == PLACEHOLDER_SIZE
    assert placeholder.devicePixelRatio() == max(1.0, view.browser.devicePixelRatioF())
    # showing the pictures swaps the placeholders for them
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    picture = QImage(QSize(30, 20), QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.red)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    view._show_item(view.current_item, {"https://img.example.net/plain.png": bytes(data.data())})
    assert [u for u, _w, _h in view.browser.blocked_image_sizes()] == [
        "https://img.example.net/big.png"
    ]


def _click(box: QMessageBox, text: str, qtbot: Any) -> None:
    button = next(b for b in box.buttons() if b.text() == text)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_unfollow_asks_first(window: MainWindow, qtbot: Any) -> None:
    feed = add_feed(window, "https://news.example.org/feed", "Social work news")
    view = open_reader(window, qtbot)
    assert feed.id is not None
    view.tree.setCurrentIndex(view.tree_model.index_of_feed(feed.id))
    box = view.remove_feed()
    assert box is not None and box.isVisible()
    assert "Social work news" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert [f.id for f in window.feeds.list_feeds()] == [feed.id]
    box = view.remove_feed()
    assert box is not None
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        _click(box, "Unfollow", qtbot)
    assert window.feeds.list_feeds() == []
    assert not view.tree_model.index_of_feed(feed.id).isValid()


def test_refreshing_offline_sums_up_in_one_line(window: MainWindow, qtbot: Any) -> None:
    for n in range(3):
        add_feed(window, closed_port_url(f"feed{n}.xml"), f"Feed {n}")
    view = open_reader(window, qtbot)
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.refresh()
    assert view.summary_frame.isVisible()
    assert view.summary_label.text() == "Could not reach 3 of 3 feeds — are you offline?"
    assert not view.summary_details.isVisible()  # the rows are folded away
    view.summary_details_button.click()
    assert view.summary_details.isVisible() and view.summary_details.count() == 3
    assert view.summary_details.item(0).text().startswith("Feed ")
    view.summary_details_button.click()
    assert not view.summary_details.isVisible()
    assert "none of your feeds could be read" in view.browser.toPlainText()


def test_a_refresh_with_some_problems_counts_them_and_a_failed_feed_shows_its_error(
    window: MainWindow, qtbot: Any, server: FeedServer
) -> None:
    missing = add_feed(window, server.add("/gone.xml", b"no", status=404), "Gone feed")
    add_feed(window, closed_port_url("x.xml"), "Unreachable feed")
    good_rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Fine</title>'
        "<item><title>Hello</title><guid>h1</guid></item></channel></rss>"
    )
    add_feed(window, server.add("/fine.xml", good_rss), "Fine feed")
    view = open_reader(window, qtbot)
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.refresh()
    assert view.summary_label.text() == "2 feeds could not be refreshed."
    assert view.summary_details.count() == 2
    assert missing.id is not None
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tree.setCurrentIndex(view.tree_model.index_of_feed(missing.id))
    text = view.browser.toPlainText()
    assert text.startswith("“Gone feed” could not be refreshed:")
    assert "Add feeds" not in text
    view.summary_close_button.click()
    assert not view.summary_frame.isVisible()


def test_the_empty_reader_says_what_to_do(window: MainWindow, qtbot: Any) -> None:
    view = open_reader(window, qtbot)
    assert view.browser.toPlainText() == "No items yet. Add feeds, then press Refresh."
    feed = add_feed(window, "https://news.example.org/feed", "Quiet feed")
    reload(view, qtbot)
    assert feed.id is not None
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.tree.setCurrentIndex(view.tree_model.index_of_feed(feed.id))
    assert view.browser.toPlainText() == (
        "No items from “Quiet feed” yet. Press Refresh to fetch them."
    )


def test_the_curated_dialog_lists_each_groups_sources(window: MainWindow, qtbot: Any) -> None:
    view = open_reader(window, qtbot)
    dialog = view.choose_curated()
    assert isinstance(dialog, CuratedSourcesDialog)
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 520 and dialog.height() >= 420
    groups = dialog.group_items()
    categories = window.feeds.curated_categories()
    assert len(groups) == len(categories)
    for group, category in zip(groups, categories, strict=True):
        assert group.text(0).startswith(category.name)
        assert group.childCount() == category.sources
        # the label is not clipped: the tree is wide enough for the group's text
        assert dialog.tree.fontMetrics().horizontalAdvance(group.text(0)) < dialog.tree.width()
    first = groups[0]
    first.setCheckState(0, Qt.CheckState.Unchecked)  # the whole group off...
    first.child(0).setCheckState(0, Qt.CheckState.Checked)  # ...but its first source
    assert first.checkState(0) == Qt.CheckState.PartiallyChecked
    for group in groups[1:]:
        group.setCheckState(0, Qt.CheckState.Unchecked)
    chosen_key = first.child(0).data(0, Qt.ItemDataRole.UserRole)
    assert dialog.chosen() == [chosen_key]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dialog.accept()
    assert [s.key for s in window.feeds.curated_sources() if s.followed] == [chosen_key]


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("page", ["reader", "trash"])
def test_each_mnemonic_on_the_page_is_used_once(window: MainWindow, qtbot: Any, page: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    view = window.show_page(page)
    qtbot.waitExposed(view)
    if isinstance(view, ReaderView):
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.reload()
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in view.findChildren(QAbstractButton) + view.findChildren(QLabel):
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy()):
            texts.append(widget.text())
    keys = [k for k in map(_mnemonic, texts) if k]
    assert len(keys) == len(set(keys)), sorted(keys)
