"""The word lists are data files, and the patterns and cue tables are built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdlog.domain.confidentiality import data, patterns, scan_text


def test_every_list_is_plain_and_not_empty() -> None:
    lists = data._word_lists()
    assert {"names", "places", "roles", "cues", "acronyms", "files", "email", "events"} <= set(
        lists
    )
    for section, entries in lists.items():
        for key, items in entries.items():
            assert items, f"[{section}] {key} is empty"
            assert len(set(items)) == len(items), f"[{section}] {key} repeats an entry"


def test_an_entry_with_a_pattern_character_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "confidentiality"
    folder.mkdir()
    (folder / "word_lists.toml").write_text('[cues]\nname_verbs = ["said", "was|is"]\n')
    monkeypatch.setattr(data, "resource_path", lambda relative: tmp_path / relative)
    with pytest.raises(ValueError, match="not plain"):
        data._word_lists.__wrapped__()  # the function without its cache


def test_cue_tables_come_from_the_lists() -> None:
    for verb in data.ordered("cues", "casework_verbs"):
        first = verb.split(" ")[0].lower()
        assert patterns._TRIGGERS[first] & patterns._T_CASEWORK, verb
    for cue in data.ordered("cues", "reference_cues"):
        assert patterns._TRIGGERS[cue.lower()] & patterns._T_REF, cue
    assert {v.split(" ")[0] for v in data.ordered("cues", "name_verbs")} == set(
        patterns._NAME_VERB_FIRST
    )
    # A word in two role groups takes the later one: "twin" is a child and a relative.
    assert "twin" in data.ordered("roles", "child")
    assert "twin" in data.ordered("roles", "relative")
    assert patterns._ROLE_GROUP["twin"] == "relative"


def test_each_role_group_reaches_the_pattern_and_the_placeholder() -> None:
    # "Zorbeth" is on no name list: only the role word before it makes it a name.
    assert "zorbeth" not in data.first_names()
    for group in patterns._ROLE_GROUPS:
        role = data.ordered("roles", group)[0]
        found = scan_text(f"I met the {role} Zorbeth today.", "reflection.learnt")
        assert [(f.kind, f.text, f.suggestion) for f in found] == [
            ("name", "Zorbeth", f"[{group} A]")
        ], (group, role)
