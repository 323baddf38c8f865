"""The early returns of clean_text, clean_line and link_problem change no result: checked
against the full rules for every character they could skip."""

from __future__ import annotations

import re
import unicodedata

from cpdlog.domain import text as rules

# The rules without their early returns (as they were before the shortcut).
_LINE_SPACES = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def _full_clean_text(value: str) -> str:
    value = rules._SURROGATES.sub("\ufffd", rules._ESCAPES.sub("", value))
    return rules._CONTROL.sub("", rules._LINE_BREAKS.sub("\n", value))


def _full_clean_line(value: str) -> str:
    value = rules._SURROGATES.sub("\ufffd", rules._ESCAPES.sub("", value))
    return rules._CONTROL.sub("", _LINE_SPACES.sub(" ", value)).strip()


CHARACTERS = [chr(n) for n in (*range(0x3000), *range(0xD7F0, 0xE010), 0xFEFF, 0x1F600)]


def test_clean_text_and_clean_line_are_unchanged_for_every_character() -> None:
    for ch in CHARACTERS:
        for value in (f" a{ch}b ", f"{ch}", f"x\x1b[2J{ch}", f"{ch}\r\n{ch}"):
            assert rules.clean_text(value) == _full_clean_text(value), repr(value)
            assert rules.clean_line(value) == _full_clean_line(value), repr(value)


def test_a_link_with_any_ascii_space_or_control_is_refused_and_other_ascii_is_not() -> None:
    for n in range(128):
        ch = chr(n)
        url = f"https://a.example/x{ch}y"
        invisible = ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")
        problem = rules.link_problem(url)
        if invisible:
            assert problem is not None and "spaces or invisible" in problem, repr(ch)
        else:
            assert problem is None or "spaces or invisible" not in problem, repr(ch)


def test_non_ascii_links_still_get_the_per_character_check() -> None:
    assert "invisible" in (rules.link_problem("https://a.example/\u200bx") or "")
    assert "invisible" in (rules.link_problem("https://a.example/\u00a0x") or "")
    assert rules.link_problem("https://caf\u00e9.example/") is None
