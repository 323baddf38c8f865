"""`cpdlog standards`: every standard is listed and can be chosen for an entry."""

import json
import re
from pathlib import Path

import pytest

from cpdlog import reference_data
from tests.conftest import run_cli

FRAMEWORK_IDS = [f.id for f in reference_data.catalogue().frameworks]


def ok(*args: str, home: Path) -> str:
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def listed_ids(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^\s+(\S+:\S+)\s", text, re.M)]


def test_swe_lists_every_numbered_sub_standard(tmp_path: Path) -> None:
    text = ok("standards", "--framework", "swe", home=tmp_path / "h")
    ids = listed_ids(text)
    for group, size in {"1": 7, "2": 7, "3": 16, "4": 8, "5": 6, "6": 7}.items():
        assert f"swe:{group}" in ids
        for n in range(1, size + 1):
            assert f"swe:{group}.{n}" in ids
    assert len(ids) == len(set(ids)) == 57
    assert "not confirmed" not in text.lower()


@pytest.mark.parametrize("framework", FRAMEWORK_IDS)
def test_listing_never_says_not_confirmed(tmp_path: Path, framework: str) -> None:
    text = ok("standards", "--framework", framework, home=tmp_path / "h")
    assert listed_ids(text)
    assert "confirmed" not in text.lower()


def test_json_carries_the_confirmed_flag_and_note(tmp_path: Path) -> None:
    (swe,) = json.loads(ok("standards", "--framework", "swe", "--json", home=tmp_path / "h"))
    by_id = {s["id"]: s for s in swe["standards"]}
    assert by_id["swe:4.3"]["confirmed"] is True and by_id["swe:4.3"]["note"] == ""
    assert by_id["swe:3.1"]["confirmed"] is False and "Paraphrased" in by_id["swe:3.1"]["note"]
    assert by_id["swe:3.1"]["parent"] == "swe:3"


def test_new_sub_standards_and_codes_can_be_chosen_for_an_entry(tmp_path: Path) -> None:
    home = tmp_path / "h"
    chosen = ["swe:3.1", "swe:5.6", "swe:6.7", "sssc-workers:6", "scw:6", "niscc:C6"]
    args = ["entry", "add", "--title", "Reading on the Care Act", "--type", "reading"]
    args += ["--date", "2026-03-02"]
    for sid in chosen:
        args += ["--standard", sid]
    assert ok(*args, home=home).strip() == "1"
    shown = json.loads(ok("entry", "show", "1", "--json", home=home))
    assert shown["standards"] == chosen
    for sid in chosen:
        listed = json.loads(ok("entry", "list", "--standard", sid, "--json", home=home))
        assert [e["title"] for e in listed] == ["Reading on the Care Act"]


def test_unknown_framework_lists_the_known_ones(tmp_path: Path) -> None:
    result = run_cli("standards", "--framework", "gscc", home=tmp_path / "h")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Unknown framework 'gscc'" in result.stderr and "niscc" in result.stderr


def test_in_welsh_the_list_names_the_code_in_welsh_and_says_which_are_english(
    tmp_path: Path,
) -> None:
    from cpdlog import i18n
    from cpdlog.domain.frameworks import english_note

    text = ok("--language", "cy", "standards", "--framework", "scw", home=tmp_path / "h")
    lines = text.splitlines()
    assert lines[0] == "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol"
    scw = reference_data.catalogue().framework("scw")
    assert scw is not None
    shown = lines[1].split(None, 1)[1].removesuffix("…")  # shortened to 90 characters
    assert len(shown) > 40 and scw.standards[0].title.startswith(shown)  # regulator's English
    i18n.set_language(i18n.WELSH)
    try:
        notes = english_note([scw], i18n.WELSH)
    finally:
        i18n.set_language(i18n.ENGLISH)
    assert lines[-len(notes) :] == notes and len(notes) == 1  # once, after the list
    english = ok("--language", "en", "standards", "--framework", "scw", home=tmp_path / "h")
    assert english.splitlines()[0] == scw.name and "in English" not in english


def test_the_json_carries_the_welsh_wording_and_its_languages(tmp_path: Path) -> None:
    found = json.loads(ok("standards", "--framework", "scw", "--json", home=tmp_path / "h"))
    assert found[0]["name_cy"] == "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol"
    assert found[0]["published_in"] == ["en", "cy"]
    assert all(s["title_cy"] == "" for s in found[0]["standards"])  # none found yet
