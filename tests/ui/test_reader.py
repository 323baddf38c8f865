"""The reader: feed tree, lazy item list, safe item view, and logging an item as CPD."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.services.app import App
from cpdlog.storage.feeds_repo import FeedRepository
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.feeds import FeedItemsModel, FeedsTreeModel

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
# A bound on waits for a worker (the reader's lists, a save), not a claim about speed: on a
# machine with a load average above 8 they have taken more than pytest-qt's default 5 s.
WAIT_MS = 30_000


def seed_feeds(app: App, items: int = 250) -> tuple[list[Feed], list[FeedItem]]:
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        news = repo.add_feed(
            Feed(url="https://news.example.org/feed", title="Social work news", category="News"),
            NOW,
        )
        blog = repo.add_feed(
            Feed(
                url="https://blog.example.org/rss",
                title="A practitioner's blog",
                category="Blogs/Practice",
                last_error="The site said 404: not found.",
                consecutive_failures=2,
            ),
            NOW,
        )
        assert news.id is not None and blog.id is not None
        batch = [
            FeedItem(
                feed_id=news.id,
                key=f"k{i}",
                guid=f"g{i}",
                link=f"https://news.example.org/{i}",
                title=f"Story {i} on kinship care",
                author="Reporter",
                published=NOW - dt.timedelta(hours=i),
                summary="A short summary.",
                content_html=(
                    f'<p>Body {i} with <a href="https://news.example.org/{i}">a link</a></p>'
                    '<img src="https://tracker.example.net/pixel.png">'
                ),
            )
            for i in range(items)
        ]
        repo.store_items(news.id, batch, NOW)
        repo.store_items(
            blog.id,
            [
                FeedItem(
                    feed_id=blog.id,
                    key="b1",
                    guid="b1",
                    title="Reflections on supervision",
                    published=NOW,
                )
            ],
            NOW,
        )
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        return repo.list_feeds(), repo.list_items(
            __import__("cpdlog.storage.feeds_repo", fromlist=["ItemQuery"]).ItemQuery()
        )


def test_feed_models_pass_the_model_tester(app: App, qtmodeltester: Any) -> None:
    feeds, items = seed_feeds(app, items=30)
    tree = FeedsTreeModel()
    unread = {f.id: 0 for f in feeds}
    unread[feeds[0].id] = 3
    tree.set_feeds(feeds, unread)
    qtmodeltester.check(tree)
    blog = tree.index_of_feed(next(f.id for f in feeds if f.title.startswith("A practitioner")))
    assert "[error]" in blog.data()
    assert "404" in blog.data(0x0003)  # ToolTipRole: the last error
    model = FeedItemsModel()
    model.PAGE = 10
    model.set_source(lambda offset, limit: items[offset : offset + limit], len(items), {})
    qtmodeltester.check(model)
    loaded = model.rowCount()  # the tester itself fetches pages
    assert loaded % 10 == 0 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == loaded + 10
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(items) == 31
    qtmodeltester.check(model)


@pytest.fixture
def reader(window: MainWindow, qtbot: Any) -> Any:
    seed_feeds(window.app)
    view = window.show_page("reader")
    # Feeds and items are read on a worker thread; the signal can only come from the event
    # loop, which runs inside waitSignal.
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        pass
    qtbot.waitExposed(view, timeout=WAIT_MS)
    return view


def test_items_load_lazily_and_show_safely(reader: Any, qtbot: Any) -> None:
    assert reader.items_model.total == 251
    assert reader.items_model.rowCount() == reader.items_model.PAGE
    reader.list.scrollToBottom()
    qtbot.waitUntil(
        lambda: reader.items_model.rowCount() > reader.items_model.PAGE, timeout=WAIT_MS
    )
    reader.select_row(1)  # row 0 is the blog post; news items have bodies and images
    item = reader.current_item
    assert item is not None and item.read
    assert "Body" in reader.browser.toPlainText()
    # the tracking pixel was not fetched, only noted so the user can choose to load it
    assert reader.browser.remote_images == ["https://tracker.example.net/pixel.png"]
    assert reader.images_button.isEnabled()
    reader.toggle_star()
    assert reader.current_item.starred
    assert reader.tree_model.index(0, 0).data().startswith("All items (250)")


def test_log_a_feed_item_as_cpd(window: MainWindow, reader: Any, qtbot: Any) -> None:
    reader.select_row(1)
    item = reader.current_item
    with qtbot.waitSignal(window.editor_opened, timeout=WAIT_MS) as opened:
        reader.log_button.click()
    editor = opened.args[0]
    # the profile and tags, read on a worker: typed after they are in, whatever the load
    qtbot.waitUntil(lambda: editor.lookups is not None, timeout=WAIT_MS)
    assert editor.title_edit.text() == item.title
    assert editor.url_edit.text() == item.link
    assert editor.draft_check.isChecked()
    # Nothing is written, and the item is not logged, until the entry is saved.
    assert window.app.entries.list_entries() == []
    assert window.app.feeds.get_item(item.id).logged_entry_id is None
    # Dated the day it is logged, not the day the story was published.
    assert editor.date_edit.date().toPython() == window.app.clock().date()
    editor.section_edit("description").set_text("A news story on kinship care.")
    editor.section_edit("learnt").set_text("How kinship carers are supported.")
    editor.section_edit("impact").set_text("I tell kinship carers about support sooner.")
    editor.draft_check.setChecked(False)
    with qtbot.waitSignal(window.entry_saved, timeout=WAIT_MS) as saved:
        editor.save()
    entry = saved.args[0]
    assert entry.feed_item_id == item.id
    assert not entry.is_draft
    assert window.app.feeds.get_item(item.id).logged_entry_id == entry.id
    assert len(window.app.entries.list_entries()) == 1
    qtbot.waitUntil(
        lambda: reader.current_item is not None and reader.current_item.is_logged,
        timeout=WAIT_MS,
    )
    assert reader.log_button.text() == "Open &logged entry"


def test_cancelling_log_as_cpd_leaves_no_draft_and_the_item_not_logged(
    window: MainWindow, reader: Any, qtbot: Any
) -> None:
    reader.select_row(1)
    item = reader.current_item
    with qtbot.waitSignal(window.editor_opened, timeout=WAIT_MS) as opened:
        reader.log_button.click()
    editor = opened.args[0]
    editor.section_edit("learnt").set_text("Some words I then throw away.")
    with qtbot.waitSignal(editor.finished, timeout=WAIT_MS):
        editor.reject()  # the "Discard changes?" question is answered Discard (conftest)
    assert window.app.entries.list_entries() == []
    assert window.app.feeds.get_item(item.id).logged_entry_id is None
    assert not reader.current_item.is_logged
    assert reader.log_button.text() == "&Log as CPD"


def test_filter_unread_and_search(reader: Any, qtbot: Any) -> None:
    reader.search_edit.setText("supervision")
    with qtbot.waitSignal(reader.loaded, timeout=WAIT_MS):
        reader.load_items()
    assert reader.items_model.total == 1
    with qtbot.waitSignal(reader.loaded, timeout=WAIT_MS):
        reader.search_edit.clear()
    assert reader.items_model.total == 251
    reader.select_row(0)
    with qtbot.waitSignal(reader.loaded, timeout=WAIT_MS):
        reader.unread_check.setChecked(True)
    assert reader.items_model.total == 250
