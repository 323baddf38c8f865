"""Every path the user names is read only if it is a regular file, with a byte cap on the read:
a FIFO, a device, a folder or a huge sparse file gets a one-line message, never a hang."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.hostile.conftest import Sandbox
from tests.hostile.harness import (
    assert_hostile_outcome,
    assert_journal_unchanged,
    assert_outside_unchanged,
    run_checked,
)

HUGE = 2 * 1024 * 1024 * 1024  # a sparse 2 GiB file: no disk used, but `read()` would hold it all


def _fifo(root: Path) -> Path:
    path = root / "named-pipe"
    os.mkfifo(path)
    return path


def _folder(root: Path) -> Path:
    path = root / "a-folder.opml"
    path.mkdir()
    (path / "inside.txt").write_text("x")
    return path


def _sparse(root: Path) -> Path:
    path = root / "huge-sparse.txt"
    with path.open("wb") as fh:
        fh.truncate(HUGE)
    return path


KINDS: dict[str, Callable[[Path], Path]] = {
    "fifo": _fifo,
    "dev-zero": lambda _root: Path("/dev/zero"),
    "dev-null": lambda _root: Path("/dev/null"),
    "dev-urandom": lambda _root: Path("/dev/urandom"),
    "folder": _folder,
    "sparse-2gib": _sparse,
}

COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "feeds-import": lambda p, _out: ["feeds", "import", str(p)],
    "import-json": lambda p, _out: ["import", "json", str(p)],
    "attach": lambda p, _out: [
        "entry",
        "add",
        "--title",
        "Course on the Care Act",
        "--type",
        "course",
        "--date",
        "2026-03-01",
        "--hours",
        "2",
        "--attach",
        str(p),
    ],
    "summary-file": lambda p, out: [
        "export",
        "pdf",
        "-o",
        str(out / "hcpc.pdf"),
        "--layout",
        "hcpc",
        "--summary-file",
        str(p),
    ],
    "templates-add": lambda p, _out: ["templates", "add", str(p)],
}

# What "says so" means for an attachment that is not a regular file.
SAYS_WHAT_IT_IS = re.compile(
    r"pipe|fifo|device|folder|directory|special|not a (regular |normal |ordinary )?file",
    re.IGNORECASE,
)


def _check(sandbox: Sandbox, command: str, kind: str) -> str:
    path = KINDS[kind](sandbox.root)
    out = sandbox.root / "out"
    out.mkdir()
    sandbox.before = sandbox.snapshot(allowed=(out,))

    checked, _ = run_checked(
        COMMANDS[command](path, out), home=sandbox.home, before=sandbox.known, timeout=25
    )

    line = assert_hostile_outcome(checked.result, codes={1, 2})
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot(allowed=(out,)))
    assert not (out / "hcpc.pdf").exists(), "a PDF was written although its summary was refused"
    return line


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("command", sorted(c for c in COMMANDS if c != "attach"))
def test_a_user_named_path_that_is_not_a_regular_file(
    sandbox: Sandbox, command: str, kind: str
) -> None:
    _check(sandbox, command, kind)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_an_attachment_that_is_not_a_regular_file_says_what_it_is(
    sandbox: Sandbox, kind: str
) -> None:
    line = _check(sandbox, "attach", kind)
    if kind != "sparse-2gib":  # that one is a regular file, too big: any clear refusal
        assert "does not exist" not in line.lower(), line
        assert SAYS_WHAT_IT_IS.search(line), f"the message should say what {kind} is: {line}"


def test_feeds_import_of_a_symlink_to_a_device(sandbox: Sandbox) -> None:
    link = sandbox.root / "feeds.opml"
    link.symlink_to("/dev/zero")
    sandbox.before = sandbox.snapshot()

    checked, _ = run_checked(
        ["feeds", "import", str(link)], home=sandbox.home, before=sandbox.known, timeout=25
    )

    assert_hostile_outcome(checked.result, codes={1, 2})
    assert_journal_unchanged(checked.before, checked.after_journal())
    assert_outside_unchanged(sandbox.before, sandbox.snapshot())
