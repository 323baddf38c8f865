"""Black-box helpers for the hostile-input suite: run cpdlog as a user (or attacker) would.

Everything here drives the command line only. Two ways to run it:

* :func:`run_cli` starts ``python -m cpdlog`` in a fresh process group (through a tiny wrapper
  that reports the child's peak resident memory), with a timeout: a hang is a failure.
* :func:`run_session` runs several commands one after another through ``cpdlog.cli.main`` in
  ONE fresh child process (the same entry point the ``cpdlog`` script calls), capturing each
  command's exit code, stdout and stderr. The child is forked from a warm interpreter that has
  already imported cpdlog, which keeps the suite quick on a small machine.

Both children get an address-space limit (:data:`ADDRESS_SPACE_LIMIT`) so that a bug which
tries to inflate gigabytes fails fast instead of exhausting a shared machine; the verdict is
still the measured peak RSS against :data:`PEAK_RSS_LIMIT`.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[2] / "src"
FIXED_NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
PEAK_RSS_LIMIT = 300 * 1024 * 1024  # bytes
ADDRESS_SPACE_LIMIT = 3 * 1024 * 1024 * 1024  # bytes; a safety net, not the verdict
DEFAULT_TIMEOUT = 30.0  # seconds; a hang is a failure

_WRAPPER = r"""
import resource, subprocess, sys
side, limit, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
code = subprocess.run(cmd, preexec_fn=cap).returncode
with open(side, "w") as fh:
    fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code if code >= 0 else 128 - code)
"""

_ZYGOTE = r"""
import contextlib, hashlib, io, json, os, pathlib, resource, signal, stat, sys, time, traceback
limit = int(sys.argv[1])
protocol_in, protocol_out = sys.stdin, os.fdopen(os.dup(1), "w")
from cpdlog.cli import main
import importlib
# warm what the commands need (each run is a fork of this process); a module another branch
# renamed is simply not warmed
for name in ("cpdlog.services.app", "cpdlog.services.transfer", "cpdlog.services.progress",
             "cpdlog.services.feeds", "cpdlog.storage.migrate", "cpdlog.feeds.opml",
             "cpdlog.cli.feeds", "cpdlog.cli.check", "sqlalchemy.dialects.sqlite", "alembic"):
    try:
        importlib.import_module(name)
    except Exception:
        pass

def stream():
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", newline="")

def text(s):
    s.flush()
    return s.buffer.getvalue().decode("utf-8", "replace")

def evidence_listing(home):
    folder = pathlib.Path(home) / "evidence"
    found = {}
    for p in sorted(folder.rglob("*")) if folder.exists() else []:
        info = p.lstat()
        if stat.S_ISDIR(info.st_mode):
            continue
        if stat.S_ISLNK(info.st_mode):
            found[str(p.relative_to(folder))] = "link:" + os.readlink(p)
        elif stat.S_ISREG(info.st_mode):
            found[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
        else:
            found[str(p.relative_to(folder))] = "special"
    return json.dumps(found)

def run(req):
    results = []
    def save():
        with open(req["side"] + ".tmp", "w", encoding="utf-8") as fh:
            json.dump(results, fh)
        os.replace(req["side"] + ".tmp", req["side"])
    save()
    home = req["home"]
    for argv in req["commands"]:
        if argv == ["@evidence"]:
            results.append({"argv": argv, "code": 0, "stdout": evidence_listing(home),
                            "stderr": "", "escaped": False, "peak_kib": 0})
            save()
            continue
        out, err = stream(), stream()
        escaped = False
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(["--home", home, *argv])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except BaseException:
                escaped = True
                traceback.print_exc()
                code = 1
        results.append({
            "argv": argv, "code": code, "stdout": text(out), "stderr": text(err),
            "escaped": escaped, "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        })
        save()

for line in protocol_in:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            null = os.open(os.devnull, os.O_RDONLY)
            log = os.open(req["side"] + ".fd", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(null, 0)
            os.dup2(log, 1)
            os.dup2(log, 2)
            sys.stdin = open(os.devnull)
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
            os.chdir(req["cwd"])
            os.environ.update(req["env"])
            run(req)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(0)
    deadline = time.monotonic() + req["timeout"]
    timed_out = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            done, status, usage = os.wait4(pid, 0)
            timed_out = True
            break
        time.sleep(0.005)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # nothing it started may outlive it
    protocol_out.write(json.dumps({"timed_out": timed_out, "status": status,
                                   "peak_kib": usage.ru_maxrss}) + "\n")
    protocol_out.flush()
"""


@dataclass
class Result:
    """What one cpdlog command did."""

    args: list[str]
    code: int | None  # None: it was still running when the timeout killed it
    stdout: str
    stderr: str
    peak_rss: int  # bytes (the most any command of a session had reached by its end)
    timed_out: bool = False
    escaped: bool = False  # an exception escaped cpdlog.cli.main (session mode)

    def describe(self) -> str:
        state = "TIMED OUT" if self.timed_out else f"exit {self.code}"
        return (
            f"cpdlog {' '.join(a[:80] for a in self.args)} -> {state}, "
            f"peak {self.peak_rss / 1048576:.0f} MB\nstdout: {self.stdout[-2000:]!r}\n"
            f"stderr: {self.stderr[-3000:]!r}"
        )


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # CPDLOG_DEBUG: a fault in the code shows its traceback, which these tests catch
    env = {
        **os.environ,
        "CPDLOG_NOW": FIXED_NOW.isoformat(),
        "CPDLOG_DEBUG": "1",
        **(extra or {}),
    }
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.pop("CPDLOG_HOME", None)
    env.pop("CPDLOG_DATABASE_URL", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def run_cli(
    *args: str,
    home: Path,
    timeout: float = DEFAULT_TIMEOUT,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    home_option: bool = True,
) -> Result:
    """Run ``python -m cpdlog --home HOME ARGS`` as its own process group, with a timeout."""
    with tempfile.TemporaryDirectory(prefix="cpdlog-rss-") as side_dir:
        side = Path(side_dir) / "rss"
        full = [*(["--home", str(home)] if home_option else []), *args]
        command = [
            sys.executable,
            "-c",
            _WRAPPER,
            str(side),
            str(ADDRESS_SPACE_LIMIT),
            sys.executable,
            "-m",
            "cpdlog",
            *full,
        ]
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env(env),
            cwd=cwd or home.parent,
            start_new_session=True,
        )
        timed_out = False
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc)
            out, err = proc.communicate()
        finally:
            _kill_group(proc)  # nothing of ours may outlive the command
        peak = int(side.read_text() or 0) * 1024 if side.exists() else 0
    return Result(
        list(args),
        None if timed_out else proc.returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        peak,
        timed_out,
    )


class _Zygote:
    """One warm interpreter (cpdlog already imported) that forks a fresh child per session.

    Each child gets its own process group, the address-space limit, a timeout, and reports its
    own peak RSS (``wait4``), so sessions stay independent while skipping the slow start-up."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _ZYGOTE, str(ADDRESS_SPACE_LIMIT)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=child_env(),
                text=True,
                start_new_session=True,
            )
        return self.proc

    def run(self, request: dict[str, Any]) -> dict[str, Any]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(request) + "\n")
        proc.stdin.flush()
        reply = proc.stdout.readline()
        assert reply, "the session runner died"
        answer: dict[str, Any] = json.loads(reply)
        return answer

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None


ZYGOTE = _Zygote()
atexit.register(ZYGOTE.close)


def run_session(
    commands: Sequence[Sequence[str]],
    *,
    home: Path,
    timeout: float = DEFAULT_TIMEOUT,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> list[Result]:
    """Run several cpdlog commands, in order, in one fresh child; one :class:`Result` each.

    Each command goes through ``cpdlog.cli.main`` (what the ``cpdlog`` script calls) with its
    stdout and stderr captured. A command's ``peak_rss`` is the child's peak so far. If the
    child hangs or dies, the command it was running is reported as timed out (or as escaped,
    with whatever the child printed) and later commands are absent from the list.
    """
    with tempfile.TemporaryDirectory(prefix="cpdlog-session-") as side_dir:
        side = Path(side_dir) / "results.json"
        answer = ZYGOTE.run(
            {
                "commands": [list(c) for c in commands],
                "home": str(home),
                "cwd": str(cwd or home.parent),
                "timeout": timeout,
                "side": str(side),
                "env": env or {},
            }
        )
        raw = json.loads(side.read_text(encoding="utf-8")) if side.exists() else []
        fd_log = side.with_name(side.name + ".fd")
        printed = fd_log.read_text("utf-8", "replace") if fd_log.exists() else ""
    results = [
        Result(
            list(r["argv"]),
            int(r["code"]),
            r["stdout"],
            r["stderr"],
            int(r["peak_kib"]) * 1024,
            escaped=bool(r["escaped"]),
        )
        for r in raw
    ]
    if results:
        results[-1].peak_rss = max(results[-1].peak_rss, int(answer["peak_kib"]) * 1024)
    if len(results) < len(commands):
        timed_out = bool(answer["timed_out"])
        results.append(
            Result(
                list(commands[len(results)]),
                None,
                "",
                printed or f"(the child ended with wait status {answer['status']})",
                int(answer["peak_kib"]) * 1024,
                timed_out=timed_out,
                escaped=not timed_out,
            )
        )
    return results


def stderr_lines(result: Result) -> list[str]:
    text = result.stderr
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def assert_no_crash(result: Result) -> None:
    """The command finished in time, without a traceback, under the memory limit."""
    assert not result.timed_out, f"hung (killed after the timeout):\n{result.describe()}"
    assert not result.escaped, f"an exception escaped cpdlog:\n{result.describe()}"
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, (
        f"traceback:\n{result.describe()}"
    )
    assert result.peak_rss < PEAK_RSS_LIMIT, (
        f"peak memory {result.peak_rss / 1048576:.0f} MB >= 300 MB:\n{result.describe()}"
    )


def assert_hostile_outcome(
    result: Result, codes: Iterable[int] = (1, 2), mentions: Sequence[str] = ()
) -> str:
    """Refused cleanly: exit in ``codes``, stderr exactly one non-empty line, no traceback,
    peak RSS under 300 MB. With ``mentions``, the line must name one of them (case-insensitive;
    ``_`` and spaces count as the same). Returns the message line."""
    assert_no_crash(result)
    allowed = set(codes)
    assert result.code in allowed, f"expected exit in {sorted(allowed)}:\n{result.describe()}"
    lines = stderr_lines(result)
    assert len(lines) == 1 and lines[0].strip(), (
        f"expected exactly one non-empty line on stderr:\n{result.describe()}"
    )
    if mentions:
        wanted = [_fold(m) for m in mentions]
        assert any(w in _fold(lines[0]) for w in wanted), (
            f"the message should name one of {list(mentions)}:\n{result.describe()}"
        )
    return lines[0]


def assert_ok(result: Result) -> None:
    assert_no_crash(result)
    assert result.code == 0, f"expected exit 0:\n{result.describe()}"


def assert_clean_exit(result: Result, codes: Iterable[int] = (0, 1, 2)) -> None:
    """Any of ``codes``; when it fails, it fails with one line on stderr."""
    assert_no_crash(result)
    allowed = set(codes)
    assert result.code in allowed, f"expected exit in {sorted(allowed)}:\n{result.describe()}"
    if result.code != 0:
        lines = stderr_lines(result)
        assert len(lines) == 1 and lines[0].strip(), (
            f"a failure must say why in one line on stderr:\n{result.describe()}"
        )


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.lower())


# --- snapshots ---------------------------------------------------------------------------------
SYSTEM_FILES = (Path("/etc/passwd"), Path("/etc/hostname"))


def _describe_path(path: Path) -> tuple[str, str]:
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        return ("link", str(path.readlink()))
    if stat.S_ISDIR(info.st_mode):
        return ("dir", oct(stat.S_IMODE(info.st_mode)))
    if stat.S_ISREG(info.st_mode):
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return ("file", f"{info.st_size}:{digest.hexdigest()}")
    return ("special", oct(stat.S_IFMT(info.st_mode)))


def snapshot_outside(
    sandbox: Path, data_folder: Path, allowed: Iterable[Path] = ()
) -> dict[str, tuple[str, str]]:
    """Every path under ``sandbox`` except the data folder (and ``allowed`` outputs the test
    asked for), with a hash of each regular file; plus a few system files' bytes."""
    skip = {p.resolve() for p in (data_folder, *allowed)}
    found: dict[str, tuple[str, str]] = {}

    def walk(folder: Path) -> None:
        for child in sorted(folder.iterdir()):
            if child.resolve() in skip or child in skip:
                continue
            found[str(child.relative_to(sandbox))] = _describe_path(child)
            if child.is_dir() and not child.is_symlink():
                walk(child)

    walk(sandbox)
    for system in SYSTEM_FILES:
        if system.exists():
            found[str(system)] = _describe_path(system)
    return found


def assert_outside_unchanged(
    before: dict[str, tuple[str, str]], after: dict[str, tuple[str, str]]
) -> None:
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    assert not changed, f"files outside the data folder changed: {changed}"


EVIDENCE_LISTING = ["@evidence"]  # not a cpdlog command: the session lists the evidence folder
JOURNAL_COMMANDS: list[list[str]] = [
    ["entry", "list", "--json"],
    ["trash", "list", "--json"],
    ["profile", "show", "--json"],
    EVIDENCE_LISTING,
]


@dataclass
class Journal:
    """What the user has: entries (live and trashed), profile and evidence files."""

    live: list[dict[str, Any]]
    trashed: list[dict[str, Any]]
    profile: Any
    evidence: dict[str, str]  # path under evidence/ -> sha256 (or "link:..." / "special")

    def uids(self) -> list[str]:
        return [e["uid"] for e in self.live + self.trashed]


def journal_from(results: Sequence[Result], data_folder: Path) -> Journal:
    """Parse the outputs of :data:`JOURNAL_COMMANDS` (which must all have succeeded)."""
    assert len(results) == len(JOURNAL_COMMANDS), [r.describe() for r in results]
    for r in results:
        assert_ok(r)
    live, trashed, profile, evidence = (json.loads(r.stdout) for r in results)
    return Journal(live, trashed, profile, evidence)


def read_journal(data_folder: Path) -> Journal:
    return journal_from(run_session(JOURNAL_COMMANDS, home=data_folder), data_folder)


@dataclass
class Checked:
    """A hostile command with the journal read just before and just after it (one process)."""

    before: Journal
    result: Result
    after_results: list[Result]  # the journal commands run after it (fewer if it hung)
    home: Path

    def after_journal(self) -> Journal:
        """The journal afterwards. Check ``result`` first: the peak RSS these later commands
        report includes the hostile command's (the child's peak is cumulative)."""
        assert len(self.after_results) == len(JOURNAL_COMMANDS), self.result.describe()
        return journal_from(self.after_results, self.home)


def run_checked(
    args: Sequence[str],
    *,
    home: Path,
    before: Journal | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    cwd: Path | None = None,
    then: Sequence[Sequence[str]] = (),
) -> tuple[Checked, list[Result]]:
    """Run ``args`` with the journal read just after it (and just before it, unless ``before``
    is already known, e.g. a copy of the session's template journal), then ``then`` — all in
    one child. Returns the check and the results of ``then``."""
    n = len(JOURNAL_COMMANDS)
    lead = [] if before is not None else JOURNAL_COMMANDS
    results = run_session(
        [*lead, list(args), *JOURNAL_COMMANDS, *then], home=home, timeout=timeout, cwd=cwd
    )
    if before is None:
        before = journal_from(results[:n], home)
        results = results[n:]
    return Checked(before, results[0], results[1 : n + 1], home), results[n + 1 :]


def assert_journal_unchanged(before: Journal, after: Journal) -> None:
    assert after.live == before.live, "entries in the journal changed"
    assert after.trashed == before.trashed, "entries in the trash changed"
    assert after.profile == before.profile, "the profile changed"
    assert after.evidence == before.evidence, "the evidence folder changed"


def assert_nothing_lost(before: Journal, after: Journal) -> None:
    """Every entry (live or trashed) and evidence file from before is still there, unchanged."""
    after_entries = {e["uid"]: e for e in after.live + after.trashed}
    for entry in before.live + before.trashed:
        assert after_entries.get(entry["uid"]) == entry, f"entry {entry['uid']} was lost or changed"
    for name, digest in before.evidence.items():
        assert after.evidence.get(name) == digest, f"evidence file {name} was lost or changed"


# --- scanning outputs ----------------------------------------------------------------------------
def forbidden_needles(secret: bytes) -> list[bytes]:
    """The secret's bytes as they could appear in an export: raw, or base64 (JSON export)."""
    needles = [secret, base64.b64encode(secret)]
    # base64 of the secret at each of the three alignments inside a longer stream
    for shift in (1, 2):
        encoded = base64.b64encode(b"\0" * shift + secret)
        needles.append(encoded[4:-4])
    return [n for n in needles if len(n) >= 8]


def scan_for(path: Path, secrets: Sequence[bytes], names: Sequence[str] = ()) -> list[str]:
    """Where any secret (or a suspicious ZIP member name) shows up in an output file."""
    problems: list[str] = []
    if not path.is_file():
        return problems
    data = path.read_bytes()
    for secret in secrets:
        for needle in forbidden_needles(secret):
            if needle in data:
                problems.append(f"{path.name} contains a secret's bytes")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = info.filename
                if name.startswith("/") or ".." in name.split("/") or "\\" in name:
                    problems.append(f"{path.name} has a member named {name!r}")
                if any(n in name for n in names):
                    problems.append(f"{path.name} has a member named {name!r}")
                if info.file_size <= 64 * 1024 * 1024:
                    body = zf.read(info)
                    for secret in secrets:
                        if any(n in body for n in forbidden_needles(secret)):
                            problems.append(f"{path.name}:{name} contains a secret's bytes")
    return problems


# --- ZIP bombs, made from a zero stream without holding it in memory -----------------------------
_BLOCK = 64 * 1024 * 1024


@dataclass(frozen=True)
class ZeroStream:
    """A raw-deflate stream of ``size`` zero bytes, plus its CRC-32 and SHA-256."""

    size: int
    deflated: Path  # file holding the raw deflate stream
    crc32: int
    sha256: str


def make_zero_stream(size: int, folder: Path) -> ZeroStream:
    """Deflate ``size`` zeros cheaply: one full-flushed block of 64 MiB zeros is self-contained
    (a full flush resets the dictionary and byte-aligns), so it can be repeated; then a final
    empty block ends the stream. Written to ``folder``; at most 64 MiB of zeros in memory."""
    assert size % _BLOCK == 0
    zeros = bytes(_BLOCK)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    ending = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    crc = 0
    digest = hashlib.sha256()
    for _ in range(size // _BLOCK):
        crc = zlib.crc32(zeros, crc)
        digest.update(zeros)
    target = folder / f"zeros-{size}.deflate"
    with target.open("wb") as fh:
        for _ in range(size // _BLOCK):
            fh.write(block)
        fh.write(ending)
    return ZeroStream(size, target, crc, digest.hexdigest())


@dataclass(frozen=True)
class Member:
    """One ZIP member: either small bytes (deflated here) or a :class:`ZeroStream`."""

    name: str
    data: bytes | None = None
    zeros: ZeroStream | None = None
    declared_size: int | None = None  # lie about the uncompressed size in both headers


def write_zip(path: Path, members: Sequence[Member]) -> Path:
    """A plain (non-ZIP64) deflated ZIP written by hand, so sizes can be made to lie."""
    central: list[bytes] = []
    with path.open("wb") as out:
        for m in members:
            if m.zeros is not None:
                crc, real_size = m.zeros.crc32, m.zeros.size
                compressed_size = m.zeros.deflated.stat().st_size
            else:
                assert m.data is not None
                compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
                body = compressor.compress(m.data) + compressor.flush()
                crc, real_size, compressed_size = zlib.crc32(m.data), len(m.data), len(body)
            size = real_size if m.declared_size is None else m.declared_size
            name = m.name.encode("utf-8")
            offset = out.tell()
            out.write(
                struct.pack(
                    "<IHHHHHIIIHH",
                    0x04034B50,
                    20,
                    0x0800,
                    8,
                    0,
                    0x21,
                    crc,
                    compressed_size,
                    size,
                    len(name),
                    0,
                )
                + name
            )
            if m.zeros is not None:
                with m.zeros.deflated.open("rb") as src:
                    for chunk in iter(lambda: src.read(1 << 20), b""):
                        out.write(chunk)
            else:
                out.write(body)
            central.append(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0x0800,
                    8,
                    0,
                    0x21,
                    crc,
                    compressed_size,
                    size,
                    len(name),
                    0,
                    0,
                    0,
                    0,
                    0o100644 << 16,
                    offset,
                )
                + name
            )
        start = out.tell()
        for record in central:
            out.write(record)
        length = out.tell() - start
        out.write(
            struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), length, start, 0)
        )
    return path


# --- a real backup to mutate ------------------------------------------------------------------
def new_uid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def fresh_copy(document: dict[str, Any]) -> dict[str, Any]:
    """A deep copy whose entries have uids this journal has never seen (so they would be added)."""
    copy: dict[str, Any] = json.loads(json.dumps(document))
    for n, entry in enumerate(copy.get("entries", []), start=1):
        entry["uid"] = new_uid(900 + n)
    return copy
