"""Turning what a user types into a safe full-text query (shared by entries and feed items)."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def search_tokens(query: str) -> list[str]:
    """The words of a query; punctuation and FTS5 operators typed by the user are ignored."""
    return _TOKEN.findall(query)


def fts5_match(tokens: list[str]) -> str:
    """An FTS5 MATCH expression: every word, each as a quoted prefix (``"care"* "act"*``)."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
