"""A trained context scorer for names: private person in my casework, or not? (issue 14)

The rules propose names (:mod:`.scanner`, :mod:`.general`); this module takes every name they
kept, and every name-like span they did not keep (a run of capitalised words holding a first
name or a word no list knows, a first name in lower case), describes each by a few dozen cheap
features (its shape, the name lists, the words around it, citation cues and pronouns in its
sentence, the rules' own public-person and citation signals) and keeps it when a logistic
regression over those features says it is a private person often enough.

The weights are data: ``resources/confidentiality/context_scorer.json``, written by
``tests/confidentiality/train_context_scorer.py`` from the labelled development sets (the file
says which, with their checksums). Scoring a candidate is one sum over a dict of weights; no
network, no model download, no numpy at run time.

When the file is missing or damaged the check runs on its rules alone and :func:`status`
returns a note to show beside the results (as for the names model, :mod:`.model`).
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cpdlog.domain.confidentiality import general
from cpdlog.domain.confidentiality.data import first_names, fold, is_proper_noun, is_word
from cpdlog.domain.confidentiality.kinds import Kind, _Raw
from cpdlog.domain.confidentiality.patterns import (
    _AUTHOR_SURNAMES,
    _GENERIC_PLACE_WORDS,
    _NOT_NAMES,
    _PLACES_AND_ORGS,
    _TITLE_WORDS,
)

if TYPE_CHECKING:
    from cpdlog.domain.confidentiality.scanner import _Scanner

log = logging.getLogger(__name__)

WEIGHTS_FILE = "confidentiality/context_scorer.json"
FORMAT = "cpdlog-context-scorer-1"
LIMITED_NOTE = (
    "The names check is limited: its trained list of what makes a name private could not be "
    "read, so only cpdlog's rules decide. Read your text for names as well."
)
_MAX_BYTES = 2_000_000  # the shipped file is far smaller; a larger one is not read
_MAX_CANDIDATES = 400  # per scanned text: bounded time on hostile input


@dataclass(frozen=True, slots=True)
class Weights:
    """A logistic regression: P(private) = 1 / (1 + exp(-(bias + sum of feature weights)))."""

    bias: float
    threshold: float  # keep a name the rules found when P(private) >= threshold
    weights: Mapping[str, float]

    def score(self, features: list[str]) -> float:
        """The candidate's log-odds of being a private person."""
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in features)

    def probability(self, features: list[str]) -> float:
        z = self.score(features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    @property
    def cut(self) -> float:
        """The threshold as log-odds, so that deciding needs no exp()."""
        return _log_odds(self.threshold)


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def parse(text: str) -> Weights:
    """The weights in a file's text; ValueError when it is not a valid weights file."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a cpdlog context scorer file")
    bias = _number(data, "bias", -1e6, 1e6)
    threshold = _number(data, "threshold", 0.0, 1.0)
    weights = data.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise ValueError("no weights")
    clean: dict[str, float] = {}
    for name, value in weights.items():
        if not isinstance(name, str) or not _finite(value):
            raise ValueError("a weight is not a finite number")
        clean[name] = float(value)
    return Weights(bias, threshold, clean)


def _number(data: dict[str, Any], key: str, low: float, high: float) -> float:
    value = data.get(key)
    if not isinstance(value, int | float) or not _finite(value) or not low < value < high:
        raise ValueError(f"{key} is missing or out of range")
    return float(value)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tried = False
        self.loaded: Weights | None = None
        self.error = ""
        self.override: tuple[Weights | None] | None = None  # set by using()
        self.recorder: Callable[[_Scanner, list[Candidate]], None] | None = None


_state = _State()


def _load() -> Weights | None:
    if _state.tried:  # read once; the lock is only for the first read
        return _state.loaded
    with _state.lock:
        if _state.tried:
            return _state.loaded
        _state.tried = True
        try:
            from cpdlog.resources import resource_path

            path = resource_path(WEIGHTS_FILE)
            with path.open("rb") as fh:
                raw = fh.read(_MAX_BYTES + 1)
            if len(raw) > _MAX_BYTES:
                raise ValueError("the file is too large")
            _state.loaded = parse(raw.decode("utf-8"))
        except Exception as exc:  # missing, unreadable or damaged: rules only, with a note
            log.warning("The context scorer's weights could not be read: %s", type(exc).__name__)
            _state.error = f"{type(exc).__name__}: {exc}"
            _state.loaded = None
        return _state.loaded


def current() -> Weights | None:
    """The weights in use (None: the rules decide alone)."""
    if _state.override is not None:
        return _state.override[0]
    return _load()


def status() -> str:
    """'' when the scorer is in use, else the note to show beside the check's results."""
    return "" if current() is not None else LIMITED_NOTE


def failure() -> str:
    """Why the weights could not be read ('' when they were, or were not tried)."""
    return _state.error


def reset() -> None:
    """Read the weights file again on next use (tests simulate a damaged file with this)."""
    with _state.lock:
        _state.tried = False
        _state.loaded = None
        _state.error = ""
    _forget_results()


def _forget_results() -> None:
    from cpdlog.domain.confidentiality import scanner

    scanner._forget_entries()


@contextmanager
def using(weights: Weights | None) -> Iterator[None]:
    """Within this block the check uses these weights (None: rules alone); for training,
    the cross-set figures and tests. Results kept by the scanner are forgotten either side."""
    before = _state.override
    _state.override = (weights,)
    _forget_results()
    try:
        yield
    finally:
        _state.override = before
        _forget_results()


@contextmanager
def recording(callback: Callable[[_Scanner, list[Candidate]], None]) -> Iterator[None]:
    """Call ``callback`` with every scanned prose text's candidates (the training script)."""
    before = _state.recorder
    _state.recorder = callback
    _forget_results()
    try:
        yield
    finally:
        _state.recorder = before
        _forget_results()


# ------------------------------------------------------------------------------------------------
# Candidates.

_U = "A-ZÀ-ÖØ-ÞŴŶ"
_L = "a-zß-öø-ÿŵŷ"
_CAP = rf"(?:Mc|Mac|O'|O’)?[{_U}][{_L}]+(?:-[{_U}]?[{_L}]+)*"
# A run of up to four capitalised words ("Lily-Mae O'Connor"), or one lower-case word.
_RUN_RE = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ \t]{_CAP}){{0,3}}(?![\w-])|(?<![\w'’-])[{_L}]{{3,}}")
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_PRONOUNS = frozenset(
    "i me my we our us he she him his her they them their you your".split()
)  # fmt: skip
# Words of casework and of citing, looked for in the candidate's sentence. General words of
# the two registers, written for this module; none is taken from an evaluation set.
_CASE_WORDS = frozenset(
    "visited visit rang phoned texted told disclosed said says asked cried shouted placement "
    "placed foster carer carers mum mam dad nan gran grandad son daughter brother sister partner "
    "boyfriend girlfriend baby child children kids school home flat house worker family "
    "referral assessment meeting court police hospital ward caseload supervision today "
    "yesterday week session drinking missing excluded arrested safeguarding risk".split()
)  # fmt: skip
_CITE_WORDS = frozenset(
    "argues argued writes wrote suggests suggested describes described found finds theory "
    "model research book study report paper article according cited cites author authors "
    "framework approach judgment judge justice lord lady dame sir professor inquiry review "
    "speech podcast webinar conference training lecture keynote act guidance law".split()
)  # fmt: skip


# Capitalised words kept as themselves beside a candidate (any other capitalised word is kept
# only as its class, so that no surname or place becomes a feature).
_CAPITALISED_KEPT = _PRONOUNS | frozenset(
    "the a an and but then when after before today yesterday this that mr mrs ms miss dr "
    "mx master sir lord lady dame professor judge justice st".split()
)  # fmt: skip


@dataclass(slots=True)
class Candidate:
    """A name-like span, the rule finding behind it (if any) and its features."""

    start: int
    end: int
    raw: list[_Raw] | None  # the rules' findings of this span (None: proposed here)
    features: list[str]
    listed: bool  # a word of it is on the first-name list: the scorer decides it


def _lower_first_name(word: str) -> bool:
    names = first_names()
    folded = fold(word)
    return folded in names and not names[folded] and not is_word(folded)


# The two per-word functions below read only the word and the packaged lists, and the same
# words come back in every entry of a journal: their answers are kept (bounded).
_PER_WORD = 65_536


@lru_cache(maxsize=_PER_WORD)
def _token_class(word: str) -> str:
    bare = word.removesuffix("'s").removesuffix("’s")
    folded = fold(bare)
    names = first_names()
    if bare in _NOT_NAMES or bare in _GENERIC_PLACE_WORDS or bare in _PLACES_AND_ORGS:
        return "generic"
    if folded in names:
        return "fnw" if names[folded] or is_word(folded) else "fn"
    if "-" in folded and folded.split("-")[0] in names:
        return "fnh"
    if bare in _AUTHOR_SURNAMES:
        return "author"
    if is_proper_noun(folded):
        return "proper"
    if is_word(folded):
        return "word"
    return "unknown"


def _proposed(sc: _Scanner, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Name-like spans no rule kept: capitalised runs with a first name or an unknown word,
    and first names in lower case."""
    text = sc.text
    for m in _RUN_RE.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if text[start].islower():
            if _lower_first_name(m.group(0)):
                yield start, end
            continue
        words = m.group(0).split()
        # Drop sentence words and titles at either end ("Today Kyle", "Kyle Said").
        while words and (
            words[0] in _NOT_NAMES
            or words[0].lower() in _TITLE_WORDS
            or (is_word(words[0]) and fold(words[0]) not in first_names())
        ):
            start += len(words[0]) + 1
            words.pop(0)
        while words and (words[-1] in _NOT_NAMES or _token_class(words[-1]) == "generic"):
            end -= len(words[-1]) + 1
            words.pop()
        if not words:
            continue
        classes = [_token_class(w) for w in words]
        if any(c in ("fn", "fnw", "fnh", "unknown") for c in classes):
            yield start, end


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


@lru_cache(maxsize=_PER_WORD)
def _window_word(token: str) -> str:
    """A word beside a candidate as a feature: ordinary English words and punctuation as
    written (lower case), anything else by its class, so that no name (from the training sets
    or anywhere) becomes a feature of its own."""
    if token.isdigit():
        return "<year>" if _YEAR_RE.fullmatch(token) else "<num>"
    if not token[0].isalpha():
        return token
    folded = fold(token)
    if token[0].isupper() and folded not in _CAPITALISED_KEPT:
        return "<first-name>" if folded in first_names() else "<capitalised>"
    if is_word(folded):
        return folded
    return "<first-name>" if folded in first_names() else "<other>"


def features(
    sc: _Scanner,
    start: int,
    end: int,
    sentence_cache: dict[int, list[str]] | None = None,
    kept: bool = False,
) -> list[str]:
    """The features of the span ``start:end`` of the scanner's text (strings, each worth 1).

    Which rule found the span is deliberately not a feature: the development sets' names were
    shaped by those rules, so their verdict would be learnt as nearly always right. Their
    tests for public people are (``public``, ``allowed``), as evidence, for a span the rules
    did not keep; for a ``kept`` name the rules have already said no (on the development sets
    one kept name in 500 passed ``_public``), so they are not asked again (it is cheaper, and
    training sees the features the scorer sees)."""
    text = sc.text
    span = text[start:end]
    words = span.split()
    out: list[str] = []
    add = out.append
    n = len(words)
    add(f"n:{min(n, 3)}")
    first, last = words[0], words[-1]
    add("case:lower" if first[0].islower() else "case:title")
    if "-" in span:
        add("hyphen")
    if first.startswith(("Mc", "Mac", "O'", "O’")):
        add("mc")
    if text[end : end + 2] in ("'s", "’s"):
        add("poss")
    c_first = _token_class(first)
    add(f"f:{c_first}")
    add(f"flen:{_bucket(len(first), (3, 5, 7))}")
    if n > 1:
        c_last = _token_class(last)
        add(f"l:{c_last}")
        add(f"fl:{c_first}:{c_last}")
    else:
        add(f"single:{c_first}")
    # The rules' own tests for public people, as evidence rather than verdicts.
    if not kept and general._public(sc, start, end):
        add("public")
    if not kept and sc._name_allowed(start, end):
        add("allowed")
    # Where it stands in its sentence, and the words around it.
    s_start, s_end = sc.sentence_bounds(start)
    before = _TOKEN_RE.findall(text, max(s_start, start - 60), start)[-3:]
    after = _TOKEN_RE.findall(text, end, min(s_end, end + 60))[:3]
    if not before:
        add("sstart")
    if start - s_start > 200:  # bounded work in a very long sentence: far from its start
        add("pos:9+")
    else:
        add(f"pos:{_bucket(len(_TOKEN_RE.findall(text, s_start, start)), (0, 3, 9))}")
    for i, token in enumerate(reversed(before), 1):
        add(f"b{i}:{_window_word(token)}")
    for i, token in enumerate(after, 1):
        add(f"a{i}:{_window_word(token)}")
    if before and after:
        add(f"ba:{_window_word(before[-1])}_{_window_word(after[0])}")
    if before and before[-1][:1].isupper() and len(before) > 1:
        add("b1:CAP")  # inside a run of capitalised words: a title, a programme, a charity
    if after and after[0][:1].isupper():
        add("a1:CAP")
    if fold(first) in general._WELSH_WORDS or fold(first) in general._WELSH_MARKERS:
        add("f:welsh_word")
    # What the sentence is about: casework or citing.
    cache = sentence_cache if sentence_cache is not None else {}
    sentence = cache.get(s_start)
    if sentence is None:
        sentence = _sentence_features(text[s_start:s_end])
        cache[s_start] = sentence
    out.extend(sentence)
    return out


def _sentence_features(sentence: str) -> list[str]:
    tokens = [t for t in _TOKEN_RE.findall(sentence) if t[0].isalpha()]
    lowered = {w.lower() for w in tokens}
    out = [f"sp:{w}" for w in sorted(lowered & _PRONOUNS)]
    capitals = sum(1 for t in tokens[1:] if t[0].isupper() and t != "I")
    out.append(f"s:caps:{_bucket(capitals * 10 // max(1, len(tokens) - 1), (0, 1, 2, 4))}")
    out.extend(f"sc:{w}" for w in sorted(lowered & _CASE_WORDS))
    out.extend(f"st:{w}" for w in sorted(lowered & _CITE_WORDS))
    if _YEAR_RE.search(sentence):
        out.append("s:year")
    if "et al" in sentence:
        out.append("s:etal")
    if '"' in sentence or "“" in sentence:
        out.append("s:quote")
    welsh = len(lowered & general._WELSH_MARKERS)
    if welsh:
        out.append(f"s:welsh:{min(welsh, 3)}")
    return out


def candidates(sc: _Scanner, proposed: bool = False, listed_only: bool = False) -> list[Candidate]:
    """Every name the rules kept, with its features (with ``listed_only``, those the scorer
    judges); with ``proposed``, also the name-like spans they did not keep (the training
    script's negatives and missed names)."""
    cache: dict[int, list[str]] = {}
    found: list[Candidate] = []
    spans: dict[tuple[int, int], list[_Raw]] = {}
    for r in sc.raw:
        if r.kind == Kind.NAME:
            spans.setdefault((r.start, r.end), []).append(r)
    for (start, end), raws in spans.items():  # several rules may find the same name
        if len(found) >= _MAX_CANDIDATES:
            break
        if listed_only and not _listed(sc.text[start:end]):
            continue
        found.append(_candidate(sc, start, end, raws, cache))
    if proposed:
        taken = [(r.start, r.end) for r in sc.raw]
        for start, end in _proposed(sc, taken):
            if len(found) >= _MAX_CANDIDATES:
                break
            found.append(_candidate(sc, start, end, None, cache))
    return found


def _candidate(
    sc: _Scanner, start: int, end: int, raws: list[_Raw] | None, cache: dict[int, list[str]]
) -> Candidate:
    listed = _listed(sc.text[start:end])
    kept = raws is not None
    return Candidate(start, end, raws, features(sc, start, end, cache, kept), listed)


def _listed(span: str) -> bool:
    return any(_token_class(w) in _LISTED for w in span.split())


# The classes of a word on the first-name list. Names made only of words no list knows come
# from rules that already ask for a sign of casework (a person's verb, a relation, an age) and
# are left to them: trained on the development sets, the scorer had too few of them to judge.
_LISTED = frozenset({"fn", "fnw", "fnh"})


def apply(sc: _Scanner) -> None:
    """The scanner's hook: drop every name the rules kept whose score says it is not private.

    Only names with a word on the first-name list are judged, and they are only ever dropped,
    never added: trained to add the spans the rules did not keep,
    the scorer found a few more names but flagged more clean reflections on the set it was not
    trained on (docs/confidentiality.md). Tags and file names are left to the rules (the
    scorer was trained on prose).
    """
    if sc.lenient:
        return
    weights = current()
    recorder = _state.recorder
    if weights is None and recorder is None:
        return
    if recorder is None and not any(r.kind == Kind.NAME for r in sc.raw):
        return
    if recorder is not None:
        found = candidates(sc, proposed=True)
        recorder(sc, found)
    else:
        found = candidates(sc, listed_only=True)
    if weights is None:
        return
    cut = weights.cut
    dropped: set[int] = set()
    for c in found:
        if c.raw is not None and c.listed and weights.score(c.features) < cut:
            dropped.update(id(r) for r in c.raw)
    if dropped:
        sc.raw[:] = [r for r in sc.raw if id(r) not in dropped]
