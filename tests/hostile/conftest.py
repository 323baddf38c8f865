"""Fixtures for the hostile-input suite: a real journal built through the CLI once per session,
copied into a per-test sandbox that also holds victim files outside the data folder."""

from __future__ import annotations

import json
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.harness import (
    JOURNAL_COMMANDS,
    Journal,
    ZeroStream,
    assert_ok,
    journal_from,
    make_zero_stream,
    read_journal,
    run_session,
    snapshot_outside,
)

BOMB_SIZE = 2560 * 1024 * 1024  # 2.5 GiB of zeros, as in the report


@dataclass
class Template:
    home: Path
    document: dict[str, Any]  # the real `export json` of that journal
    zip_path: Path  # the real `export json -o x.zip`
    journal: Journal


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A journal made the way a user makes one: three live entries (one with evidence, one with a
    peer reflection, one draft) and one trashed entry with its own evidence. No profile is set, so
    an import may adopt the practitioner in a backup (the most exposed case)."""
    root = tmp_path_factory.mktemp("template")
    home = root / "home"
    files = root / "files"
    files.mkdir()
    (files / "certificate.txt").write_text("Certificate of attendance, safeguarding adults.\n")
    (files / "notes.txt").write_text("Notes from a podcast about kinship care.\n")
    results = run_session(
        [
            [
                "entry",
                "add",
                "--title",
                "Reading on strengths-based practice",
                "--type",
                "reading",
                "--date",
                "2026-03-14",
                "--hours",
                "1.5",
                "--url",
                "https://example.org/post",
                "--section",
                "description=An article on strengths.",
                "--section",
                "learnt=How strengths-based conversations change assessments.",
                "--section",
                "impact=I now open reviews by asking what is working.",
                "--standard",
                "swe:4.6",
                "--tag",
                "strengths",
                "--attach",
                str(files / "certificate.txt"),
            ],
            [
                "entry",
                "add",
                "--title",
                "Supervision on a complex case",
                "--type",
                "supervision",
                "--date",
                "2026-04-02",
                "--hours",
                "1:30",
                "--peer-name",
                "A peer",
                "--peer-role",
                "practice supervisor",
                "--peer-date",
                "2026-04-02",
                "--peer-text",
                "We talked about risk and rights.",
            ],
            [
                "entry",
                "add",
                "--title",
                "Draft about a blog post",
                "--type",
                "blog",
                "--date",
                "2026-05-20",
                "--hours",
                "0.25",
                "--draft",
            ],
            [
                "entry",
                "add",
                "--title",
                "Podcast I later deleted",
                "--type",
                "podcast",
                "--date",
                "2026-06-01",
                "--hours",
                "1",
                "--attach",
                str(files / "notes.txt"),
            ],
            ["entry", "delete", "4"],
            ["export", "json", "-o", str(root / "base.json"), "--allow-identifiers"],
            ["export", "json", "-o", str(root / "base.zip"), "--allow-identifiers"],
            *JOURNAL_COMMANDS,
        ],
        home=home,
        timeout=120,
    )
    for r in results[:7]:
        assert_ok(r)
    journal = journal_from(results[7:], home)
    assert len(journal.live) == 3 and len(journal.trashed) == 1
    assert len(journal.evidence) == 2
    document = json.loads((root / "base.json").read_text(encoding="utf-8"))
    return Template(home, document, root / "base.zip", journal)


@dataclass
class Sandbox:
    """A folder holding the data folder (``home``) and files a hostile input may aim at."""

    root: Path
    home: Path
    victim: Path  # a file beside the data folder
    secret: bytes  # its content (random, so no export can contain it by chance)
    before: dict[str, tuple[str, str]]
    known: Journal | None  # what the data folder holds at the start (None: nothing yet)

    def snapshot(self, allowed: tuple[Path, ...] = ()) -> dict[str, tuple[str, str]]:
        return snapshot_outside(self.root, self.home, allowed)

    def journal(self) -> Journal:
        return read_journal(self.home)


def _make_sandbox(root: Path, template: Template | None) -> Sandbox:
    root.mkdir(parents=True, exist_ok=True)
    home = root / "home"
    if template is not None:
        shutil.copytree(template.home, home, symlinks=True)
    secret = b"VICTIM-" + secrets.token_hex(24).encode() + b"\n"
    victim = root / "victim.txt"
    victim.write_bytes(secret)
    other = root / "elsewhere"
    other.mkdir()
    (other / "important.txt").write_text("Someone else's file.\n")
    known = template.journal if template is not None else None
    return Sandbox(root, home, victim, secret, snapshot_outside(root, home), known)


@pytest.fixture
def sandbox(tmp_path: Path, template: Template) -> Sandbox:
    """The template journal copied into a fresh sandbox."""
    return _make_sandbox(tmp_path / "sandbox", template)


@pytest.fixture
def empty_sandbox(tmp_path: Path) -> Sandbox:
    """A sandbox whose data folder does not exist yet (a brand-new user)."""
    return _make_sandbox(tmp_path / "sandbox", None)


@pytest.fixture(scope="session")
def zero_stream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ZeroStream]:
    """2.5 GiB of zeros as a ~2.6 MB raw-deflate stream, made once per session."""
    folder = tmp_path_factory.mktemp("zeros")
    stream = make_zero_stream(BOMB_SIZE, folder)
    yield stream
    stream.deflated.unlink(missing_ok=True)


def outputs_of(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


__all__ = ["Sandbox", "Template", "outputs_of", "read_journal"]
