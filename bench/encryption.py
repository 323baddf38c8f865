"""Encrypted journal versus plain, in the same run (issue 19).

    python bench/encryption.py [--entries 10000] [--pdf-entries 500] [--evidence-mb 500]

Builds one journal of ``--entries`` entries, copies it, encrypts the copy, then times on both:
app start-up (open + first entry list), the entry list, search (p95 of a fixed query mix) and
a PDF export of ``--pdf-entries`` entries. Targets: each encrypted figure <= 1.3x plain. Then
times encrypting a journal of ``--entries`` entries with ``--evidence-mb`` MB of evidence
(500 MB as in the issue takes a while and that much disk: use a smaller figure day to day).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.conftest import make_entry  # noqa: E402

from cpdlog.services.app import App  # noqa: E402
from cpdlog.services.portfolio import PortfolioRequest  # noqa: E402
from cpdlog.storage import encryption  # noqa: E402
from cpdlog.storage.entries_repo import EntryRepository  # noqa: E402

PASS = "benchmark passphrase, not secret"
RATIO_TARGET = 1.3
NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
QUERIES = ["care", "strength", "assessment", "review working", "kinship", "entry 42", "learnt"]
WORDS = "care strength assessment review kinship supervision family carer court plan".split()


def build(home: Path, entries: int, evidence_mb: int = 0) -> None:
    app = App.open(home, clock=lambda: NOW)
    with app.db.session() as session:
        repo = EntryRepository(session, app.fts)
        for i in range(entries):
            words = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(12))
            entry = make_entry(
                title=f"Entry {i} on {WORDS[i % len(WORDS)]}",
                day=dt.date(2026, 1 + i % 11, 1 + i % 27),
                learnt=f"Learnt {i}: {words}.",
                tags=[WORDS[i % 7]],
            )
            repo.add(entry, NOW)
    if evidence_mb:
        chunk = 5 * 1024 * 1024
        for n in range(max(1, evidence_mb * 1024 * 1024 // chunk)):
            app.evidence_store.add_bytes(os.urandom(chunk), f"scan-{n}.pdf", "application/pdf")
    app.close()


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def measure(home: Path, passphrase: str | None, pdf_entries: int, out: Path) -> dict[str, float]:
    figures: dict[str, float] = {}

    def startup() -> None:
        app = App.open(home, passphrase=passphrase)
        app.entries.list_entries()
        app.close()

    figures["start-up (open + list), s"] = min(timed(startup) for _ in range(3))
    app = App.open(home, passphrase=passphrase, clock=lambda: NOW)
    try:
        figures["entry list, s"] = min(timed(app.entries.list_entries) for _ in range(5))
        samples = []
        for _ in range(5):
            for query in QUERIES:
                samples.append(timed(lambda q=query: app.entries.search(q)))
        figures["search p95, ms"] = statistics.quantiles(samples, n=20)[18] * 1000
        ids = tuple(e.id for e in app.entries.list_entries()[:pdf_entries] if e.id is not None)
        request = PortfolioRequest(output=out, entry_ids=ids, include_drafts=True)
        figures[f"PDF of {len(ids)} entries, s"] = timed(lambda: app.portfolio.export(request))
    finally:
        app.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--pdf-entries", type=int, default=500)
    parser.add_argument("--evidence-mb", type=int, default=500)
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        plain = base / "plain"
        build(plain, args.entries)
        encrypted = base / "encrypted"
        shutil.copytree(plain, encrypted)
        encryption.encrypt(encrypted, encrypted / "cpdlog.sqlite", PASS)
        p = measure(plain, None, args.pdf_entries, base / "plain.pdf")
        e = measure(encrypted, PASS, args.pdf_entries, base / "encrypted.pdf")
        print(f"{args.entries:,} entries: plain / encrypted / ratio (target <= {RATIO_TARGET}x)")
        for name, plain_value in p.items():
            ratio = e[name] / plain_value if plain_value else float("inf")
            ok = ratio <= RATIO_TARGET
            failures += not ok
            print(
                f"{'ok  ' if ok else 'MISS'} {name:28} {plain_value:10.3f} {e[name]:10.3f} "
                f"{ratio:6.2f}x"
            )
        big = base / "big"
        build(big, args.entries, args.evidence_mb)
        took = timed(lambda: encryption.encrypt(big, big / "cpdlog.sqlite", PASS))
        print(
            f"info encrypting {args.entries:,} entries with {args.evidence_mb} MB of evidence: "
            f"{took:.1f} s"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
