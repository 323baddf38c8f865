"""The held-out set is well formed; rules found from known misses generalise; fast paths agree."""

from __future__ import annotations

import pytest

from cpdlog.domain.confidentiality import _lenient, entry_fields, scan_entry, scan_text
from tests.confidentiality.eval_support import (
    FALSE_ALARM_TARGET,
    HELDOUT_SET,
    evaluate,
    load_records,
    record_to_entry,
)


def test_heldout_set_is_big_enough_and_its_labels_match_the_text() -> None:
    records = load_records(HELDOUT_SET)
    planted = [r for r in records if r["category"] == "planted"]
    clean = [r for r in records if r["category"] == "clean"]
    assert len(planted) >= 40 and len(clean) >= 20
    for r in planted:
        for label in r["labels"]:
            field = label["field"]
            if field.startswith("reflection."):
                text = r["sections"][field.split(".", 1)[1]]
            elif field == "title":
                text = r["title"]
            else:
                text = r["evidence"][int(field.split(".")[1])]
            assert text[label["start"] : label["end"]] == label["text"]


def test_heldout_false_alarms_stay_within_target() -> None:
    # Recall on this set is reported by bench/confidentiality.py, not gated here: gating it
    # would invite tuning the detector to the set.
    assert evaluate(load_records(HELDOUT_SET)).false_alarm_share <= FALSE_ALARM_TARGET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # casework verbs with names that are in no list
        ("We took Zephyr to the dentist on Tuesday.", {("name", "Zephyr")}),
        ("I picked up Orla from nursery.", {("name", "Orla")}),
        # an age as a number word after a pronoun or a named subject
        ("He is nine and wants to live with his dad.", {("age", "nine")}),
        ("Idris is six, and already a carer for his mum.", {("name", "Idris"), ("age", "six")}),
        ("Her grandson will be 16 next spring.", {("age", "16")}),
        # contractions
        ("He'll be 18 before the final hearing.", {("age", "18")}),
        ("She'd be twelve by then.", {("age", "twelve")}),
        # grammar that says a capitalised word is a person
        ("Marnie, who is in year 4, was quiet.", {("name", "Marnie")}),
        ("I rang Ezra's key worker.", {("name", "Ezra")}),
        ("Saoirse was sectioned in May.", {("name", "Saoirse")}),
        ("Later Bodhi blamed himself.", {("name", "Bodhi")}),
        ("The eldest, Zaid, is fourteen.", {("name", "Zaid"), ("age", "fourteen")}),
    ],
)
def test_general_rules_find_unlisted_names_and_ages(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {(f.kind, f.text) for f in scan_text(text, "reflection.learnt")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plan is two pages long.",
        "She was one of the first to speak.",
        "He was two steps ahead of the team.",
        "They were two of the best sessions.",
        "Day one was nine hours long.",
        "Munro is one of the most cited authors.",
        "Part two was better than part one.",
        "The book turned ten pages into a chapter.",
        "Mine is two.",
        "Ofsted's views on supervision have changed.",
        "Research in Practice, who ran the course, were excellent.",
        "The team organised themselves well.",
        "We took notes and brought Kolb's cycle into it.",
    ],
)
def test_general_rules_leave_ordinary_writing_alone(text: str) -> None:
    assert scan_text(text, "reflection.learnt") == []


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("tegan_shah_report.pdf", "tegan_shah"),
        ("letter_to_kai_brown.docx", "kai_brown"),
        ("ruby-mae_okafor_school_report.pdf", "ruby-mae_okafor"),
        ("domestic_abuse_referral_pathway.pdf", None),
        ("mental_capacity_assessment.pdf", None),
        ("trauma_informed_practice_notes.pdf", None),
        ("signs_of_safety_handout.pdf", None),
        ("serious_case_review_notes.docx", None),
    ],
)
def test_evidence_file_names(name: str, found: str | None) -> None:
    names = [f.text for f in scan_text(name, "evidence.0") if f.kind == "name"]
    assert names == ([found] if found else [])


def test_scan_entry_matches_field_by_field_scans() -> None:
    """scan_entry scans tags and file names together; the findings are the same."""
    from cpdlog.domain.confidentiality import ScanContext

    joined_findings = 0  # findings in tags or file names of entries with several of them
    for record in load_records()[:120] + load_records(HELDOUT_SET):
        entry = record_to_entry(record)
        findings = scan_entry(entry, "Jo Bloggs")
        together = {(f.field, f.start, f.end, f.kind) for f in findings}
        context = ScanContext.for_entry(entry, "Jo Bloggs")
        fields = dict(entry_fields(entry))
        alone = {
            (f.field, f.start, f.end, f.kind)
            for name, text in fields.items()
            for f in scan_text(text, name, context)
        }
        assert together == alone, record["id"]
        # each finding points at its own field's text, with that field's offsets
        for f in findings:
            assert fields[f.field][f.start : f.end] == f.text, (record["id"], f)
        several = {
            group
            for group in ("tags.", "evidence.")
            if sum(name.startswith(group) for name in fields) > 1
        }
        joined_findings += sum(
            1 for f in findings if _lenient(f.field) and f.field.startswith(tuple(several))
        )
    # the joined scan really ran on several short fields and found something in them
    assert joined_findings > 0
