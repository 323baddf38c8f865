"""The extract a PostgreSQL search shows (``cpdlog.storage.fts.Highlighter``): which words it
highlights and which part of the text it shows. tests/postgres/test_pg_highlight.py checks
it highlights what the server's own ``ts_headline`` would."""

from __future__ import annotations

from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START
from cpdlog.storage.fts import EXTRACT_WORDS, Highlighter, highlighted_extract, tsquery_lexemes

S, E = HIGHLIGHT_START, HIGHLIGHT_END


def _groups(*tsqueries: str) -> list[set[str]]:
    return [tsquery_lexemes(q) for q in tsqueries]


def test_lexemes_are_read_from_the_servers_tsquery_text() -> None:
    assert tsquery_lexemes("'assess':* | 'assessments':*") == {"assess", "assessments"}
    assert tsquery_lexemes("'o''brien':*") == {"o'brien"}
    assert tsquery_lexemes("'Café':*") == {"cafe"}  # compared folded, as the text is
    assert tsquery_lexemes("") == set()


def test_words_starting_with_a_lexeme_are_highlighted_as_written() -> None:
    groups = _groups("'assess':* | 'assessments':*", "'care':*")
    text = "Assessment and reassessment in CARE planning; careful assessors."
    assert highlighted_extract(text, groups) == (
        f"{S}Assessment{E} and reassessment in {S}CARE{E} planning; {S}careful{E} {S}assessors{E}."
    )


def test_accents_are_folded_and_case_kept() -> None:
    assert highlighted_extract("Café supervision", _groups("'cafe':*")) == (
        f"{S}Café{E} supervision"
    )
    assert highlighted_extract("Gweithdy — ŵyr", _groups("'wyr':*")) == f"Gweithdy — {S}ŵyr{E}"


def test_the_window_with_the_most_query_words_is_shown_with_ellipses() -> None:
    words = [f"w{i}" for i in range(60)]
    words[5] = "kinship"
    words[40], words[42] = "kinship", "care"
    text = " ".join(words)
    extract = highlighted_extract(text, _groups("'kinship':*", "'care':*"))
    assert extract.startswith("…") and extract.endswith("…")
    shown = extract.strip("…").split()
    assert len(shown) == EXTRACT_WORDS
    assert f"{S}kinship{E}" in shown and f"{S}care{E}" in shown
    assert "w5" not in shown and "w41" in shown  # the later window holds both words


def test_without_a_match_the_first_words_are_shown_unmarked() -> None:
    text = " ".join(f"w{i}" for i in range(30))
    extract = highlighted_extract(text, _groups("'tag':*"))
    assert S not in extract and extract.startswith("w0 w1") and extract.endswith("…")
    assert highlighted_extract("", _groups("'tag':*")) == ""
    assert Highlighter([]).extract("Nothing to look for here") == "Nothing to look for here"


def test_a_very_long_text_gives_a_short_extract_around_a_late_match() -> None:
    text = "filler " * 300_000 + "the Mental Capacity Act at last"
    extract = highlighted_extract(text, _groups("'capac':* | 'capacity':*"))
    assert f"{S}Capacity{E} Act at last" in extract
    assert len(extract.split()) <= EXTRACT_WORDS + 1  # and the leading "…"
