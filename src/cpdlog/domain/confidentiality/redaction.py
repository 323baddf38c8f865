"""Placeholders for findings ("[child A]", "[school]") and the redacted copy of an entry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from cpdlog.domain.confidentiality.kinds import (
    Finding,
    Kind,
    _normalise,
    _Raw,
)
from cpdlog.domain.confidentiality.patterns import (
    _EXISTING_PLACEHOLDER_RE,
)
from cpdlog.domain.entry import Entry


@dataclass(slots=True)
class _Placeholders:
    """Hands out the same placeholder for the same person throughout one entry."""

    used_letters: set[str] = field(default_factory=set)
    people: dict[str, str] = field(default_factory=dict)  # normalised name → letter
    roles: dict[str, str] = field(default_factory=dict)  # letter → role
    # Every letter before this one is taken (letters are only ever added), so the next free
    # one is looked for from here.
    first_free: int = 0

    def reserve(self, text: str) -> None:
        for match in _EXISTING_PLACEHOLDER_RE.finditer(text):
            self.used_letters.add(match.group(1))

    def learn(self, text: str, raws: Iterable[_Raw]) -> None:
        """See every mention first, so a person's role ("child") applies to all of them."""
        for r in raws:
            if r.kind == Kind.NAME:
                self.person(text[r.start : r.end], r.role)

    def _next_letter(self) -> str:
        n = self.first_free
        while True:
            letter = ""
            k = n
            while True:
                letter = chr(ord("A") + k % 26) + letter
                k = k // 26 - 1
                if k < 0:
                    break
            if letter not in self.used_letters:
                self.used_letters.add(letter)
                self.first_free = n + 1
                return letter
            n += 1

    def person(self, text: str, role: str) -> str:
        key = _normalise(Kind.NAME, text)
        letter = self.people.get(key)
        if letter is None:
            first = key.split(" ")[0] if key else key
            for known, known_letter in self.people.items():
                parts = known.split(" ")
                if (" " not in key and key in (parts[0], parts[-1])) or (
                    " " not in known and known in (first, key.split(" ")[-1])
                ):
                    letter = known_letter
                    break
        if letter is None:
            letter = self._next_letter()
            self.roles[letter] = role or "person"
        self.people[key] = letter
        if role and self.roles.get(letter) == "person":
            self.roles[letter] = role
        return f"[{self.roles[letter]} {letter}]"


def _suggestion(raw: _Raw, text: str, placeholders: _Placeholders) -> str:
    if raw.kind == Kind.NAME:
        return placeholders.person(text, raw.role)
    if raw.kind == Kind.INSTITUTION:
        suffix = raw.detail.lower()
        if "school" in suffix or suffix in ("academy", "nursery", "pre-school", "preschool"):
            return "[school]"
        if suffix in ("surgery", "medical centre", "health centre", "medical practice"):
            return "[GP surgery]"
        if "home" in suffix or suffix in ("lodge", "hospice"):
            return "[care home]"
        if suffix == "ward":
            return "[ward]"
        if suffix == "hospital":
            return "[hospital]"
        return "[place]"
    return {
        Kind.AGE: "[age]",
        Kind.DATE_OF_BIRTH: "[date]",
        Kind.NHS_NUMBER: "[NHS number]",
        Kind.NI_NUMBER: "[NI number]",
        Kind.POSTCODE: "[postcode]",
        Kind.PHONE: "[phone number]",
        Kind.EMAIL: "[email]",
        Kind.ADDRESS: "[address]",
        Kind.REFERENCE: "[reference]",
        Kind.EVENT: "[an incident]",
    }[raw.kind]


def _replace_spans(text: str, findings: list[Finding]) -> str:
    result = text
    last_start = len(text) + 1
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        start, end = f.start, f.end
        if result[start:end] != f.text:
            found = text.find(f.text)
            if found == -1:
                continue  # stale finding: the text changed since the scan
            start, end = found, found + len(f.text)
        if end > last_start:
            continue  # overlaps a later replacement
        result = result[:start] + f.suggestion + result[end:]
        last_start = start
    return result


def redact(entry: Entry, findings: Iterable[Finding]) -> Entry:
    """A copy of ``entry`` with each finding replaced by its suggestion.

    Findings should come from :func:`scan_entry` on this entry, so that placeholders are the
    same for the same person throughout (``[child A]`` in the reflection and the title).
    """
    by_field: dict[str, list[Finding]] = {}
    for f in findings:
        by_field.setdefault(f.field, []).append(f)
    result = entry.copy()

    def apply(name: str, text: str) -> str:
        wanted = by_field.get(name)
        return _replace_spans(text, wanted) if wanted else text

    result.title = apply("title", result.title)
    result.reflection.sections = {
        k: apply(f"reflection.{k}", v) for k, v in result.reflection.sections.items()
    }
    if result.peer is not None:
        result.peer.text = apply("peer.text", result.peer.text)
    result.source.notes = apply("source.notes", result.source.notes)
    result.tags = [apply(f"tags.{i}", t) for i, t in enumerate(result.tags)]
    result.evidence = [
        replace(ev, filename=_safe_filename(apply(f"evidence.{i}", ev.filename)))
        for i, ev in enumerate(result.evidence)
    ]
    return result


def _safe_filename(name: str) -> str:
    return name.replace("[", "").replace("]", "").replace(" ", "_")
