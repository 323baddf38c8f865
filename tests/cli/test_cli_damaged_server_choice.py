"""A damaged server choice in the data folder (``server.json``: the desktop app writes it),
or something that is not a file in its place, leaves every command on the journal on this
computer: no traceback, no hang, and the local journal's entries as they were."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from cpdlog.services import connection
from tests.conftest import _cli_environment, cli_ok, run_cli, run_cli_process

DAMAGED = [
    b'{"format": "cpdlog-server-choice", "server": {"host": ',  # cut short
    b"\xff\xfe\x00 not json at all \x00\x01",
    b"[1, 2, 3]",
    b'{"format": "cpdlog-server-choice", "version": 1, "server": {"host": 5}}',
    b'{"format": "cpdlog-server-choice", "version": 1, "server": "postgres://x"}',
    b'{"format": "cpdlog-server-choice", "version": 1, "server": '
    b'{"host": "h", "database": "d", "user": "u", "port": 99999999}}',
    b'{"format": "cpdlog-server-choice", "version": 1, "server": '
    b'{"host": "h\\n--x", "database": "d", "user": "u", "port": "five"}}',
    b"[" * 100_000,  # nested too deeply for json
    b"",
]


def _add(home: Path, title: str) -> str:
    return cli_ok(
        "entry", "add", "--title", title, "--type", "blog", "--date", "2026-03-13", home=home
    ).strip()


def _titles(home: Path) -> list[str]:
    with sqlite3.connect(home / "cpdlog.sqlite") as db:
        return [row[0] for row in db.execute("SELECT title FROM entries ORDER BY title")]


@pytest.mark.parametrize("damage", DAMAGED, ids=range(len(DAMAGED)))
def test_a_damaged_server_choice_opens_the_local_journal(home: Path, damage: bytes) -> None:
    _add(home, "Kept on this computer")
    path = connection.choice_path(home)
    path.write_bytes(damage)
    result = run_cli("entry", "list", home=home)
    assert result.returncode == 0, result.stderr
    assert "Kept on this computer" in result.stdout
    assert "Traceback" not in result.stderr
    _add(home, "Added with the damaged file there")
    assert _titles(home) == ["Added with the damaged file there", "Kept on this computer"]
    assert path.read_bytes() == damage  # the user's file is left alone


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_in_its_place_does_not_hang_the_command(home: Path) -> None:
    _add(home, "Kept on this computer")
    path = connection.choice_path(home)
    os.mkfifo(path)  # nobody ever writes to it: reading it would wait for ever
    # A real process, so a hang is ended by its timeout (run_cli_process: CLI_TIMEOUT) and
    # fails the test instead of stalling the run.
    result = run_cli_process(["--home", str(home), "entry", "list"], _cli_environment(home, None))
    assert result.returncode == 0, result.stderr
    assert "Kept on this computer" in result.stdout
    assert "Traceback" not in result.stderr
    assert path.is_fifo()  # left as it was
