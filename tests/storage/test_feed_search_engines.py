"""Searching feed items on both engines: SQLite's FTS5 table and PostgreSQL's generated
``search_vector`` (0010_pg_feed_search). tests/feeds/test_service_feeds.py runs the searches
through the service on both engines too; these add what PostgreSQL's own text search brings
and what its migration must do."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from cpdlog.domain.feed import Feed, FeedItem
from cpdlog.services.app import App
from cpdlog.storage.feeds_repo import FeedRepository, ItemQuery
from cpdlog.storage.migrate import alembic_config, current_revision, head_revision
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.usefixtures("journal_url")


def _store(app: App, *items: dict[str, str]) -> None:
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        feed = repo.add_feed(Feed(url="https://notes.example.org/feed.xml"), FIXED_NOW)
        assert feed.id is not None
        repo.store_items(
            feed.id,
            [
                FeedItem(feed_id=feed.id, key=f"k{n}", guid=f"g{n}", content_hash=f"h{n}", **item)
                for n, item in enumerate(items)
            ],
            FIXED_NOW,
        )


def _titles(app: App, query: str) -> list[str]:
    with app.db.session() as session:
        found = FeedRepository(session, app.fts).list_items(ItemQuery(search=query))
    return [i.title for i in found]


def test_words_prefixes_author_and_html_text_are_found(app: App) -> None:
    _store(
        app,
        {"title": "Kinship care review", "summary": "A short note."},
        {
            "title": "Practice notes",
            "author": "Sam Okafor",
            "content_html": "<p>On <b>genograms</b> &amp; family scripts.</p>",
        },
    )
    assert _titles(app, "kinship") == ["Kinship care review"]
    assert _titles(app, "kin rev") == ["Kinship care review"]  # every word, each a prefix
    assert _titles(app, "okafor") == ["Practice notes"]
    assert _titles(app, "genogram family") == ["Practice notes"]
    assert _titles(app, "kinship genograms") == []  # every word must be found
    assert _titles(app, "p b amp") == []  # the HTML's tags and entities are not its words
    assert _titles(app, "'):* & !") == []  # nothing searchable


def test_postgresql_finds_stems_stop_words_and_folds_accents(app: App) -> None:
    _store(
        app,
        {"title": "Assessment under the Care Act", "summary": "Whether or not to share."},
        {"title": "Café supervision", "summary": "Gweithdy ar ofal."},
    )
    assert _titles(app, "not to share") == ["Assessment under the Care Act"]
    if app.db.is_sqlite:
        return  # stems and folded accents are PostgreSQL's text search's own
    assert _titles(app, "assessments") == ["Assessment under the Care Act"]
    assert _titles(app, "cafe") == ["Café supervision"]


def test_a_changed_item_is_found_by_its_new_words_only(app: App) -> None:
    _store(app, {"title": "Item", "summary": "What supervision taught us."})
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        (item,) = repo.list_items(ItemQuery())
        changed = FeedItem(
            feed_id=item.feed_id,
            key=item.key,
            guid=item.guid,
            content_hash="changed",
            title="Item",
            summary="Corrected: reflective practice.",
        )
        assert repo.store_items(item.feed_id, [changed], FIXED_NOW).updated == 1
    assert _titles(app, "reflective") == ["Item"]
    assert _titles(app, "taught") == []


def test_the_postgresql_index_is_used_and_the_migration_goes_down_and_up(app: App) -> None:
    if app.db.is_sqlite:
        pytest.skip("0010_pg_feed_search changes nothing on SQLite (its FTS5 table stays)")
    from alembic import command

    _store(app, {"title": "Reflective supervision"})
    indexes = {i["name"] for i in sa.inspect(app.db.engine).get_indexes("feed_items")}
    assert "ix_feed_items_search_vector" in indexes
    with app.db.engine.begin() as conn:
        conn.execute(sa.text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                sa.text(
                    "EXPLAIN SELECT id FROM feed_items WHERE search_vector @@ "
                    "to_tsquery('cpdlog_simple', 'supervision:*')"
                )
            ).scalars()
        )
    assert "ix_feed_items_search_vector" in plan
    with app.db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009_owner_index")
    columns = {c["name"] for c in sa.inspect(app.db.engine).get_columns("feed_items")}
    assert "search_vector" not in columns
    with app.db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert current_revision(app.db) == head_revision()
    assert _titles(app, "reflective") == ["Reflective supervision"]  # filled in for old items
