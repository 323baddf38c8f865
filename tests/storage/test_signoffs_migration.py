"""Revision 0005_signoffs on a journal an earlier cpdlog wrote: the review tables arrive empty,
the old entries can be signed off, and the trash and deleting for good behave."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from cpdlog.domain.review import Arrival, Signoff, content_hash
from cpdlog.services.app import App
from cpdlog.storage.migrate import current_revision, head_revision
from cpdlog.storage.review_repo import ReviewRepository

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_an_old_journal_gains_empty_review_tables_and_keeps_its_entries(tmp_path: Path):
    home = tmp_path / "old"
    home.mkdir()
    shutil.copyfile(FIXTURES / "rev_0003.sqlite", home / "cpdlog.sqlite")
    shutil.copytree(FIXTURES / "rev_0003_evidence", home / "evidence")
    app = App.open(home)
    try:
        assert current_revision(app.db) == head_revision()
        live = {e.title: e for e in app.entries.list_entries()}
        mca = live["MCA workshop — “best interests”"]
        assert mca.id is not None and app.review.signoffs(mca.id) == []
        assert app.review.states(list(live.values())) == {}
        (trashed,) = app.entries.trash()
        assert trashed.id is not None
        with app.db.session() as session:
            repo = ReviewRepository(session)
            for entry in (mca, trashed):
                assert entry.id is not None
                repo.add_signoff(
                    Signoff(
                        entry.id,
                        "Sam Educator",
                        "Practice educator",
                        dt.datetime(2026, 11, 21, tzinfo=dt.UTC),
                        content_hash(entry),
                        "I agree.",
                        Arrival.FILE,
                        "ab" * 16,
                    ),
                    None,
                )
        state = app.review.state(mca)
        assert state is not None and not state.changed
        app.entries.purge(trashed.id)  # deleting for good takes its sign-off with it
        assert app.review.signoffs(trashed.id) == []
        assert len(app.review.signoffs(mca.id)) == 1
    finally:
        app.close()
    conn = sqlite3.connect(home / "cpdlog.sqlite")
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
        assert {"signoffs", "review_comments", "review_packs", "reviewer_keys"} <= tables
        fks = conn.execute("pragma foreign_key_list(signoffs)").fetchall()
        assert [(f[2], f[6]) for f in fks] == [("entries", "CASCADE")]
        fks = conn.execute("pragma foreign_key_list(review_comments)").fetchall()
        assert [(f[2], f[6]) for f in fks] == [("entries", "CASCADE")]
    finally:
        conn.close()
