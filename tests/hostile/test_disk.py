"""A full disk and a read-only data folder. Tests run as root in CI, so permissions alone stop
nothing: a tiny tmpfs stands in for a full disk and a read-only bind mount for a read-only
folder. Where mounting is not permitted the tests skip and say why."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hostile.conftest import Sandbox
from tests.hostile.harness import (
    JOURNAL_COMMANDS,
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_ok,
    journal_from,
    run_session,
)

CANNOT_SAVE = re.compile(
    r"read.only|cannot be saved|can.t be saved|not be saved|cannot save|can.t save", re.I
)


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        pytest.skip(f"mounting is not permitted here ({done.stderr.strip() or done.returncode})")


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


@pytest.fixture
def full_disk(sandbox: Sandbox) -> Iterator[Path]:
    """A 256 KiB tmpfs beside the data folder, filled up."""
    point = sandbox.root / "usb-stick"
    point.mkdir()
    _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(point))
    try:
        _fill(point)
        yield point
    finally:
        _umount(point)


def _fill(point: Path) -> None:
    fd = os.open(point / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


def _listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


OUTPUTS = {
    "backup": lambda d: ["backup", "-o", str(d / "cpdlog-backup.sqlite")],
    "export-json": lambda d: ["export", "json", "-o", str(d / "j.json"), "--allow-identifiers"],
    "export-zip": lambda d: ["export", "json", "-o", str(d / "j.zip"), "--allow-identifiers"],
    "export-csv": lambda d: ["export", "csv", "-o", str(d / "j.csv"), "--allow-identifiers"],
    "export-pdf": lambda d: ["export", "pdf", "-o", str(d / "p.pdf"), "--allow-identifiers"],
}


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_writing_to_a_full_disk_leaves_no_partial_file(
    sandbox: Sandbox, full_disk: Path, name: str
) -> None:
    # a name, so the PDF export has no warning to print besides its error
    assert_ok(run_session([["profile", "set", "--name", "A Worker"]], home=sandbox.home)[0])
    before = _listing(full_disk)

    results = run_session([OUTPUTS[name](full_disk)], home=sandbox.home, timeout=60)

    assert_hostile_outcome(results[0], codes={1})
    assert _listing(full_disk) == before, "a partial or empty file was left on the full disk"


def test_an_automatic_backup_on_a_full_disk_leaves_nothing_and_keeps_old_backups(
    sandbox: Sandbox,
) -> None:
    backups = sandbox.home / "backups"
    backups.mkdir(exist_ok=True)
    _mount("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(backups))
    try:
        old = backups / "cpdlog-20260101-090000.sqlite"
        old.write_bytes(b"an older backup, kept")
        _fill(backups)
        before = _listing(backups)

        results = run_session([["backup"]], home=sandbox.home, timeout=60)

        assert_hostile_outcome(results[0], codes={1})
        assert _listing(backups) == before
        assert old.read_bytes() == b"an older backup, kept"
    finally:
        _umount(backups)


@pytest.fixture
def read_only_home(sandbox: Sandbox) -> Iterator[Path]:
    """The data folder as a read-only bind mount: even root cannot write to it."""
    home = sandbox.home
    _mount("--bind", str(home), str(home))
    try:
        _mount("-o", "remount,bind,ro", str(home))
        try:
            (home / "probe").write_text("x")
        except OSError as exc:
            assert exc.errno == errno.EROFS
        else:
            pytest.skip("a read-only bind mount still accepted writes here")
        yield home
    finally:
        _umount(home)


def _check_read_only(sandbox: Sandbox, prefix: list[str]) -> None:
    out = sandbox.root / "out"
    out.mkdir()
    results = run_session(
        [
            [*prefix, "entry", "list"],
            [*prefix, "entry", "show", "1", "--json"],
            [*prefix, "progress"],
            [*prefix, "export", "json", "-o", str(out / "copy.json"), "--allow-identifiers"],
            [*prefix, "export", "pdf", "-o", str(out / "portfolio.pdf"), "--allow-identifiers"],
            [
                *prefix,
                "entry",
                "add",
                "--title",
                "New",
                "--type",
                "blog",
                "--date",
                "2026-06-01",
                "--hours",
                "1",
            ],
            [*prefix, "entry", "delete", "1"],
            *[[*prefix, *c] if c[0] != "@evidence" else c for c in JOURNAL_COMMANDS],
        ],
        home=sandbox.home,
        timeout=90,
    )
    for r in results[:5]:
        assert_ok(r)
    assert json.loads(results[1].stdout)["title"] == "Reading on strengths-based practice"
    exported = json.loads((out / "copy.json").read_text(encoding="utf-8"))
    assert len(exported["entries"]) == 4
    assert (out / "portfolio.pdf").read_bytes().startswith(b"%PDF")
    for change in results[5:7]:
        line = assert_hostile_outcome(change, codes={1})
        assert CANNOT_SAVE.search(line), f"say that changes cannot be saved: {line}"
    assert sandbox.known is not None
    assert_journal_unchanged(sandbox.known, journal_from(results[7:], sandbox.home))


def test_a_read_only_data_folder_can_still_be_read_and_exported(
    sandbox: Sandbox, read_only_home: Path
) -> None:
    _check_read_only(sandbox, [])


def test_a_read_only_database_url_can_still_be_read_and_exported(sandbox: Sandbox) -> None:
    database = sandbox.home / "cpdlog.sqlite"
    url = f"sqlite:///file:{database}?mode=ro&uri=true"
    _check_read_only(sandbox, ["--database-url", url])
