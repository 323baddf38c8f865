"""Turning what a user types into a safe full-text query (shared by entries and feed items)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence

from cpdlog.domain.search import HIGHLIGHT_END, HIGHLIGHT_START

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


def pg_word_queries(tokens: list[str]) -> tuple[list[str], dict[str, str]]:
    """One ``tsquery`` SQL expression per distinct word of ``tokens`` (stemmed or as written,
    each a prefix), and their parameters: :func:`pg_prefix_query` requires them all."""
    parts = []
    params: dict[str, str] = {}
    # each word once: the same word twice asks nothing more
    unique = list(dict.fromkeys(token.casefold() for token in tokens))
    for i, token in enumerate(unique):
        name = f"w{i}"
        params[name] = "'" + token.replace("\\", "\\\\").replace("'", "''") + "':*"
        parts.append(
            f"(to_tsquery('cpdlog_english', :{name}) || to_tsquery('cpdlog_simple', :{name}))"
        )
    return parts, params


def pg_prefix_query(tokens: list[str]) -> tuple[str, dict[str, str]]:
    """A ``tsquery`` SQL expression and its parameters for ``tokens`` (from
    :func:`search_tokens`). The words are bound parameters, each quoted as a tsquery
    literal, so nothing a user types is read as query syntax."""
    parts, params = pg_word_queries(tokens)
    return " && ".join(parts), params


# -- Highlighting on PostgreSQL --------------------------------------------------------------------
#
# The extract a PostgreSQL search shows is made here, from the text of the hits shown, rather
# than by ``ts_headline`` on the server: ``ts_headline`` parsed and scored the whole text of
# each of the 50 hits and was most of a team search's time (docs/team-server.md, "Speed").
# A word is highlighted as ``ts_headline`` over ``cpdlog_simple`` highlighted it: when the word,
# lower-cased and with its accents folded, starts with one of the query's lexemes (a word's
# English stem or the word as typed, as the server's own ``to_tsquery`` made them), so
# "assessments" highlights "assessment" and "cafe" highlights "Café".

_PG_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # PostgreSQL's parser: letters and digits
_LEXEME = re.compile(r"'((?:[^'\\]|''|\\.)*)'")
EXTRACT_WORDS = 14  # as SQLite's snippet and the old ts_headline MaxWords
ELLIPSIS = "…"
# how far past the first match an extract is looked for (a very long reflection stays cheap)
_EXTRACT_REACH = 50_000
_EDGE = 8  # punctuation kept before the text's first word and after its last
_WORD_CHARS = 10  # room for a word and a space or two, each side of the matches shown


class _SingleFold(dict[int, int]):
    """``str.translate`` table: a letter to its base letter when it has one (é to e, ŵ to w),
    so a folded text keeps every character where it was."""

    def __missing__(self, char: int) -> int:
        decomposed = unicodedata.normalize("NFKD", chr(char))
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[char] = ord(base) if len(base) == 1 else char
        return self[char]


_FOLD = _SingleFold()


def _fold(text: str) -> str:
    return text if text.isascii() else text.translate(_FOLD)


def tsquery_lexemes(tsquery_text: str) -> set[str]:
    """The lexemes of a ``tsquery`` as PostgreSQL writes it (``'care':* | 'car':*``),
    lower-cased and with accents folded as :func:`highlighted_extract` compares them."""
    found = set()
    for quoted in _LEXEME.findall(tsquery_text):
        lexeme = re.sub(r"\\(.)", r"\1", quoted.replace("''", "'"))
        if lexeme:
            found.add(_fold(lexeme.casefold()))
    return found


class Highlighter:
    """Extracts for the hits of one query: about a dozen words of a text around its best
    match, each matching word wrapped in :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`.

    ``groups`` holds, per word of the query, its lexemes (:func:`tsquery_lexemes`). The first
    window of words holding matches for the most query words wins; without a match, the
    text's first words."""

    def __init__(self, groups: Sequence[set[str]]) -> None:
        self.groups = [set(g) for g in groups]
        self.wanted = sum(1 for g in self.groups if g)
        self._seen: dict[str, frozenset[int]] = {}
        lexemes = sorted({x for g in self.groups for x in g}, key=len, reverse=True)
        # plain alternatives (no look-behind, no IGNORECASE): the regex engine's fast scan
        # for their first letters; a match inside a word is skipped in :meth:`_word_starts`
        self.starts = re.compile("|".join(map(re.escape, lexemes))) if lexemes else None

    def _word_starts(self, folded: str, pos: int = 0, endpos: int = -1) -> Iterator[int]:
        """Where a word starting with one of the lexemes starts in ``folded``."""
        if self.starts is None:
            return
        for m in self.starts.finditer(folded, pos, len(folded) if endpos < 0 else endpos):
            start = m.start()
            if start == 0 or not _PG_WORD.match(folded, start - 1):
                yield start

    def _matched(self, word: str) -> frozenset[int]:
        """Which query words (their index in ``groups``) a word of the folded text matches."""
        known = self._seen.get(word)
        if known is None:
            lower = word.casefold()
            known = frozenset(
                i for i, g in enumerate(self.groups) if any(lower.startswith(x) for x in g)
            )
            if len(self._seen) < 10_000:
                self._seen[word] = known
        return known

    def extract(self, text: str) -> str:
        folded = _fold(text).lower()
        if len(folded) != len(text):  # a letter whose lower case is longer (İ): fold no case
            folded = _fold(text)
        # a matching word's start, end, word number and which query words it matches
        found: list[tuple[int, int, int, frozenset[int]]] = []
        best, best_score = -1, (0, 0)
        words = 0  # words of ``text`` before ``pos``
        pos = 0
        for start in self._word_starts(folded):
            if found and start < found[-1][1]:
                continue  # a lexeme inside the word already found
            if found and start > found[0][0] + _EXTRACT_REACH:
                break
            words += len(_PG_WORD.findall(folded, pos, start))
            word = _PG_WORD.match(folded, start)
            end = word.end() if word is not None else start + 1
            found.append((start, end, words, self._matched(folded[start:end])))
            words, pos = words + 1, end
            seen: set[int] = set()
            count = 0
            for f in reversed(found):
                if words - 1 - f[2] >= EXTRACT_WORDS:
                    break
                seen |= f[3]
                count += 1
            if (len(seen), count) > best_score:
                best, best_score = len(found) - 1, (len(seen), count)
                if len(seen) >= self.wanted:
                    break  # no window can hold more of the query's words
        if best < 0:
            opening = itertools.islice(_PG_WORD.finditer(text), EXTRACT_WORDS)
            spans = [m.span() for m in opening]
            return _extract(text, spans, 0, len(spans) - 1, set())
        shown = [f for f in found[: best + 1] if found[best][2] - f[2] < EXTRACT_WORDS]
        # the words from a little before the window's first match to a little after its last
        room = (EXTRACT_WORDS - (shown[-1][2] - shown[0][2])) * _WORD_CHARS
        low = max(0, shown[0][0] - room)
        while low > 0 and _PG_WORD.match(text, low - 1):
            low -= 1  # from the start of a word
        high = shown[-1][1] + room
        spans = [m.span() for m in _PG_WORD.finditer(text, low, high)]
        index = {span[0]: i for i, span in enumerate(spans)}
        first, last = index.get(shown[0][0], 0), index.get(shown[-1][0], 0)
        spare = EXTRACT_WORDS - (last - first + 1)
        first = max(0, first - spare // 2)
        last = min(len(spans) - 1, first + EXTRACT_WORDS - 1)
        first = max(0, last - EXTRACT_WORDS + 1)
        # every matching word the extract shows is highlighted (the search stopped early)
        marked = set(self._word_starts(folded, spans[first][0], spans[last][1]))
        return _extract(text, spans, first, last, marked)


def highlighted_extract(text: str, groups: Sequence[set[str]]) -> str:
    """:meth:`Highlighter.extract` for one text."""
    return Highlighter(groups).extract(text)


def _extract(
    text: str, spans: list[tuple[int, int]], first: int, last: int, marked: set[int]
) -> str:
    """Words ``first`` to ``last`` of ``spans`` with the text between them, the words starting
    at a ``marked`` position highlighted, "…" where the text goes on."""
    if last < first:
        return ""
    before = spans[first][0]
    # what stands before the first word and after the last (a quotation mark, a full stop)
    out = [ELLIPSIS] if _PG_WORD.search(text, 0, before) else [text[:before][-_EDGE:].lstrip()]
    at = spans[first][0]
    for start, end in spans[first : last + 1]:
        out.append(text[at:start])
        word = text[start:end]
        out.append(f"{HIGHLIGHT_START}{word}{HIGHLIGHT_END}" if start in marked else word)
        at = end
    out.append(ELLIPSIS if _PG_WORD.search(text, at) else text[at : at + _EDGE].rstrip())
    return "".join(out)
