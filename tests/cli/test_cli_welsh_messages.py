"""The command line's own wording goes through the catalogue (context ``cpdlog.cli``), and so
do argparse's words ("usage:", "options", its error messages; ``cpdlog.argparse``).

The Welsh of ``cpdlog_cy.ts`` is filled in by hand after the strings are extracted, so these
tests do not depend on it: they build a catalogue from what the extractor
(``packaging/translations.py``) finds in ``src/cpdlog/cli``, with every translation marked
"CY:", point ``cpdlog.i18n`` at it, and check that messages, confirmations, table headings,
usage errors and ``--help`` come out of it when the language is Welsh, and never when it is
English. A string built so that the extractor cannot see it (an f-string inside ``tr``, a
context that is not a constant) would print without its mark and fail here.
"""

from __future__ import annotations

import argparse
import ast
import gettext
import importlib.util
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from cpdlog import i18n
from tests.conftest import _cli_environment, run_cli_in_process

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "src" / "cpdlog" / "cli"
MARK = "CY:"
ENV = {"LANG": "en_GB.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}

_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
_extractor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_extractor)


def cli_strings() -> dict[str, bool]:
    """Every ``cpdlog.cli`` source text the extractor finds in the command modules, and
    whether it is a plural (its "many" text)."""
    found: dict[str, bool] = {}
    for path in sorted(CLI.glob("*.py")):
        for line in _extractor.helper_calls(path):
            args = ast.parse(line).body[0].value.args  # type: ignore[attr-defined]
            if args[0].value == "cpdlog.cli":
                found[args[1].value] = len(args) > 3
    return found


def argparse_strings() -> dict[str, bool]:
    """argparse's words as the extractor files them (``cpdlog.cli.argparse_words``)."""
    found: dict[str, bool] = {}
    for line in _extractor.argparse_calls():
        args = ast.parse(line).body[0].value.args  # type: ignore[attr-defined]
        assert args[0].value == "cpdlog.argparse"
        found[args[1].value] = len(args) > 3
    return found


def marked_catalogue(strings: dict[str, bool], argparse_words: dict[str, bool]) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy_GB">'
        f"{marked_context('cpdlog.cli', strings)}"
        f"{marked_context('cpdlog.argparse', argparse_words)}</TS>\n"
    )


def marked_context(name: str, strings: dict[str, bool]) -> str:
    messages = []
    for source, numerus in strings.items():
        text = escape(MARK + source)
        if numerus:
            forms = "".join(f"<numerusform>{text}</numerusform>" for _ in range(5))
            messages.append(
                f'<message numerus="yes"><source>{escape(source)}</source>'
                f"<translation>{forms}</translation></message>"
            )
        else:
            messages.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{text}</translation></message>"
            )
    return f"<context><name>{name}</name>{''.join(messages)}</context>"


@pytest.fixture
def marked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Welsh catalogue whose every command-line string is marked; the data folder to use."""
    ts = tmp_path / "cpdlog_cy.ts"
    ts.write_text(marked_catalogue(cli_strings(), argparse_strings()), encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: ts)
    monkeypatch.setattr(i18n, "_catalogues", {})
    monkeypatch.setattr(i18n, "_active", i18n.ENGLISH)
    return tmp_path / "home"


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # always in this process: the marked catalogue is this process's monkeypatch
    return run_cli_in_process(["--home", str(home), *args], _cli_environment(home, ENV))


def test_the_extractor_sees_the_command_line_strings() -> None:
    strings = cli_strings()
    for source in (
        "Saved entry {id}.",
        "No entries.",
        "what the learning was",  # a --help text
        "{message} (see `{command} --help`)",
        "   ID  DATE        TYPE              HOURS  PEER  STATUS    TITLE",
        "'{text}' is not {what} id (a number)",
        "Things a regulator may question:",
    ):
        assert source in strings, source
    assert strings["Deleted %n entries for good."] is True  # a plural, by its "many" text
    assert len(strings) > 400


def test_messages_and_tables_come_from_the_catalogue(marked: Path) -> None:
    added = cli(
        marked, "--language", "cy", "entry", "add", "--title", "Darllen", "--type", "reading",
        "--date", "2026-03-01", "--hours", "1.5", "--section", "learnt=Gwrando.", "--draft",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout == "1\n"  # the new id, for scripts: not translated
    edited = cli(marked, "--language", "cy", "entry", "edit", "1", "--hours", "2")
    assert edited.returncode == 0, edited.stderr
    assert edited.stdout == f"{MARK}Saved entry 1.\n"

    listed = cli(marked, "--language", "cy", "entry", "list")
    assert listed.stdout.splitlines()[0] == MARK + (
        "   ID  DATE        TYPE              HOURS  PEER  STATUS    TITLE"
    )
    assert "Darllen" in listed.stdout  # the user's own text is never touched

    shown = cli(marked, "--language", "cy", "entry", "show", "1")
    assert f"{MARK}Entry:" in shown.stdout and f"{MARK}Hours:" in shown.stdout

    deleted = cli(marked, "--language", "cy", "entry", "delete", "1")
    assert deleted.stdout.startswith(f"{MARK}Moved “Darllen” to the trash.")
    emptied = cli(marked, "--language", "cy", "trash", "empty", "--yes")
    assert emptied.returncode == 0, emptied.stderr
    assert emptied.stdout == f"{MARK}Deleted 1 entries for good.\n"  # a plural form
    nothing = cli(marked, "--language", "cy", "entry", "list")
    assert nothing.stdout == f"{MARK}No entries.\n"

    profile = cli(marked, "--language", "cy", "profile", "show")
    assert profile.stdout.splitlines()[0].startswith(f"{MARK}Name:")
    assert f"{MARK}(not set)" in profile.stdout


def test_failures_and_usage_errors_come_from_the_catalogue(marked: Path) -> None:
    bad_id = cli(marked, "--language", "cy", "entry", "show", "abc")
    assert bad_id.returncode == 2
    assert bad_id.stderr.startswith(f"cpdlog: {MARK}")  # "... (see `cpdlog entry show --help`)"
    assert f"{MARK}'abc' is not {MARK}an entry id (a number)" in bad_id.stderr
    assert bad_id.stderr.count("\n") == 1 and "Traceback" not in bad_id.stderr

    missing = cli(marked, "--language", "cy", "entry", "add", "--title", "x")
    assert missing.returncode == 2
    assert missing.stderr == f"cpdlog: {MARK}entry add needs --type, --date.\n"


def test_help_texts_come_from_the_catalogue(marked: Path) -> None:
    top = cli(marked, "--language", "cy", "--help")
    assert top.returncode == 0
    assert f"{MARK}Record continuing" in top.stdout
    assert f"{MARK}add, list, show" in top.stdout  # a command's one-line help
    sub = cli(marked, "--language=cy", "entry", "add", "--help")
    assert sub.returncode == 0
    assert f"{MARK}what the learning" in sub.stdout
    # argparse's own words too, from the same catalogue (cpdlog.cli.argparse_words)
    assert sub.stdout.startswith(f"{MARK}usage: cpdlog entry add")
    assert f"\n{MARK}options:\n" in sub.stdout
    assert f"{MARK}show this help message and exit" in sub.stdout
    assert f"{MARK}show cpdlog's version number and exit" in top.stdout
    show = cli(marked, "--language", "cy", "entry", "show", "--help")
    assert f"\n{MARK}positional arguments:\n" in show.stdout
    english = cli(marked, "--language", "en", "entry", "add", "--help")
    assert english.stdout.startswith("usage: cpdlog entry add") and MARK not in english.stdout


def test_argparse_errors_come_from_the_catalogue(marked: Path) -> None:
    missing = cli(marked, "--language", "cy", "entry", "show")
    assert missing.returncode == 2
    assert missing.stderr == (
        f"cpdlog: {MARK}{MARK}the following arguments are required: id "
        f"(see `cpdlog entry show --help`)\n"
    )
    unknown = cli(marked, "--language", "cy", "types", "--bogus")
    assert unknown.returncode == 2
    assert unknown.stderr.startswith(f"cpdlog: {MARK}{MARK}unrecognized arguments: --bogus")
    choice = cli(marked, "--language", "cy", "entry", "list", "--status", "nonsense")
    assert choice.returncode == 2
    assert f"{MARK}argument --status: {MARK}invalid choice: 'nonsense'" in choice.stderr
    english = cli(marked, "--language", "en", "entry", "show")
    assert english.returncode == 2 and MARK not in english.stderr
    assert "the following arguments are required: id" in english.stderr
    # put back once the command is over: argparse elsewhere in the process is untouched
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]


def test_the_saved_setting_of_the_data_folder_is_followed_for_help(marked: Path) -> None:
    marked.mkdir(parents=True)
    (marked / "window.ini").write_text("[ui]\nlanguage=cy\n", encoding="utf-8")
    helped = cli(marked, "entry", "--help")
    assert f"{MARK}record a new CPD entry" in helped.stdout
    english = cli(marked, "--language", "en", "entry", "--help")
    assert "record a new CPD entry" in english.stdout and MARK not in english.stdout


def test_english_never_reads_the_catalogue(marked: Path) -> None:
    added = cli(
        marked, "entry", "add", "--title", "Reading", "--type", "reading",
        "--date", "2026-03-01", "--hours", "1", "--draft",
    )  # fmt: skip
    assert added.stdout == "1\n"
    edited = cli(marked, "--language", "en", "entry", "edit", "1", "--hours", "2")
    assert edited.stdout == "Saved entry 1.\n"
    for args in (("entry", "list"), ("--help",), ("entry", "show", "abc"), ("profile", "show")):
        result = cli(marked, "--language", "en", *args)
        assert MARK not in result.stdout + result.stderr, args
