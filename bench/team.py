"""Team benchmark: search p95 and entry list on an organisation's shared PostgreSQL server for a
team (200 practitioners x 500 entries), against the same on SQLite for one person, in one run.

Run on its own: ``python bench/team.py`` (starts a throwaway PostgreSQL server from Debian's
``postgresql`` package through ``tests/pgserver.py``), or ``--database-url URL`` for a server of
your own (the administrator's URL of an empty database: the bench makes the schema, roles and
policies in it). ``--practitioners`` and ``--entries`` make a smaller run.

The server is set up as an organisation would: ``cpdlog server init``, then ``add-user`` for
each practitioner (through :class:`ServerAdmin`); the administrator bulk-loads every
practitioner's entries with their owner (COPY), then one practitioner's cpdlog connects as
their own role, so row-level security decides what each query sees. SQLite holds exactly that
practitioner's entries, alone. Both run the same searches and the same entry list, and each
figure is printed with its target (issue 17): p95 on the server <= 2x SQLite's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, make_url, text  # noqa: E402

from cpdlog.domain.entry import Entry  # noqa: E402
from cpdlog.services.app import App  # noqa: E402
from cpdlog.services.team import ServerAdmin  # noqa: E402
from cpdlog.storage.entries_repo import EVERY_ENTRY  # noqa: E402
from journal_data import QUERIES, p95, store, time_searches, timed_ms  # noqa: E402
from journal_data import make_entry as journal_entry  # noqa: E402

ROUNDS = 5
SEED = 20261201


def practitioner_role(i: int) -> str:
    """Practitioner ``i``'s PostgreSQL role (made by ``cpdlog server add-user``)."""
    return f"practitioner_{i:03d}"


def practitioner_rng(i: int) -> random.Random:
    """One generator per practitioner: the SQLite journal is exactly practitioner ``i``'s."""
    return random.Random(SEED * 1000 + i)


def make_entry(rng: random.Random, practitioner: int, n: int) -> Entry:
    tags = [f"team-{practitioner % 10}", rng.choice(["adults", "children", "ethics"])]
    return journal_entry(
        rng,
        lambda topic: f"{topic.capitalize()} ({practitioner}.{n})",
        f"https://example.org/{practitioner}/{n}",
        tags,
        ["swe:4.1", "swe:4.2", "swe:4.4"],
    )


ENTRY_COLUMNS = (
    "id, owner, uid, title, activity_type, start_date, quarter_hours, source_url, "
    "source_provider, source_author, source_publication, source_notes, template_id, has_peer, "
    "peer_name, peer_role, peer_text, status, created_at, updated_at, inbox, provider_approval"
)


def load_team(admin_url: str, team: int, each: int) -> None:
    """PostgreSQL, as the administrator (who bypasses row-level security): every
    practitioner's entries with ``owner`` set to their role, by COPY, then the search column
    filled by the same ``cpdlog_entry_vector`` every save uses, then ANALYZE."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    engine = create_engine(admin_url)
    try:
        raw = engine.raw_connection()
        try:
            conn = raw.driver_connection
            assert conn is not None
            entry_id = 0
            with conn.cursor() as cur:
                with cur.copy(f"COPY entries ({ENTRY_COLUMNS}) FROM STDIN") as entries:
                    made: list[tuple[int, str, Entry]] = []
                    for p in range(team):
                        owner = practitioner_role(p)
                        rng = practitioner_rng(p)
                        for n in range(each):
                            e = make_entry(rng, p, n)
                            entry_id += 1
                            made.append((entry_id, owner, e))
                            entries.write_row(
                                (
                                    entry_id,
                                    owner,
                                    f"00000000-0000-4000-8000-{entry_id:012d}",
                                    e.title,
                                    e.activity_type.value,
                                    e.start_date,
                                    round(e.hours * 4),
                                    e.source.url,
                                    e.source.provider,
                                    "",
                                    "",
                                    "",
                                    e.reflection.template_id,
                                    False,
                                    "",
                                    "",
                                    "",
                                    e.status.value,
                                    now,
                                    now,
                                    False,
                                    "",
                                )
                            )
                with cur.copy(
                    "COPY entry_sections (entry_id, owner, position, key, text) FROM STDIN"
                ) as sections:
                    for i, owner, e in made:
                        for pos, (key, body) in enumerate(e.reflection.sections.items()):
                            sections.write_row((i, owner, pos, key, body))
                with cur.copy(
                    "COPY entry_tags (entry_id, owner, tag, position) FROM STDIN"
                ) as tags:
                    for i, owner, e in made:
                        for pos, tag in enumerate(e.tags):
                            tags.write_row((i, owner, tag, pos))
                with cur.copy(
                    "COPY entry_standards (entry_id, owner, standard_id, position) FROM STDIN"
                ) as standards:
                    for i, owner, e in made:
                        for pos, standard in enumerate(e.standards):
                            standards.write_row((i, owner, standard, pos))
                cur.execute(
                    "SELECT setval(pg_get_serial_sequence('entries', 'id'), %s)", (entry_id,)
                )
                cur.execute(FILL_VECTORS)
            conn.commit()
        finally:
            raw.close()
        # the fill rewrote every row once: tidy up and refresh the planner's figures, as
        # autovacuum soon would on a real server (committed: a rolled-back ANALYZE is lost)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()


# the same four parts as ``EntryRepository._index`` builds them (migration 0006's fill)
FILL_VECTORS = """
UPDATE entries AS e SET search_vector = cpdlog_entry_vector(
  e.title,
  coalesce((SELECT string_agg(t.tag, ' ' ORDER BY t.position)
            FROM entry_tags AS t WHERE t.entry_id = e.id), ''),
  concat_ws(' ', e.source_url, e.source_provider, e.source_author, e.source_publication),
  concat_ws(E'\\n', (SELECT string_agg(s.text, E'\\n' ORDER BY s.position)
                    FROM entry_sections AS s WHERE s.entry_id = e.id), e.peer_text))
"""


def measure(app: App) -> tuple[list[float], list[float], int, int]:
    """Search samples (every query, ``ROUNDS`` times) and entry-list samples (the whole
    journal this connection may see, newest first, as the desktop app's start-up lists it)."""
    for q in QUERIES:  # warm the caches once, as a working day would
        app.entries.search(q, 50)
    search = time_searches(lambda q: app.entries.search(q, 50), ROUNDS)
    hits = len(app.entries.search(QUERIES[0], 50))
    listed = len(app.entries.list_entries(EVERY_ENTRY))
    listing = timed_ms(lambda: app.entries.list_entries(EVERY_ENTRY), 4 * ROUNDS)
    return search, listing, listed, hits


@contextmanager
def team_server(url: str | None) -> Iterator[str]:
    """The administrator's URL of an empty database (a throwaway server unless given)."""
    if url is not None:
        yield url
        return
    from tests.pgserver import running_server

    with running_server() as server:
        yield server.url(server.create_database())


def set_up_team(admin_url: str, team: int, who: int) -> str:
    """``cpdlog server init`` and ``add-user`` for every practitioner, through the service;
    returns the URL practitioner ``who`` connects with (their own role and password)."""
    admin = ServerAdmin(admin_url)
    admin.init()
    password = ""
    for p in range(team):
        if p == who:
            made = admin.add_user(practitioner_role(p), "practitioner")
            password = made.password or ""
        else:  # the others never log in here: no password needed
            admin.add_user(practitioner_role(p), "practitioner", no_password=True)
    url = make_url(admin_url).set(username=practitioner_role(who), password=password)
    return url.render_as_string(hide_password=False)


def report(name: str, sqlite: list[float], postgres: list[float], what: str) -> None:
    s95, p95_ = p95(sqlite), p95(postgres)
    print(f"{name} p95, SQLite, one person ({what}): {s95:.1f} ms")
    print(
        f"{name} p95, PostgreSQL, one practitioner of the team ({what}): {p95_:.1f} ms "
        f"(target <= {2 * s95:.1f} ms, 2x SQLite; ratio {p95_ / s95:.2f}x, "
        f"{'met' if p95_ <= 2 * s95 else 'NOT met'})"
    )
    print(
        f"{name} median: SQLite {statistics.median(sqlite):.1f} ms, "
        f"PostgreSQL {statistics.median(postgres):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--practitioners", type=int, default=200)
    parser.add_argument("--entries", "--entries-each", dest="entries", type=int, default=500)
    parser.add_argument("--database-url", help="an empty PostgreSQL database of your own")
    args = parser.parse_args()
    team, each = args.practitioners, args.entries
    who = team // 2  # the practitioner whose view is measured
    with tempfile.TemporaryDirectory() as tmp:
        alone = App.open(Path(tmp) / "alone")
        t0 = time.perf_counter()
        rng = practitioner_rng(who)
        store(alone, [make_entry(rng, who, n) for n in range(each)])
        print(f"setup: SQLite, one person's {each} entries in {time.perf_counter() - t0:.1f} s")
        s_search, s_list, s_listed, s_hits = measure(alone)
        alone.close()

        with team_server(args.database_url) as admin_url:
            t0 = time.perf_counter()
            member_url = set_up_team(admin_url, team, who)
            load_team(admin_url, team, each)
            print(
                f"setup: PostgreSQL, {team} practitioners x {each} entries "
                f"({team * each} rows, each with its owner) in {time.perf_counter() - t0:.1f} s"
            )
            mine = App.open(Path(tmp) / "member", database_url=member_url)
            p_search, p_list, p_listed, p_hits = measure(mine)
            mine.close()

    report("search", s_search, p_search, f"{s_hits} / {p_hits} hits shown for '{QUERIES[0]}'")
    report("entry list", s_list, p_list, f"{s_listed} / {p_listed} entries")


if __name__ == "__main__":
    main()
