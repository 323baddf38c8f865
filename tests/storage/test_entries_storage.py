import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cpdlog.domain.entry import EntryStatus, PeerReflection
from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, EntryFilter
from cpdlog.errors import NotFoundError, ValidationError
from tests.conftest import FIXED_NOW, make_entry

pytestmark = pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL


def test_round_trip_keeps_every_field(app, tmp_path):
    evidence = tmp_path / "notes.txt"
    evidence.write_text("Workshop notes")
    entry = make_entry(
        title="Hashtag chat: #12thMW",
        end_date=dt.date(2026, 3, 15),
        peer=PeerReflection("Priya", "Practice supervisor", dt.date(2026, 3, 20), "Her view."),
        standards=["swe:4.4", "pcf:6", "hcpc:3"],
        tags=["social media", "cpd"],
        status=EntryStatus.DRAFT,
    )
    entry.source.author = "Dr Example"
    entry.source.publication = "A blog"
    entry.source.notes = "Summary from the feed"
    saved = app.entries.add(entry, [evidence])
    loaded = app.entries.get(saved.id)
    assert loaded.title == "Hashtag chat: #12thMW"
    assert loaded.end_date == dt.date(2026, 3, 15)
    assert loaded.hours == 1.5
    assert list(loaded.reflection.sections) == ["description", "learnt", "impact"]
    assert loaded.peer == PeerReflection(
        "Priya", "Practice supervisor", dt.date(2026, 3, 20), "Her view."
    )
    assert loaded.standards == ["swe:4.4", "pcf:6", "hcpc:3"]
    assert loaded.tags == ["social media", "cpd"]
    assert loaded.source.notes == "Summary from the feed"
    assert loaded.status is EntryStatus.DRAFT
    assert loaded.created_at == FIXED_NOW and loaded.updated_at == FIXED_NOW
    assert loaded.uid and len(loaded.uid) == 36
    (ev,) = loaded.evidence
    assert (ev.filename, ev.media_type, ev.size) == ("notes.txt", "text/plain", 14)
    assert app.entries.evidence_path(ev.sha256).read_text() == "Workshop notes"


def test_sections_follow_template_order_and_unknown_sections_are_refused(app):
    entry = make_entry()
    entry.reflection.sections = {"impact": "c", "description": "a", "learnt": "b"}
    saved = app.entries.add(entry)
    assert list(saved.reflection.sections) == ["description", "learnt", "impact"]
    entry.reflection.sections["feelings"] = "x"
    with pytest.raises(ValidationError, match="no section 'feelings'"):
        app.entries.add(entry)


def test_unknown_standard_and_template_are_refused_and_nothing_is_stored(app):
    with pytest.raises(ValidationError, match="Unknown standard"):
        app.entries.add(make_entry(standards=["swe:99"]))
    entry = make_entry()
    entry.reflection.template_id = "nope"
    with pytest.raises(ValidationError, match="Unknown reflection template"):
        app.entries.add(entry)
    assert app.entries.list_entries() == []


def test_same_evidence_is_stored_once(app, tmp_path):
    a = tmp_path / "a.pdf"
    b = tmp_path / "copy.pdf"
    a.write_bytes(b"%PDF-1.4 same")
    b.write_bytes(b"%PDF-1.4 same")
    e1 = app.entries.add(make_entry(), [a])
    e2 = app.entries.add(make_entry(title="Other"), [b])
    assert e1.evidence[0].sha256 == e2.evidence[0].sha256
    assert e2.evidence[0].filename == "copy.pdf"
    stored = [p for p in app.paths.evidence.rglob("*") if p.is_file()]
    assert len(stored) == 1


def test_evidence_size_limit_and_missing_file(app, tmp_path):
    app.evidence_store.max_bytes = 10
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match="at most"):
        app.entries.add(make_entry(), [big])
    with pytest.raises(ValidationError, match="does not exist"):
        app.entries.add(make_entry(), [tmp_path / "missing.pdf"])
    assert app.entries.list_entries() == []


def test_trash_restore_and_purge(app, tmp_path):
    f = tmp_path / "ev.txt"
    f.write_text("x")
    e = app.entries.add(make_entry(), [f])
    app.entries.delete(e.id)
    assert app.entries.list_entries() == []
    assert [x.id for x in app.entries.trash()] == [e.id]
    with pytest.raises(NotFoundError, match="in the trash"):
        app.entries.get(e.id)
    assert app.entries.search("strengths") == []
    app.entries.restore(e.id)
    assert [x.id for x in app.entries.list_entries()] == [e.id]
    assert app.entries.search("strengths")
    with pytest.raises(NotFoundError):
        app.entries.purge(e.id)  # only from the trash
    app.entries.delete(e.id)
    app.entries.purge(e.id)
    assert app.entries.trash() == []
    assert not app.evidence_store.has(e.evidence[0].sha256)


def test_filters(app):
    app.entries.add(
        make_entry(title="A", day=dt.date(2026, 1, 10), tags=["risk"], standards=["swe:4.2"])
    )
    app.entries.add(make_entry(title="B", day=dt.date(2026, 6, 10), status=EntryStatus.DRAFT))
    app.entries.add(make_entry(title="C", day=dt.date(2025, 6, 10), end_date=dt.date(2026, 1, 2)))
    titles = lambda f: [e.title for e in app.entries.list_entries(f)]  # noqa: E731
    assert titles(EntryFilter()) == ["B", "A", "C"]
    assert titles(EntryFilter(date_from=dt.date(2026, 1, 1))) == ["B", "A", "C"]
    assert titles(EntryFilter(date_from=dt.date(2026, 1, 3))) == ["B", "A"]
    assert titles(EntryFilter(date_to=dt.date(2026, 1, 1))) == ["C"]
    assert titles(EntryFilter(tag="risk")) == ["A"]
    assert titles(EntryFilter(standard="swe:4")) == ["A"]  # a standard includes its parts
    assert titles(EntryFilter(status=EntryStatus.DRAFT)) == ["B"]


def test_a_tag_longer_than_its_column_is_refused_on_both_engines(app):
    # SQLite would keep any length; a server refuses more than the column holds
    with pytest.raises(ValidationError, match="A tag is too long"):
        app.entries.add(make_entry(tags=["t" * 201]))
    assert app.entries.list_entries() == []
    saved = app.entries.add(make_entry(tags=["ŵ" * 200]))
    assert app.entries.get(saved.id).tags == ["ŵ" * 200]


def test_search_ranks_title_matches_and_highlights(app):
    app.entries.add(
        make_entry(title="Podcast: lived experience of care", learnt="Nothing about the term.")
    )
    app.entries.add(make_entry(title="Something else", learnt="A podcast was mentioned once."))
    hits = app.entries.search("podcast")
    assert [h.entry.title for h in hits] == ["Podcast: lived experience of care", "Something else"]
    # every hit's snippet shows the word found, highlighted, in whatever case it was written
    for hit in hits:
        assert f"{HIGHLIGHT_START}podcast{HIGHLIGHT_END}" in hit.snippet.lower(), hit.snippet
    assert [h.entry.title for h in app.entries.search("podc")] == [h.entry.title for h in hits]


ODD = "Whether or not to share: title x and near misses, a b ŵŷ"
PLAIN = "Reading on strengths-based practice"  # make_entry's title


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # punctuation and search operators alone are no words: nothing is searched for
        ('"', set()),
        ("*", set()),
        ("(", set()),
        ("''", set()),
        ("   ", set()),
        ("-", set()),
        ("^", set()),
        # operators are read as the plain words they are, never as search syntax
        ("AND", {ODD}),
        ("OR NOT", {ODD}),
        ("title:x", {ODD}),
        ("NEAR(", {ODD}),
        ('a"b', {ODD, PLAIN}),  # "a" and "b" start words of both ("about", "based")
        ("ŵŷ", {ODD}),
    ],
)
def test_odd_search_text_is_read_as_plain_words(app, query, found):
    app.entries.add(make_entry())
    app.entries.add(make_entry(title=ODD))
    assert {h.entry.title for h in app.entries.search(query)} == found


def test_search_finds_tags_sources_and_accents(app):
    e = make_entry(title="Gweithdy ar ofal cymdeithasol ŵ", tags=["welsh practice"])
    e.source.provider = "Research in Practice"
    app.entries.add(e)
    assert app.entries.search("welsh")
    assert app.entries.search("research practice")
    assert app.entries.search("w")  # prefix, diacritics folded


def test_portable_search_path_without_fts(app):
    app.entries.add(make_entry(title="Care Act webinar", tags=["adults"]))
    from cpdlog.storage.entries_repo import EntryRepository

    with app.db.session() as session:
        hits = EntryRepository(session, fts=False).search("care ADULTS")
    assert [h.entry.title for h in hits] == ["Care Act webinar"]
    assert HIGHLIGHT_START in hits[0].snippet


def test_writes_are_transactional(app, monkeypatch):
    """A failure half-way through a save leaves the stored entry unchanged."""
    saved = app.entries.add(make_entry(title="Original"))
    from cpdlog.storage import entries_repo

    def boom(self, row):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(entries_repo.EntryRepository, "_index", boom)
    changed = saved.copy()
    changed.title = "Changed"
    with pytest.raises(RuntimeError):
        app.entries.update(changed)
    monkeypatch.undo()
    assert app.entries.get(saved.id).title == "Original"


@pytest.mark.sqlite_only
def test_sqlite_pragmas(app):
    with app.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


@pytest.mark.sqlite_only
def test_database_lives_in_home(app, home: Path):
    assert app.paths.database == home / "cpdlog.sqlite"
    assert (
        sqlite3.connect(home / "cpdlog.sqlite").execute("select count(*) from entries").fetchone()
    )
