"""The timeline of ``cpdlog feeds refresh`` (issue 16): where the whole command waits.

``python bench/refresh_timeline.py [--feeds 200] [--runs 1]`` starts ``bench/refresh.py``'s
loopback server, subscribes a fresh data folder, compiles the timed source's bytecode (as an
install does; removed at the end) and runs a first and an unchanged refresh with
``CPDLOG_REFRESH_TRACE`` set (:mod:`cpdlog.feeds.trace`), then prints for each: the command's
phases (process start, first request, last answer, everything stored, exit), how many
requests were in flight between the first request and the last answer, how long the parse
process and the writer were busy, and the CPU seconds of the command and its parse process.
``--keep DIR`` keeps the trace files. ``python bench/refresh_timeline.py --read FILE``
summarises a trace written elsewhere.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import loopback
import refresh as bench

TRACE_ENV = "CPDLOG_REFRESH_TRACE"


def load(path: Path) -> list[dict[str, Any]]:
    events = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    events.sort(key=lambda e: e["t"])
    return events


def _busy(spans: Sequence[tuple[float, float]]) -> float:
    """Seconds covered by the union of ``spans``."""
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop <= end:
            continue
        total += stop - max(start, end)
        end = stop
    return total


def summary(events: list[dict[str, Any]], wall: float | None = None) -> list[str]:
    """Lines describing one command's trace."""
    starts = [e for e in events if e["event"] == "process-start"]
    main_pid = next((e["pid"] for e in events if e["event"] == "quick-read"), starts[0]["pid"])
    t0 = next(e["t"] for e in starts if e["pid"] == main_pid)

    def at(name: str, last: bool = False) -> float | None:
        found = [e["t"] for e in events if e["event"] == name and e["pid"] == main_pid]
        if not found:
            return None
        return (found[-1] if last else found[0]) - t0

    requests = [e for e in events if e["event"] == "request"]
    answers = [e for e in events if e["event"] == "answer"]
    lines: list[str] = []
    first_request = min(e["t"] for e in requests) - t0 if requests else None
    last_answer = max(e["t"] for e in answers) - t0 if answers else None
    steps = [
        ("quick read of the feed list", at("quick-read")),
        ("first request sent", first_request),
        ("journal opening started", at("open-start")),
        ("journal open", at("open-end")),
        ("last answer", last_answer),
        ("all fetched (refresher returned)", at("fetched-all")),
        ("all stored", at("stored-all")),
        ("refresh ended (purge, full text, cool-downs)", at("refresh-end")),
        ("journal closed", at("closed")),
        ("exit handlers", at("exit", last=True)),
    ]
    lines.append(
        "  " + "; ".join(f"{name} {value:.3f}" for name, value in steps if value is not None)
    )
    if wall is not None:
        lines.append(f"  whole command (driver's wall clock): {wall:.3f} s")
    if requests and answers:
        # requests in flight over [first request, last answer]
        changes = sorted([(e["t"], 1) for e in requests] + [(e["t"], -1) for e in answers])
        level = 0
        previous = changes[0][0]
        time_at: dict[int, float] = {}
        for moment, step in changes:
            time_at[level] = time_at.get(level, 0.0) + moment - previous
            level += step
            previous = moment
        span = sum(time_at.values())
        below = sum(v for k, v in time_at.items() if k < bench.WORKERS)
        mean = sum(k * v for k, v in time_at.items()) / span if span else 0.0
        lines.append(
            f"  network phase {span:.3f} s ({len(requests)} requests): mean {mean:.2f} in "
            f"flight; fewer than {bench.WORKERS} for {below:.3f} s ("
            + ", ".join(f"{k}: {v:.3f}" for k, v in sorted(time_at.items()) if k < bench.WORKERS)
            + ")"
        )
        # the gap between a thread's answer and its next request
        by_thread: dict[str, list[dict[str, Any]]] = {}
        for e in requests + answers:
            by_thread.setdefault(e["thread"], []).append(e)
        gaps: list[float] = []
        for thread_events in by_thread.values():
            thread_events.sort(key=lambda e: e["t"])
            for a, b in itertools.pairwise(thread_events):
                if a["event"] == "answer" and b["event"] == "request":
                    gaps.append(b["t"] - a["t"])
        if gaps:
            gaps.sort()
            median, ninetieth = gaps[len(gaps) // 2], gaps[int(len(gaps) * 0.9)]
            lines.append(
                f"  a fetch thread's answer to its next request: median {median * 1000:.1f} ms, "
                f"90th {ninetieth * 1000:.1f} ms, longest {gaps[-1] * 1000:.1f} ms, "
                f"total {sum(gaps):.3f} s"
            )
        durations = []
        open_requests: dict[str, float] = {}
        for e in sorted(requests + answers, key=lambda e: e["t"]):
            if e["event"] == "request":
                open_requests[e["thread"]] = e["t"]
            elif e["thread"] in open_requests:
                durations.append(e["t"] - open_requests.pop(e["thread"]))
        durations.sort()
        lines.append(
            f"  request to answer: median {durations[len(durations) // 2] * 1000:.0f} ms, "
            f"longest {durations[-1] * 1000:.0f} ms"
        )
    parses = [e for e in events if e["event"] in ("parse-start", "parse-end")]
    if parses:
        spans: list[tuple[float, float]] = []
        started: dict[int, float] = {}
        for e in parses:
            if e["event"] == "parse-start":
                started[e["pid"]] = e["t"]
            elif e["pid"] in started:
                spans.append((started.pop(e["pid"]), e["t"]))
        ready = [e["t"] - t0 for e in events if e["event"] == "parse-ready"]
        lines.append(
            f"  parses: {len(spans)}, busy {_busy(spans):.3f} s, from "
            f"{min(s for s, _ in spans) - t0:.3f} to {max(e for _, e in spans) - t0:.3f}; "
            f"parse process ready at {', '.join(f'{r:.3f}' for r in ready)}"
        )
        backs = [e["t"] - t0 for e in events if e["event"] == "parse-back"]
        submits = [e for e in events if e["event"] == "parse-submit"]
        if submits:
            lines.append(
                f"  parse queue: longest {max(e['queued'] for e in submits)}; last result "
                f"back at {max(backs):.3f}"
            )
    stores: list[tuple[float, float]] = []
    feeds_per: list[int] = []
    begun: float | None = None
    for e in events:
        if e["event"] == "store-start":
            begun = e["t"]
            feeds_per.append(e["feeds"])
        elif e["event"] == "store-end" and begun is not None:
            stores.append((begun, e["t"]))
            begun = None
    if stores:
        lines.append(
            f"  writer: {len(stores)} transactions ({min(feeds_per)}-{max(feeds_per)} feeds), "
            f"busy {_busy(stores):.3f} s, first at {stores[0][0] - t0:.3f}, last ended "
            f"{stores[-1][1] - t0:.3f}"
        )
    ended = [e for e in events if e["event"] == "thread-end" and e["pid"] == main_pid]
    exits = [e for e in events if e["event"] == "exit" and e["pid"] == main_pid]
    if ended and exits:
        fetch = sum(e["cpu"] for e in ended if e["thread"].startswith("cpdlog-fetch"))
        writer = sum(e["cpu"] for e in ended if e["thread"] == "cpdlog-feed-writer")
        total, main = exits[-1]["cpu"], exits[-1]["main_cpu"]
        parse_cpu: dict[int, float] = {}
        for e in events:
            if e["event"] == "parse-end" and e["pid"] != main_pid:
                parse_cpu[e["pid"]] = max(parse_cpu.get(e["pid"], 0.0), e["cpu"])
        lines.append(
            f"  CPU-s of the command: {total:.2f} (main thread {main:.2f}, fetch threads "
            f"{fetch:.2f}, writer {writer:.2f}, others {total - main - fetch - writer:.2f}); "
            f"parse processes {sum(parse_cpu.values()):.2f} (by their last parse)"
        )
    return lines


def run(home: Path, trace: Path, env: dict[str, str]) -> tuple[float, float]:
    """One ``cpdlog feeds refresh`` with its trace: (wall s, CPU s of its process tree)."""
    trace.unlink(missing_ok=True)
    cpu = bench.children_cpu()
    wall, _, _ = bench.timed(bench.cpdlog(home, "feeds", "refresh"), {**env, TRACE_ENV: str(trace)})
    return wall, bench.children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1, help="pairs of refreshes")
    parser.add_argument("--keep", type=Path, help="a folder to keep the trace files in")
    parser.add_argument("--read", type=Path, help="summarise this trace file and stop")
    args = parser.parse_args()
    if args.read:
        print("\n".join(summary(load(args.read))))
        return 0
    with (
        bench.bytecode_made() as made,
        loopback.feed_server(bench.__file__) as ports,
        tempfile.TemporaryDirectory() as folder,
    ):
        made.extend(bench.compile_source())
        tmp = Path(folder)
        keep = args.keep or tmp
        keep.mkdir(parents=True, exist_ok=True)
        urls = bench.urls_for(ports, args.feeds)
        print(
            f"{args.feeds} feeds, network bound {bench.bound_of(args.feeds):.2f} s, "
            f"bytecode compiled; load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        for number in range(args.runs):
            home = tmp / f"home{number}"
            bench.subscribe(home, urls)
            for kind in ("first", "unchanged"):
                trace = keep / f"{kind}{number}.jsonl"
                load_before = os.getloadavg()[0]
                wall, cpu = run(home, trace, bench.cpdlog_env())
                print(
                    f"{kind} refresh: {wall:.2f} s = {wall / bench.bound_of(args.feeds):.2f}x "
                    f"the bound, {cpu:.2f} CPU-s, load average {load_before:.2f} before",
                    flush=True,
                )
                print("\n".join(summary(load(trace), wall)), flush=True)
                time.sleep(0.5)
            shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
