"""A named pipe, a device, a folder or a link out of the data folder in place of the journal
(or of a file beside it) gets one line on stderr and exit 1, never a hang: SQLite's open of
a named pipe, and a plain open of one, wait for ever.

Each command runs as a user runs it, in a subprocess (``run_cli(..., end_to_end=True)``) with
the CLI timeout: a hang fails the test instead of stopping the run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from cpdlog import safefile
from cpdlog.errors import KeyFileError, StorageError, ValidationError
from cpdlog.services.app import App
from cpdlog.storage import encryption, keys
from cpdlog.storage.quick_read import journal_files, read_refresh_start
from tests.conftest import FIXED_NOW, make_entry, run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

JOURNAL = "cpdlog.sqlite"

# Every command family that opens the journal (the feeds refresh reads it the plain way first).
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "feeds list": lambda _out: ["feeds", "list"],
    "feeds refresh": lambda _out: ["feeds", "refresh"],
    "entry list": lambda _out: ["entry", "list"],
    "progress": lambda _out: ["progress"],
    "export pdf": lambda out: ["export", "pdf", "-o", str(out / "portfolio.pdf")],
    "backup": lambda _out: ["backup"],
    "check": lambda _out: ["check"],
    "calendar export": lambda out: ["calendar", "export", "-o", str(out / "cpd.ics")],
    "remind": lambda _out: ["remind", "--dry-run"],
}


def _one_line_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    """The one line a refused command printed (its exit code checked, no traceback)."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _journal(home: Path) -> None:
    """A real journal with one entry in ``home``, closed."""
    app = App.open(home, clock=lambda: FIXED_NOW)
    try:
        app.entries.add(make_entry())
    finally:
        app.close()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_refuses_a_named_pipe_as_the_journal(
    command: str, home: Path, tmp_path: Path
) -> None:
    home.mkdir()
    os.mkfifo(home / JOURNAL)
    out = tmp_path / "out"
    out.mkdir()
    line = _one_line_failure(run_cli(*COMMANDS[command](out), home=home, end_to_end=True))
    assert line == (
        f"cpdlog: The journal file {home / JOURNAL} is a named pipe (FIFO), not an ordinary "
        "file, so cpdlog cannot open it. Move it away and try again."
    )
    assert list(out.iterdir()) == []  # nothing exported
    assert sorted(p.name for p in home.iterdir()) == [JOURNAL]  # nothing made or removed
    assert (home / JOURNAL).is_fifo()


def _folder(home: Path) -> str:
    (home / JOURNAL).mkdir()
    return "a folder, not an ordinary file"


def _dev_null(home: Path) -> str:
    (home / JOURNAL).symlink_to("/dev/null")
    return "a device, not an ordinary file"


def _socket(home: Path) -> str:
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(home / JOURNAL))
    return "a socket, not an ordinary file"


def _outside(home: Path) -> str:
    victim = home.parent / "victim.sqlite"
    victim.write_bytes(b"someone else's file")
    (home / JOURNAL).symlink_to(victim)
    return f"a link to {victim}, outside the data folder {home}"


@pytest.mark.parametrize("make", [_folder, _dev_null, _socket, _outside], ids=lambda f: f.__name__)
def test_a_folder_device_socket_or_outside_link_as_the_journal_is_refused(
    make: Callable[[Path], str], home: Path
) -> None:
    home.mkdir()
    said = make(home)
    line = _one_line_failure(run_cli("entry", "list", home=home, end_to_end=True))
    assert line.startswith(f"cpdlog: The journal file {home / JOURNAL} is {said}")
    assert line.endswith("Move it away and try again.")
    victim = home.parent / "victim.sqlite"
    if victim.exists():
        assert victim.read_bytes() == b"someone else's file"


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize("command", ["entry list", "feeds refresh"])
def test_a_named_pipe_beside_the_journal_is_refused(suffix: str, command: str, home: Path) -> None:
    # SQLite's open of a "-journal" pipe never returns; "-wal" and "-shm" fail as "disk I/O"
    _journal(home)
    side = home / (JOURNAL + suffix)
    side.unlink(missing_ok=True)
    os.mkfifo(side)
    line = _one_line_failure(run_cli(*command.split(), home=home, end_to_end=True))
    assert line == (
        f"cpdlog: The journal file {side} is a named pipe (FIFO), not an ordinary file, so "
        "cpdlog cannot open it. Move it away and try again."
    )
    assert side.is_fifo()


def test_a_named_pipe_as_the_key_file_is_refused(home: Path) -> None:
    _journal(home)
    os.mkfifo(keys.key_file_path(home))
    line = _one_line_failure(run_cli("entry", "list", home=home, end_to_end=True))
    assert line.startswith(f"cpdlog: The encryption key file {keys.key_file_path(home)} is a named")


def test_a_named_pipe_in_place_of_the_backups_folder_is_refused_before_an_upgrade(
    home: Path,
) -> None:
    home.mkdir()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "db" / "rev_0004.sqlite", home / JOURNAL)
    before = (home / JOURNAL).read_bytes()
    os.mkfifo(home / "backups")
    line = _one_line_failure(run_cli("entry", "list", home=home, end_to_end=True))
    assert line == (
        f"cpdlog: The data folder holds a named pipe (FIFO) at {home / 'backups'}, where "
        "cpdlog keeps a folder. Move it away and try again."
    )
    assert (home / JOURNAL).read_bytes() == before  # not upgraded without its backup


def test_a_journal_named_with_database_url_that_is_a_pipe_is_refused(
    home: Path, tmp_path: Path
) -> None:
    pipe = tmp_path / "elsewhere.sqlite"
    os.mkfifo(pipe)
    result = run_cli("--database-url", f"sqlite:///{pipe}", "entry", "list", home=home)
    assert _one_line_failure(result).startswith(f"cpdlog: The journal file {pipe} is a named pipe")


def test_backup_to_a_named_pipe_is_refused_and_the_pipe_kept(home: Path, tmp_path: Path) -> None:
    _journal(home)
    pipe = tmp_path / "backup.sqlite"
    os.mkfifo(pipe)
    result = run_cli("backup", "-o", str(pipe), home=home, end_to_end=True)
    line = _one_line_failure(result, code=2)
    assert line.startswith(f"cpdlog: {pipe} is a named pipe (FIFO)")  # safefile.require_output
    assert pipe.is_fifo()  # not replaced by the copy


def test_restoring_from_a_named_pipe_is_refused(home: Path, tmp_path: Path) -> None:
    _journal(home)
    pipe = tmp_path / "backup.json"
    os.mkfifo(pipe)
    result = run_cli("import", "json", str(pipe), home=home, end_to_end=True)
    assert "named pipe" in _one_line_failure(result, code=2)


def test_a_named_pipe_as_the_log_file_is_skipped(home: Path) -> None:
    _journal(home)
    (home / "logs").mkdir(exist_ok=True)
    log = home / "logs" / "cpdlog.log"
    log.unlink(missing_ok=True)
    os.mkfifo(log)  # --verbose writes the log file too: its open would wait for a reader
    result = run_cli("-v", "entry", "list", home=home, end_to_end=True)
    assert result.returncode == 0, result.stderr
    assert "Reading on strengths-based practice" in result.stdout
    assert log.is_fifo()


def test_a_named_pipe_as_the_reminder_state_is_read_as_nothing_shown_yet(home: Path) -> None:
    _journal(home)
    os.mkfifo(home / "reminders.json")
    result = run_cli("remind", "--dry-run", home=home, end_to_end=True)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


# -- the service and the helpers, in this process ---------------------------------------------


def test_app_open_refuses_before_opening_anything(home: Path) -> None:
    home.mkdir()
    os.mkfifo(home / JOURNAL)
    with pytest.raises(StorageError, match="named pipe"):
        App.open(home)
    assert sorted(p.name for p in home.iterdir()) == [JOURNAL]  # no folder, log or side file


def test_the_plain_read_for_a_refresh_leaves_a_pipe_to_the_usual_way(home: Path) -> None:
    _journal(home)
    assert read_refresh_start(home / JOURNAL, "x") is not None
    for path in journal_files(home / JOURNAL)[1:]:
        path.unlink(missing_ok=True)
        os.mkfifo(path)
        assert read_refresh_start(home / JOURNAL, "x") is None  # and App.open says why
        path.unlink()


def test_require_ordinary(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    plain = folder / "plain"
    plain.write_text("x")
    inside = folder / "inside-link"
    inside.symlink_to(plain)
    dangling = folder / "dangling"
    dangling.symlink_to(folder / "not-yet")
    for fine in (plain, inside, dangling, folder / "missing"):
        safefile.require_ordinary(fine, "file", folder=folder)  # nothing raised
    loop = folder / "loop"
    loop.symlink_to(loop)
    with pytest.raises(StorageError, match="is a symbolic link, not an ordinary file"):
        safefile.require_ordinary(loop, "file", folder=folder)
    outside = folder / "outside"
    outside.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(StorageError, match="outside the data folder"):
        safefile.require_ordinary(outside, "file", folder=folder)
    safefile.require_ordinary(outside, "file")  # no folder given: a link may lead anywhere
    with pytest.raises(ValidationError, match="is a device"):
        safefile.require_ordinary(Path("/dev/null"), "file", error=ValidationError)


def test_reading_a_key_file_that_is_a_pipe_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / keys.KEY_FILE_NAME
    os.mkfifo(pipe)
    with pytest.raises(KeyFileError, match="named pipe"):
        keys.read_key_document(pipe)


def test_an_unfinished_copy_linked_out_of_the_folder_is_unlinked_not_wiped(home: Path) -> None:
    _journal(home)
    victim = home.parent / "victim.txt"
    victim.write_text("not cpdlog's to wipe")
    converting = home / (JOURNAL + encryption.CONVERTING_SUFFIX)
    converting.symlink_to(victim)
    encryption.recover(home, home / JOURNAL)
    assert not converting.is_symlink()
    assert victim.read_text() == "not cpdlog's to wipe"


def test_a_named_pipe_as_the_capture_queue_is_refused(home: Path) -> None:
    _journal(home)
    queue = home / "capture-queue.jsonl"
    os.mkfifo(queue)
    link = "cpdlog://capture?url=https%3A%2F%2Fexample.org%2Fa"
    line = _one_line_failure(run_cli("capture", "link", link, home=home, end_to_end=True))
    assert line.startswith(f"cpdlog: The capture queue file {queue} is a named pipe (FIFO)")
    assert queue.is_fifo()
