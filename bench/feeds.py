"""Feeds benchmark: 200 feeds behind a slow server, refreshed twice, against a naive loop.

Run on its own: ``python bench/feeds.py``. Prints one line per figure with its target.

A separate server process (asyncio, bodies built once, the delay an ``asyncio.sleep``) serves
200 RSS feeds of 50 items (about 150 KB each) from ten loopback addresses, 127.0.0.2 upwards.
Every response, a 304 included, waits 250 ms. The server answers 304 only when a request
carries exactly the ETag and Last-Modified it gave out.

Targets (issue 3), with the default 8 workers:

* first refresh within 1.15x the network bound, 250 ms x ceil(200 / workers), and at least
  7x faster than ``feedparser.parse(url)`` in a sequential loop;
* second refresh (nothing changed): parses nothing, receives under 1% of the first refresh's
  bytes, uses under 10% of its CPU time, and is also within 1.15x the network bound.

CPU time is the whole machine's work for a refresh on the client side: this process (every
thread) plus the parse processes, read from ``/proc``. The server's CPU is not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import json
import math
import multiprocessing
import os
import random
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cpdlog.feeds.refresh import (
    DEFAULT_WORKERS,
    FeedRefreshResult,
    FeedRequest,
    Refresher,
    RefreshOutcome,
)

N_FEEDS = 200
N_ITEMS = 50
N_HOSTS = 10
DELAY = 0.25
FIRST_HOST = 2  # 127.0.0.2
NETWORK_FACTOR = 1.15
NAIVE_FACTOR = 7.0
BYTES_SHARE = 0.01
CPU_SHARE = 0.10
LAST_MODIFIED = "Tue, 03 Mar 2026 10:15:00 GMT"

WORDS = (
    "practice family risk assessment plan support review rights wellbeing partnership "
    "relationship evidence research theory model decision judgement team manager supervision "
    "outcome voice child adult carer community power consent capacity advocacy record"
).split()


# The feeds --------------------------------------------------------------------------------


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def feed_body(number: int) -> bytes:
    """A WordPress-like RSS 2.0 feed: 50 items with ``content:encoded``, about 150 KB."""
    rng = random.Random(number)
    site = f"https://site{number}.example.org"
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
        f"<title>Practice feed {number}</title><link>{site}/</link>"
        f"<description>Bench feed {number}</description><language>en-GB</language>",
    ]
    for item in range(N_ITEMS):
        paragraphs = "".join(
            f'<p>{_words(rng, 48)} <a href="/post/{item}/{k}">{_words(rng, 3)}</a> '
            f"<em>{_words(rng, 4)}</em></p>"
            for k in range(4)
        )
        paragraphs += f'<p><img src="{site}/img/{item}.jpg" alt="figure" width="600"></p>'
        parts.append(
            f"<item><title>{_words(rng, 6).capitalize()} ({number}.{item})</title>"
            f"<link>{site}/post/{item}</link>"
            f'<guid isPermaLink="false">feed{number}-item{item}</guid>'
            f"<pubDate>Tue, 03 Mar 2026 10:{item:02d}:00 GMT</pubDate>"
            f"<dc:creator>Author {item % 7}</dc:creator><category>practice</category>"
            f"<description><![CDATA[{_words(rng, 40)}]]></description>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def host_of(number: int) -> str:
    return f"127.0.0.{FIRST_HOST + number % N_HOSTS}"


def etag_of(number: int) -> str:
    return f'"feed-{number}-v1"'


# The server (a separate process) ------------------------------------------------------------


def _response(status: str, headers: dict[str, str], body: bytes) -> bytes:
    head = [f"HTTP/1.1 {status}"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


class BenchServer:
    """Serves ``/feeds/N.xml`` for the feeds whose host is this address."""

    def __init__(self) -> None:
        self.full: dict[str, bytes] = {}
        self.not_modified: dict[str, bytes] = {}
        self.validators: dict[str, tuple[str, str]] = {}
        date = email.utils.formatdate(usegmt=True)
        for number in range(N_FEEDS):
            path = f"/feeds/{number}.xml"
            common = {
                "Date": date,
                "ETag": etag_of(number),
                "Last-Modified": LAST_MODIFIED,
                "Cache-Control": "max-age=900",
            }
            self.full[path] = _response(
                "200 OK",
                {**common, "Content-Type": "application/rss+xml; charset=utf-8"},
                feed_body(number),
            )
            self.not_modified[path] = _response("304 Not Modified", common, b"")
            self.validators[path] = (etag_of(number), LAST_MODIFIED)
        self.missing = _response("404 Not Found", {"Content-Type": "text/plain"}, b"not found")

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    break
                lines = head.decode("latin-1").split("\r\n")
                method, path, version = [*lines[0].split(" "), "", "", ""][:3]
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    if name:
                        headers[name.strip().lower()] = value.strip()
                await asyncio.sleep(DELAY)
                if method != "GET" or path not in self.full:
                    response = self.missing
                elif (
                    headers.get("if-none-match"),
                    headers.get("if-modified-since"),
                ) == self.validators[path]:
                    response = self.not_modified[path]
                else:
                    response = self.full[path]
                writer.write(response)
                await writer.drain()
                if headers.get("connection", "").lower() == "close" or version == "HTTP/1.0":
                    break
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()


async def _serve() -> None:
    server = BenchServer()
    listeners = []
    ports: dict[str, int] = {}
    for n in range(N_HOSTS):
        host = f"127.0.0.{FIRST_HOST + n}"
        listener = await asyncio.start_server(server.handle, host, 0, backlog=256)
        ports[host] = listener.sockets[0].getsockname()[1]
        listeners.append(listener)
    print(json.dumps(ports), flush=True)
    # Serve until the benchmark closes our stdin.
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    for listener in listeners:
        listener.close()


# Measuring ----------------------------------------------------------------------------------


def _proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process (every thread), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def _client_cpu(known: dict[int, float]) -> float:
    """CPU of this process plus its multiprocessing children (the parse pool)."""
    total = time.process_time()
    for child in multiprocessing.active_children():
        if child.pid is not None:
            known[child.pid] = _proc_cpu(child.pid)
    return total + sum(known.values())


@dataclass
class Run:
    wall: float
    cpu: float
    received: int
    parsed: int
    results: list[FeedRefreshResult]


def timed_refresh(refresher: Refresher, requests: Sequence[FeedRequest]) -> Run:
    before: dict[int, float] = {}
    cpu0 = _client_cpu(before)
    wall0 = time.perf_counter()
    results = refresher.refresh(requests)
    wall = time.perf_counter() - wall0
    # Parse processes already running count only what they used during this refresh.
    cpu = _client_cpu(dict(before)) - cpu0
    return Run(
        wall=wall,
        cpu=cpu,
        received=sum(r.fetch.bytes_received for r in results),
        parsed=sum(1 for r in results if r.parsed is not None),
        results=results,
    )


def naive_loop(urls: Sequence[str]) -> tuple[float, int]:
    import feedparser

    started = time.perf_counter()
    items = 0
    for url in urls:
        items += len(feedparser.parse(url).entries)
    return time.perf_counter() - started, items


def _spin(cpu_seconds: float) -> float:
    """Burn ``cpu_seconds`` of CPU; return the wall time it took."""
    started = time.perf_counter()
    begin = time.process_time()
    while time.process_time() - begin < cpu_seconds:
        sum(range(1000))
    return time.perf_counter() - started


def cores_available(cpu_seconds: float = 0.5) -> float:
    """How many cores other work on this machine leaves us: one spinner per core, timed."""
    import concurrent.futures as cf

    count = os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(count, mp_context=context) as pool:
        list(pool.map(_spin, [0.01] * count))  # start-up is not part of the measure
        walls = list(pool.map(_spin, [cpu_seconds] * count))
    return count * cpu_seconds / max(walls)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS)
    parser.add_argument("--skip-naive", action="store_true", help="skip the slow naive loop")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return 0

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        ports: dict[str, int] = json.loads(server.stdout.readline())
        urls = [f"http://{host_of(n)}:{ports[host_of(n)]}/feeds/{n}.xml" for n in range(N_FEEDS)]
        size = len(feed_body(0))
        workers = args.workers
        bound = DELAY * math.ceil(N_FEEDS / workers)
        print(
            f"setup: {N_FEEDS} feeds x {N_ITEMS} items (~{size / 1000:.0f} KB each) on "
            f"{N_HOSTS} loopback addresses, {DELAY * 1000:.0f} ms per response, "
            f"{workers} workers, {os.cpu_count()} CPUs"
        )
        print(f"network bound (250 ms x ceil({N_FEEDS}/{workers})): {bound:.2f} s")
        before = cores_available()

        with Refresher(workers=workers) as refresher:
            first = timed_refresh(refresher, [FeedRequest(n, u) for n, u in enumerate(urls)])
            new = sum(1 for r in first.results if r.outcome is RefreshOutcome.NEW_CONTENT)
            items = sum(len(r.parsed.items) for r in first.results if r.parsed is not None)
            second_requests = [
                FeedRequest(r.feed_id, r.url, r.fetch.validators) for r in first.results
            ]
            second = timed_refresh(refresher, second_requests)
            not_modified = sum(
                1 for r in second.results if r.outcome is RefreshOutcome.NOT_MODIFIED
            )

        after = cores_available()
        print(
            f"CPU free for this run: {before:.2f} cores before, {after:.2f} after, of "
            f"{os.cpu_count()} (other work on the machine takes the rest)"
        )
        free = (before + after) / 2
        print(
            f"first refresh CPU floor: {first.cpu:.2f} s CPU / {free:.2f} free cores "
            f"= {first.cpu / max(0.01, free):.2f} s (on an idle machine: "
            f"{first.cpu / (os.cpu_count() or 1):.2f} s)"
        )
        print(
            f"first refresh: {first.wall:.2f} s = {first.wall / bound:.2f}x network bound "
            f"(target <= {NETWORK_FACTOR}x) {verdict(first.wall <= bound * NETWORK_FACTOR)}"
        )
        print(
            f"first refresh content: {new}/{N_FEEDS} feeds new, {items} items, "
            f"{first.received / 1e6:.1f} MB received, {first.cpu:.2f} s CPU "
            f"(target {N_FEEDS}/{N_FEEDS}, {N_FEEDS * N_ITEMS} items) "
            f"{verdict(new == N_FEEDS and items == N_FEEDS * N_ITEMS)}"
        )
        print(
            f"second refresh: {second.wall:.2f} s = {second.wall / bound:.2f}x network bound "
            f"(target <= {NETWORK_FACTOR}x) {verdict(second.wall <= bound * NETWORK_FACTOR)}"
        )
        print(
            f"second refresh not modified: {not_modified}/{N_FEEDS}, parsed {second.parsed} "
            f"(target {N_FEEDS}/{N_FEEDS}, parsed 0) "
            f"{verdict(not_modified == N_FEEDS and second.parsed == 0)}"
        )
        share = second.received / max(1, first.received)
        print(
            f"second refresh bytes: {second.received / 1000:.1f} KB = {share:.2%} of the first "
            f"(target < {BYTES_SHARE:.0%}) {verdict(share < BYTES_SHARE)}"
        )
        cpu_share = second.cpu / max(1e-9, first.cpu)
        print(
            f"second refresh CPU: {second.cpu:.2f} s = {cpu_share:.1%} of the first's "
            f"{first.cpu:.2f} s (target < {CPU_SHARE:.0%}) {verdict(cpu_share < CPU_SHARE)}"
        )
        if args.skip_naive:
            print("naive loop: skipped")
            return 0
        naive, naive_items = naive_loop(urls)
        print(
            f"naive loop (feedparser.parse(url), sequential): {naive:.2f} s, "
            f"{naive_items} items = {naive / bound:.1f}x network bound"
        )
        speedup = naive / first.wall
        print(
            f"first refresh vs naive loop: {speedup:.1f}x faster (target >= {NAIVE_FACTOR:g}x) "
            f"{verdict(speedup >= NAIVE_FACTOR)}"
        )
        print(f"second refresh vs naive loop: {naive / second.wall:.1f}x faster")
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
