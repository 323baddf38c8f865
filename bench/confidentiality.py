"""Measure the confidentiality check: recall per kind, false alarms and speed.

    python bench/confidentiality.py

Prints one line per figure with its target. The judge is the natural-writing set
(tests/confidentiality/data/natural_set.jsonl, written independently of the detector; see
NATURAL_SET.md). The generated set (make_eval_set.py) and the hand-written held-out set are
kept as regression checks. ``-v`` lists what the natural set's scan missed and its false alarms.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "confidentiality"))

from eval_support import (  # noqa: E402
    FALSE_ALARM_TARGET,
    HELDOUT_SET,
    KIND_RECALL_TARGET,
    NATURAL_SET,
    RECALL_TARGET,
    evaluate,
    load_records,
    record_to_entry,
)

from cpdlog.domain.confidentiality import (  # noqa: E402
    ScanContext,
    model,
    scan_entry,
    scan_text,
)

SCAN_ENTRIES = 10_000
SCAN_TARGET_S = 10.0
RESCAN_TARGET_MS = 30.0
WORKER_TARGET_MS = 300.0  # underlines from the model within 300 ms of a pause
# The natural set's first measurement, before the detector was changed for it (commit message
# of the bench change that added the set to this script).
NATURAL_BEFORE = "63.7% of items, 88.0% of identifying entries flagged, 12.7% false alarms"


def mark(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def report(title: str, records: list[dict[str, object]], verbose: bool) -> None:
    score = evaluate(records)
    print(f"{title}: {score.planted} with identifiers, {score.clean} clean reflections")
    for kind in score.kinds():
        r = score.recall(kind)
        print(
            f"{mark(r >= KIND_RECALL_TARGET)} recall {kind:14} {r:6.1%}  "
            f"({score.found.get(kind, 0)}/{score.total[kind]})  target >= {KIND_RECALL_TARGET:.0%}"
        )
    overall = score.recall()
    print(
        f"{mark(overall >= RECALL_TARGET)} recall by item        {overall:6.1%}  "
        f"({sum(score.found.values())}/{sum(score.total.values())})  "
        f"target >= {RECALL_TARGET:.0%}"
    )
    print(
        f"{mark(score.entry_recall >= 1.0)} entries flagged       {score.entry_recall:6.1%}  "
        f"({score.planted_flagged}/{score.planted})  target 100%"
    )
    print(
        f"     entries fully found   {score.complete_entry_share:6.1%}  "
        f"({score.planted_complete}/{score.planted}; every labelled item in the entry found)"
    )
    fa = score.false_alarm_share
    print(
        f"{mark(fa <= FALSE_ALARM_TARGET)} clean with a finding  {fa:6.1%}  "
        f"({score.clean_alarms}/{score.clean})  target <= {FALSE_ALARM_TARGET:.0%}"
    )
    if verbose:
        for record_id in score.unflagged:
            print(f"     no finding in {record_id}")
        for record_id, label in score.missed:
            print(f"     missed {record_id} {label['kind']}: {label['text']!r}")
        for record_id, finding in score.alarms:
            print(f"     false alarm {record_id} {finding.kind}: {finding.text!r}")


def main() -> int:
    verbose = "-v" in sys.argv
    natural = load_records(NATURAL_SET)
    start = time.perf_counter()
    loaded = model.available()
    load_s = time.perf_counter() - start
    print(
        f"names model: {'loaded in ' + format(load_s, '.2f') + ' s' if loaded else 'NOT available'}"
        " (the app loads it on the first scan, on a worker)"
    )
    with model.rules_only():
        report("natural set, rules and lists only", natural, verbose=False)
    start = time.perf_counter()
    report("natural set, rules, lists and model", natural, verbose)
    print(
        f"     (model read {len(natural)} entries for the first time in "
        f"{time.perf_counter() - start:.2f} s)"
    )
    print(f"     (before this work: {NATURAL_BEFORE})")
    records = load_records()
    score = evaluate(records)
    print(
        f"{mark(score.recall() >= RECALL_TARGET and score.false_alarm_share <= FALSE_ALARM_TARGET)}"
        f" generated set         recall {score.recall():6.1%}, "
        f"clean with a finding {score.false_alarm_share:.1%} ({score.clean_alarms}/{score.clean})"
    )

    heldout = load_records(HELDOUT_SET)
    held = evaluate(heldout)
    weakest = min(held.kinds(), key=held.recall)
    print(
        f"{mark(held.recall() >= RECALL_TARGET and held.false_alarm_share <= FALSE_ALARM_TARGET)}"
        f" held-out set          recall {held.recall():6.1%} "
        f"({sum(held.found.values())}/{sum(held.total.values())}), "
        f"clean with a finding {held.false_alarm_share:.1%} ({held.clean_alarms}/{held.clean}), "
        f"weakest kind {weakest} {held.recall(weakest):.0%}  (hand-written; its first "
        "measurement was 85.9% recall, 0% false alarms)"
    )
    if verbose:
        for record_id, label in held.missed:
            print(f"     missed {record_id} {label['kind']}: {label['text']!r}")
        for record_id, finding in held.alarms:
            print(f"     false alarm {record_id} {finding.kind}: {finding.text!r}")

    entries = [record_to_entry(r) for r in natural]
    words = sum(len(e.all_text().split()) for e in entries) / len(entries)
    for label, rules in (("rules only", True), ("model, texts already read", False)):
        start, cpu = time.perf_counter(), time.process_time()
        with model.rules_only() if rules else contextlib.nullcontext():
            for i in range(SCAN_ENTRIES):
                scan_entry(entries[i % len(entries)], "Jo Bloggs")
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        print(
            f"{mark(elapsed <= SCAN_TARGET_S)} scan {SCAN_ENTRIES} entries      {elapsed:6.2f} s  "
            f"(CPU {cpu:.2f} s; about {words:.0f} words each; {label})  "
            f"target <= {SCAN_TARGET_S:g} s"
        )
    if loaded:
        # Texts the model has never read (each entry made unique), so nothing is cached.
        fresh = [record_to_entry(r) for r in natural]
        for i, e in enumerate(fresh):
            e.reflection.sections = {k: f"{v} ({i})" for k, v in e.reflection.sections.items()}
        start, cpu = time.perf_counter(), time.process_time()
        for e in fresh:
            scan_entry(e, "Jo Bloggs")
        per_entry = (time.perf_counter() - start) / len(fresh)
        cpu = (time.process_time() - cpu) / len(fresh)
        estimate = per_entry * SCAN_ENTRIES
        print(
            f"{mark(estimate <= SCAN_TARGET_S)} scan {SCAN_ENTRIES} unread entries   "
            f"{estimate:6.1f} s  (estimated from {len(fresh)}: {per_entry * 1000:.1f} ms each, "
            f"CPU {cpu * SCAN_ENTRIES:.1f} s; model reading every new sentence once)  target <= "
            f"{SCAN_TARGET_S:g} s"
        )

    body = " ".join(" ".join(r["sections"].values()) for r in natural).split()
    section = " ".join(body[:1000])
    context = ScanContext.build("Jo Bloggs")
    scan_text(section, "reflection.learnt", context)
    runs = 20
    start = time.perf_counter()
    for i in range(runs):
        edited = section[: 2000 + i] + "x" + section[2000 + i :]  # a keystroke
        scan_text(edited, "reflection.learnt", context)
    per_ms = (time.perf_counter() - start) / runs * 1000
    limit = WORKER_TARGET_MS if loaded else RESCAN_TARGET_MS
    print(
        f"{mark(per_ms <= limit)} re-scan 1,000 words   {per_ms:6.1f} ms  "
        f"target <= {limit:g} ms  ({'model reads each edit: the worker' if loaded else 'rules'})"
    )
    runs = 50
    start = time.perf_counter()
    for i in range(runs):
        edited = section[: 3000 + i] + "y" + section[3000 + i :]
        scan_text(edited, "reflection.learnt", context, wait_for_model=False)
    per_ms = (time.perf_counter() - start) / runs * 1000
    print(
        f"{mark(per_ms <= RESCAN_TARGET_MS)} re-scan 1,000 words   {per_ms:6.1f} ms  "
        f"target <= {RESCAN_TARGET_MS:g} ms  (after a keystroke, GUI thread: rules at once)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
