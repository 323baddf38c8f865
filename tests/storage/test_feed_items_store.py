"""Storing a refresh's items (``FeedRepository.store_items``) on both engines: each new row gets
the id of its own item (the Core INSERT's ids are matched by key, not by order), a changed
item replaces its content and keeps its state, and a row the session already holds is read
again after the change."""

from __future__ import annotations

import datetime as dt

import pytest

from cpdlog.domain.feed import Enclosure, Feed, FeedItem
from cpdlog.services.app import App
from cpdlog.storage.feeds_orm import FeedItemRow
from cpdlog.storage.feeds_repo import FeedRepository, ItemQuery
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.usefixtures("journal_url")

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"]


def _word(n: int) -> str:
    """A distinct searchable word per item (n < 729): ``alphaalphaalpha``, ``bravoalphaalpha``..."""
    size = len(WORDS)
    return WORDS[n % size] + WORDS[n // size % size] + WORDS[n // size // size]


def _item(feed_id: int, n: int, *, version: str = "one") -> FeedItem:
    return FeedItem(
        feed_id=feed_id,
        key=f"guid:item-{n}",
        guid=f"item-{n}",
        link=f"https://notes.example.org/post/{n}",
        title=f"Post {n} {version}",
        author=f"Author {n % 5}",
        published=FIXED_NOW - dt.timedelta(hours=n),
        summary=f"About {_word(n)} and practice ({version}).",
        content_html=f"<p>{version} body of <b>post {n}</b></p>",
        enclosure=Enclosure(url=f"https://notes.example.org/{n}.mp3", media_type="audio/mpeg")
        if n % 3 == 0
        else None,
        duration_seconds=60 * n or None,
        tags=["practice", f"tag {n}"],
        content_hash=f"hash-{n}-{version}",
    )


def _feed(app: App) -> int:
    with app.db.session() as session:
        feed = FeedRepository(session, app.fts).add_feed(
            Feed(url="https://notes.example.org/feed.xml"), FIXED_NOW
        )
    assert feed.id is not None
    return feed.id


def test_every_new_row_holds_its_own_item_and_is_found_by_its_own_words(app: App) -> None:
    feed_id = _feed(app)
    items = [_item(feed_id, n) for n in range(120)]
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        with repo.batched_index():
            result = repo.store_items(feed_id, items, FIXED_NOW)
    assert (result.new, result.updated, result.skipped_purged) == (120, 0, 0)
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        stored = {i.key: i for i in repo.list_items(ItemQuery(feed_id=feed_id, limit=500))}
        assert sorted(stored) == sorted(i.key for i in items)
        for item in items:
            row = stored[item.key]
            assert (row.title, row.link, row.summary, row.content_html) == (
                item.title,
                item.link,
                item.summary,
                item.content_html,
            )
            assert (row.enclosure, row.duration_seconds, row.tags, row.published) == (
                item.enclosure,
                item.duration_seconds,
                item.tags,
                item.published,
            )
            assert row.fetched_at == FIXED_NOW
        for n in (0, 1, 57, 119):  # the search index row of each item is that item's
            found = repo.list_items(ItemQuery(search=_word(n)))
            assert [i.key for i in found] == [f"guid:item-{n}"]


def test_a_changed_item_is_replaced_in_place_and_keeps_its_state(app: App) -> None:
    feed_id = _feed(app)
    with app.db.session() as session:
        FeedRepository(session, app.fts).store_items(
            feed_id, [_item(feed_id, n) for n in range(3)], FIXED_NOW
        )
    later = FIXED_NOW + dt.timedelta(days=2)
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        before = {i.key: i for i in repo.list_items(ItemQuery(feed_id=feed_id))}
        first = before["guid:item-1"]
        assert first.id is not None
        repo.mark_read([first.id], True)
        repo.set_starred(first.id, True)
        held = session.get(FeedItemRow, first.id)  # a row this session holds
        assert held is not None and held.title == "Post 1 one"
        result = repo.store_items(
            feed_id,
            [_item(feed_id, 0), _item(feed_id, 1, version="two"), _item(feed_id, 3)],
            later,
        )
        assert (result.new, result.updated) == (1, 1)
        assert (held.title, held.content_hash) == ("Post 1 two", "hash-1-two")
        again = repo.item(first.id)
        assert again.title == "Post 1 two"
        assert again.summary == f"About {_word(1)} and practice (two)."
        assert (again.read, again.starred) == (True, True)
        assert again.fetched_at == FIXED_NOW  # first seen stays
        assert again.content_hash == "hash-1-two"
    with app.db.session() as session:
        after = {i.key: i for i in FeedRepository(session, app.fts).list_items(ItemQuery())}
    assert after["guid:item-1"].id == first.id
    assert after["guid:item-1"].title == "Post 1 two"
    assert after["guid:item-0"].title == "Post 0 one"
    assert after["guid:item-3"].fetched_at == later
    assert set(after) == {"guid:item-0", "guid:item-1", "guid:item-2", "guid:item-3"}
