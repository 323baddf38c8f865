"""PostgreSQL's own text search for entries (migration 0006_pg_search): what it adds to the
word-prefix search both engines share (tests/storage/test_entries_storage.py runs those)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture
def pg_app(home: Path, pg_database: str) -> Iterator[App]:
    application = App.open(home, database_url=pg_database, clock=lambda: FIXED_NOW)
    yield application
    application.close()


def _titles(app: App, query: str) -> list[str]:
    return [h.entry.title for h in app.entries.search(query)]


def test_english_stems_and_plain_words_are_both_found(pg_app: App) -> None:
    pg_app.entries.add(make_entry(title="Assessment under the Care Act", learnt="Nothing more."))
    pg_app.entries.add(make_entry(title="Whether or not to share", learnt="Nothing more."))
    # stemmed: a plural finds the singular (SQLite's prefix match would miss it)
    assert _titles(pg_app, "assessments") == ["Assessment under the Care Act"]
    # the words English drops as stop words are still found as written
    assert _titles(pg_app, "whether not") == ["Whether or not to share"]
    assert _titles(pg_app, "under the") == ["Assessment under the Care Act"]


def test_accents_are_folded_both_ways(pg_app: App) -> None:
    pg_app.entries.add(make_entry(title="Gweithdy ar ofal — ŵyr", learnt="Dim."))
    pg_app.entries.add(make_entry(title="Café supervision", learnt="Dim."))
    assert _titles(pg_app, "wyr") == ["Gweithdy ar ofal — ŵyr"]
    assert _titles(pg_app, "ŵyr") == ["Gweithdy ar ofal — ŵyr"]
    assert _titles(pg_app, "cafe") == ["Café supervision"]
    (hit,) = pg_app.entries.search("cafe")
    assert f"{HIGHLIGHT_START}Café{HIGHLIGHT_END}" in hit.snippet


def test_the_index_follows_edits_trash_and_purge(pg_app: App) -> None:
    saved = pg_app.entries.add(make_entry(title="Safeguarding adults", learnt="Nothing."))
    assert _titles(pg_app, "safeguarding") == ["Safeguarding adults"]
    changed = saved.copy()
    changed.title = "Mental capacity"
    changed.reflection.sections["description"] = "A course."
    changed.reflection.sections["learnt"] = "Deprivation of liberty safeguards."
    pg_app.entries.update(changed)
    assert _titles(pg_app, "adults") == []
    assert _titles(pg_app, "deprivation liberty") == ["Mental capacity"]
    pg_app.entries.delete(saved.id or 0)
    assert _titles(pg_app, "deprivation") == []
    pg_app.entries.restore(saved.id or 0)
    assert _titles(pg_app, "deprivation") == ["Mental capacity"]
    pg_app.entries.delete(saved.id or 0)
    pg_app.entries.purge(saved.id or 0)
    with pg_app.db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM entries")).scalar_one() == 0


def test_title_outranks_tags_outranks_source_outranks_text(pg_app: App) -> None:
    body = make_entry(title="One", learnt="Advocacy came up once.")
    source = make_entry(title="Two", learnt="Nothing.")
    source.source.provider = "Advocacy Trust"
    tag = make_entry(title="Three", learnt="Nothing.", tags=["advocacy"])
    title = make_entry(title="Advocacy in practice", learnt="Nothing.")
    for entry in (body, source, tag, title):
        pg_app.entries.add(entry)
    hits = pg_app.entries.search("advocacy")
    assert [h.entry.title for h in hits] == ["Advocacy in practice", "Three", "Two", "One"]
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)  # lower is better (as bm25)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("'", False),
        ("\\", False),
        ("':*", False),
        ("(((((", False),
        ("<-> <2>", False),  # "2" is the only word, and the entry has none starting so
        ("a & b | !c", True),  # a, b and c: "act", "brien", "care"
        ("care'act", True),
        ("o'brien\\", True),
        ("word " * 200, True),
    ],
)
def test_tsquery_syntax_typed_by_a_user_is_read_as_plain_words(
    pg_app: App, query: str, found: bool
) -> None:
    pg_app.entries.add(make_entry(title="O'Brien on the Care Act", learnt="Word of mouth."))
    hits = pg_app.entries.search(query)
    assert [h.entry.title for h in hits] == (["O'Brien on the Care Act"] if found else [])
    assert all(HIGHLIGHT_START in h.snippet for h in hits)


def test_search_uses_the_gin_index(pg_app: App) -> None:
    pg_app.entries.add(make_entry(title="Reflective supervision"))
    with pg_app.db.engine.begin() as conn:
        conn.execute(sa.text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                sa.text(
                    "EXPLAIN SELECT id FROM entries WHERE search_vector @@ "
                    "to_tsquery('cpdlog_simple', 'supervision:*')"
                )
            ).scalars()
        )
    assert "ix_entries_search_vector" in plan


def test_a_reflection_too_long_for_one_vector_is_saved_whole(pg_app: App) -> None:
    # a quarter of a million different words: its vector would pass PostgreSQL's 1 MB limit
    words = " ".join(f"w{i:07d}x" for i in range(250_000))
    saved = pg_app.entries.add(make_entry(title="A very long reflection", learnt=words))
    assert pg_app.entries.get(saved.id or 0).reflection.sections["learnt"] == words
    assert _titles(pg_app, "w0000001x") == ["A very long reflection"]
    assert _titles(pg_app, "very long") == ["A very long reflection"]
