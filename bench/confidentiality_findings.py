"""Record every finding of the confidentiality check on the evaluation sets, and compare.

    python bench/confidentiality_findings.py --record before.json    # before a change
    python bench/confidentiality_findings.py --compare before.json   # after it: same findings?

For a change meant to make the check faster and nothing else (caches, compiled patterns): it
must find exactly what it found before. Every finding is recorded whole (set, record id,
field, start, end, kind, confidence, text, suggestion, fingerprint), with the names model and
with the rules only, three ways: each entry alone (``scan_entry``, as the editor's entry
check), the set as one batch (``scan_entries``, as ``cpdlog check`` and the export), and each
section alone (``scan_text``, as the editor re-scans a section). Long texts, which the scan
reads in overlapping chunks, are covered by a fourth way: ten records' sections joined into
one text. Each way starts from empty caches, so a cache cannot answer for the scan it is
meant to check; the batch way then scans the set a second time, from the caches.

The sets are those in tests/confidentiality/data except natural_set_2.jsonl, the unseen judge
(see NATURAL_SET.md), which nothing here reads. The record is written outside git (it is made
from the sets, and generated).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "confidentiality"))

from eval_support import load_records, record_to_entry  # noqa: E402

from cpdlog.domain.confidentiality import (  # noqa: E402
    Finding,
    ScanContext,
    context_scorer,
    data,
    general,
    model,
    patterns,
    scan_entries,
    scan_entry,
    scan_text,
    scanner,
)

DATA = ROOT / "tests" / "confidentiality" / "data"
UNSEEN = {"natural_set_2.jsonl"}
JOINED = 10  # records whose sections make one long text


def _sets() -> list[Path]:
    return sorted(p for p in DATA.glob("*.jsonl") if p.name not in UNSEEN)


def _fresh() -> None:
    """Empty every cache the check keeps (entries, chunks, per-word answers, word lists)."""
    with scanner._chunk_lock:
        scanner._entry_cache.clear()
        scanner._chunk_cache.clear()
    general._CANDIDATES.clear()
    for module in (scanner, general, context_scorer, data, patterns):
        for name in dir(module):
            cached = getattr(module, name)
            if callable(getattr(cached, "cache_clear", None)):
                cached.cache_clear()


def _row(where: str, finding: Finding) -> list[Any]:
    return [
        where,
        finding.field,
        finding.start,
        finding.end,
        finding.kind,
        round(finding.confidence, 9),
        finding.text,
        finding.suggestion,
        finding.fingerprint,
    ]


def _rows(path: Path) -> Iterator[list[Any]]:
    records = load_records(path)
    entries = [record_to_entry(r) for r in records]
    names = [str(r.get("practitioner", "")) for r in records]
    ids = [str(r["id"]) for r in records]
    _fresh()
    for record_id, entry, name in zip(ids, entries, names, strict=True):
        for finding in scan_entry(entry, name):
            yield _row(f"entry {record_id}", finding)
    _fresh()
    for attempt in ("batch", "batch again"):  # the second from the caches
        found = scan_entries(entries, "Jo Bloggs")
        for record_id, findings in zip(ids, found, strict=True):
            for finding in findings:
                yield _row(f"{attempt} {record_id}", finding)
    _fresh()
    for record_id, entry, name in zip(ids, entries, names, strict=True):
        context = ScanContext.for_entry(entry, name)
        for key, text in entry.reflection.sections.items():
            for finding in scan_text(text, f"reflection.{key}", context):
                yield _row(f"text {record_id}", finding)
    _fresh()
    for first in range(0, len(records), JOINED):
        text = "\n\n".join(
            t for e in entries[first : first + JOINED] for t in e.reflection.sections.values()
        )
        for finding in scan_text(text, "reflection.joined", ScanContext()):
            yield _row(f"joined {first}", finding)


def record() -> dict[str, list[list[Any]]]:
    result: dict[str, list[list[Any]]] = {}
    for use_model in (True, False):
        model.set_enabled(use_model)
        if use_model and not model.available():
            print("the names model is not available: findings with it not recorded")
            continue
        mode = "model" if use_model else "rules only"
        for path in _sets():
            rows = list(_rows(path))
            result[f"{mode} {path.name}"] = rows
            print(f"{mode:10} {path.name:22} {len(rows):6} findings", flush=True)
    model.set_enabled(True)
    return result


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("--record", "--compare"):
        print(__doc__)
        return 2
    target = Path(sys.argv[2])
    now = record()
    if sys.argv[1] == "--record":
        target.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")
        print(f"recorded {sum(len(v) for v in now.values())} findings in {target}")
        return 0
    before = json.loads(target.read_text(encoding="utf-8"))
    differ = 0
    for name in sorted(set(before) | set(now)):
        old = [tuple(r) for r in before.get(name, [])]
        new = [tuple(r) for r in now.get(name, [])]
        if old == new:
            continue
        differ += 1
        gone = [r for r in old if r not in set(new)]
        added = [r for r in new if r not in set(old)]
        print(f"DIFFERENT {name}: {len(old)} before, {len(new)} now")
        for r in gone[:10]:
            print(f"   gone  {r}")
        for r in added[:10]:
            print(f"   added {r}")
        if not gone and not added:
            print("   the same findings in another order")
    total = sum(len(v) for v in now.values())
    print("same findings" if not differ else f"{differ} of {len(now)} runs differ", f"({total})")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
