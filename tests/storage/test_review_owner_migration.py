"""0011_review_owner on both engines: the file-review tables keep their rows through the
upgrade (on PostgreSQL owned by whoever ran it, per-owner keys after) and the downgrade; on
PostgreSQL a downgrade that would have to merge two people's rows is refused, changing nothing."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from cpdlog.services.app import App
from cpdlog.storage.migrate import alembic_config, current_revision, head_revision

pytestmark = pytest.mark.usefixtures("journal_url")
ROWS = {
    "review_packs": "INSERT INTO review_packs (pack_hash, created_at, entries_json) "
    "VALUES ('{k}', '2026-11-02 10:00:00', '{{}}')",
    "review_responses": "INSERT INTO review_responses (response_hash, pack_hash, imported_at) "
    "VALUES ('{k}', 'p', '2026-11-02 10:00:00')",
    "reviewer_keys": "INSERT INTO reviewer_keys (reviewer, public_key, fingerprint, first_seen) "
    "VALUES ('{k}', 'key', 'fp', '2026-11-02 10:00:00')",
}


def _move(app: App, target: str, *, down: bool) -> None:
    with app.db.engine.begin() as conn:
        (command.downgrade if down else command.upgrade)(alembic_config(conn), target)


def _columns(app: App, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(app.db.engine).get_columns(table)}


def test_rows_survive_the_upgrade_and_the_downgrade(app: App) -> None:
    _move(app, "0009_owner_index", down=True)
    for table, sql in ROWS.items():
        assert "owner" not in _columns(app, table)
        with app.db.engine.begin() as conn:
            conn.execute(sa.text(sql.format(k="first")))
    _move(app, "head", down=False)
    assert current_revision(app.db) == head_revision()
    with app.db.engine.connect() as conn:
        me = None if app.db.is_sqlite else conn.execute(sa.text("SELECT current_user")).scalar()
        for table in ROWS:
            assert "owner" in _columns(app, table)
            owners = conn.execute(sa.text(f"SELECT owner FROM {table}")).scalars().all()
            assert owners == [me], table  # NULL on SQLite; whoever upgraded on PostgreSQL
    _move(app, "0009_owner_index", down=True)
    with app.db.engine.connect() as conn:
        for table in ROWS:
            assert "owner" not in _columns(app, table)
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 1
    _move(app, "head", down=False)


def test_two_people_s_rows_under_one_key_block_the_downgrade(app: App) -> None:
    if app.db.is_sqlite:
        pytest.skip("owner is not a key on SQLite (one person's journal)")
    with app.db.engine.begin() as conn:
        for owner in ("someone", "someone_else"):
            conn.execute(
                sa.text(
                    "INSERT INTO reviewer_keys (owner, reviewer, public_key, fingerprint, "
                    "first_seen) VALUES (:owner, 'sam', 'key', 'fp', now())"
                ),
                {"owner": owner},
            )
    with pytest.raises(RuntimeError, match="reviewer_keys holds 1 key"):
        _move(app, "0009_owner_index", down=True)
    assert current_revision(app.db) == head_revision()
    with app.db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM reviewer_keys")).scalar() == 2
