"""Revision 0008_full_text on a real older database file: the feeds, items and entries stay,
the new columns start empty, and the tables keep never reusing ids."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from cpdlog.domain.feed import ItemFullText
from cpdlog.services.app import App
from cpdlog.storage.migrate import current_revision, head_revision
from tests.conftest import FIXED_NOW

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_an_older_database_gains_full_text_and_transcripts(tmp_path: Path) -> None:
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0003.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0003_evidence", home / "evidence")
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        assert current_revision(app.db) == head_revision()
        (feed,) = app.feeds.list_feeds()
        assert feed.full_text is False and feed.title == "Practice notes — ŵ"
        items = app.feeds.list_items()
        assert len(items) == 2
        assert all(i.transcript_url == "" and i.transcript_type == "" for i in items)
        assert all(app.feeds.full_text(i.id or 0) is None for i in items)
        logged = next(i for i in items if i.is_logged)
        assert app.entries.get(logged.logged_entry_id or 0).feed_item_id == logged.id
        assert app.feeds.set_full_text(feed.id or 0, True).full_text
        from cpdlog.storage.feeds_repo import FeedRepository

        with app.db.session() as session:
            FeedRepository(session, app.fts).store_full_text(
                ItemFullText(logged.id or 0, logged.link, FIXED_NOW, "<p>Kept.</p>", "Kept.")
            )
        kept = app.feeds.full_text(logged.id or 0)
        assert kept is not None and kept.ok and kept.text == "Kept."
    finally:
        app.close()
    db = sqlite3.connect(home / "cpdlog.sqlite")
    try:
        # The columns were added in place: the tables are still AUTOINCREMENT ones.
        for table in ("feeds", "feed_items"):
            (sql,) = db.execute("select sql from sqlite_master where name = ?", (table,)).fetchone()
            assert "AUTOINCREMENT" in sql.upper()
    finally:
        db.close()
