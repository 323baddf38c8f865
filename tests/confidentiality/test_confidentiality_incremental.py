"""Re-scanning only what changed (issue 14): long texts chunk by chunk, entries by their text.

The chunked scan must give exactly the findings of the whole-text scan, and the caches must
never hand back a result for text that differs from the text that was scanned.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Iterator

import pytest

from cpdlog.domain.confidentiality import ScanContext, model, scan_entries, scan_entry, scanner
from cpdlog.domain.entry import ActivityType, Entry, Reflection, Source
from tests.confidentiality.eval_support import (
    EVAL_SET,
    HELDOUT_SET,
    NATURAL_SET,
    load_records,
    record_to_entry,
)


def _texts() -> list[str]:
    records = [*load_records(NATURAL_SET), *load_records(HELDOUT_SET), *load_records(EVAL_SET)]
    return [
        t
        for r in records
        for t in [
            *r["sections"].values(),
            r.get("source_notes", ""),
            (r.get("peer") or {}).get("text", ""),
        ]
        if t
    ]


def _plain(raws: list[scanner._Raw], text: str) -> list[tuple[int, int, str, str, str]]:
    return [(r.start, r.end, r.kind.value, r.role, text[r.start : r.end]) for r in raws]


@pytest.fixture
def always_chunked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Chunk every text, however short, so that every sentence boundary is a test."""
    monkeypatch.setattr(scanner, "_CHUNK_FROM", 0)
    model.reset()
    yield
    model.reset()


def test_chunked_scan_matches_the_whole_scan(always_chunked: None) -> None:
    texts = _texts()
    body = " ".join(texts)
    # Long sections of real writing, and every text of the sets on its own.
    texts += [body[i : i + 8000] for i in range(0, len(body), 8000)]
    context = ScanContext.build("Jo Bloggs")
    differ = []
    with model.rules_only():
        for text in texts:
            whole = _whole(text, context)
            if _plain(scanner._scan_prose(text, context, None), text) != whole:
                differ.append(text[:60])
    assert not differ, differ
    assert len(texts) > 2000


def _whole(text: str, context: ScanContext) -> list[tuple[int, int, str, str, str]]:
    return _plain(scanner._Scanner(text, context, False).run(), text)


def test_chunked_scan_with_the_model_matches_the_whole_scan(always_chunked: None) -> None:
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    body = " ".join(_texts())
    context = ScanContext.build("Jo Bloggs")
    for i in range(0, len(body), 8000):
        text = body[i : i + 8000]
        (entities,) = model.entities([text]) or [[]]
        whole = _plain(scanner._Scanner(text, context, False, entities=entities).run(), text)
        assert _plain(scanner._scan_prose(text, context, entities), text) == whole


def test_chunks_cover_the_text_and_an_edit_moves_only_its_own_boundaries() -> None:
    text = " ".join(_texts())[:20000]
    chunks = scanner._chunks(text)
    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chunks))
    assert len(chunks) > 10
    middle = chunks[len(chunks) // 2]
    cut = (middle[0] + middle[1]) // 2
    edited = text[:cut] + "x" + text[cut:]
    after = set(scanner._chunks(edited))
    # Every chunk before the edit is unchanged; of those after it, all but the one or two
    # next to the edit (which may merge with the edited one) only shift by one character.
    assert {c for c in chunks if c[1] <= middle[0]} <= after
    later = [(s + 1, e + 1) for s, e in chunks if s >= middle[1]]
    assert len(later) > 3
    assert len([c for c in later if c not in after]) <= 2


def test_a_keystroke_rescans_only_the_edited_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(_texts())[:8000]
    context = ScanContext.build("Jo Bloggs")
    model.reset()
    with model.rules_only():
        scanner._scan_prose(text, context, None)
        scanned: list[int] = []
        real = scanner._Scanner.run

        def counting(self: scanner._Scanner) -> list[scanner._Raw]:
            scanned.append(len(self.text))
            return real(self)

        monkeypatch.setattr(scanner._Scanner, "run", counting)
        cut = len(text) // 2
        edited = text[:cut] + "x" + text[cut:]
        found = scanner._scan_prose(edited, context, None)
    assert 0 < sum(scanned) < len(text) / 2, scanned
    monkeypatch.setattr(scanner._Scanner, "run", real)
    assert _plain(found, edited) == _plain(scanner._Scanner(edited, context, False).run(), edited)
    model.reset()


def _entry(text: str) -> Entry:
    return Entry(
        title="Home visit",
        activity_type=ActivityType.OTHER,
        start_date=dt.date(2026, 3, 14),
        hours=1.0,
        source=Source(notes=""),
        reflection=Reflection("swe", {"description": text}),
    )


def test_scan_entries_gives_what_scan_entry_gives() -> None:
    entries = [record_to_entry(r) for r in load_records(NATURAL_SET)[:80]]
    model.reset()
    batched = scan_entries(entries, "Jo Bloggs")
    model.reset()
    one_by_one = [scan_entry(e, "Jo Bloggs") for e in entries]
    assert batched == one_by_one
    assert sum(map(len, batched)) > 80
    model.reset()


def test_an_entry_scanned_again_is_not_scanned_again_until_its_text_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model.reset()
    entry = _entry("I visited Kyle at home. He lives with his aunt.")
    with model.rules_only():
        first = scan_entry(entry, "Jo Bloggs")
        assert [f.text for f in first] == ["Kyle"]
        calls: list[int] = []
        real = scanner._scan_one

        def counting(*args: object, **kwargs: object) -> object:
            calls.append(1)
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(scanner, "_scan_one", counting)
        assert scan_entry(entry, "Jo Bloggs") == first
        assert calls == []
        entry.reflection.sections["description"] += " Bethan rang me later."
        assert [f.text for f in scan_entry(entry, "Jo Bloggs")] == ["Kyle", "Bethan"]
        assert calls == [1]
        # Another practitioner's name is another context: scanned afresh.
        assert [f.text for f in scan_entry(entry, "Kyle Smith")] == ["Bethan"]
    model.reset()


def test_a_result_without_the_models_reading_is_not_kept() -> None:
    """The editor's quick scan (model not yet read) must not stand in for the full one."""
    if not model.installed():
        pytest.skip("the named-entity model is not installed")
    model.reset()
    entry = _entry("Then his mate Bez died.")
    scan_entry(entry, wait_for_model=False)
    assert scanner._entry_cache == {}
    full = scan_entry(entry)
    if model.available():
        assert list(scanner._entry_cache.values()) == [tuple(full)]
    model.reset()


# The splitter's first form: look-behinds for the titles in the pattern itself (slow: they ran
# at every position). The faster splitter must cut every text in the same places.
_REFERENCE_SPLIT_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?]+\s+|\n+")


def _reference_sentences(text: str) -> list[tuple[int, str]]:
    found, start = [], 0
    for m in _REFERENCE_SPLIT_RE.finditer(text):
        found.append((start, text[start : m.end()]))
        start = m.end()
    if start < len(text):
        found.append((start, text[start:]))
    return found


def test_sentences_are_cut_where_the_look_behind_pattern_cut_them() -> None:
    rng = random.Random(14)
    pieces = ["Dr", "Mr", "Mrs", "Ms", "St", "s", ".", "!", "?", " ", "\n", "\t", "a", "x", "é"]
    texts = [*_texts(), "Dr. Kaur came. Mr. Smith! St. Peter's. xMr. yes.\n\nMrs.\nok"]
    texts += ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(5000)]
    assert [t for t in texts if model.sentences(t) != _reference_sentences(t)] == []


def test_a_long_text_without_spaces_is_scanned_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows stay small when there is no space to cut at (no whole-text window per chunk)."""
    text = "a.\n" * 20_000
    scanned: list[int] = []
    real = scanner._Scanner.run

    def counting(self: scanner._Scanner) -> list[scanner._Raw]:
        scanned.append(len(self.text))
        return real(self)

    monkeypatch.setattr(scanner._Scanner, "run", counting)
    model.reset()
    with model.rules_only():
        scanner._scan_prose(text, ScanContext(), None)
    assert sum(scanned) < 4 * len(text), (len(scanned), max(scanned))
    model.reset()
