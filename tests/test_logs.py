"""The log file: where it is, what it keeps and, above all, what it never keeps."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from cpdlog import logs
from cpdlog.cli import main
from cpdlog.domain.entry import Source
from cpdlog.errors import StorageError
from cpdlog.services import transfer
from cpdlog.services.app import App
from cpdlog.services.entries import EntryService
from tests.conftest import make_entry, run_cli

TITLE = "Visit to Mrs Quintavalle about her grandson Zebedee"
REFLECTION = "Xylophonic worries about the safeguarding plan were raised by the school nurse"
TAG = "kestrelwing-tag"
TOKEN = "sekrit-token-81735"
URL = f"https://alice:pa55word@feeds.example.org/private/{TOKEN}?token={TOKEN}#frag{TOKEN}"
EMAIL = "zebedee.parent@example.net"
SECRETS = (TITLE, "Quintavalle", "Zebedee", REFLECTION, "Xylophonic", TAG, TOKEN, "pa55word", EMAIL)

log = logging.getLogger("cpdlog.tests.logs")


@pytest.fixture(autouse=True)
def _no_logging_left_behind() -> Iterator[None]:
    yield
    logs.shutdown()


def _log_text(home: Path) -> str:
    return "".join(path.read_text("utf-8") for path in sorted((home / "logs").glob("cpdlog.log*")))


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} reached the log"


@pytest.fixture
def journal(app: App) -> App:
    entry = make_entry(
        title=TITLE, learnt=REFLECTION, impact=f"Write to {EMAIL} about it.", tags=[TAG]
    )
    entry.source = Source(url=URL, provider="Private feed")
    app.entries.add(entry)
    return app


def test_a_command_that_fails_logs_the_error_kind_and_traceback_but_none_of_the_entry(
    journal: App, home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_search(self: EntryService, query: str, limit: int | None = None) -> object:
        # what a database error looks like: the statement and its values quote the user
        raise OperationalError(
            f"SELECT * FROM entries WHERE title = '{TITLE}'",
            {"query": query, "tag": TAG, "url": URL},
            sqlite3.OperationalError(f"no such column: {REFLECTION} {EMAIL}"),
        )

    monkeypatch.setattr(EntryService, "search", broken_search)
    journal.close()

    assert main(["--home", str(home), "search", TITLE]) == 1

    assert "cpdlog:" in capsys.readouterr().err  # the one-line message is still shown
    text = _log_text(home)
    assert "ERROR cpdlog.cli" in text
    assert "Traceback (most recent call last):" in text
    assert "in broken_search" in text  # the frames are there
    assert "sqlalchemy.exc.OperationalError (from sqlite3.OperationalError)" in text
    _assert_clean(text)


def test_a_bug_in_a_command_is_logged_without_its_message(
    journal: App, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def buggy_search(self: EntryService, query: str, limit: int | None = None) -> object:
        return {}[query]  # KeyError whose message is the search term

    monkeypatch.setattr(EntryService, "search", buggy_search)
    monkeypatch.setenv("CPDLOG_DEBUG", "1")  # as the test suite runs commands
    journal.close()

    with pytest.raises(KeyError):  # a bug surfaces to the developer
        main(["--home", str(home), "search", TITLE])

    text = _log_text(home)
    assert "KeyError (message not logged)" in text
    assert "in buggy_search" in text
    _assert_clean(text)


def test_a_service_catch_all_logs_the_traceback_without_the_users_text(
    journal: App, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup(home)

    def failing_backup(source: Path, target: Path, key: bytes | None = None) -> Path:
        raise sqlite3.DatabaseError(f"database disk image is malformed near '{TITLE}' {URL}")

    monkeypatch.setattr(transfer, "sqlite_backup", failing_backup)
    with pytest.raises(StorageError, match="The backup could not be written"):
        journal.backups.backup()

    text = _log_text(home)
    assert "ERROR cpdlog.services.transfer" in text
    assert "sqlite3.DatabaseError (message not logged)" in text
    assert "in failing_backup" in text
    _assert_clean(text)


def test_values_a_message_quotes_are_redacted(home: Path) -> None:
    home.mkdir()
    logs.setup(home)
    log.info("Saving entry %s (%s) from %s for %s", 7, TITLE, URL, EMAIL)
    log.info("Tagged %s; evidence %s", TAG, str(home / "evidence" / "x.pdf"))
    log.warning("Failed: %s", KeyError(TITLE))
    logs.shutdown()

    text = _log_text(home)
    assert "Saving entry 7 (<text>) from https://feeds.example.org/… for <e-mail>" in text
    assert "<data>/evidence/x.pdf" in text  # the data folder (and its user name) is not named
    assert str(home) not in text
    assert "Failed: KeyError" in text
    for secret in (TITLE, TOKEN, "pa55word", EMAIL):
        assert secret not in text


def test_the_redactor_on_its_own() -> None:
    redact = logs.Redactor(["/data/folder"])
    assert redact("GET https://u:p@host.example:8443/a/b?x=1#y done") == (
        "GET https://host.example:8443/… done"
    )
    assert redact("see https://host.example/") == "see https://host.example"
    assert redact("mail someone@example.org now") == "mail <e-mail> now"
    assert redact("mailto:someone@example.org") == "mailto:<address>"
    assert redact("open /data/folder/cpdlog.sqlite") == "open <data>/cpdlog.sqlite"
    assert redact("KeyError: 3") == "KeyError: 3"  # not taken for an address
    assert redact("a\x1b[31m red") == "a?[31m red"
    assert redact("one two three four five six", free_text=True) == "<text>"
    assert redact("one two three four five six") == "one two three four five six"
    assert len(redact("x" * 5000)) <= logs.LINE_LIMIT + 1


def test_exception_chains_keep_every_kind_and_no_message(home: Path) -> None:
    home.mkdir()
    logs.setup(home)
    try:
        try:
            (home / "missing" / TITLE).read_text()
        except OSError as error:
            raise ValueError(REFLECTION) from error
    except ValueError:
        log.exception("Opening failed")
    logs.shutdown()

    text = _log_text(home)
    assert "FileNotFoundError [errno ENOENT] (message not logged)" in text
    assert "The above exception was the direct cause of the following exception:" in text
    assert "ValueError (message not logged)" in text
    assert text.index("FileNotFoundError") < text.index("ValueError (message")
    _assert_clean(text)


def test_verbose_also_logs_to_stderr(home: Path) -> None:
    quiet = run_cli("types", home=home)
    assert quiet.returncode == 0
    assert quiet.stderr == ""

    loud = run_cli("-v", "types", home=home)
    assert loud.returncode == 0
    assert "DEBUG cpdlog.cli" in loud.stderr
    assert "command types" in loud.stderr
    assert loud.stdout == quiet.stdout


def test_an_unwritable_log_never_stops_the_command(home: Path) -> None:
    home.mkdir()
    (home / "logs").write_text("not a folder")  # the log file cannot be created, even as root

    result = run_cli("-v", "--home", str(home), "diagnostics", home=home)

    assert result.returncode == 0, result.stderr
    assert "cpdlog diagnostic information" in result.stdout
    assert "Logging error" not in result.stderr
    assert "Traceback" not in result.stderr
    assert (home / "logs").read_text() == "not a folder"


def test_a_read_only_journal_logs_nothing_to_its_folder_and_still_works(
    journal: App, home: Path
) -> None:
    journal.close()
    (home / "logs").write_text("")  # the folder cannot be written: no logs folder either

    result = run_cli("-v", "search", "strengths", home=home, env={"CPDLOG_READ_ONLY": "1"})

    assert result.returncode == 0, result.stderr
    assert "Logging error" not in result.stderr
    assert (home / "logs").is_file()


def test_a_missing_data_folder_is_not_created_for_the_log(tmp_path: Path) -> None:
    home = tmp_path / "not-there"
    logs.setup(home)
    log.error("Something failed")
    logs.shutdown()
    assert not home.exists()


def test_the_log_rotates(home: Path) -> None:
    home.mkdir()
    logs.setup(home, max_bytes=2_000, backups=2)
    for n in range(200):
        log.info("Line number %d of the rotation test", n)
    logs.shutdown()

    names = sorted(path.name for path in (home / "logs").iterdir())
    assert names == ["cpdlog.log", "cpdlog.log.1", "cpdlog.log.2"]
    for path in (home / "logs").iterdir():
        assert path.stat().st_size <= 2_000
    assert "Line number 199 " in (home / "logs" / "cpdlog.log").read_text()


def test_recent_lines_are_the_last_ones_redacted_again(home: Path) -> None:
    (home / "logs").mkdir(parents=True)
    old = [f"2026-01-01 INFO cpdlog line {n}" for n in range(100)]
    old.append(f"2026-01-01 INFO cpdlog an old version wrote {URL} and {EMAIL}")
    (home / "logs" / "cpdlog.log").write_text("\n".join(old) + "\n")

    lines = logs.recent_lines(home, 5)

    assert len(lines) == 5
    assert lines[0].endswith("line 96")
    assert lines[-1] == (
        "2026-01-01 INFO cpdlog an old version wrote https://feeds.example.org/… and <e-mail>"
    )
    assert logs.recent_lines(home / "elsewhere") == []


def test_a_traceback_another_handler_formatted_first_is_not_reused(home: Path) -> None:
    home.mkdir()
    other = logging.Handler()
    other.setFormatter(logging.Formatter())  # caches the full traceback on the record
    other.emit = lambda record: other.format(record) and None  # type: ignore[method-assign]
    root = logging.getLogger()
    root.addHandler(other)  # before cpdlog's own, so it formats first
    try:
        logs.setup(home)
        try:
            raise RuntimeError(TITLE)
        except RuntimeError:
            log.exception("Failed")
    finally:
        root.removeHandler(other)
    logs.shutdown()

    text = _log_text(home)
    assert "RuntimeError (message not logged)" in text
    _assert_clean(text)
