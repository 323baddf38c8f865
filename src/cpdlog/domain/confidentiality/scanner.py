"""The scan: one pass of the rules (and the names model's entities) over a text or an entry.

Pure and fast enough to run after every keystroke: the number-based checks run only when
the text has a digit, and each costly pattern runs only where a cheap pre-check or a cue
word seen by the word pass says it can match (see :mod:`.patterns`)."""

from __future__ import annotations

import re
import threading
import zlib
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from cpdlog.domain.confidentiality import context_scorer, general, model
from cpdlog.domain.confidentiality.data import fold as _fold
from cpdlog.domain.confidentiality.kinds import (
    _PRIORITY,
    Finding,
    Kind,
    _Raw,
    fingerprint,
)
from cpdlog.domain.confidentiality.model import Entity
from cpdlog.domain.confidentiality.patterns import (
    _ADDRESS_RE,
    _AGE_CUE_RE,
    _AGE_GROUP_BEFORE_RE,
    _AGE_SUBJECT_ROLES,
    _AGED_RE,
    _AND_I_RE,
    _AUTHOR_AFTER_RE,
    _AUTHOR_BEFORE_RE,
    _AUTHOR_SURNAMES,
    _CAP_WORD_RE,
    _CAPITAL_CUES,
    _CAPITAL_RE,
    _CASEWORK_VERB_RE,
    _CITATION_AFTER_RE,
    _COURT_WORDS,
    _CUED_ADDRESS_RE,
    _DIGIT_RE,
    _DIGIT_RUN_RE,
    _DIGIT_SEPARATOR_RE,
    _DOB_RE,
    _DOTTED_INITIALS_RE,
    _EMAIL_LEFT_RE,
    _EMAIL_RIGHT_RE,
    _FILE_NAME_AFTER_RE,
    _FILE_NAME_FIRST_RE,
    _FILE_VOCABULARY,
    _FILE_WORD_ENDINGS,
    _FILE_WORD_SPLIT_RE,
    _FIRST_NAMES,
    _FLAT_PRE_RE,
    _FLAT_RE,
    _GENERIC_EMAIL_LOCAL,
    _GENERIC_PLACE_WORDS,
    _GLUE_WORDS,
    _INITIALS_RE,
    _INITIALS_ROLE_RE,
    _INSTITUTION_HEADS,
    _INSTITUTION_RE,
    _INWARD_LOOSE_PRE_RE,
    _INWARD_PRE_RE,
    _LONG_NUMBER_RE,
    _LOOKAHEAD,
    _LOWER_CUES,
    _NAME_AGE_PRE_RE,
    _NAME_AGE_RE,
    _NAME_BEFORE_RE,
    _NAME_COMMA_RE,
    _NAME_THEN_ROLE_RE,
    _NAME_VERB_FIRST,
    _NAME_VERB_RE,
    _NHS_CUE_RE,
    _NHS_RE,
    _NI_PRE_RE,
    _NI_RE,
    _NOT_A_REF_RE,
    _NOT_NAMES,
    _NUMBER_WORDS,
    _OUTWARD_RE,
    _PERSON_CUES,
    _PERSON_EVENT_RE,
    _PERSONAL_NOUN_RE,
    _PHONE_RE,
    _PLACE_AFTER_RE,
    _PLACE_SUFFIX_WORDS,
    _POSSESSIVE_NAME_RE,
    _POSTCODE_LOOSE_RE,
    _POSTCODE_RE,
    _PRONOUN_AGE_RE,
    _PROTECTED_RE,
    _PUBLIC_CASE_WORDS,
    _PUBLIC_TOKENS,
    _RANGE_BEFORE_RE,
    _REF_CUE_RE,
    _REFLEXIVE_NAME_RE,
    _ROLE_ACRONYMS,
    _ROLE_BEFORE_RE,
    _ROLE_GROUP,
    _ROLE_INITIALS_RE,
    _ROLE_THEN_NAME_RE,
    _SENTENCE_END_RE,
    _SHORT_CODE_RE,
    _SPACE_OUT,
    _STREET_WORDS,
    _STRUCTURED_REF_RE,
    _SUBJECT_AGE_RE,
    _T_ADDRESS,
    _T_AGE,
    _T_CASEWORK,
    _T_DOB,
    _T_OLD,
    _T_OUTWARD,
    _T_PERSONAL,
    _T_REF,
    _T_REFLEXIVE,
    _T_ROLE,
    _T_TURN,
    _T_WHO,
    _TITLE_RE,
    _TITLE_TOKENS,
    _TITLE_WORDS,
    _TRAILING_NAME_RE,
    _TRIGGERS,
    _TURN_AGE_RE,
    _WARD_NUMBER_RE,
    _WORD_RE,
    _YEAR_OLD_RE,
    _YEAR_RANGE_RE,
    _YO_PRE_RE,
    _YO_RE,
    _occurrences,
)
from cpdlog.domain.confidentiality.redaction import (
    _Placeholders,
    _suggestion,
)
from cpdlog.domain.entry import Entry
from cpdlog.errors import ERRORS, CpdlogError, tr


@dataclass(frozen=True, slots=True)
class ScanContext:
    """Names that are never findings: the practitioner's own and the peer's."""

    allowed_names: frozenset[str] = frozenset()

    @classmethod
    def build(cls, practitioner_name: str = "", peer_name: str = "") -> ScanContext:
        return _build_context(practitioner_name, peer_name)

    @classmethod
    def for_entry(cls, entry: Entry, practitioner_name: str = "") -> ScanContext:
        return cls.build(practitioner_name, entry.peer.name if entry.peer else "")


@lru_cache(maxsize=256)
def _build_context(practitioner_name: str, peer_name: str) -> ScanContext:
    """The context for these two names; the same few pairs recur, so it is kept."""
    tokens: set[str] = set()
    for name in (practitioner_name, peer_name):
        for token in _WORD_RE.findall(name):
            if len(token) >= 2 and token.lower() not in _TITLE_WORDS:
                tokens.add(_fold(token))
    return ScanContext(frozenset(tokens))


def nhs_number_is_valid(digits: str) -> bool:
    """True when ten digits pass the NHS Modulus 11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# "assaulted by Kyle", "looked after by Nan": what a person did to or for someone, not a
# book or a talk by its author.
_DONE_BY_RE = re.compile(
    r"(?i:\b(?:assaulted|hit|attacked|abused|groomed|raped|threatened|bitten|kicked|punched|"
    r"slapped|pushed|stabbed|harassed|stalked|followed|bullied|targeted|exploited|"
    r"controlled|hurt|injured|picked[ \t]+up|collected|dropped[ \t]+off|looked[ \t]+after|"
    r"cared[ \t]+for|raised|brought[ \t]+up|adopted|fostered|visited|seen|met|supported|"
    r"accompanied|driven|reported|contacted|called|phoned|texted|rung)[ \t]+by)[ \t]*$"
)
_WORD_START_RE = re.compile(r"(?<![^\W\d_])(?<!['’])[^\W\d_]")  # a letter after no letter


_NUMBER_CUE_END_RE = re.compile(r"(?:no|number|num|id|ref|#|:)\.?$")
_NOT_DIGIT_RE = re.compile(r"\D")


def _upper_same_length(m: re.Match[str]) -> str:
    upper = m.group(0).upper()
    return upper if len(upper) == 1 else m.group(0)


def _same_length_title_case(text: str) -> str:
    """'jayden_smith-report' → 'Jayden Smith-Report' without changing any offsets."""
    return _WORD_START_RE.sub(_upper_same_length, text.replace("_", " "))


class _Scanner:
    """One pass over one piece of text. Collects raw findings, then resolves overlaps."""

    def __init__(
        self,
        text: str,
        context: ScanContext,
        lenient: bool,
        files: bool = False,
        entities: list[Entity] | None = None,
    ) -> None:
        self.original = text
        self.entities = entities  # from the named-entity model, when it is in use
        self.lenient = lenient
        self.files = files  # the text is evidence file names, one per line
        self.text = _same_length_title_case(text) if lenient else text
        self.context = context
        self.raw: list[_Raw] = []
        self._sentences: list[int] | None = None
        # The answers of general._public and _name_allowed for this text, by span: several
        # rules and the context scorer ask them of the same name (about two calls in five on
        # the natural sets); both read only the text and the context.
        self.public_spans: dict[tuple[int, int], bool] = {}
        self._allowed_spans: dict[tuple[int, int], bool] = {}
        self.protected: list[tuple[int, int]] = []
        t = self.text
        if "http" in t or "www." in t or "doi" in t or "10." in t or "ISBN" in t or "ISSN" in t:
            self.protected = [(m.start(), m.end()) for m in _PROTECTED_RE.finditer(self.text)]
        # What the word pass saw, so that later rules only run where they can match.
        self.seen_title = False
        self.seen_role = False  # a role word right after a name ("Kelly's mum", "Kelly (mum)")
        self.seen_initials = False
        self.seen_street = False  # a street, block or flat word ("Road", "House")
        self.seen_institution = False  # a school, surgery, home or ward word
        self.has_digit = _DIGIT_RE.search(self.text) is not None
        self.has_number_word = False  # set by the word pass
        self.number_word_starts: list[int] = []
        self.lower_words: set[str] = set()  # the distinct lower-case words (prose fields only)

    @property
    def has_digit_or_number_word(self) -> bool:
        return self.has_digit or self.has_number_word

    # --- utilities ------------------------------------------------------------------------------
    def add(self, start: int, end: int, kind: Kind, confidence: float, **extra: str) -> None:
        if start >= end:
            return
        for p_start, p_end in self.protected:
            if start < p_end and p_start < end:
                return
        self.raw.append(_Raw(start, end, kind, confidence, **extra))

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = [m.end() for m in _SENTENCE_END_RE.finditer(self.text)]
        i = bisect_right(self._sentences, pos)
        start = self._sentences[i - 1] if i > 0 else 0
        end = self._sentences[i] if i < len(self._sentences) else len(self.text)
        return start, end

    def _name_allowed(self, start: int, end: int) -> bool:
        """True when a name-like span is not a finding (own name, author, public case...)."""
        known = self._allowed_spans.get((start, end))
        if known is None:
            known = self._allowed_spans[start, end] = self._name_allowed_now(start, end)
        return known

    def _name_allowed_now(self, start: int, end: int) -> bool:
        name = self.text[start:end]
        tokens = [t for t in _WORD_RE.findall(name) if t.lower() not in _TITLE_WORDS]
        if not tokens:
            return True
        folded = [_fold(t.removesuffix("'s").removesuffix("’s")) for t in tokens]
        if all(t in self.context.allowed_names for t in folded):
            return True
        if general.known_not_private(self, start, folded):
            return True  # a public person written whole, or a Welsh word in a Welsh sentence
        lowered = " ".join(folded)
        for case, case_words in _PUBLIC_CASE_WORDS if not _PUBLIC_TOKENS.isdisjoint(folded) else ():
            if case in lowered or lowered in case_words:
                window = _fold(self.text[max(0, start - 20) : end + 20])
                if case in window:
                    return True
        if all(t in _NOT_NAMES for t in tokens):
            return True
        after = self.text[end : end + 60]
        if _CITATION_AFTER_RE.match(after):
            return True
        before = self.text[max(0, start - 40) : start]
        if _AUTHOR_BEFORE_RE.search(before) and not _DONE_BY_RE.search(before):
            return True
        if len(tokens) > 1 and _AUTHOR_AFTER_RE.match(after):
            return True  # "Lisa Morriss writes...", "Andy Mantell's book...": an author
        surname = tokens[-1].removesuffix("'s").removesuffix("’s")
        return surname in _AUTHOR_SURNAMES and len(tokens) == 1 and not self._titled(start)

    def _mid_sentence(self, start: int) -> bool:
        """True when a capitalised word is not capitalised just because a sentence starts."""
        before = self.text[max(0, start - 3) : start].rstrip(" \t")
        if not before:
            return False
        last = before[-1]
        return last.isalnum() or last in ",;'’"

    def _role_before(self, start: int) -> str:
        """The role word just before a name ('the mother, Mrs Smith' → parent)."""
        m = _ROLE_BEFORE_RE.search(self.text, max(0, start - 30), start)
        return _ROLE_GROUP.get(m.group("role").lower(), "person") if m else "person"

    def _titled(self, start: int) -> bool:
        before = self.text[max(0, start - 6) : start].strip(" \t").rstrip(".")
        return before.lower().endswith(("mr", "mrs", "ms", "miss", "mx", "dr"))

    def _trim_name(self, start: int, end: int) -> tuple[int, int]:
        """Drop trailing words that are not names ('Jayden Social' → 'Jayden')."""
        tokens = list(_CAP_WORD_RE.finditer(self.text, start, end))
        while tokens:
            word = tokens[-1].group(0)
            bare = word.removesuffix("'s").removesuffix("’s")
            if bare in _NOT_NAMES or word in _NOT_NAMES:
                tokens.pop()
                continue
            break
        if not tokens:
            return start, start
        first = tokens[0]
        while tokens and (first.group(0) in _NOT_NAMES):
            tokens.pop(0)
            if tokens:
                first = tokens[0]
        if not tokens:
            return start, start
        new_end = tokens[-1].end()
        if self.text[new_end - 2 : new_end] in ("'s", "’s"):
            new_end -= 2
        return tokens[0].start(), new_end

    def add_name(self, start: int, end: int, confidence: float, role: str = "") -> None:
        start, end = self._trim_name(start, end)
        if start >= end or self._name_allowed(start, end):
            return
        self.add(start, end, Kind.NAME, confidence, role=role)

    # --- detectors ------------------------------------------------------------------------------
    def names(self) -> None:
        text = self.text
        for m in _TITLE_RE.finditer(text) if self.seen_title else ():
            title = m.group("title")
            name_start, name_end = m.span("name")
            single_initial = name_end - name_start <= 2
            if single_initial:
                if not self._name_allowed(m.start(), name_end):
                    self.add(m.start(), name_end, Kind.NAME, 0.6, role=self._role_before(m.start()))
                continue
            trimmed = self._trim_name(name_start, name_end)
            if trimmed[0] >= trimmed[1] or self._name_allowed(trimmed[0], trimmed[1]):
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[trimmed[1] : trimmed[1] + 40]
            if title in ("Dr",) and (
                _AUTHOR_BEFORE_RE.search(before) or _AUTHOR_AFTER_RE.match(after)
            ):
                continue
            self.add(m.start(), trimmed[1], Kind.NAME, 0.95, role=self._role_before(m.start()))
        for m in _NAME_THEN_ROLE_RE.finditer(text) if self.seen_role else ():
            role = _ROLE_GROUP.get(m.group("role").lower(), "person")
            if text[m.end("name") : m.end("name") + 2] in ("'s", "’s"):
                # "Jayden's mum": the named person is the parent's child, not the parent.
                role = "child" if role in ("parent", "carer") else "person"
            self.add_name(*m.span("name"), 0.9, role=role)
        if self.has_digit and _NAME_AGE_PRE_RE.search(text):
            for m in _NAME_AGE_RE.finditer(text):
                start, end = self._trim_name(*m.span("name"))
                if start < end and not self._name_allowed(start, end):
                    age = int(m.group("age"))
                    self.add(start, end, Kind.NAME, 0.9, role="child" if age < 18 else "person")
                    self.add(*m.span("age"), Kind.AGE, 0.9)
        for m in _INITIALS_ROLE_RE.finditer(text) if self.seen_initials else ():
            initials = m.group("name").replace(".", "")
            if initials in _ROLE_ACRONYMS:
                continue
            role = _ROLE_GROUP.get(m.group("role").lower(), "child")
            self.add(*m.span("name"), Kind.NAME, 0.75, role=role)

    def _contextual_name(self, start: int, end: int, mid_sentence: bool = False) -> None:
        """A capitalised word next to a person-verb is a name unless it names a place/org."""
        start, end = self._trim_name(start, end)
        if start >= end:
            return
        if mid_sentence and not self._mid_sentence(start):
            # At the start of a sentence a capital letter says nothing, so ask for more: a
            # first name and surname neither of which is an ordinary word, or "X and I".
            words = self.text[start:end].split()
            follows = self.text[end : end + 8]
            plain = all(
                w.rstrip("'s’") not in _GENERIC_PLACE_WORDS and w not in _AUTHOR_SURNAMES
                for w in words
            )
            if not (_AND_I_RE.match(follows) or (len(words) > 1 and plain)):
                return
        words = self.text[start:end].split()
        if any(w.rstrip("'s’") in _GENERIC_PLACE_WORDS for w in words):
            return
        following = self.text[end : end + 40]
        if _PLACE_AFTER_RE.match(following):
            return
        self.add_name(start, end, 0.7)

    def _age(self, m: re.Match[str], pattern: re.Pattern[str]) -> None:
        text = self.text
        group = _age_group(m)
        start, end = m.span(group)
        before = text[max(0, m.start() - 30) : m.start()]
        # "between 12 and 16" (a range), but not "born in 2004 and turns 18" (a cue between)
        if _RANGE_BEFORE_RE.search(text[max(0, start - 30) : start]):
            return
        if pattern is _AGED_RE and _AGE_GROUP_BEFORE_RE.search(before):
            return
        if pattern is _YEAR_OLD_RE and re.search(
            r"(?i:years?|months?)[ \t]*$", text[max(0, start - 12) : start]
        ):
            return
        number = _age_number(m.group(group))
        if not 0 <= number <= 115:
            return
        if pattern is _SUBJECT_AGE_RE and not self._subject_age(m.start(), number):
            return
        confidence = 0.85 if pattern in (_AGED_RE, _YEAR_OLD_RE, _YO_RE) else 0.7
        self.add(start, end, Kind.AGE, confidence)

    def _subject_age(self, verb_start: int, age: int) -> bool:
        """Whether "is nine" belongs to a person: a child or relative, or someone named.

        "Her grandson will be 16", "the youngest was two": the word before the verb is a role.
        "Kaiden is nine": a capitalised word that is not a place, organisation or sentence
        word is the person's name, and is a finding too.
        """
        text = self.text
        j = verb_start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j > 0 and text[j - 1] == ",":  # "The youngest, Bobby, is two"
            j -= 1
            verb_start = j
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        word = text[k:j]
        if not word:
            return False
        if word.lower().replace("-", " ") in _AGE_SUBJECT_ROLES:
            return True
        if not word[0].isupper() or word in _NOT_NAMES or word in _GENERIC_PLACE_WORDS:
            return False
        found = _NAME_BEFORE_RE.search(text, max(0, verb_start - 60), verb_start)
        if found is None:
            return False
        start, end = self._trim_name(*found.span("name"))
        if start >= end or self._name_allowed(start, end):
            return False
        following = text[end : end + 40]
        if _PLACE_AFTER_RE.match(following):
            return False
        self.add(start, end, Kind.NAME, 0.75, role="child" if age < 18 else "person")
        return True

    def cue_words(self) -> None:
        """Run the rules that start at a cue word, anchored where each cue word stands.

        The distinct words of the text are collected with C-speed string operations and
        intersected with the cue tables; only the cue words present are then located. That is
        several times faster than letting a dozen case-insensitive alternations try every
        position, and it is what keeps a re-scan after a keystroke well inside 20 ms.
        """
        text = self.text
        spaced = f" {text.translate(_SPACE_OUT)} "  # padded: see _occurrences
        words = set(spaced.split())
        if self.lenient:
            interesting = {w for w in words if self._capital_interesting(w)}
        else:
            interesting = words & _CAPITAL_CUES
            # "SP's father", "KM (mother)", "J.S.'s mother": initials that are not jargon
            self.seen_initials = any(
                t not in _ROLE_ACRONYMS for t in _INITIALS_RE.findall(text)
            ) or ("." in text and _DOTTED_INITIALS_RE.search(text) is not None)
        for token in interesting:
            for start in _occurrences(spaced, token):
                self._capitalised(start, start + len(token), token)
        if self.lenient:
            return
        lowered = spaced.lower()
        if len(lowered) != len(spaced):  # a rare character changes length when lowered
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in spaced)
        lower_words = set(lowered.split())
        self.lower_words = lower_words
        numbers = lower_words.intersection(_NUMBER_WORDS)
        if numbers:
            self.has_number_word = True
            self.number_word_starts = sorted(
                i for word in numbers for i in _occurrences(lowered, word)
            )
        # In reading order, so that a result never depends on the order of a set: in "the
        # young person (CN)" both "young person" and "person" name CN, and the first one wins.
        cues = sorted(lower_words & _LOWER_CUES, key=lambda w: lowered.find(f" {w} "))
        for word in cues:
            base = word[:-2] if word.endswith("'s") else word
            verb = word in _NAME_VERB_FIRST
            actions = _TRIGGERS.get(word) or _TRIGGERS.get(base) or 0
            for start in _occurrences(lowered, word):
                if verb and self._previous_word_capitalised(start):
                    self._name_before_verb(start)
                if actions:
                    self._cue(start, start + len(word), actions)

    def _cue(self, start: int, end: int, actions: int) -> None:
        """The rules that start at this cue word, each after a cheap look at what follows."""
        text = self.text
        # Rules ending in a name need a capital letter soon after the cue word; rules ending
        # in a number need a digit (or a number word somewhere in the text).
        capital_ahead = actions & (_T_ROLE | _T_CASEWORK) and (
            _CAPITAL_RE.search(text, end, end + _LOOKAHEAD) is not None
        )
        digit_ahead = (
            self.has_digit
            and actions & (_T_AGE | _T_DOB | _T_REF | _T_OUTWARD)
            and _DIGIT_RE.search(text, end, end + _LOOKAHEAD) is not None
        )
        if actions & _T_ROLE:
            if not self.seen_role and self._after_name_glue(start):
                self.seen_role = True
            if capital_ahead:
                found = _ROLE_THEN_NAME_RE.match(text, start)
                if found:
                    role = _ROLE_GROUP.get(found.group("role").lower(), "person")
                    self.add_name(*found.span("name"), 0.9, role=role)
                found = _ROLE_INITIALS_RE.match(text, start)
                if found:
                    initials = found.group("name").replace(".", "").replace(" ", "")
                    if initials not in _ROLE_ACRONYMS:
                        role = _ROLE_GROUP.get(found.group("role").lower(), "person")
                        self.add(*found.span("name"), Kind.NAME, 0.75, role=role)
        if actions & _T_CASEWORK and capital_ahead:
            found = _CASEWORK_VERB_RE.match(text, start)
            if found:
                self._contextual_name(*found.span("name"))
        if actions & _T_AGE and (digit_ahead or self._number_word_ahead(end)):
            for pattern in (_AGED_RE, _PRONOUN_AGE_RE, _AGE_CUE_RE, _SUBJECT_AGE_RE):
                found = pattern.match(text, start)
                if found:
                    self._age(found, pattern)
        if actions & _T_OLD and self.has_digit_or_number_word:
            for found in _YEAR_OLD_RE.finditer(text, max(0, start - 30), end):
                self._age(found, _YEAR_OLD_RE)
        if actions & _T_DOB and digit_ahead:
            found = _DOB_RE.match(text, start)
            if found:
                date = found.group("date")
                confidence = 0.6 if date.isdigit() else 0.95
                self.add(*found.span("date"), Kind.DATE_OF_BIRTH, confidence)
        if actions & _T_REF and digit_ahead:
            found = _REF_CUE_RE.match(text, start)
            if found:
                self._reference_cue(found)
        if actions & _T_ADDRESS and self.seen_street:
            found = _CUED_ADDRESS_RE.match(text, start)
            if found:
                self._cued_address(found)
        if actions & _T_OUTWARD and digit_ahead:
            found = _OUTWARD_RE.match(text, start)
            if found:
                self.add(*found.span("code"), Kind.POSTCODE, 0.6)
        if actions & (_T_PERSONAL | _T_WHO | _T_REFLEXIVE):
            self._person_shape(start, actions)
        if actions & _T_TURN and self.has_number_word:
            found = _TURN_AGE_RE.match(text, start)
            if found:
                self._age(found, _TURN_AGE_RE)

    def _person_shape(self, start: int, actions: int) -> None:
        """A capitalised word that the grammar says is a person: "Kenzie, who...",
        "Jonah's key worker", "Lennon walks himself". Places, organisations, authors and
        ordinary words are still let through by _contextual_name."""
        text = self.text
        window = max(0, start - 60)
        before = text[max(0, start - 4) : start].rstrip(" \t")  # cheap look before searching
        found = None
        if actions & _T_WHO and before.endswith(","):
            found = _NAME_COMMA_RE.search(text, window, start)
        if (
            found is None
            and actions & _T_PERSONAL
            and before.endswith(("'s", "’s"))
            and _PERSONAL_NOUN_RE.match(text, start)
        ):
            found = _POSSESSIVE_NAME_RE.search(text, window, start)
        if found is None and actions & _T_REFLEXIVE:
            found = _REFLEXIVE_NAME_RE.search(text, window, start)
        if found is not None:
            self._contextual_name(*found.span("name"))

    def _number_word_ahead(self, end: int) -> bool:
        starts = self.number_word_starts
        if not starts:
            return False
        i = bisect_right(starts, end - 1)
        return i < len(starts) and starts[i] < end + _LOOKAHEAD

    def _after_name_glue(self, start: int) -> bool:
        """True when what stands before a role word could join it to a name before that.

        The shapes of _NAME_THEN_ROLE_RE: "Kelly's mum", "Kelly, the mother", "Kelly (mum)".
        """
        text = self.text
        j = start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0:
            return False
        last = text[j - 1]
        if last == "(" or (last == "s" and text[j - 2 : j - 1] in ("'", "’")):
            return True
        word_end = j
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        word = text[j:word_end]
        if word == "the" and text[j - 1 : j] == "(":
            return True
        if word not in _GLUE_WORDS:
            return False
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        return text[j - 1 : j] == ","

    def _capital_interesting(self, token: str) -> bool:
        bare = token[:-2] if token.endswith("'s") else token
        return (
            token in _TITLE_TOKENS
            or token in _PLACE_SUFFIX_WORDS
            or (2 <= len(bare) <= 3 and bare.isupper())
            or bare in _FIRST_NAMES
            or (self.lenient and bare.capitalize() in _FIRST_NAMES)
        )

    def _previous_word_capitalised(self, start: int) -> bool:
        """True when the word before ``start`` is capitalised and could be a name."""
        text = self.text
        j = start - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or not text[j].isalpha():
            return False
        end = j + 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
            j -= 1
        return text[j].isupper() and text[j:end] not in _NOT_NAMES

    def _capitalised(self, start: int, end: int, token: str) -> None:
        """Rules that start at a capitalised word: titles, known first names, initials."""
        if token in _TITLE_TOKENS:
            self.seen_title = True
            return
        if token in _STREET_WORDS:
            self.seen_street = True
        if not self.seen_institution and token in _INSTITUTION_HEADS:
            self.seen_institution = any(s in self.text for s in _INSTITUTION_HEADS[token])
        bare = token[:-2] if token.endswith("'s") else token
        if 2 <= len(bare) <= 3 and bare.isupper():
            self.seen_initials = True
            return
        if bare in _FIRST_NAMES or (self.lenient and bare.capitalize() in _FIRST_NAMES):
            text = self.text
            nxt = _CAP_WORD_RE.match(text, end + 1) if text[end : end + 1] in " \t" else None
            if nxt is not None and bare == token:
                end = nxt.end()
            self.add_name(start, end, 0.8)

    def _name_before_verb(self, verb_start: int) -> None:
        """'... Kelly told me': a capitalised name just before a person-verb."""
        found = _TRAILING_NAME_RE.search(self.text, max(0, verb_start - 60), verb_start)
        if found is None:
            return
        start = found.start("name")
        # the whole name + verb phrase must match (e.g. "was placed", "and I")
        for candidate in _CAP_WORD_RE.finditer(self.text, start, found.end("name")):
            event = _PERSON_EVENT_RE.match(self.text, candidate.start())
            if event is not None:
                self._contextual_name(*event.span("name"))
                return
            confirmed = _NAME_VERB_RE.match(self.text, candidate.start())
            if confirmed is not None:
                self._contextual_name(*confirmed.span("name"), mid_sentence=True)
                return

    def ages(self) -> None:
        if self.has_digit and _YO_PRE_RE.search(self.text):
            for m in _YO_RE.finditer(self.text):
                self._age(m, _YO_RE)

    def numbers(self) -> None:
        """Numbers with a shape: each costly pattern runs only when the digits allow it.

        One cheap pass measures the runs of digits (how many digits in all, the longest run);
        a pattern that needs more digits than the text has, or a separator it lacks, is skipped.
        """
        text = self.text
        runs = _DIGIT_RUN_RE.findall(text)
        total = sum(map(len, runs))
        longest = max(map(len, runs))
        if total >= 10 and longest >= 3:
            for m in _NHS_RE.finditer(text):
                digits = "".join(m.groups())
                if nhs_number_is_valid(digits):
                    self.add(m.start(), m.end(), Kind.NHS_NUMBER, 0.95)
                elif _NHS_CUE_RE.search(text[max(0, m.start() - 20) : m.start()]):
                    self.add(m.start(), m.end(), Kind.REFERENCE, 0.7)
        if total >= 6 and _NI_PRE_RE.search(text):
            for m in _NI_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.NI_NUMBER, 0.9)
        if self.lenient:
            if _INWARD_LOOSE_PRE_RE.search(text):
                for m in _POSTCODE_LOOSE_RE.finditer(text):
                    self.add(m.start(), m.end(), Kind.POSTCODE, 0.9)
            for m in _OUTWARD_RE.finditer(text):  # prose fields: at the cue words (_cue)
                self.add(*m.span("code"), Kind.POSTCODE, 0.6)
        elif _INWARD_PRE_RE.search(text):
            for m in _POSTCODE_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.POSTCODE, 0.9)
        if total >= 8:
            for m in _PHONE_RE.finditer(text):
                candidate = m.group(0).rstrip(" \t-.(")
                if _is_phone(candidate) and not _service_number(candidate):
                    end = m.start() + len(candidate)
                    self.add(m.start(), end, Kind.PHONE, 0.9)
        if longest >= 5 or _DIGIT_SEPARATOR_RE.search(text):
            for m in _STRUCTURED_REF_RE.finditer(text):
                value = m.group(0)
                if _YEAR_RANGE_RE.search(value) or _SHORT_CODE_RE.fullmatch(value):
                    continue
                if _NOT_A_REF_RE.match(value):
                    continue
                self.add(m.start(), m.end(), Kind.REFERENCE, 0.75)
        if longest >= 6:
            for m in _LONG_NUMBER_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.REFERENCE, 0.6)

    def _reference_cue(self, m: re.Match[str]) -> None:
        ref = m.group("ref")
        if _YEAR_RANGE_RE.search(ref) or ref.isalpha():
            return
        cue = self.text[m.start() : m.start("ref")].strip().lower()
        if cue.startswith(("child", "person", "court", "log", "account", "police")) and not (
            _NUMBER_CUE_END_RE.search(cue)
        ):
            return
        self.add(*m.span("ref"), Kind.REFERENCE, 0.85)

    def emails(self) -> None:
        text = self.text
        pos = text.find("@")
        while pos != -1:
            left = _EMAIL_LEFT_RE.search(text, max(0, pos - 64), pos)
            right = _EMAIL_RIGHT_RE.match(text, pos + 1)
            if left and right and left.group(0).strip(".") and right.group(0)[-1].isalpha():
                local = left.group(0).lower()
                if local not in _GENERIC_EMAIL_LOCAL:
                    end = right.end()
                    while text[end - 1] in ".-":
                        end -= 1
                    self.add(left.start(), end, Kind.EMAIL, 0.95)
            pos = text.find("@", pos + 1)

    def addresses(self) -> None:
        text = self.text
        if self.has_digit:
            for m in _ADDRESS_RE.finditer(text):
                words = m.group("street").split()
                if m.group("suffix") == "Court" and words[-1] in _COURT_WORDS:
                    continue
                if all(w in _NOT_NAMES and w not in ("St", "St.") for w in words):
                    continue
                self.add(m.start(), m.end(), Kind.ADDRESS, 0.85)
            if _FLAT_PRE_RE.search(text):
                for m in _FLAT_RE.finditer(text):
                    self.add(m.start(), m.end(), Kind.ADDRESS, 0.85)
        if self.lenient:  # prose fields run this rule where its cue words stand (_cue)
            for m in _CUED_ADDRESS_RE.finditer(text):
                self._cued_address(m)

    def _cued_address(self, m: re.Match[str]) -> None:
        words = m.group("street").split()
        if m.group("suffix") == "Court" and words[-1] in _COURT_WORDS:
            return
        self.add(m.start("street"), m.end(), Kind.ADDRESS, 0.75)

    def institutions(self) -> None:
        text = self.text
        for m in _INSTITUTION_RE.finditer(text):
            if self.lenient and not self.original[m.start("suffix")].isupper():
                continue  # "jayden_school_report.pdf": a file name's words, not a place
            words = [w.removesuffix("'s").removesuffix("’s") for w in m.group("name").split()]
            # Keep only the words that belong to the place's name.
            start = m.start("name")
            specific = [w for w in words if w not in _GENERIC_PLACE_WORDS and w not in _NOT_NAMES]
            if not specific:
                continue
            # Drop leading sentence words ("Today Oakwood Academy" → "Oakwood Academy").
            for w in m.group("name").split():
                bare = w.removesuffix("'s").removesuffix("’s")
                if bare in _NOT_NAMES and bare not in _GENERIC_PLACE_WORDS:
                    start = text.index(w, start) + len(w)
                    while text[start] in " \t":
                        start += 1
                else:
                    break
            s_start, s_end = self.sentence_bounds(m.start())
            sentence = text[s_start:s_end]
            cue = _PERSON_CUES.search(sentence)
            if cue is None and not any(
                r.kind == Kind.NAME and s_start <= r.start < s_end for r in self.raw
            ):
                continue
            self.add(start, m.end(), Kind.INSTITUTION, 0.8, detail=m.group("suffix"))
        if self.has_digit:
            for m in _WARD_NUMBER_RE.finditer(text):
                self.add(m.start(), m.end(), Kind.INSTITUTION, 0.8, detail="Ward")

    # --- results --------------------------------------------------------------------------------
    def run(self) -> list[_Raw]:
        self.cue_words()
        self.names()
        self.ages()
        if self.has_digit:
            self.numbers()
        if "@" in self.text:
            self.emails()
        if self.seen_street and (self.has_digit or self.lenient):
            self.addresses()
        if self.seen_institution:
            self.institutions()
        if self.files:
            self.file_names()
        general.run(self, self.entities)
        context_scorer.apply(self)  # the trained context step decides the names
        return _resolve(self.raw)

    def file_names(self) -> None:
        """People named in a file name: "tegan_shah_report.pdf", "letter_to_kai_brown.docx".

        Two or three words that are not ordinary words of CPD or casework, next to a word for
        a document about a person (report, referral, chronology, letter...). The word lists
        for ordinary words are general ones (places, organisations, jargon, topics), not names.
        """
        text = self.text
        matches = [*_FILE_NAME_FIRST_RE.finditer(text), *_FILE_NAME_AFTER_RE.finditer(text)]
        for m in matches:
            start, end = m.span("name")
            words = [w.lower() for w in _FILE_WORD_SPLIT_RE.split(m.group("name")) if w]
            if len(words) < 2 or any(
                w in _FILE_VOCABULARY or w.endswith(_FILE_WORD_ENDINGS) for w in words
            ):
                continue
            if self._name_allowed(start, end):
                continue
            self.add(start, end, Kind.NAME, 0.7)


def _age_group(m: re.Match[str]) -> str:
    """The group that holds the age in a match of one of the age patterns."""
    for name in ("age", "word", "plural"):
        if name in m.re.groupindex and m.group(name) is not None:
            return name
    raise ValueError("an age pattern matched without an age")


def _age_number(value: str) -> int:
    value = value.lower()
    return int(value) if value.isdigit() else _NUMBER_WORDS.get(value, -1)


def _service_number(candidate: str) -> bool:
    """True for a number that belongs to an organisation, not a person: freephone (0800,
    0808), non-geographic service numbers (03, 0843-0845, 0870-0873) and 116 helplines
    (Ofcom's numbering plan). A helpline in a reflection identifies nobody."""
    digits = _NOT_DIGIT_RE.sub("", candidate)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits.startswith(
        ("0800", "0808", "03", "0843", "0844", "0845", "0870", "0871", "0872", "0873", "116")
    )


def _is_phone(candidate: str) -> bool:
    digits = _NOT_DIGIT_RE.sub("", candidate)
    if candidate.count("(") != candidate.count(")") and not candidate.startswith("(0"):
        return False
    if candidate.startswith("+"):
        if digits.startswith("44"):
            national = digits[2:].removeprefix("0")
            return len(national) in (9, 10)
        return 8 <= len(digits) <= 15
    if digits.startswith("00"):
        return 10 <= len(digits) <= 17
    if not digits.startswith("0"):
        return False
    return len(digits) in (10, 11)


def _resolve(raw: list[_Raw]) -> list[_Raw]:
    """Keep the best of overlapping findings: the more specific kind, then the longer span.

    An identifying event is taken whole with what it holds ("the fire on Clough Lane on 3
    May": the street is part of the event, and redacting the event hides both)."""
    events = [(r.start, r.end) for r in raw if r.kind == Kind.EVENT]
    if events:
        raw = [
            r
            for r in raw
            if r.kind == Kind.EVENT
            or not any(
                s <= r.start and r.end <= e and (s, e) != (r.start, r.end) for s, e in events
            )
        ]
    ordered = sorted(raw, key=lambda r: (_PRIORITY[r.kind], -(r.end - r.start), -r.confidence))
    kept: list[_Raw] = []
    for candidate in ordered:
        clash = False
        for other in kept:
            if candidate.start < other.end and other.start < candidate.end:
                clash = True
                break
        if not clash:
            kept.append(candidate)
    kept.sort(key=lambda r: (r.start, r.end))
    return kept


# ------------------------------------------------------------------------------------------------
# Incremental scanning of long texts (issue 14: re-scan after a keystroke).
#
# A long text is cut into chunks of whole sentences, and each chunk is scanned with some text
# on either side of it for context (``_MARGIN`` characters or more, in whole sentences); the
# findings that start inside the chunk are kept. Where a chunk ends depends only on the
# sentence there (a checksum of it), never on how far the chunk has run, so an edit moves no
# boundary but its own, and the results of the chunks it did not touch come from a cache: a
# keystroke re-scans the edited chunk and at most its neighbours, not the whole section. No
# rule looks further than ``_MARGIN`` characters from where it matches, so the findings are
# those of scanning the whole text (``test_chunked_scan_matches_the_whole_scan`` checks this
# on every text of the evaluation sets).

_CHUNK_FROM = 1_500  # characters: shorter texts are scanned whole (cheaper than chunking)
_MARGIN = 120  # characters of context on either side of a chunk
_CHUNK_MAX = 1_200  # characters: a chunk this long ends at its next sentence whatever it is
_CHUNK_SPREAD = 3  # a chunk ends after about one sentence in this many
_CHUNK_CACHE_SIZE = 4_096
_chunk_cache: OrderedDict[tuple[object, ...], tuple[_Raw, ...]] = OrderedDict()
_chunk_lock = threading.Lock()


def _chunks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each chunk: runs of whole sentences, ended by a content checksum."""
    found: list[tuple[int, int]] = []
    start = 0
    for s_start, sentence in model.sentences(text):
        s_end = s_start + len(sentence)
        ends = zlib.crc32(sentence.strip().encode("utf-8")) % _CHUNK_SPREAD == 0
        if ends or s_end - start >= _CHUNK_MAX:
            found.append((start, s_end))
            start = s_end
    if start < len(text):
        found.append((start, len(text)))
    return found


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """A chunk widened by about ``_MARGIN`` characters each side, cut at a space nearby.

    The space is looked for within 40 characters only, so a text without spaces gets
    windows of bounded size (the scan of a long text stays linear).
    """
    if start > 0:
        low = max(0, start - _MARGIN)
        cut = text.rfind(" ", max(0, low - 40), low)
        start = cut + 1 if cut >= 0 else low
    if end < len(text):
        high = min(len(text), end + _MARGIN)
        cut = text.find(" ", high, high + 40)
        end = cut if cut >= 0 else high
    return start, end


def _scan_prose(text: str, context: ScanContext, entities: list[Entity] | None) -> list[_Raw]:
    """The resolved raw findings in one prose text, chunk by chunk when it is long."""
    if len(text) < _CHUNK_FROM:
        return _Scanner(text, context, False, entities=entities).run()
    raws: list[_Raw] = []
    for start, end in _chunks(text):
        w_start, w_end = _window(text, start, end)
        window = text[w_start:w_end]
        inside = (
            tuple(
                Entity(e.start - w_start, e.end - w_start, e.label)
                for e in entities
                if w_start <= e.start and e.end <= w_end
            )
            if entities is not None
            else None
        )
        key = (window, start - w_start, end - w_start, context, inside)
        with _chunk_lock:
            kept = _chunk_cache.get(key)
            if kept is not None:
                _chunk_cache.move_to_end(key)
        if kept is None:
            found = _Scanner(
                window, context, False, entities=list(inside) if inside is not None else None
            ).run()
            kept = tuple(r for r in found if start - w_start <= r.start < end - w_start)
            with _chunk_lock:
                _chunk_cache[key] = kept
                if len(_chunk_cache) > _CHUNK_CACHE_SIZE:
                    _chunk_cache.popitem(last=False)
        raws.extend(replace(r, start=r.start + w_start, end=r.end + w_start) for r in kept)
    return _resolve(raws)


# ------------------------------------------------------------------------------------------------
# Public API.


def _lenient(field_name: str) -> bool:
    return field_name.startswith(("tags.", "evidence."))


def _to_findings(
    text: str, field_name: str, raws: Iterable[_Raw], placeholders: _Placeholders
) -> list[Finding]:
    findings = []
    for r in raws:
        matched = text[r.start : r.end]
        findings.append(
            Finding(
                field=field_name,
                start=r.start,
                end=r.end,
                kind=r.kind.value,
                confidence=r.confidence,
                text=matched,
                suggestion=_suggestion(r, matched, placeholders),
                fingerprint=fingerprint(r.kind.value, matched),
            )
        )
    return findings


def scan_text(
    text: str,
    field: str = "text",
    context: ScanContext | None = None,
    wait_for_model: bool = True,
) -> list[Finding]:
    """Findings in one piece of text (an editor re-scans the section being typed in).

    Placeholders are consistent within this text only; use :func:`scan_entry` for an entry.
    With ``wait_for_model=False`` the named-entity model is used only if it has already read
    this text (see :func:`model.entities`); otherwise the rules alone answer at once.
    """
    placeholders = _Placeholders()
    placeholders.reserve(text)
    found = (
        None
        if _lenient(field)
        else model.entities([text], load=wait_for_model, wanted=general.model_wanted)
    )
    if _lenient(field):
        raws = _Scanner(text, context or ScanContext(), True, field.startswith("evidence.")).run()
    else:
        raws = _scan_prose(text, context or ScanContext(), found[0] if found else None)
    placeholders.learn(text, raws)
    return _to_findings(text, field, raws, placeholders)


def entry_fields(entry: Entry) -> list[tuple[str, str]]:
    """Every free-text field the check covers, as (field id, text), in reading order."""
    fields: list[tuple[str, str]] = [("title", entry.title)]
    fields.extend((f"reflection.{k}", v) for k, v in entry.reflection.sections.items())
    if entry.peer is not None:
        fields.append(("peer.text", entry.peer.text))
    fields.append(("source.notes", entry.source.notes))
    fields.extend((f"tags.{i}", t) for i, t in enumerate(entry.tags))
    fields.extend((f"evidence.{i}", ev.filename) for i, ev in enumerate(entry.evidence))
    return [(name, text) for name, text in fields if text]


# Between fields scanned together. No rule reaches across a blank line: names, numbers and
# cue phrases are joined by spaces or tabs only, and a line break ends a sentence.
_FIELD_BREAK = "\n\n"


def _scan_fields(
    fields: list[tuple[str, str]], context: ScanContext, files: bool = False
) -> list[tuple[str, str, list[_Raw]]]:
    """Scan short fields (tags, file names) as one text (one set-up, not one each), then split.

    Each finding goes back to its field with that field's offsets; the results are those of
    scanning each field on its own (``test_scan_entry_matches_field_by_field_scans``).
    """
    if len(fields) <= 1:
        return [(name, text, _Scanner(text, context, True, files).run()) for name, text in fields]
    starts: list[int] = []
    position = 0
    for _, text in fields:
        starts.append(position)
        position += len(text) + len(_FIELD_BREAK)
    joined = _FIELD_BREAK.join(text for _, text in fields)
    per_field: list[list[_Raw]] = [[] for _ in fields]
    for raw in _Scanner(joined, context, True, files).run():
        i = bisect_right(starts, raw.start) - 1
        offset = starts[i]
        raw.start -= offset
        raw.end = min(raw.end - offset, len(fields[i][1]))
        if raw.start < raw.end:
            per_field[i].append(raw)
    return [(name, text, per_field[i]) for i, (name, text) in enumerate(fields)]


# Whole entries already scanned, by their text: a second export or check of a journal reads
# only the entries that changed since (issue 14). Only results that do not depend on whether
# the names model has read the text yet are kept (see _final).
_ENTRY_CACHE_SIZE = 20_000
_entry_cache: OrderedDict[tuple[object, ...], tuple[Finding, ...]] = OrderedDict()
_BATCH = 256  # entries whose sentences the names model reads in one go


def _forget_entries() -> None:
    with _chunk_lock:
        _entry_cache.clear()
        _chunk_cache.clear()


model.on_reset(_forget_entries)


def _entry_key(fields: list[tuple[str, str]], context: ScanContext) -> tuple[object, ...]:
    return (tuple(fields), context, model.enabled())


def _final(found: list[list[Entity]] | None) -> bool:
    """True when a result is what it will stay: the model read the text, or it is not in use."""
    return found is not None or not model.enabled() or model.limited()


def scan_entry(
    entry: Entry, practitioner_name: str = "", wait_for_model: bool = True
) -> list[Finding]:
    """Every finding in an entry, with placeholders consistent across its fields.

    ``wait_for_model`` is as for :func:`scan_text`.
    """
    return scan_entries([entry], practitioner_name, wait_for_model)[0]


class ScanCancelled(CpdlogError):
    """A batch check was stopped (its ``cancel`` event was set) before it ended."""

    def __init__(self) -> None:
        super().__init__(tr(ERRORS, "The check was cancelled."))


# One entry still to scan: its place in the results, its fields, its context and its cache key.
Pending = tuple[int, list[tuple[str, str]], ScanContext, tuple[object, ...]]


def pending(
    entries: Iterable[Entry], practitioner_name: str = ""
) -> tuple[list[list[Finding]], list[Pending]]:
    """The results known already (from this session's cache) and the entries still to scan;
    a scan of the latter fills their places in the results (see :func:`scan_pending`)."""
    results: list[list[Finding]] = []
    todo: list[Pending] = []
    for entry in entries:
        context = ScanContext.for_entry(entry, practitioner_name)
        fields = entry_fields(entry)
        key = _entry_key(fields, context)
        with _chunk_lock:
            known = _entry_cache.get(key)
            if known is not None:
                _entry_cache.move_to_end(key)
        results.append(list(known) if known is not None else [])
        if known is None:
            todo.append((len(results) - 1, fields, context, key))
    return results, todo


def scan_fields_batch(
    batch: list[tuple[list[tuple[str, str]], ScanContext]], wait_for_model: bool = True
) -> tuple[list[list[Finding]], bool]:
    """The findings of each (fields, context) in ``batch``, the names model reading their
    sentences in one go; and whether they are final (see :func:`_final`). Runs in a helper
    process as well as here: it reads only its arguments and this module's caches."""
    prose = [[(n, t) for n, t in fields if not _lenient(n)] for fields, _ in batch]
    found = model.entities(
        [t for texts in prose for _, t in texts],
        load=wait_for_model,
        wanted=general.model_wanted,
    )
    results: list[list[Finding]] = []
    offset = 0
    for (fields, context), texts in zip(batch, prose, strict=True):
        mine = found[offset : offset + len(texts)] if found is not None else None
        offset += len(texts)
        results.append(_scan_one(fields, texts, context, mine))
    return results, _final(found)


def remember(key: tuple[object, ...], findings: list[Finding]) -> None:
    """Keep an entry's final findings for this session (a later check of it is free)."""
    with _chunk_lock:
        _entry_cache[key] = tuple(findings)
        if len(_entry_cache) > _ENTRY_CACHE_SIZE:
            _entry_cache.popitem(last=False)


def scan_pending(
    results: list[list[Finding]],
    todo: list[Pending],
    wait_for_model: bool = True,
    cancel: threading.Event | None = None,
) -> None:
    """Scan ``todo`` here, ``_BATCH`` entries at a time, filling their places in ``results``.

    ``cancel`` is looked at between batches: when it is set, :class:`ScanCancelled` is raised.
    """
    for first in range(0, len(todo), _BATCH):
        if cancel is not None and cancel.is_set():
            raise ScanCancelled
        batch = todo[first : first + _BATCH]
        found, final = scan_fields_batch([(f, c) for _, f, c, _ in batch], wait_for_model)
        for (i, _, _, key), findings in zip(batch, found, strict=True):
            results[i] = findings
            if final:
                remember(key, findings)


def scan_entries(
    entries: Iterable[Entry],
    practitioner_name: str = "",
    wait_for_model: bool = True,
    cancel: threading.Event | None = None,
) -> list[list[Finding]]:
    """:func:`scan_entry` for each entry; the names model reads their sentences in batches.

    An entry whose text was scanned before in this session is not scanned again. ``cancel``
    stops the scan between batches (:class:`ScanCancelled`).
    """
    results, todo = pending(entries, practitioner_name)
    scan_pending(results, todo, wait_for_model, cancel)
    return results


def _scan_one(
    fields: list[tuple[str, str]],
    prose: list[tuple[str, str]],
    context: ScanContext,
    found: list[list[Entity]] | None,
) -> list[Finding]:
    placeholders = _Placeholders()
    for _, text in fields:
        placeholders.reserve(text)
    scanned = [
        (name, text, _scan_prose(text, context, found[i] if found else None))
        for i, (name, text) in enumerate(prose)
    ]
    scanned += _scan_fields([f for f in fields if f[0].startswith("tags.")], context)
    scanned += _scan_fields([f for f in fields if f[0].startswith("evidence.")], context, True)
    for _, text, raws in scanned:
        placeholders.learn(text, raws)
    findings: list[Finding] = []
    for name, text, raws in scanned:
        findings.extend(_to_findings(text, name, raws, placeholders))
    return findings
