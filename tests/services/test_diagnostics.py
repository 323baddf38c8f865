"""Diagnostic information: useful for a bug report, and nothing in it identifies anyone."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdlog import __version__, logs
from cpdlog.domain.entry import Source
from cpdlog.errors import StorageError
from cpdlog.services.app import App
from cpdlog.services.diagnostics import diagnostic_text, folder_kind
from tests.conftest import make_entry, run_cli

TITLE = "Home visit with the Okonkwo-Barrington family"
REFLECTION = "Quokka-shaped concerns about the care plan"
TAG = "marmoset-tag"
TOKEN = "tok-5521-secret"


@pytest.fixture(autouse=True)
def _no_logging_left_behind() -> Iterator[None]:
    yield
    logs.shutdown()


@pytest.fixture
def journal(app: App) -> App:
    added = []
    for n in range(3):
        entry = make_entry(title=f"{TITLE} {n}", learnt=REFLECTION, tags=[TAG])
        entry.source = Source(url=f"https://example.org/feed?token={TOKEN}")
        added.append(app.entries.add(entry))
    assert added[0].id is not None
    app.entries.delete(added[0].id)  # to the trash
    assert len(app.entries.trash()) == 1
    return app


def _assert_clean(text: str, home: Path) -> None:
    for secret in (TITLE, "Okonkwo", REFLECTION, TAG, TOKEN, str(home), str(Path.home())):
        assert secret not in text


def test_the_text_says_what_a_bug_report_needs(journal: App, home: Path) -> None:
    logs.setup(home)
    logging.getLogger("cpdlog.tests").warning("Feed %d failed for %s", 4, TITLE)

    text = diagnostic_text(home, journal, extra=[("Qt", "6.9.9")])

    lines = text.splitlines()
    assert lines[0] == "cpdlog diagnostic information"
    assert f"cpdlog version: {__version__}" in lines
    assert "Qt: 6.9.9" in lines
    assert "Data folder: custom" in lines  # a tmp folder, not the platform's default
    assert "Encrypted: no" in lines
    assert "Read-only: no" in lines
    assert "Entries: 2 (and 1 in the trash)" in lines
    assert "Feeds: 0" in lines
    assert any(line.startswith("Database schema revision: 0") for line in lines)
    assert any("WARNING cpdlog.tests" in line and "Feed 4 failed" in line for line in lines)
    _assert_clean(text, home)


def test_only_the_last_lines_of_the_log_are_included(journal: App, home: Path) -> None:
    logs.setup(home)
    for n in range(80):
        logging.getLogger("cpdlog.tests").info("numbered line %d.", n)

    text = diagnostic_text(home, journal, log_lines=50)

    assert "numbered line 79." in text
    assert "numbered line 30." in text
    assert "numbered line 29." not in text


def test_a_journal_that_cannot_be_opened_is_described_by_kind(home: Path) -> None:
    home.mkdir()
    text = diagnostic_text(home, None, problem=StorageError(f"The journal {TITLE} is damaged"))

    assert "Journal not open: cpdlog.errors.StorageError" in text
    assert "Read-only: unknown (the journal is not open)" in text
    assert "The log is empty." in text
    _assert_clean(text, home)


def test_the_default_folder_is_told_apart(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from cpdlog.services import diagnostics

    monkeypatch.setattr(diagnostics, "default_home", lambda: tmp_path / "default")
    assert folder_kind(tmp_path / "default") == "default"
    assert folder_kind(tmp_path / "other") == "custom"


def test_the_command_prints_the_same_text(journal: App, home: Path) -> None:
    journal.close()
    result = run_cli("diagnostics", home=home)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("cpdlog diagnostic information\n")
    assert "Entries: 2 (and 1 in the trash)" in result.stdout
    _assert_clean(result.stdout, home)


def test_the_command_works_when_the_journal_cannot_be_opened(home: Path) -> None:
    home.mkdir()
    (home / "cpdlog.sqlite").write_bytes(b"this is not a database at all" * 10)

    result = run_cli("diagnostics", home=home)

    assert result.returncode == 0, result.stderr
    assert "Journal not open: cpdlog.errors." in result.stdout
