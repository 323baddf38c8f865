"""Measure the confidentiality check: recall per kind, false alarms and speed.

    python bench/confidentiality.py

Prints one line per figure with its target. Uses the labelled evaluation set in
tests/confidentiality/data (see tests/confidentiality/make_eval_set.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "confidentiality"))

from eval_support import (  # noqa: E402
    FALSE_ALARM_TARGET,
    KIND_RECALL_TARGET,
    RECALL_TARGET,
    evaluate,
    load_records,
    record_to_entry,
)

from cpdlog.domain.confidentiality import ScanContext, scan_entry, scan_text  # noqa: E402

SCAN_ENTRIES = 10_000
SCAN_TARGET_S = 5.0
RESCAN_TARGET_MS = 20.0


def mark(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def main() -> int:
    records = load_records()
    score = evaluate(records)
    planted = sum(1 for r in records if r["category"] == "planted")
    print(f"evaluation set: {planted} planted, {score.clean} clean reflections")
    for kind in score.kinds():
        r = score.recall(kind)
        print(
            f"{mark(r >= KIND_RECALL_TARGET)} recall {kind:14} {r:6.1%}  "
            f"({score.found.get(kind, 0)}/{score.total[kind]})  target >= {KIND_RECALL_TARGET:.0%}"
        )
    overall = score.recall()
    print(
        f"{mark(overall >= RECALL_TARGET)} overall recall        {overall:6.1%}  "
        f"target >= {RECALL_TARGET:.0%}"
    )
    fa = score.false_alarm_share
    print(
        f"{mark(fa <= FALSE_ALARM_TARGET)} clean with a finding  {fa:6.1%}  "
        f"({score.clean_alarms}/{score.clean})  target <= {FALSE_ALARM_TARGET:.0%}"
    )

    entries = [record_to_entry(r) for r in records]
    words = sum(len(e.all_text().split()) for e in entries) / len(entries)
    start = time.perf_counter()
    for i in range(SCAN_ENTRIES):
        scan_entry(entries[i % len(entries)], "Jo Bloggs")
    elapsed = time.perf_counter() - start
    print(
        f"{mark(elapsed <= SCAN_TARGET_S)} scan {SCAN_ENTRIES} entries      {elapsed:6.2f} s  "
        f"(about {words:.0f} words each)  target <= {SCAN_TARGET_S:g} s"
    )

    body = " ".join(" ".join(r["sections"].values()) for r in records).split()
    section = " ".join(body[:1000])
    context = ScanContext.build("Jo Bloggs")
    scan_text(section, "reflection.learnt", context)
    runs = 50
    start = time.perf_counter()
    for i in range(runs):
        edited = section[: 2000 + i] + "x" + section[2000 + i :]  # a keystroke
        scan_text(edited, "reflection.learnt", context)
    per_ms = (time.perf_counter() - start) / runs * 1000
    print(
        f"{mark(per_ms <= RESCAN_TARGET_MS)} re-scan 1,000 words   {per_ms:6.1f} ms  "
        f"target <= {RESCAN_TARGET_MS:g} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
