"""In Welsh, the words the command line takes from the domain and the data files (an activity
type, a way of delivery, a topic, an entry's status, a reflection prompt) come from the Welsh
catalogue too, in ``entry show``, the ``topics`` list and the CSV export's ``type_label``.
The ids (``--json``, the CSV's ``type`` and ``status`` columns) stay as they are for other
programs. Uses the committed ``cpdlog_cy.ts``, whose domain wording is already translated."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from cpdlog import i18n
from tests.conftest import run_cli


def ok(*args: str, home: Path) -> str:
    result = run_cli(*args, home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


def welsh(text: str) -> str:
    i18n.set_language(i18n.WELSH)
    try:
        return i18n.tr("cpdlog", text)
    finally:
        i18n.set_language(i18n.ENGLISH)


def test_the_catalogue_has_the_words_this_test_expects() -> None:
    for english in ("Ethics", "Self-study", "Course or training", "Professional boundaries"):
        assert welsh(english) != english, english  # else the checks below prove nothing


def add_entry(home: Path) -> str:
    return ok(
        "entry", "add", "--title", "Ffiniau", "--type", "course", "--date", "2026-05-01",
        "--hours", "3", "--delivery", "self-study", "--topic", "ethics",
        "--topic", "professional-boundaries", "--section", "learnt=Gwrando.", "--draft",
        home=home,
    ).strip()  # fmt: skip


def test_entry_show_in_welsh_names_the_type_delivery_topics_and_status(tmp_path: Path) -> None:
    home = tmp_path / "h"
    entry_id = add_entry(home)
    text = ok("--language", "cy", "entry", "show", entry_id, home=home)
    for english in ("Course or training", "Self-study", "Ethics", "Professional boundaries"):
        assert welsh(english) in text, english
        assert english not in text, english
    assert "Drafft" in text and "draft" not in text.lower().replace("drafft", "")
    english = ok("--language", "en", "entry", "show", entry_id, home=home)
    assert "Self-study" in english and "Ethics, Professional boundaries" in english
    assert "Draft" in english
    shown = json.loads(ok("--language", "cy", "entry", "show", entry_id, "--json", home=home))
    assert (shown["delivery"], shown["status"]) == ("self-study", "draft")  # ids, for programs


def test_the_topics_list_is_in_welsh_and_its_json_keeps_the_ids(tmp_path: Path) -> None:
    home = tmp_path / "h"
    listed = ok("--language", "cy", "topics", home=home)
    line = next(x for x in listed.splitlines() if x.startswith("ethics "))
    assert line.split(None, 1)[1] == welsh("Ethics")
    assert "Professional boundaries" not in listed
    assert "Professional boundaries" in ok("--language", "en", "topics", home=home)
    data = json.loads(ok("--language", "cy", "topics", "--json", home=home))
    assert {"id": "ethics", "label": "Ethics"} in data


def test_the_csv_type_label_and_prompts_are_in_welsh(tmp_path: Path) -> None:
    home = tmp_path / "h"
    add_entry(home)
    out = tmp_path / "cofnodion.csv"
    ok("--language", "cy", "export", "csv", "-o", str(out), home=home)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        (row,) = list(csv.DictReader(stream))
    assert row["type"] == "course" and row["status"] == "draft"  # ids stay
    assert row["type_label"] == welsh("Course or training")
    prompt = row["reflection"].split(":\n", 1)[0]
    assert prompt and prompt == welsh(prompt_in_english(home)), prompt
    english_out = tmp_path / "entries.csv"
    ok("--language", "en", "export", "csv", "-o", str(english_out), home=home)
    with english_out.open(encoding="utf-8-sig", newline="") as stream:
        (english_row,) = list(csv.DictReader(stream))
    assert english_row["type_label"] == "Course or training"
    assert english_row["reflection"].startswith(prompt_in_english(home) + ":\n")


def prompt_in_english(home: Path) -> str:
    shown = ok("--language", "en", "entry", "show", "1", home=home).splitlines()
    return shown[shown.index("-" * 20) - 1]


def test_a_bad_number_of_hours_is_explained_in_welsh_throughout(tmp_path: Path) -> None:
    home = tmp_path / "home"
    args = ("entry", "add", "--title", "Darllen", "--type", "course", "--date", "2026-05-01")
    typo = run_cli("--language", "cy", *args, "--hours", "abc", home=home)
    assert typo.returncode == 2
    assert typo.stderr.strip().endswith(
        "Nid yw 'abc' yn nifer o oriau (er enghraifft 1.5 neu 1:30)."
    )
    huge = run_cli("--language", "cy", *args, "--hours", "100000", home=home)
    assert huge.returncode == 2
    assert "Mae 100000 awr yn fwy na’r 1000 awr y gall un cofnod eu dal." in huge.stderr
    english = run_cli(*args, "--hours", "100000", home=home)
    assert "100000 hours is more than the 1000 hours one entry can hold." in english.stderr
