"""Where a first refresh's time goes, stage by stage, for ``--feeds`` bench feeds (200).

Run on its own: ``python bench/refresh_profile.py``. Each stage is timed alone, in this
process, on the bodies of ``bench/feeds.py`` (no network): process start-up imports (a child
``python -c 'import cpdlog.cli...'``), parse (the XML reader, without sanitising), sanitise
(the rest of ``parse_feed``), and storing then indexing the items (one transaction per
64 feeds, as the refresh writer does). CPU seconds (and wall seconds), summed over the
feeds: on a 2-core machine the parse processes share out parse and sanitise, the writer runs
alongside. CPU seconds are the figures to compare on a shared, busy machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import feeds as feeds_bench  # noqa: E402
from cpdlog.feeds import parse as parse_module  # noqa: E402
from cpdlog.feeds.parse import parse_feed  # noqa: E402

HEADERS = {"content-type": "application/rss+xml; charset=utf-8"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    args = parser.parse_args()
    bodies = [feeds_bench.feed_body(n) for n in range(args.feeds)]

    started = time.perf_counter()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import cpdlog.cli.feeds, cpdlog.services.app, cpdlog.services.feeds",
        ],
        check=True,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    startup = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    startup_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime

    real_sanitize = parse_module.sanitize_html
    parse_module.sanitize_html = lambda value, base="": value  # type: ignore[assignment]  # parse alone
    cpu = time.process_time()
    for n, body in enumerate(bodies):
        parse_feed(body, HEADERS, f"https://site{n}.example.org/feed")
    parse_only = time.process_time() - cpu
    parse_module.sanitize_html = real_sanitize
    cpu = time.process_time()
    parsed = [
        parse_feed(body, HEADERS, f"https://site{n}.example.org/feed")
        for n, body in enumerate(bodies)
    ]
    parse_and_sanitise = time.process_time() - cpu

    from cpdlog.domain.feed import Feed
    from cpdlog.services import feeds as feed_service
    from cpdlog.services.app import App
    from cpdlog.storage.feeds_repo import FeedRepository

    now = dt.datetime.now(dt.UTC)
    timings: dict[bool, float] = {}
    cpu_timings: dict[bool, float] = {}
    for fts in (False, True):
        with tempfile.TemporaryDirectory() as folder:
            app = App.open(Path(folder) / "home")
            with app.db.session() as session:
                repo = FeedRepository(session, app.fts)
                ids = [
                    repo.add_feed(Feed(url=f"https://site{n}.example.org/feed"), now).id or 0
                    for n in range(args.feeds)
                ]
            started = time.perf_counter()
            cpu = time.process_time()
            for start in range(0, len(ids), feed_service.WRITE_BATCH):
                with app.db.session() as session:
                    repo = FeedRepository(session, app.fts and fts)
                    with repo.batched_index():
                        for n in range(start, min(len(ids), start + feed_service.WRITE_BATCH)):
                            items = [feed_service._to_item(ids[n], i) for i in parsed[n].items]
                            repo.store_items(ids[n], items, now)
            timings[fts] = time.perf_counter() - started
            cpu_timings[fts] = time.process_time() - cpu
            app.close()
    items = sum(len(p.items) for p in parsed)
    print(f"{args.feeds} feeds, {items} items")
    print(
        f"process start-up (imports of the refresh command): {startup_cpu:.2f} s CPU, "
        f"{startup:.2f} s wall"
    )
    print(f"parse (the XML reader and field extraction, no sanitising): {parse_only:.2f} s CPU")
    print(f"sanitise (nh3 and link rewriting): {parse_and_sanitise - parse_only:.2f} s CPU")
    print(
        f"store (items, no search index): {cpu_timings[False]:.2f} s CPU, "
        f"{timings[False]:.2f} s wall"
    )
    print(
        "index (search index added to the same stores): "
        f"{cpu_timings[True] - cpu_timings[False]:.2f} s CPU, "
        f"{timings[True] - timings[False]:.2f} s wall"
    )
    per_feed = (parse_and_sanitise + cpu_timings[True]) / args.feeds * 1000
    print(f"parse, sanitise, store and index: {per_feed:.0f} ms CPU per feed (one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
