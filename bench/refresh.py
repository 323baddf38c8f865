"""Refresh as the user feels it (issue 16): the whole ``cpdlog feeds refresh`` command, and
the same refresh in the app.

Run on its own: ``python bench/refresh.py`` (``--feeds 50`` for a quick look, ``--skip-scale``
and ``--skip-gui`` to leave parts out). Prints one line per figure with its target.

A separate server process (asyncio, the delay an ``asyncio.sleep``) serves up to 2,000 RSS
feeds of 50 items (about 150 KB each, the bodies of ``bench/feeds.py``) from 20 loopback
addresses, 127.0.0.2 upwards; every response, a 304 included, waits 250 ms, and a 304 is
given only for the exact validators handed out. The network bound is 250 ms x
ceil(feeds / threads).

cpdlog is timed as installed: an installed cpdlog (pip, the bundle) has its bytecode
compiled at install, while a checkout run with ``PYTHONDONTWRITEBYTECODE=1`` (set on the
project's machines) compiles every module again at each start. So the bench runs
``python -m compileall`` on the source it times before the figures with targets (and says
so), and removes the ``__pycache__`` folders it made when it ends. The same pair of
refreshes from uncompiled source is printed first, as a breakdown line.

1. ``cpdlog feeds refresh`` as a subprocess, process start to exit, first and unchanged, and
   newsboat (``newsboat -x reload`` with ``reload-threads`` equal to cpdlog's workers) in the
   same run. Targets: first <= 1.15x the bound and faster than newsboat; unchanged <= 1.05x.
2. Scale: first refreshes of 200, 500, 1,000 and 2,000 feeds, each in a fresh data folder.
   Targets: the 2,000-feed refresh <= 1.2x ten times the 200-feed one; peak memory of the
   command (its process and its parse processes, summed, sampled every 20 ms) <= 250 MB at
   2,000 feeds. The database size is reported.
3. The app (Qt offscreen) refreshing 2,000 feeds: the longest gap of a 10 ms QTimer beyond
   its interval (target <= 50 ms), whether items are in the reader's list before the refresh
   ends, and, in a second run, how long Cancel takes to end the refresh (target <= 1 s) and
   how many feeds were stored before it ended (counted from the report's lines that are not
   "cancelled") and how many items the journal holds afterwards (read from the database).
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import feeds as feeds_bench  # noqa: E402  (bench/feeds.py: the feed bodies)
import loopback  # noqa: E402  (bench/loopback.py: the server's process)

N_HOSTS = 20
FIRST_HOST = 2
DELAY = 0.25
WORKERS = 8
MAX_FEEDS = 2000
TEMPLATES = 200
SCALE = (200, 500, 1000, 2000)
FIRST_FACTOR = 1.15
UNCHANGED_FACTOR = 1.05
SCALE_FACTOR = 1.2
MEMORY_MB = 250
STALL_MS = 50
CANCEL_S = 1.0
GUI_LIMIT_S = 300  # the app probe stops a refresh that has not ended by then
LAST_MODIFIED = "Tue, 03 Mar 2026 10:15:00 GMT"


def host_of(number: int) -> str:
    return f"127.0.0.{FIRST_HOST + number % N_HOSTS}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --- the server (a separate process) -------------------------------------------------------


class Server:
    """``/feeds/N.xml`` for N < MAX_FEEDS; feed N is template N % 200 renamed to N."""

    def __init__(self) -> None:
        self.templates = [feeds_bench.feed_body(t) for t in range(TEMPLATES)]
        self.date = email.utils.formatdate(usegmt=True)

    def body(self, number: int) -> bytes:
        template = number % TEMPLATES
        body = self.templates[template]
        if number == template:
            return body
        for old, new in (
            (f"site{template}.example.org", f"site{number}.example.org"),
            (f"feed{template}-item", f"feed{number}-item"),
            (f"({template}.", f"({number}."),
            (f"Practice feed {template}<", f"Practice feed {number}<"),
        ):
            body = body.replace(old.encode(), new.encode())
        return body

    def respond(self, path: str, headers: dict[str, str]) -> bytes:
        number = -1
        if path.startswith("/feeds/") and path.endswith(".xml"):
            digits = path[len("/feeds/") : -len(".xml")]
            number = int(digits) if digits.isdigit() else -1
        if not 0 <= number < MAX_FEEDS:
            return feeds_bench._response("404 Not Found", {"Content-Type": "text/plain"}, b"no")
        etag = f'"feed-{number}-v1"'
        common = {
            "Date": self.date,
            "ETag": etag,
            "Last-Modified": LAST_MODIFIED,
            "Cache-Control": "max-age=900",
        }
        if (headers.get("if-none-match"), headers.get("if-modified-since")) == (
            etag,
            LAST_MODIFIED,
        ):
            return feeds_bench._response("304 Not Modified", common, b"")
        return feeds_bench._response(
            "200 OK",
            {**common, "Content-Type": "application/rss+xml; charset=utf-8"},
            self.body(number),
        )

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
                writer.write(self.respond(path if method == "GET" else "", headers))
                await writer.drain()
                if headers.get("connection", "").lower() == "close" or version == "HTTP/1.0":
                    break
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()


async def _serve() -> None:
    server = Server()
    listeners = []
    ports: dict[str, int] = {}
    for n in range(N_HOSTS):
        host = f"127.0.0.{FIRST_HOST + n}"
        listener = await asyncio.start_server(server.handle, host, 0, backlog=512)
        ports[host] = listener.sockets[0].getsockname()[1]
        listeners.append(listener)
    print(json.dumps(ports), flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    for listener in listeners:
        listener.close()


# --- measuring a command -------------------------------------------------------------------


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every descendant, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(stat[1]), []).append(int(entry.name))
        rss[int(entry.name)] = int(stat[21]) * page
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        todo.extend(children.get(current, []))
    return total


def children_cpu() -> float:
    """CPU seconds (user + system) of the waited-for child processes and their children so far:
    the difference around one ``timed`` run is that command's process tree. The shared machine
    disturbs it far less than wall time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds (start to exit), peak summed RSS of the process tree, and stderr."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env
    )
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            peak[0] = max(peak[0], _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command[:6])}… failed ({process.returncode}): {err[-500:]}")
    return wall, peak[0], err


def cpdlog_env() -> dict[str, str]:
    # CPDLOG_BENCH_SRC: time another checkout's code (e.g. the commit before a change).
    env = {**os.environ, "PYTHONPATH": os.environ.get("CPDLOG_BENCH_SRC", str(ROOT / "src"))}
    env.pop("CPDLOG_HOME", None)
    env.pop("CPDLOG_DATABASE_URL", None)
    return env


def source_folder() -> Path:
    return Path(cpdlog_env()["PYTHONPATH"].split(os.pathsep)[0]) / "cpdlog"


def compile_source() -> list[Path]:
    """Compile the timed source's bytecode, as an install does; the folders it made."""
    package = source_folder()
    before = set(package.rglob("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return [folder for folder in package.rglob("__pycache__") if folder not in before]


@contextmanager
def bytecode_made() -> Iterator[list[Path]]:
    """A list to put the folders :func:`compile_source` made in; they are removed at the end."""
    made: list[Path] = []
    try:
        yield made
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)


def has_bytecode() -> bool:
    return any(source_folder().rglob("*.pyc"))


def cpdlog(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "cpdlog", "--home", str(home), *args]


def urls_for(ports: dict[str, int], count: int) -> list[str]:
    return [f"http://{host_of(n)}:{ports[host_of(n)]}/feeds/{n}.xml" for n in range(count)]


def subscribe(home: Path, urls: list[str]) -> None:
    outlines = "".join(
        f'<outline type="rss" text="Bench {n}" xmlUrl="{u}"/>' for n, u in enumerate(urls)
    )
    opml = home.parent / f"{home.name}.opml"
    opml.write_text(
        f'<?xml version="1.0"?><opml version="2.0"><head/><body>{outlines}</body></opml>',
        encoding="utf-8",
    )
    timed(cpdlog(home, "feeds", "import", str(opml)), cpdlog_env())


def database_bytes(home: Path) -> int:
    return sum(p.stat().st_size for p in home.glob("cpdlog.sqlite*") if p.is_file())


def bound_of(count: int) -> float:
    return DELAY * math.ceil(count / WORKERS)


# --- 1. the command against newsboat ----------------------------------------------------


def newsboat_runs(urls: list[str], tmp: Path) -> tuple[float, float] | None:
    binary = shutil.which("newsboat")
    if binary is None:
        return None
    folder = tmp / "newsboat"
    folder.mkdir()
    (folder / "urls").write_text("\n".join(urls) + "\n", encoding="utf-8")
    (folder / "config").write_text(f"reload-threads {WORKERS}\n", encoding="utf-8")
    command = [
        binary,
        "-x",
        "reload",
        "-u",
        str(folder / "urls"),
        "-c",
        str(folder / "cache.db"),
        "-C",
        str(folder / "config"),
    ]
    env = {**os.environ, "HOME": str(folder)}
    first = timed(command, env)[0]
    second = timed(command, env)[0]
    return first, second


def refresh_pair(home: Path) -> tuple[float, int, float, float, float]:
    """First then unchanged refresh: (first s, first peak bytes, first CPU, unchanged s,
    unchanged CPU)."""
    env = cpdlog_env()
    cpu = children_cpu()
    first, first_peak, _ = timed(cpdlog(home, "feeds", "refresh"), env)
    first_cpu = children_cpu() - cpu
    cpu = children_cpu()
    unchanged, _, _ = timed(cpdlog(home, "feeds", "refresh"), env)
    unchanged_cpu = children_cpu() - cpu
    return first, first_peak, first_cpu, unchanged, unchanged_cpu


def command_figures(ports: dict[str, int], count: int, tmp: Path, made: list[Path]) -> None:
    urls = urls_for(ports, count)
    bound = bound_of(count)
    print(f"network bound (250 ms x ceil({count}/{WORKERS})): {bound:.2f} s")
    home = tmp / "command-source"
    subscribe(home, urls)
    already = has_bytecode()
    first, _, first_cpu, unchanged, unchanged_cpu = refresh_pair(home)
    print(
        "breakdown, run from source "
        + (
            "(its bytecode was already compiled): "
            if already
            else "(no bytecode, as a checkout with PYTHONDONTWRITEBYTECODE=1): "
        )
        + f"first {first:.2f} s = {first / bound:.2f}x the bound, {first_cpu:.2f} CPU-s; "
        f"unchanged {unchanged:.2f} s = {unchanged / bound:.2f}x, {unchanged_cpu:.2f} CPU-s"
    )
    shutil.rmtree(home, ignore_errors=True)
    made.extend(compile_source())
    print(
        "cpdlog timed as installed from here on: its bytecode compiled first "
        "(python -m compileall, as pip and the bundle do)"
    )
    home = tmp / "command"
    subscribe(home, urls)
    first, first_peak, first_cpu, unchanged, unchanged_cpu = refresh_pair(home)
    print(
        f"cpdlog feeds refresh CPU (user + system, the command and its parse processes): "
        f"first {first_cpu:.2f} s = {first_cpu / count * 1000:.0f} ms per feed; "
        f"unchanged {unchanged_cpu:.2f} s "
        f"(the bound leaves {2 * bound:.2f} core-seconds on 2 cores)"
    )
    print(
        f"cpdlog feeds refresh, first: {first:.2f} s = {first / bound:.2f}x the bound "
        f"(target <= {FIRST_FACTOR}x) {verdict(first <= bound * FIRST_FACTOR)}; "
        f"peak {first_peak / 1e6:.0f} MB; database {database_bytes(home) / 1e6:.0f} MB"
    )
    print(
        f"cpdlog feeds refresh, unchanged: {unchanged:.2f} s = {unchanged / bound:.2f}x the "
        f"bound (target <= {UNCHANGED_FACTOR}x) {verdict(unchanged <= bound * UNCHANGED_FACTOR)}"
    )
    boat = newsboat_runs(urls, tmp)
    if boat is None:
        print("newsboat: not installed (apt-get install -y newsboat); comparison skipped")
        return
    print(
        f"newsboat -x reload (reload-threads {WORKERS}): first {boat[0]:.2f} s = "
        f"{boat[0] / bound:.2f}x the bound, unchanged {boat[1]:.2f} s = {boat[1] / bound:.2f}x"
    )
    print(
        f"cpdlog first / newsboat first: {first / boat[0]:.2f}x (target < 1) "
        f"{verdict(first < boat[0])}; unchanged: {unchanged / boat[1]:.2f}x"
    )


# --- 2. scale ----------------------------------------------------------------------------


def scale_figures(ports: dict[str, int], sizes: list[int], tmp: Path) -> None:
    times: dict[int, float] = {}
    for count in sizes:
        home = tmp / f"scale{count}"
        subscribe(home, urls_for(ports, count))
        wall, peak, _ = timed(cpdlog(home, "feeds", "refresh"), cpdlog_env())
        times[count] = wall
        line = (
            f"scale {count} feeds: first refresh {wall:.2f} s = {wall / bound_of(count):.2f}x "
            f"the bound, {wall / count * 1000:.1f} ms per feed, peak {peak / 1e6:.0f} MB, "
            f"database {database_bytes(home) / 1e6:.0f} MB"
        )
        if count == max(sizes):
            line += f" (memory target <= {MEMORY_MB} MB) {verdict(peak <= MEMORY_MB * 1e6)}"
        print(line, flush=True)
        shutil.rmtree(home, ignore_errors=True)
    small, large = min(sizes), max(sizes)
    if small != large:
        expected = times[small] * large / small
        ratio = times[large] / expected
        print(
            f"scale {large} vs {large // small} x {small}: {ratio:.2f}x "
            f"(target <= {SCALE_FACTOR}x) {verdict(ratio <= SCALE_FACTOR)}"
        )


# --- 3. the app ---------------------------------------------------------------------------


class GapSampler(threading.Thread):
    """Where the GUI thread spends its own CPU in the event loop's long gaps (``--gui-profile``).

    Every 2 ms this thread reads the GUI thread's CPU time (``/proc/self/task/<id>/schedstat``)
    and its Python stack (``sys._current_frames``; while the GUI thread is inside Qt that is
    the Python frame that called in, or the Python code Qt called back). Each sample's CPU
    since the previous one is charged to its stack; :meth:`report` sums what fell inside the
    gaps the probe saw (``gaps``: start and end, ``perf_counter`` seconds). Taking the samples
    needs the interpreter's lock too, so it slows the app a little: a diagnosis, not a figure.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.main = threading.main_thread()
        self.path = Path(f"/proc/self/task/{self.main.native_id}/schedstat")
        self.samples: list[tuple[float, float, tuple[str, ...]]] = []
        self.gaps: list[tuple[float, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        ident = self.main.ident
        with self.path.open("rb", buffering=0) as stat:
            while not self.stop.wait(0.002):
                stat.seek(0)
                cpu = int(stat.read().split()[0]) / 1e6
                frame = sys._current_frames().get(ident or 0)
                stack: list[str] = []
                while frame is not None and len(stack) < 14:
                    code = frame.f_code
                    stack.append(f"{Path(code.co_filename).stem}.{code.co_name}")
                    frame = frame.f_back
                if len(self.samples) < 2_000_000:
                    self.samples.append((time.perf_counter(), cpu, tuple(stack)))

    def report(self, top: int = 12, worst: int = 5) -> list[str]:
        gaps = sorted(self.gaps)
        inner: dict[str, float] = {}
        ours: dict[str, float] = {}
        per_gap: dict[int, dict[str, float]] = {}
        total = 0.0
        previous_cpu = None
        g = 0
        for when, cpu, stack in self.samples:
            spent = 0.0 if previous_cpu is None else cpu - previous_cpu
            previous_cpu = cpu
            while g < len(gaps) and gaps[g][1] < when:
                g += 1
            if g >= len(gaps) or when < gaps[g][0] or not stack:
                continue
            total += spent
            inner[stack[0]] = inner.get(stack[0], 0.0) + spent
            path = " < ".join(stack[:4])
            ours[path] = ours.get(path, 0.0) + spent
            mine = per_gap.setdefault(g, {})
            mine[path] = mine.get(path, 0.0) + spent
        lines = [f"GUI-thread CPU inside {len(gaps)} gaps over {STALL_MS} ms: {total:.0f} ms"]
        lines.append("by innermost Python frame:")
        for name, spent in sorted(inner.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"  {spent:7.0f} ms  {name}")
        lines.append("by innermost four frames:")
        for name, spent in sorted(ours.items(), key=lambda kv: -kv[1])[:top]:
            lines.append(f"  {spent:7.0f} ms  {name}")
        heaviest = sorted(per_gap.items(), key=lambda kv: -sum(kv[1].values()))[:worst]
        for number, paths in heaviest:
            start, end = gaps[number]
            lines.append(
                f"gap of {(end - start) * 1000:.0f} ms, GUI-thread CPU "
                f"{sum(paths.values()):.0f} ms in it:"
            )
            for name, spent in sorted(paths.items(), key=lambda kv: -kv[1])[:6]:
                lines.append(f"  {spent:7.0f} ms  {name}")
        return lines


def gui_child(home: str, cancel_after: int, profile: bool = False) -> int:
    """In a child process: open the app, refresh from the reader, report as JSON."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from cpdlog.ui.app import Startup, configure_application

    qapp = configure_application()
    startup = Startup(Path(home))
    window = startup.window
    opened = QEventLoop()
    window.attached.connect(opened.quit)
    startup.begin()
    QTimer.singleShot(60_000, opened.quit)
    opened.exec()
    reader: Any = window.show_page("reader")
    clock = QElapsedTimer()
    since = QElapsedTimer()
    worst = [0.0]
    seen_rows = [0]
    cancel_started = [0.0]
    ended = [0.0]
    probe = QTimer()
    probe.setInterval(10)
    done: list[Any] = []
    # The longest garbage collection (it holds the GIL, so it stalls the event loop too).
    import gc

    collecting = [0.0]
    longest_gc = [0.0, -1.0, 0.0]  # ms, generation, when (s since the refresh began)

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        elif collecting[0]:
            took = (time.perf_counter() - collecting[0]) * 1000
            if took > longest_gc[0]:
                longest_gc[0], longest_gc[1] = took, info.get("generation", -1)
                longest_gc[2] = since.nsecsElapsed() / 1e9 if since.isValid() else 0.0

    gc.callbacks.append(collection)

    # Where the GUI thread was during each gap: running (its own CPU), waiting for a core
    # (the run queue: the machine's load) or neither (waiting for the interpreter's lock, or
    # for the kernel), from /proc/thread-self/schedstat where Linux has it.
    schedstat = Path("/proc/thread-self/schedstat")
    sched_file = schedstat.open("rb", buffering=0) if schedstat.exists() else None

    def thread_times() -> tuple[float, float]:
        if sched_file is None:
            return time.thread_time() * 1000, 0.0
        sched_file.seek(0)
        ran, waited = sched_file.read().split()[:2]
        return int(ran) / 1e6, int(waited) / 1e6

    before = [0.0, 0.0]
    worst_gap = {"cpu_ms": 0.0, "runqueue_ms": 0.0}
    most_cpu = [0.0]
    over = [0]

    sampler = GapSampler() if profile else None

    def tick() -> None:
        ran, waited = thread_times()
        if clock.isValid():
            gap = clock.nsecsElapsed() / 1e6 - 10
            if gap > STALL_MS:
                over[0] += 1
                if sampler is not None:
                    now = time.perf_counter()
                    sampler.gaps.append((now - gap / 1000, now))
                most_cpu[0] = max(most_cpu[0], ran - before[0])
            if gap > worst[0]:
                worst[0] = gap
                worst_gap.update(cpu_ms=ran - before[0], runqueue_ms=waited - before[1])
        clock.restart()
        before[:] = [ran, waited]
        if not done:
            seen_rows[0] = max(seen_rows[0], reader.items_model.rowCount())

    def progressed(running: bool, finished: int, _total: int) -> None:
        if not running:
            # The refresh ended; without a report (it failed) nothing else would end the run.
            QTimer.singleShot(5_000, qapp.quit)
        if running and cancel_after and finished >= cancel_after and not cancel_started[0]:
            cancel_started[0] = since.nsecsElapsed() / 1e9
            reader.cancel_refresh()

    def refreshed(report: Any) -> None:
        ended[0] = since.nsecsElapsed() / 1e9
        done.append(report)
        QTimer.singleShot(300, qapp.quit)  # let the reader show the final list

    probe.timeout.connect(tick)
    reader.refresh_state_changed.connect(progressed)
    reader.refreshed.connect(refreshed)

    def begin() -> None:
        before[:] = thread_times()  # the GUI thread's times so far are not a stall's
        if sampler is not None:
            sampler.start()
        probe.start()
        clock.start()
        since.start()
        reader.refresh()

    QTimer.singleShot(0, begin)
    QTimer.singleShot(GUI_LIMIT_S * 1000, qapp.quit)
    qapp.exec()
    probe.stop()
    if sampler is not None:
        sampler.stop.set()
        sampler.join()
        print("\n".join(sampler.report()), file=sys.stderr, flush=True)
    report = done[0] if done else None
    result = {
        "stall_ms": worst[0],
        "rows_during": seen_rows[0],
        "feeds": len(report.feeds) if report else 0,
        "stored_feeds": (
            sum(1 for line in report.feeds if line.outcome.value != "cancelled") if report else 0
        ),
        "new_items": report.new_items if report else 0,
        "items_in_journal": reader.feeds.count_items(),
        "cancelled": bool(report and report.cancelled),
        "cancel_latency": ended[0] - cancel_started[0] if cancel_started[0] else None,
        "seconds": ended[0],
        "longest_gc_ms": longest_gc[0],
        "longest_gc_generation": longest_gc[1],
        "longest_gc_at": longest_gc[2],
        "stall_cpu_ms": worst_gap["cpu_ms"],
        "stall_runqueue_ms": worst_gap["runqueue_ms"],
        "stalls_over_target": over[0],
        "most_cpu_in_a_stall_ms": most_cpu[0],
        "load_average": os.getloadavg()[0],
    }
    window.close()
    startup.finish()
    print("RESULT " + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)


def gui_run(home: Path, cancel_after: int = 0, profile: bool = False) -> dict[str, Any]:
    env = {**cpdlog_env(), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--gui-child", str(home)]
    command += ["--cancel-after", str(cancel_after)] + (["--gui-profile"] if profile else [])
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    if profile:
        print(out.stderr.strip(), flush=True)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            found: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return found
    raise SystemExit(f"the app run gave no result: {out.stderr[-800:]}")


def gui_figures(ports: dict[str, int], count: int, tmp: Path, profile: bool = False) -> None:
    home = tmp / "gui"
    subscribe(home, urls_for(ports, count))
    full = gui_run(home, profile=profile)
    if not full["feeds"]:
        print(
            "app: the refresh had not ended when the probe stopped it (after "
            f"{GUI_LIMIT_S} s, a loaded machine); the figures below cover those {GUI_LIMIT_S} s"
        )
    print(
        f"app, {full['feeds']}-feed refresh ({full['seconds']:.1f} s, {full['new_items']} "
        f"new items): longest event-loop stall {full['stall_ms']:.0f} ms "
        f"(target <= {STALL_MS} ms) {verdict(full['stall_ms'] <= STALL_MS)}"
    )
    print(
        f"breakdown: longest garbage collection in the app during it "
        f"{full['longest_gc_ms']:.0f} ms (generation {full['longest_gc_generation']}, "
        f"{full['longest_gc_at']:.1f} s after the refresh began)"
    )
    print(
        f"breakdown: in the longest stall the GUI thread ran {full['stall_cpu_ms']:.0f} ms and "
        f"waited {full['stall_runqueue_ms']:.0f} ms for a core; {full['stalls_over_target']} "
        f"stalls over {STALL_MS} ms, the GUI thread's own CPU in any of them at most "
        f"{full['most_cpu_in_a_stall_ms']:.0f} ms; load average {full['load_average']:.1f} "
        f"at the end (2 cores: above 2 the machine, not the app, makes the stalls long)"
    )
    print(
        f"app, items in the reader's list before the refresh ended: {full['rows_during']} "
        f"(target > 0) {verdict(full['rows_during'] > 0)}"
    )
    shutil.rmtree(home, ignore_errors=True)
    home = tmp / "gui-cancel"
    subscribe(home, urls_for(ports, count))
    cut = gui_run(home, cancel_after=max(1, count // 4))
    latency = cut["cancel_latency"]
    ok = cut["cancelled"] and latency is not None and latency <= CANCEL_S
    print(
        f"app, Cancel after {max(1, count // 4)} of {count} feeds: ended in "
        f"{(latency or 0) * 1000:.0f} ms (target <= {CANCEL_S * 1000:.0f} ms) {verdict(ok)}; "
        f"kept: {cut['stored_feeds']} of {cut['feeds']} feeds stored, {cut['new_items']} new "
        f"items reported, {cut['items_in_journal']} items in the journal afterwards"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--gui-child", metavar="HOME", help=argparse.SUPPRESS)
    parser.add_argument("--cancel-after", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--feeds", type=int, default=200, help="feeds for part 1 (200)")
    parser.add_argument("--scale", default=",".join(map(str, SCALE)), help="feeds per run")
    parser.add_argument("--gui-feeds", type=int, default=MAX_FEEDS)
    parser.add_argument("--skip-command", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-gui", action="store_true")
    parser.add_argument(
        "--gui-profile",
        action="store_true",
        help="also sample the app's GUI thread and print where its CPU went in the long gaps",
    )
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return 0
    if args.gui_child:
        return gui_child(args.gui_child, args.cancel_after, args.gui_profile)

    with (
        bytecode_made() as made,
        loopback.feed_server(__file__) as ports,
        tempfile.TemporaryDirectory() as folder,
    ):
        size = len(feeds_bench.feed_body(0)) / 1000
        print(
            f"setup: feeds of {feeds_bench.N_ITEMS} items (~{size:.0f} KB each) on {N_HOSTS} "
            f"loopback addresses, {DELAY * 1000:.0f} ms per response, "
            f"{WORKERS} threads, {os.cpu_count()} CPUs",
            flush=True,
        )
        tmp = Path(folder)
        if not args.skip_command:
            command_figures(ports, args.feeds, tmp, made)
        else:
            made.extend(compile_source())
            print("cpdlog timed as installed: its bytecode compiled first (compileall)")
        if not args.skip_scale:
            sizes = [int(s) for s in args.scale.split(",") if s.strip()]
            scale_figures(ports, [min(s, MAX_FEEDS) for s in sizes], tmp)
        if not args.skip_gui:
            gui_figures(ports, min(args.gui_feeds, MAX_FEEDS), tmp, args.gui_profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
