"""Train the confidentiality check's context scorer and measure it set against set (issue 14).

    PYTHONPATH=src python -m tests.confidentiality.train_context_scorer          # write weights
    PYTHONPATH=src python -m tests.confidentiality.train_context_scorer --check  # reproduce them
    PYTHONPATH=src python -m tests.confidentiality.train_context_scorer --cross  # cross-set figures

Every name-like span the rules propose (kept or not) in a prose field of a development set is a
sample (:func:`cpdlog.domain.confidentiality.context_scorer.candidates`): private (1) when it
overlaps a labelled name, not private (0) when it overlaps no label (every candidate of a clean
record is 0); a span overlapping a label of another kind only (a school, a street) is left out.
A logistic regression (L2, full-batch Adagrad, fixed steps: deterministic, numpy only; numpy
comes with spaCy and is needed only here) is fitted to them, and the threshold is chosen on the
training side alone, from out-of-fold predictions (5 folds by record), as the one with the best
name recall minus share of clean records with a name.

The sets used are ``natural_set.jsonl``, ``natural_set_3.jsonl`` and the generated
``eval_set.jsonl`` and ``heldout.jsonl``. The unseen judges (``natural_set_2.jsonl``,
``natural_set_4.jsonl``) are never read here. Training runs with the rules alone (the names
model off), so the weights do not depend on whether spaCy is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from cpdlog.domain.confidentiality import context_scorer, model
from cpdlog.domain.confidentiality.scanner import ScanContext, _lenient, _Scanner, entry_fields
from tests.confidentiality.eval_support import (
    _FIELD_ALIASES,
    EVAL_SET,
    HELDOUT_SET,
    NATURAL_SET,
    Score,
    evaluate,
    load_records,
    record_to_entry,
)

ROOT = Path(__file__).resolve().parents[2]
NATURAL_SET_3 = NATURAL_SET.parent / "natural_set_3.jsonl"
SETS: dict[str, Path] = {
    "natural_set": NATURAL_SET,
    "natural_set_3": NATURAL_SET_3,
    "eval_set": EVAL_SET,
    "heldout": HELDOUT_SET,
}
GENERATED = ("eval_set", "heldout")
WEIGHTS = ROOT / "resources" / context_scorer.WEIGHTS_FILE

L2 = 0.3  # summed over samples (a weak prior of weight 0)
STEPS = 400
RATE = 0.5
MIN_COUNT = 2  # a feature seen fewer times in training is not kept
FOLDS = 5
THRESHOLDS = tuple(round(0.025 * i, 3) for i in range(1, 39))  # 0.025 ... 0.95
DIGITS = 4


@dataclass
class Sample:
    record: int  # index of its record in the training list
    field: str
    start: int
    end: int
    features: list[str]
    ruled: bool  # a name the rules kept (else one they proposed and did not keep)
    listed: bool  # judged by the scorer at run time (else kept whenever the rules keep it)
    label: int | None  # 1 private, 0 not, None left out (overlaps another kind's label)


@dataclass
class Corpus:
    samples: list[Sample] = field(default_factory=list)
    clean: list[bool] = field(default_factory=list)  # per record
    names: list[list[tuple[str, int, int]]] = field(default_factory=list)  # per record


def collect(records: list[dict[str, Any]]) -> Corpus:
    """Every candidate of every prose field, scanned with the rules alone."""
    corpus = Corpus()
    seen: list[context_scorer.Candidate] = []

    def keep(sc: _Scanner, found: list[context_scorer.Candidate]) -> None:
        seen.extend(found)

    with context_scorer.using(None), context_scorer.recording(keep):
        for index, record in enumerate(records):
            _collect_record(corpus, index, record, seen)
    return corpus


def _collect_record(
    corpus: Corpus, index: int, record: dict[str, Any], seen: list[context_scorer.Candidate]
) -> None:
    entry = record_to_entry(record)
    context = ScanContext.for_entry(entry, record.get("practitioner", ""))
    labels = [
        (_FIELD_ALIASES.get(lb["field"], lb["field"]), lb["start"], lb["end"], lb["kind"])
        for lb in record.get("labels", [])
    ]
    corpus.clean.append(record["category"] == "clean")
    corpus.names.append([(f, s, e) for f, s, e, k in labels if k == "name" and not _lenient(f)])
    for name, text in entry_fields(entry):
        if _lenient(name):
            continue
        seen.clear()
        _Scanner(text, context, False).run()
        for c in seen:
            over = [k for f, s, e, k in labels if f == name and s < c.end and c.start < e]
            label = 1 if "name" in over else (None if over else 0)
            corpus.samples.append(
                Sample(index, name, c.start, c.end, c.features, c.raw is not None, c.listed, label)
            )


def fit(samples: list[Sample]) -> tuple[float, dict[str, float]]:
    """Logistic regression on the labelled samples: (bias, weights by feature)."""
    used = [s for s in samples if s.label is not None]
    counts = Counter(f for s in used for f in set(s.features))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    for r, s in enumerate(used):
        for f in sorted(set(s.features)):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    row = np.asarray(rows, dtype=np.int64)
    col = np.asarray(cols, dtype=np.int64)
    y = np.asarray([s.label for s in used], dtype=np.float64)
    n, m = len(used), len(vocab)
    w = np.zeros(m)
    b = 0.0
    g_w = np.zeros(m)
    g_b = 0.0
    for _ in range(STEPS):
        z = b + np.bincount(row, weights=w[col], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        grad_w = (np.bincount(col, weights=err[row], minlength=m) + L2 * w) / n
        grad_b = float(err.sum()) / n
        g_w += grad_w * grad_w
        g_b += grad_b * grad_b
        w -= RATE * grad_w / (np.sqrt(g_w) + 1e-8)
        b -= RATE * grad_b / (np.sqrt(g_b) + 1e-8)
    weights = {f: round(float(v), DIGITS) for f, v in zip(vocab, w, strict=True)}
    return round(b, DIGITS), {f: v for f, v in weights.items() if v != 0.0}


def objective(corpus: Corpus, scores: list[float], cut: float) -> tuple[float, float]:
    """(name recall, share of clean records with a name) when the rules' names are kept at
    scores >= ``cut`` (log-odds; names without a listed first name always); the other
    candidates are never kept (as at run time)."""
    kept: dict[int, list[Sample]] = {}
    for s, z in zip(corpus.samples, scores, strict=True):
        if s.ruled and (z >= cut or not s.listed):
            kept.setdefault(s.record, []).append(s)
    found = total = 0
    flagged = 0
    for r, names in enumerate(corpus.names):
        mine = kept.get(r, [])
        if corpus.clean[r]:
            flagged += bool(mine)
            continue
        for f, start, end in names:
            total += 1
            found += any(k.field == f and k.start < end and start < k.end for k in mine)
    clean = sum(corpus.clean)
    return (found / total if total else 1.0, flagged / clean if clean else 0.0)


def out_of_fold(corpus: Corpus) -> list[float]:
    """Each sample's score from a model fitted without its record's fold."""
    scores = [0.0] * len(corpus.samples)
    for fold in range(FOLDS):
        bias, weights = fit([s for s in corpus.samples if s.record % FOLDS != fold])
        scorer = context_scorer.Weights(bias, 0.5, weights)
        for i, s in enumerate(corpus.samples):
            if s.record % FOLDS == fold:
                scores[i] = scorer.score(s.features)
    return scores


def choose_threshold(corpus: Corpus) -> float:
    """The threshold with the best recall minus false alarms, out of fold on this corpus."""
    scores = out_of_fold(corpus)
    best, best_value = THRESHOLDS[0], -2.0
    for t in THRESHOLDS:
        recall, alarms = objective(corpus, scores, context_scorer.Weights(0.0, t, {}).cut)
        if recall - alarms > best_value + 1e-12:
            best, best_value = t, recall - alarms
    return best


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(names: tuple[str, ...]) -> tuple[dict[str, Any], Corpus]:
    """The weights file's content trained on these sets, and the training corpus."""
    records: list[dict[str, Any]] = []
    for name in names:
        records.extend(load_records(SETS[name]))
    with model.rules_only():
        corpus = collect(records)
    threshold = choose_threshold(corpus)
    bias, weights = fit(corpus.samples)
    labelled = [s for s in corpus.samples if s.label is not None]
    content = {
        "format": context_scorer.FORMAT,
        "about": "Logistic regression deciding whether a name-like span in a reflection is a "
        "private person in the writer's casework; written by "
        "tests/confidentiality/train_context_scorer.py (see docs/confidentiality.md).",
        "trained_on": {
            n: {"sha256": _digest(SETS[n]), "records": len(load_records(SETS[n]))} for n in names
        },
        "samples": len(labelled),
        "private": sum(s.label == 1 for s in labelled),
        "settings": {
            "l2": L2,
            "steps": STEPS,
            "rate": RATE,
            "min_count": MIN_COUNT,
            "folds": FOLDS,
            "threshold_rule": "best name recall minus clean records flagged, out of fold",
        },
        "bias": bias,
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
    }
    return content, corpus


def dump(content: dict[str, Any]) -> str:
    return json.dumps(content, indent=1, ensure_ascii=False) + "\n"


def _line(label: str, score: Score) -> str:
    kinds = ", ".join(f"{k} {score.recall(k):.1%}" for k in score.kinds())
    return (
        f"{label}: items {score.recall():.1%} ({sum(score.found.values())}/"
        f"{sum(score.total.values())}), entries flagged {score.planted_flagged}/{score.planted}, "
        f"clean flagged {score.false_alarm_share:.1%} ({score.clean_alarms}/{score.clean})\n"
        f"    per kind: {kinds}"
    )


def cross(sweep: bool = False) -> None:
    """Train on one natural set (with the generated ones), test on the other; and back."""
    for train_on, test_on in (("natural_set", "natural_set_3"), ("natural_set_3", "natural_set")):
        content, _ = train((train_on, *GENERATED))
        weights = context_scorer.parse(json.dumps(content))
        records = load_records(SETS[test_on])
        with model.rules_only():
            with context_scorer.using(None):
                rules = evaluate(records)
            with context_scorer.using(weights):
                scored = evaluate(records)
        print(
            f"train on {train_on} + generated sets, test on {test_on} (threshold "
            f"{weights.threshold}, {len(weights.weights)} weights)"
        )
        print("  " + _line("rules alone ", rules))
        print("  " + _line("with scorer ", scored))
        if sweep:  # for information only: a threshold is never chosen on the test side
            for t in (0.1, 0.2, 0.3, 0.5):
                other = context_scorer.Weights(weights.bias, t, weights.weights)
                with model.rules_only(), context_scorer.using(other):
                    print("  " + _line(f"threshold {t}", evaluate(records)).split("\n")[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights")
    parser.add_argument("--cross", action="store_true", help="print the cross-set figures")
    parser.add_argument(
        "--sweep", action="store_true", help="with --cross: other thresholds on the test side"
    )
    args = parser.parse_args(argv)
    if args.cross:
        cross(args.sweep)
        return 0
    content, _ = train(tuple(SETS))
    text = dump(content)
    if args.check:
        same = WEIGHTS.is_file() and WEIGHTS.read_text(encoding="utf-8") == text
        print("the shipped weights are reproduced" if same else "the shipped weights differ")
        return 0 if same else 1
    WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}: {len(content['weights'])} weights, "
          f"threshold {content['threshold']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
