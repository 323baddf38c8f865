"""The second natural-writing set (natural_set_2.jsonl), written without seeing the detector
and first run on it after the issue-14 changes were merged (docs/confidentiality.md).

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
# 81%. The floors below are those figures rounded down.
FLOOR = {"items": 0.88, "entries": 0.99, "false_alarms": 0.20, "kinds": 0.55}


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
