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

from cpdlog.domain.entry import ActivityType, Entry, PeerReflection, Reflection, Source
from cpdlog.domain.search import EntryFilter
from cpdlog.services.app import App
from cpdlog.storage.entries_repo import EntryRepository

N_ENTRIES = 10_000
TOPICS = [
    "strengths-based practice",
    "the Care Act 2014",
    "trauma-informed care",
    "kinship care",
    "the Mental Capacity Act",
    "safeguarding adults",
    "contextual safeguarding",
    "child protection",
    "anti-racist practice",
    "hospital discharge",
    "autism and assessment",
    "domestic abuse",
    "motivational interviewing",
    "signs of safety",
    "supervision and reflection",
    "social media",
    "mental health act assessments",
    "care leavers",
    "family group conferences",
    "self-neglect",
]
VERBS = ["explored", "reviewed", "discussed", "read about", "listened to", "reflected on"]
WORDS = (
    "practice family risk assessment plan support review rights wellbeing partnership "
    "relationship evidence research theory model decision judgement team manager supervision "
    "outcome voice child adult carer community power consent capacity advocacy record"
).split()
QUERIES = [
    "care act",
    "trauma",
    "kinship",
    "capacity",
    "safeguarding",
    "signs of safety",
    "supervision",
    "racist",
    "family group",
    "discharge",
    "motivational",
    "self neglect",
]


def make_entries(rng: random.Random) -> list[Entry]:
    start = dt.date(2019, 12, 1)
    entries = []
    for i in range(N_ENTRIES):
        topic = rng.choice(TOPICS)
        filler = " ".join(rng.choice(WORDS) for _ in range(60))
        entries.append(
            Entry(
                title=f"{rng.choice(VERBS).capitalize()} {topic} ({i})",
                activity_type=rng.choice(list(ActivityType)),
                start_date=start + dt.timedelta(days=rng.randrange(7 * 365)),
                hours=rng.randrange(1, 16) / 4,
                source=Source(url=f"https://example.org/{i}", provider="Research in Practice"),
                reflection=Reflection(
                    "swe",
                    {
                        "description": f"A session on {topic}. {filler}",
                        "learnt": f"I learnt about {topic}, {rng.choice(TOPICS)}. {filler[:200]}",
                        "impact": f"I changed how I approach {rng.choice(TOPICS)}.",
                    },
                ),
                peer=PeerReflection("Sam", "Supervisor", None, "We discussed it.")
                if i % 5 == 0
                else None,
                tags=[rng.choice(["adults", "children", "mental health", "ethics"])],
                standards=[rng.choice(["swe:4.1", "swe:4.2", "swe:4.4", "pcf:5", "hcpc:3"])],
            )
        )
    return entries


def timed_ms(fn: object, repeat: int) -> list[float]:
    assert callable(fn)
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


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
        now = dt.datetime.now(dt.UTC)
        with app.db.session() as session:
            repo = EntryRepository(session, app.fts)
            for entry in make_entries(rng):
                repo.add(entry, now)
        print(f"setup: stored {N_ENTRIES} entries in {time.perf_counter() - t0:.1f} s")

        search = []
        for _ in range(5):
            for q in QUERIES:
                search += timed_ms(lambda q=q: app.entries.search(q, 50), 1)
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
