"""Journal benchmark: search and list latency over 10,000 entries, and CLI start-up time.

Run on its own: ``python bench/journal.py``. Prints one line per figure with its target.
Targets (issue 2): search median <= 20 ms; `cpdlog --version` <= 0.25 s above bare Python.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cpdlog.domain.entry import Entry, PeerReflection
from cpdlog.domain.search import EntryFilter
from cpdlog.services.app import App
from journal_data import make_entry, store, time_searches, timed_ms

N_ENTRIES = 10_000
VERBS = ["explored", "reviewed", "discussed", "read about", "listened to", "reflected on"]


def make_entries(rng: random.Random) -> list[Entry]:
    entries = []
    for i in range(N_ENTRIES):
        verb = rng.choice(VERBS).capitalize()
        peer = PeerReflection("Sam", "Supervisor", None, "We discussed it.") if i % 5 == 0 else None
        tags = [rng.choice(["adults", "children", "mental health", "ethics"])]
        entries.append(
            make_entry(
                rng,
                lambda topic, verb=verb, i=i: f"{verb} {topic} ({i})",
                f"https://example.org/{i}",
                tags,
                ["swe:4.1", "swe:4.2", "swe:4.4", "pcf:5", "hcpc:3"],
                peer,
            )
        )
    return entries


def process_seconds(args: list[str], runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    rng = random.Random(20261128)
    with tempfile.TemporaryDirectory() as tmp:
        app = App.open(Path(tmp) / "home")
        t0 = time.perf_counter()
        store(app, make_entries(rng))
        print(f"setup: stored {N_ENTRIES} entries in {time.perf_counter() - t0:.1f} s")

        search = time_searches(lambda q: app.entries.search(q, 50), 5)
        med, p95 = statistics.median(search), statistics.quantiles(search, n=20)[18]
        print(f"search median: {med:.1f} ms (target <= 20 ms; ratio to target {med / 20:.2f})")
        print(f"search p95: {p95:.1f} ms")

        year = EntryFilter(date_from=dt.date(2025, 12, 1), date_to=dt.date(2026, 11, 30))
        count = len(app.entries.list_entries(year))
        listing = timed_ms(lambda: app.entries.list_entries(year), 15)
        print(
            f"entry list for a year ({count} entries): median {statistics.median(listing):.1f} ms"
        )
        app.close()

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    os.environ.update(env)
    bare = process_seconds([sys.executable, "-c", "pass"])
    cli = process_seconds([sys.executable, "-m", "cpdlog", "--version"])
    print(
        f"cpdlog --version: {cli * 1000:.0f} ms vs bare python {bare * 1000:.0f} ms: "
        f"+{(cli - bare) * 1000:.0f} ms, ratio {cli / bare:.2f}x (target <= +250 ms)"
    )


if __name__ == "__main__":
    main()
