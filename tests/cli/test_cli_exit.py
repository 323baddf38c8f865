"""A command's process ends without Python's full garbage collections over every module at
exit (0.3-0.9 s of CPU once the database layer and the feed engine are loaded): the objects
alive then are frozen out of them by an exit handler."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..conftest import SRC

# An exit handler registered before the command runs runs after those the command registers
# (last in, first out): by then the objects must be frozen.
PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count(), flush=True))
from cpdlog.cli import main
code = main(sys.argv[1:])
print("exit", code, flush=True)
"""


def _run(home: Path, *args: str) -> dict[str, int]:
    """The probe's two figures: the command's exit code and the frozen objects at exit."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--home", str(home), *args],
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": str(SRC),
            "PATH": "/usr/bin:/bin",
            "CPDLOG_DEBUG": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
        },
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    return {words[0]: int(words[1]) for words in lines if words[:1] in (["exit"], ["frozen"])}


def test_a_command_freezes_its_objects_before_the_exit_collections(tmp_path: Path) -> None:
    figures = _run(tmp_path / "home", "feeds", "list")
    assert figures["exit"] == 0
    assert figures["frozen"] > 10_000  # the database layer's objects, at least


def test_version_alone_changes_nothing_at_exit(tmp_path: Path) -> None:
    # --version ends in argparse, before any command runs: nothing is registered
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--version"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=120,
    )
    assert "frozen 0" in done.stdout
