"""What the journal benchmarks share: made-up but realistic entries, the searches they run,
and how they time them (``bench/journal.py`` for one person's SQLite journal,
``bench/team.py`` for a team on PostgreSQL against one person on SQLite).

Imported by those scripts (they put ``bench/`` and ``src/`` on the path); not a benchmark.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable, Iterable, Sequence

from cpdlog.domain.entry import ActivityType, Entry, PeerReflection, Reflection, Source
from cpdlog.services.app import App
from cpdlog.storage.entries_repo import EntryRepository

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
WORDS = (
    "practice family risk assessment plan support review rights wellbeing partnership "
    "relationship evidence research theory model decision judgement team manager supervision "
    "outcome voice child adult carer community power consent capacity advocacy record"
).split()
# the searches both benchmarks time (each finds some of the entries above)
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
FIRST_DAY = dt.date(2019, 12, 1)


def make_entry(
    rng: random.Random,
    title: Callable[[str], str],
    url: str,
    tags: list[str],
    standards: Sequence[str],
    peer: PeerReflection | None = None,
) -> Entry:
    """An entry about a topic drawn from :data:`TOPICS` (``title`` makes its title from the
    topic), with three reflection sections of about 100 words, dated within seven years."""
    topic = rng.choice(TOPICS)
    filler = " ".join(rng.choice(WORDS) for _ in range(60))
    return Entry(
        title=title(topic),
        activity_type=rng.choice(list(ActivityType)),
        start_date=FIRST_DAY + dt.timedelta(days=rng.randrange(7 * 365)),
        hours=rng.randrange(1, 16) / 4,
        source=Source(url=url, provider="Research in Practice"),
        reflection=Reflection(
            "swe",
            {
                "description": f"A session on {topic}. {filler}",
                "learnt": f"I learnt about {topic}, {rng.choice(TOPICS)}. {filler[:200]}",
                "impact": f"I changed how I approach {rng.choice(TOPICS)}.",
            },
        ),
        peer=peer,
        tags=tags,
        standards=[rng.choice(standards)],
    )


def store(app: App, entries: Iterable[Entry]) -> None:
    """Save ``entries`` through the repository in one transaction, as the app saves each."""
    now = dt.datetime.now(dt.UTC)
    with app.db.session() as session:
        repo = EntryRepository(session, app.fts)
        for entry in entries:
            repo.add(entry, now)


def timed_ms(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    """``fn``'s wall-clock time in milliseconds, once per run."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def time_searches(search: Callable[[str], object], rounds: int) -> list[float]:
    """Every query of :data:`QUERIES`, ``rounds`` times, each timed."""
    samples: list[float] = []
    for _ in range(rounds):
        for q in QUERIES:
            samples += timed_ms(lambda q=q: search(q))
    return samples
