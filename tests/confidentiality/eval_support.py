"""Load the labelled evaluation set and score the confidentiality check against it.

Shared by ``bench/confidentiality.py`` (which prints the figures) and the quality-gate test.
A planted identifier counts as found when a finding of the same kind overlaps its span in the
same field. A clean reflection is a false alarm when the check finds anything in it at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cpdlog.domain.confidentiality import Finding, Kind, scan_entry
from cpdlog.domain.entry import ActivityType, Entry, Evidence, PeerReflection, Reflection, Source

EVAL_SET = Path(__file__).resolve().parent / "data" / "eval_set.jsonl"
# Written by hand apart from the generator and not tuned on (see make_heldout.py).
HELDOUT_SET = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
# Written independently of the detector, in practitioners' own style (see NATURAL_SET.md).
NATURAL_SET = Path(__file__).resolve().parent / "data" / "natural_set.jsonl"

# The set's field names, where they differ from the detector's.
_FIELD_ALIASES = {"source_notes": "source.notes"}

RECALL_TARGET = 0.95
KIND_RECALL_TARGET = 0.90
FALSE_ALARM_TARGET = 0.05


def load_records(path: Path = EVAL_SET) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def record_to_entry(record: dict[str, Any]) -> Entry:
    peer = record.get("peer")
    return Entry(
        title=record["title"],
        activity_type=ActivityType.OTHER,
        start_date=dt.date(2026, 3, 14),
        hours=1.0,
        source=Source(notes=record.get("source_notes", "")),
        reflection=Reflection("swe", dict(record["sections"])),
        peer=PeerReflection(peer["name"], peer["role"], None, peer["text"]) if peer else None,
        tags=list(record.get("tags", [])),
        evidence=[
            Evidence(f"{i:064x}", name, "application/pdf", 1)
            for i, name in enumerate(record.get("evidence", []))
        ],
    )


@dataclass
class Score:
    found: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    clean: int = 0
    clean_alarms: int = 0
    missed: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    alarms: list[tuple[str, Finding]] = field(default_factory=list)
    extra_in_planted: int = 0
    planted: int = 0
    planted_flagged: int = 0
    planted_complete: int = 0
    unflagged: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        if kind is None:
            total = sum(self.total.values())
            return sum(self.found.values()) / total if total else 1.0
        return self.found.get(kind, 0) / self.total[kind] if self.total.get(kind) else 1.0

    @property
    def false_alarm_share(self) -> float:
        return self.clean_alarms / self.clean if self.clean else 0.0

    @property
    def entry_recall(self) -> float:
        """Share of identifying entries with at least one finding."""
        return self.planted_flagged / self.planted if self.planted else 1.0

    @property
    def complete_entry_share(self) -> float:
        """Share of identifying entries in which every labelled item was found."""
        return self.planted_complete / self.planted if self.planted else 1.0

    def kinds(self) -> Iterator[str]:
        known = [k.value for k in Kind]
        return (k for k in [*known, *sorted(set(self.total) - set(known))] if k in self.total)


def evaluate(records: list[dict[str, Any]]) -> Score:
    score = Score()
    for record in records:
        findings = scan_entry(record_to_entry(record), record.get("practitioner", ""))
        if record["category"] == "clean":
            score.clean += 1
            if findings:
                score.clean_alarms += 1
                score.alarms.extend((record["id"], f) for f in findings)
            continue
        score.planted += 1
        if findings:
            score.planted_flagged += 1
        else:
            score.unflagged.append(record["id"])
        used: set[int] = set()
        missed_before = len(score.missed)
        for label in record["labels"]:
            kind = label["kind"]
            where = _FIELD_ALIASES.get(label["field"], label["field"])
            score.total[kind] = score.total.get(kind, 0) + 1
            hit = next(
                (
                    i
                    for i, f in enumerate(findings)
                    if f.field == where
                    and f.kind == kind
                    and f.start < label["end"]
                    and label["start"] < f.end
                ),
                None,
            )
            if hit is None:
                score.missed.append((record["id"], label))
            else:
                used.add(hit)
                score.found[kind] = score.found.get(kind, 0) + 1
        if len(score.missed) == missed_before:
            score.planted_complete += 1
        labelled = [
            (_FIELD_ALIASES.get(lb["field"], lb["field"]), lb["start"], lb["end"])
            for lb in record["labels"]
        ]
        score.extra_in_planted += sum(
            1
            for i, f in enumerate(findings)
            if i not in used
            and not any(fd == f.field and s < f.end and f.start < e for fd, s, e in labelled)
        )
    return score
