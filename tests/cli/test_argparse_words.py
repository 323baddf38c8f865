"""cpdlog.cli.argparse_words lists argparse's words exactly as the running Python's argparse
spells them (a word misspelt here would never be looked up), and binds argparse's lookups only
while the command line runs."""

from __future__ import annotations

import argparse
import gettext
import inspect

import pytest

from cpdlog import i18n
from cpdlog.cli import argparse_words


def test_every_listed_word_is_one_argparse_looks_up() -> None:
    source = inspect.getsource(argparse)
    for word in argparse_words.WORDS:
        assert f"_({word!r}" in source or f'_("{word}"' in source, word
    for one, many in argparse_words.PLURALS:
        assert f"ngettext({one!r},\n" in source.replace("\n" + " " * 31, "\n"), one
        assert repr(many) in source, many


def test_the_words_people_meet_are_listed() -> None:
    for word in (
        "usage: ",
        "options",
        "positional arguments",
        "show this help message and exit",
        "the following arguments are required: %s",
        "invalid choice: %(value)r (choose from %(choices)s)",
        "unrecognized arguments: %s",
    ):
        assert word in argparse_words.WORDS, word


def test_in_language_binds_and_restores_argparse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "tr", lambda context, text, *a, **k: f"[{context}] {text}")
    parser = argparse.ArgumentParser(prog="x", add_help=False)
    with argparse_words.in_language():
        assert parser.format_usage() == "[cpdlog.argparse] usage: x\n"
        assert argparse_words.gettext("a title cpdlog gave") == "a title cpdlog gave"
        assert argparse_words.gettext(None) is None
    assert parser.format_usage() == "usage: x\n"
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]
    with pytest.raises(RuntimeError), argparse_words.in_language():
        raise RuntimeError  # restored even when the command fails
    assert argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
