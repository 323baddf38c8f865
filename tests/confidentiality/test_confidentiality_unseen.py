"""The unseen natural-writing sets (natural_set_2.jsonl, and natural_set_4.jsonl from session 6),
written without seeing the detector and run on it only after changes were merged
(docs/confidentiality.md). Only their aggregate figures are looked at, never their misses.

It says how the check does on writing nobody tuned against: far from the issue's targets
(items >= 95%, every kind >= 90%, clean reflections flagged <= 5%). The gate keeps what was
measured on first contact as a floor, so a change can only hold or improve it; raise the floors
as the detector improves, never lower them, and never tune the detector on this set's texts.
"""

from __future__ import annotations

from pathlib import Path

from cpdlog.domain.confidentiality import model
from tests.confidentiality.eval_support import evaluate, load_records

UNSEEN = Path(__file__).resolve().parent / "data" / "natural_set_2.jsonl"

# First measured on 2026-12-01 (rules and model alike): 86.3% of items, 130/130 identifying
# entries flagged, 23/70 clean reflections flagged (32.9%, every alarm a "name"), weakest kinds
# postcode 56%, event 60%, address 67%, institution 77%.
# Second run, 2026-12-01 evening, after the context step and the shapes tuned on natural_set.jsonl
# and natural_set_3.jsonl (never on this set): 88.2% of items, 130/130 entries flagged, 14/70 clean
# reflections flagged (20.0%), weakest kinds postcode 56%, event 67%, date of birth 80%, reference
# 81%. Session 6, after the trained context scorer (one run, aggregate figures only): 13/70 clean
# flagged (18.6%), the rest unchanged. Session 7 (2026-12-02, after s7-confrecall's general shapes
# tuned on development sets only; one run by the lead, aggregate figures only, rules and model
# alike): 89.6% of items, 130/130 entries flagged, 10/70 clean flagged (14.3%), weakest kinds date
# of birth 80.0%, event 80.0%, address 80.4%, reference 81.2%. The floors below are those figures
# rounded down.
FLOOR = {"items": 0.89, "entries": 0.99, "false_alarms": 0.15, "kinds": 0.79}


def test_the_unseen_set_is_the_one_described() -> None:
    records = load_records(UNSEEN)
    planted = [r for r in records if r["category"] == "planted"]
    clean = [r for r in records if r["category"] == "clean"]
    assert (len(planted), len(clean)) == (130, 70)
    assert sum(len(r["labels"]) for r in planted) == 642


def test_the_unseen_set_holds_its_first_measured_level() -> None:
    with model.rules_only():
        score = evaluate(load_records(UNSEEN))
    assert score.recall() >= FLOOR["items"], score.recall()
    assert score.entry_recall >= FLOOR["entries"], score.unflagged
    assert score.false_alarm_share <= FLOOR["false_alarms"], score.false_alarm_share
    low = {k: round(score.recall(k), 3) for k in score.kinds() if score.recall(k) < FLOOR["kinds"]}
    assert not low, low


UNSEEN_4 = Path(__file__).resolve().parent / "data" / "natural_set_4.jsonl"

# First contact, 2026-12-01 22:08 UTC, on the detector of 7c0fe9b (before any change of session 6
# was merged), rules only: 88.6% of items, 240/241 identifying entries flagged (99.6%), 33/142
# clean reflections flagged (23.2%), weakest kinds postcode 69.6%, institution 73.3%, address
# 75.3%, event 81.0%. With the model: 88.7%, 99.6%, 23.9%. After the trained context scorer (one
# run, aggregate figures only): 30/142 clean flagged (21.1%), the rest unchanged. The floors are
# those figures rounded. Session 7 (2026-12-02, after s7-confrecall, one run by the lead, aggregate
# figures only): rules 89.6% of items, 99.6% of entries, 29/142 clean flagged (20.4%); with the
# model 89.7% and 30/142 (21.1%); weakest kinds address 76.5%, institution 80.0%, event 85.7%,
# postcode 87.0%. The floors are those figures rounded down.
FLOOR_4 = {"items": 0.89, "entries": 0.99, "false_alarms": 0.22, "kinds": 0.76}


def test_the_fourth_set_is_the_one_described() -> None:
    records = load_records(UNSEEN_4)
    planted = [r for r in records if r["category"] == "planted"]
    clean = [r for r in records if r["category"] == "clean"]
    assert (len(planted), len(clean)) == (241, 142)
    assert sum(len(r["labels"]) for r in planted) == 995


def test_the_fourth_set_holds_its_first_measured_level() -> None:
    with model.rules_only():
        score = evaluate(load_records(UNSEEN_4))
    assert score.recall() >= FLOOR_4["items"], score.recall()
    assert score.entry_recall >= FLOOR_4["entries"], score.entry_recall
    assert score.false_alarm_share <= FLOOR_4["false_alarms"], score.false_alarm_share
    low = {
        k: round(score.recall(k), 3) for k in score.kinds() if score.recall(k) < FLOOR_4["kinds"]
    }
    assert not low, low
