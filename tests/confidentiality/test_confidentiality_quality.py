"""Quality gate: the detector meets its targets on the labelled evaluation set."""

from __future__ import annotations

from tests.confidentiality.eval_support import (
    FALSE_ALARM_TARGET,
    KIND_RECALL_TARGET,
    RECALL_TARGET,
    evaluate,
    load_records,
)


def test_eval_set_is_big_enough_and_covers_every_kind() -> None:
    records = load_records()
    planted = [r for r in records if r["category"] == "planted"]
    clean = [r for r in records if r["category"] == "clean"]
    assert len(planted) >= 200 and len(clean) >= 200
    kinds = {label["kind"] for r in planted for label in r["labels"]}
    assert kinds == {
        "name",
        "age",
        "date_of_birth",
        "nhs_number",
        "ni_number",
        "postcode",
        "phone",
        "email",
        "address",
        "reference",
        "institution",
    }
    for r in planted:
        for label in r["labels"]:
            if label["field"].startswith("reflection."):
                text = r["sections"][label["field"].split(".", 1)[1]]
                assert text[label["start"] : label["end"]] == label["text"]


def test_recall_and_false_alarms_meet_targets() -> None:
    score = evaluate(load_records())
    low = {
        k: round(score.recall(k), 3) for k in score.kinds() if score.recall(k) < KIND_RECALL_TARGET
    }
    assert not low, f"kinds below {KIND_RECALL_TARGET:.0%}: {low}"
    assert score.recall() >= RECALL_TARGET
    assert score.false_alarm_share <= FALSE_ALARM_TARGET
