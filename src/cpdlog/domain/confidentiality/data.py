"""The check's word lists, read from the packaged data files on first use.

``word_lists.toml`` holds the cue words, role words, suffixes and the lists of what is not a name
(see its comments); ``first_names.txt`` and ``english_words.txt`` are the large lists (see
``resources/confidentiality/README.md``). Files are read once, through
:func:`cpdlog.resources.resource_path`, and kept.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache

from cpdlog.resources import resource_path

# A list entry is a plain word or phrase, never a pattern: the patterns join entries with "|",
# so a character that means something in a pattern would change what they match.
_PLAIN_RE = re.compile(r"[^\\()\[\]{}|?*+^$.]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents: "Zoë" → "zoe"."""
    return _fold(text)


def _fold(text: str) -> str:
    """:func:`fold` without its cache (for reading the word lists: their ~80,000 lines would
    only push the scan's words out of it)."""
    if text.isascii():  # no accents, and lower() is casefold() for ASCII: the same, cheaper
        return text.lower()
    stripped = unicodedata.normalize("NFKD", text)
    return "".join(c for c in stripped if not unicodedata.combining(c)).casefold()


@cache
def _word_lists() -> dict[str, dict[str, tuple[str, ...]]]:
    path = resource_path("confidentiality/word_lists.toml")
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for section, entries in raw.items():
        lists[section] = {}
        for key, items in entries.items():
            for item in items:
                if not isinstance(item, str) or not _PLAIN_RE.fullmatch(item):
                    raise ValueError(f"word_lists.toml [{section}] {key}: not plain: {item!r}")
            lists[section][key] = tuple(items)
    return lists


def ordered(section: str, key: str) -> tuple[str, ...]:
    """The entries of one list in file order (for alternations, where order matters)."""
    return _word_lists()[section][key]


def words(section: str, key: str) -> frozenset[str]:
    """The entries of one list as a set."""
    return frozenset(ordered(section, key))


def alternation(section: str, key: str) -> str:
    """The entries joined for a pattern: "son|daughter|child" (no entry holds a pattern sign)."""
    return "|".join(ordered(section, key))


@cache
def first_names() -> dict[str, bool]:
    """Folded first name → True when it is also an English word."""
    names: dict[str, bool] = {}
    path = resource_path("confidentiality/first_names.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word = line.endswith("=w")
        names[line.removesuffix("=w")] = word
    return names


@cache
def english() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case English words, capitalised proper nouns) from the SCOWL word list."""
    lower: set[str] = set()
    proper: set[str] = set()
    path = resource_path("confidentiality/english_words.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        (lower if line.islower() else proper).add(_fold(line))
    return frozenset(lower), frozenset(proper)


def is_word(token: str) -> bool:
    """True when ``token`` (any case) is an ordinary lower-case English word."""
    return fold(token) in english()[0]


def is_proper_noun(token: str) -> bool:
    """True when ``token`` is a capitalised word of the English word list (a city, a surname)."""
    return fold(token) in english()[1]
