"""Every file the command line writes where the user says (``-o``/``--output`` of the exports,
the calendar, backups and review packs; ``feeds export``) goes through
``safefile.require_output``: a named pipe, a device, a folder or a symbolic link at that path is
refused in one line with exit 2 and left exactly as it was, and a missing folder is refused,
never made. Replacing an ordinary file is still allowed."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli

COMMANDS: dict[str, Callable[[Path], tuple[str, ...]]] = {
    "calendar": lambda out: ("calendar", "export", "-o", str(out)),
    "json": lambda out: ("export", "json", "--unencrypted", "-o", str(out)),
    "csv": lambda out: ("export", "csv", "-o", str(out)),
    "pdf": lambda out: ("export", "pdf", "-o", str(out)),
    "backup": lambda out: ("backup", "-o", str(out)),
    "review": lambda out: ("review", "export", "1", "-o", str(out)),
    "opml": lambda out: ("feeds", "export", str(out)),
}


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("output-paths") / "home"
    done = run_cli(
        "entry", "add", "--title", "MCA workshop", "--type", "workshop", "--date", "2026-03-01",
        "--hours", "3", "--section", "description=What happened.", "--section",
        "learnt=What I learnt.", "--section", "impact=What changed.", home=home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return home


def _refused(done: object, *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)  # type: ignore[attr-defined]
    err: str = done.stderr  # type: ignore[attr-defined]
    assert err.startswith("cpdlog: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_named_pipe_is_refused_and_left_alone(journal: Path, tmp_path: Path, command: str):
    target = tmp_path / "pipe"
    os.mkfifo(target)
    _refused(run_cli(*COMMANDS[command](target), home=journal), "named pipe")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert list(tmp_path.iterdir()) == [target]  # no partial file left beside it


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_symbolic_link_is_refused_and_neither_it_nor_its_target_changes(
    journal: Path, tmp_path: Path, command: str
):
    real = tmp_path / "real.txt"
    real.write_bytes(b"keep me")
    link = tmp_path / "link.out"
    link.symlink_to(real)
    _refused(run_cli(*COMMANDS[command](link), home=journal), "symbolic link")
    assert link.is_symlink() and link.readlink() == real
    assert real.read_bytes() == b"keep me"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_folder_is_refused_and_left_alone(journal: Path, tmp_path: Path, command: str):
    target = tmp_path / "a-folder"
    target.mkdir()
    (target / "inside.txt").write_text("x")
    _refused(run_cli(*COMMANDS[command](target), home=journal), "folder")
    assert [p.name for p in target.iterdir()] == ["inside.txt"]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_missing_folder_is_refused_not_made(journal: Path, tmp_path: Path, command: str):
    target = tmp_path / "no-such" / "deeper" / "out.file"
    _refused(run_cli(*COMMANDS[command](target), home=journal), "does not exist")
    assert not (tmp_path / "no-such").exists()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root"
)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_device_is_refused_and_left_alone(journal: Path, tmp_path: Path, command: str):
    target = tmp_path / "device"  # a character device (the null device's numbers), in tmp only
    os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    _refused(run_cli(*COMMANDS[command](target), home=journal), "device")
    info = os.lstat(target)
    assert stat.S_ISCHR(info.st_mode) and info.st_rdev == os.makedev(1, 3)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_ordinary_file_is_still_replaced(journal: Path, tmp_path: Path, command: str):
    target = tmp_path / "old.file"
    target.write_bytes(b"old")
    done = run_cli(*COMMANDS[command](target), home=journal)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() != b"old" and not target.is_symlink()
