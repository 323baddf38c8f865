"""Team benchmark: search p95 and entry list on an organisation's shared PostgreSQL server for a
team (200 practitioners x 500 entries), against the same on SQLite for one person, in one run.

Run on its own: ``python bench/team.py`` (starts a throwaway PostgreSQL server from Debian's
``postgresql`` package through ``tests/pgserver.py``), or ``--database-url URL`` for a server of
your own (an empty database: everything in it is replaced). ``--practitioners`` and
``--entries-each`` make a smaller run. Prints one line per figure with its target (issue 17):
search p95 on the server <= 2x SQLite's for one person; entry list likewise.

Until the ownership column exists (``owner``, migration 0007_team), "a team" is all the
entries in one journal, and "one practitioner" is the entries carrying that practitioner's tag:
the entry list filters on it (as the owner filter will), and the search searches the whole
team's journal (harder than a practitioner's own search will be). Once 0007_team is merged,
searching and listing as one practitioner is one change, in :func:`practitioner_url`: connect
as that practitioner's role, and row-level security keeps the rest out of both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402

from cpdlog.domain.entry import ActivityType, Entry, Reflection, Source  # noqa: E402
from cpdlog.domain.search import EntryFilter  # noqa: E402
from cpdlog.services.app import App  # noqa: E402
from cpdlog.storage.entries_repo import EntryRepository  # noqa: E402
from cpdlog.storage.orm import EntryRow, EntryTagRow, SectionRow  # noqa: E402

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
    "domestic abuse",
    "motivational interviewing",
    "signs of safety",
    "supervision and reflection",
    "care leavers",
    "family group conferences",
    "self-neglect",
]
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
ROUNDS = 5
BATCH = 2_000  # entries written per transaction while loading


def practitioner_tag(i: int) -> str:
    return f"practitioner-{i:03d}"


def practitioner_url(team_url: str, i: int) -> str:
    """The URL one practitioner's cpdlog connects with. With 0007_team: their own role
    (``server.url(database, user=<practitioner i's role>, password=...)``)."""
    return team_url


def make_entry(rng: random.Random, practitioner: int, n: int) -> Entry:
    topic = rng.choice(TOPICS)
    filler = " ".join(rng.choice(WORDS) for _ in range(60))
    return Entry(
        title=f"{topic.capitalize()} ({practitioner}.{n})",
        activity_type=rng.choice(list(ActivityType)),
        start_date=dt.date(2019, 12, 1) + dt.timedelta(days=rng.randrange(7 * 365)),
        hours=rng.randrange(1, 16) / 4,
        source=Source(
            url=f"https://example.org/{practitioner}/{n}", provider="Research in Practice"
        ),
        reflection=Reflection(
            "swe",
            {
                "description": f"A session on {topic}. {filler}",
                "learnt": f"I learnt about {topic}, {rng.choice(TOPICS)}. {filler[:200]}",
                "impact": f"I changed how I approach {rng.choice(TOPICS)}.",
            },
        ),
        tags=[practitioner_tag(practitioner), rng.choice(["adults", "children", "ethics"])],
        standards=[rng.choice(["swe:4.1", "swe:4.2", "swe:4.4"])],
    )


def load_one_person(app: App, entries: list[Entry]) -> None:
    """SQLite: through the repository, as the desktop app saves."""
    now = dt.datetime.now(dt.UTC)
    with app.db.session() as session:
        repo = EntryRepository(session, app.fts)
        for entry in entries:
            repo.add(entry, now)


def load_team(app: App, entries: Iterator[Entry], total: int) -> None:
    """PostgreSQL: many entries at once (rows in batches, then the search column filled by
    the same ``cpdlog_entry_vector`` every save uses)."""
    now = dt.datetime.now(dt.UTC)
    done = 0
    while done < total:
        batch = [next(entries) for _ in range(min(BATCH, total - done))]
        with app.db.session() as session:
            rows = [
                {
                    "uid": f"00000000-0000-4000-8000-{done + k:012d}",
                    "title": e.title,
                    "activity_type": e.activity_type.value,
                    "start_date": e.start_date,
                    "quarter_hours": round(e.hours * 4),
                    "source_url": e.source.url,
                    "source_provider": e.source.provider,
                    "source_author": "",
                    "source_publication": "",
                    "source_notes": "",
                    "template_id": e.reflection.template_id,
                    "has_peer": False,
                    "peer_name": "",
                    "peer_role": "",
                    "peer_text": "",
                    "status": e.status.value,
                    "created_at": now,
                    "updated_at": now,
                    "inbox": False,
                    "provider_approval": "",
                }
                for k, e in enumerate(batch)
            ]
            ids = session.scalars(
                insert(EntryRow).returning(EntryRow.id, sort_by_parameter_order=True), rows
            ).all()
            session.execute(
                insert(SectionRow),
                [
                    {"entry_id": i, "position": p, "key": key, "text": body}
                    for i, e in zip(ids, batch, strict=True)
                    for p, (key, body) in enumerate(e.reflection.sections.items())
                ],
            )
            session.execute(
                insert(EntryTagRow),
                [
                    {"entry_id": i, "tag": tag, "position": p}
                    for i, e in zip(ids, batch, strict=True)
                    for p, tag in enumerate(e.tags)
                ],
            )
            session.execute(
                text(
                    "UPDATE entries AS e SET search_vector = cpdlog_entry_vector(e.title, "
                    "  (SELECT string_agg(t.tag, ' ' ORDER BY t.position) FROM entry_tags AS t"
                    "   WHERE t.entry_id = e.id), "
                    "  concat_ws(' ', e.source_url, e.source_provider, e.source_author, "
                    "            e.source_publication), "
                    "  concat_ws(E'\\n', (SELECT string_agg(s.text, E'\\n' ORDER BY s.position)"
                    "   FROM entry_sections AS s WHERE s.entry_id = e.id), e.peer_text)) "
                    "WHERE e.id = ANY(:ids)"
                ),
                {"ids": list(ids)},
            )
        done += len(batch)
    with app.db.engine.connect() as conn:
        conn.execute(text("ANALYZE"))


def timed_ms(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def measure(app: App, who: int) -> tuple[list[float], list[float], int, int]:
    """Search p95 samples and entry-list samples for practitioner ``who``."""
    for q in QUERIES:  # warm the caches once, as a working day would
        app.entries.search(q, 50)
    search = []
    hits = 0
    for _ in range(ROUNDS):
        for q in QUERIES:
            search += timed_ms(lambda q=q: app.entries.search(q, 50))
        hits = max(hits, len(app.entries.search(QUERIES[0], 50)))
    mine = EntryFilter(tag=practitioner_tag(who))
    listed = len(app.entries.list_entries(mine))
    listing = timed_ms(lambda: app.entries.list_entries(mine), 3 * ROUNDS)
    return search, listing, listed, hits


@contextmanager
def team_server(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url
        return
    from tests.pgserver import running_server

    with running_server() as server:
        yield server.url(server.create_database())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--practitioners", type=int, default=200)
    parser.add_argument("--entries-each", type=int, default=500)
    parser.add_argument("--database-url", help="an empty PostgreSQL database of your own")
    args = parser.parse_args()
    team, each = args.practitioners, args.entries_each
    who = team // 2  # the practitioner whose view is measured
    with tempfile.TemporaryDirectory() as tmp:
        rng = random.Random(20261201)
        alone = App.open(Path(tmp) / "alone")
        t0 = time.perf_counter()
        load_one_person(alone, [make_entry(rng, who, n) for n in range(each)])
        print(f"setup: SQLite, one person's {each} entries in {time.perf_counter() - t0:.1f} s")
        s_search, s_list, s_listed, s_hits = measure(alone, who)
        alone.close()

        with team_server(args.database_url) as url:
            shared = App.open(Path(tmp) / "team", database_url=url)
            t0 = time.perf_counter()
            rng = random.Random(20261201)
            entries = (make_entry(rng, p, n) for p in range(team) for n in range(each))
            load_team(shared, entries, team * each)
            print(
                f"setup: PostgreSQL, {team} practitioners x {each} entries "
                f"({team * each} in one journal) in {time.perf_counter() - t0:.1f} s"
            )
            shared.close()
            mine = App.open(Path(tmp) / "member", database_url=practitioner_url(url, who))
            p_search, p_list, p_listed, p_hits = measure(mine, who)
            mine.close()

    s95, p95_ = p95(s_search), p95(p_search)
    print(f"search p95, SQLite, one person ({s_hits} hits shown): {s95:.1f} ms")
    print(
        f"search p95, PostgreSQL, the whole team's journal ({p_hits} hits shown): {p95_:.1f} ms "
        f"(target <= {2 * s95:.1f} ms, 2x SQLite; ratio {p95_ / s95:.2f}x)"
    )
    s_med, p_med = statistics.median(s_list), statistics.median(p_list)
    print(f"entry list, SQLite, one person ({s_listed} entries): median {s_med:.1f} ms")
    print(
        f"entry list, PostgreSQL, one practitioner's ({p_listed} entries): median {p_med:.1f} ms"
        f" (target <= {2 * s_med:.1f} ms, 2x SQLite; ratio {p_med / s_med:.2f}x)"
    )


if __name__ == "__main__":
    main()
