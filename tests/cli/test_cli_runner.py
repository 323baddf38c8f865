"""The test runner for the command line: in-process runs behave like the real command."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

import cpdlog.cli
from tests.conftest import run_cli

CASES = [
    ("types", "--json"),  # success, JSON on stdout
    ("entry", "show", "99"),  # an operation that fails: exit 1
    ("entry", "add", "--title", "x", "--type", "nonsense"),  # bad usage: exit 2
    ("--help",),  # argparse's own exit (SystemExit 0)
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c) for c in CASES])
def test_in_process_and_subprocess_give_the_same_result(tmp_path: Path, args: tuple[str, ...]):
    here = run_cli(*args, home=tmp_path / "a")
    there = run_cli(*args, home=tmp_path / "b", end_to_end=True)
    assert here.returncode == there.returncode
    assert here.stdout == there.stdout
    assert here.stderr == there.stderr


def test_an_exception_that_escapes_main_fails_the_test(tmp_path: Path, monkeypatch):
    """A user would have seen a traceback: the runner must not turn it into an exit code."""

    def crash(args: object) -> None:
        raise RuntimeError("an unforeseen bug")

    monkeypatch.setattr(cpdlog.cli, "open_app", crash)
    with pytest.raises(RuntimeError, match="an unforeseen bug"):
        run_cli("entry", "list", home=tmp_path / "h")


def test_settings_from_the_callers_environment_do_not_leak_in(tmp_path: Path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setenv("CPDLOG_HOME", str(elsewhere))
    monkeypatch.setenv("CPDLOG_DATABASE_URL", f"sqlite:///{elsewhere}/other.sqlite")
    home = tmp_path / "h"
    added = run_cli(
        "entry", "add", "--title", "Mine", "--type", "blog", "--date", "2026-01-02", home=home
    )
    assert added.returncode == 0, added.stderr
    assert (home / "cpdlog.sqlite").exists()
    assert not elsewhere.exists()
    # the command's own settings apply for that run only
    listed = run_cli("entry", "list", "--json", home=tmp_path / "h2", env={"CPDLOG_HOME": "x"})
    assert json.loads(listed.stdout) == []
    assert os.environ["CPDLOG_HOME"] == str(elsewhere)


def test_standard_input_is_the_given_text_and_not_a_terminal(tmp_path: Path, monkeypatch):
    seen: list[tuple[str, bool]] = []

    def handler(args: object, app: object) -> int:
        seen.append((sys.stdin.read(), sys.stdin.isatty()))
        print("done")
        return 3

    import cpdlog.cli.journal

    monkeypatch.setattr(cpdlog.cli.journal, "cmd_types", handler)
    result = run_cli("types", home=tmp_path / "h", stdin="typed text\n")
    assert (result.returncode, result.stdout) == (3, "done\n")
    assert seen == [("typed text\n", False)]
