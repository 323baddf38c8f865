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


# -- PostgreSQL (migration 0006_pg_search) -------------------------------------------------------
#
# The configurations and ``cpdlog_entry_vector`` are created by that migration. A query is the
# same as SQLite's: every word, each as a prefix, all of them required; each word is looked up
# both stemmed (``cpdlog_english``: "assessments" finds "assessment") and as written
# (``cpdlog_simple``: the stop words English drops, "not", "and", are still found).

PG_HEADLINE_CONFIG = "cpdlog_simple"  # snippets highlight every word that starts as typed


def pg_prefix_query(tokens: list[str]) -> tuple[str, dict[str, str]]:
    """A ``tsquery`` SQL expression and its parameters for ``tokens`` (from
    :func:`search_tokens`). The words are bound parameters, each quoted as a tsquery
    literal, so nothing a user types is read as query syntax."""
    parts = []
    params: dict[str, str] = {}
    # each word once: the same word twice asks nothing more (and confuses ts_headline)
    unique = list(dict.fromkeys(token.casefold() for token in tokens))
    for i, token in enumerate(unique):
        name = f"w{i}"
        params[name] = "'" + token.replace("\\", "\\\\").replace("'", "''") + "':*"
        parts.append(
            f"(to_tsquery('cpdlog_english', :{name}) || to_tsquery('cpdlog_simple', :{name}))"
        )
    return " && ".join(parts), params
