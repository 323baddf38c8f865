"""Every argparse help, description and epilog in the command line goes through ``tr()``, so
``cpdlog --language cy ... --help`` is in Welsh; a plain literal there would stay English."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CLI = Path(__file__).parents[2] / "src" / "cpdlog" / "cli"
WORDED = ("help", "description", "epilog")
TRANSLATING = {"tr", "plural"}  # cpdlog.i18n


def _is_literal_text(node: ast.expr) -> bool:
    """A string argparse would print as it is: a literal, an f-string, or literals joined."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    return False


def untranslated(source: str, filename: str) -> list[str]:
    """``file:line keyword`` for each help/description/epilog given as plain text."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        for keyword in node.keywords:
            if keyword.arg in WORDED and _is_literal_text(keyword.value):
                found.append(f"{filename}:{keyword.value.lineno} {keyword.arg}")
    return found


def test_the_check_catches_plain_text_and_allows_tr():
    source = (
        'p.add_argument("-x", help="plain")\n'
        "p.add_parser('a', description=('joined ' 'text'))\n"
        'p.add_parser("b", epilog=f"{name} words")\n'
        'p.add_argument("-y", help="one " + tr(C, "two"))\n'
        'p.add_argument("-z", help=tr(C, "translated"))\n'
        "p.add_argument('-w', help=argparse.SUPPRESS)\n"
        'p.add_argument("-v", help=tr(C, "{n} days").format(n=3))\n'
    )
    assert untranslated(source, "t.py") == [
        "t.py:1 help",
        "t.py:2 description",
        "t.py:3 epilog",
        "t.py:4 help",
    ]


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_no_cli_help_is_a_plain_literal(path: Path):
    assert untranslated(path.read_text(encoding="utf-8"), path.name) == []
