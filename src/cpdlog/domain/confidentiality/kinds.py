"""What the check finds: the kinds of identifying detail and the finding itself."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from cpdlog.domain.confidentiality.data import fold as _fold


class Kind(StrEnum):
    """What sort of identifying detail a finding is. The values are stable ids."""

    NAME = "name"
    AGE = "age"
    DATE_OF_BIRTH = "date_of_birth"
    NHS_NUMBER = "nhs_number"
    NI_NUMBER = "ni_number"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    REFERENCE = "reference"
    INSTITUTION = "institution"
    EVENT = "event"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[Kind, str] = {
    Kind.NAME: "Person's name",
    Kind.AGE: "Exact age",
    Kind.DATE_OF_BIRTH: "Date of birth",
    Kind.NHS_NUMBER: "NHS number",
    Kind.NI_NUMBER: "National Insurance number",
    Kind.POSTCODE: "Postcode",
    Kind.PHONE: "Phone number",
    Kind.EMAIL: "Email address",
    Kind.ADDRESS: "Street address",
    Kind.REFERENCE: "Case or reference number",
    Kind.INSTITUTION: "Named school, surgery, care home or ward",
    Kind.EVENT: "Identifying event with its date",
}

# The same kinds as they read in the middle of a sentence ("an entry with NHS number,
# postcode."): proper nouns and initials keep their capitals, so never lower-case a label.
KIND_PHRASES: dict[Kind, str] = {
    Kind.NAME: "person's name",
    Kind.AGE: "exact age",
    Kind.DATE_OF_BIRTH: "date of birth",
    Kind.NHS_NUMBER: "NHS number",
    Kind.NI_NUMBER: "National Insurance number",
    Kind.POSTCODE: "postcode",
    Kind.PHONE: "phone number",
    Kind.EMAIL: "email address",
    Kind.ADDRESS: "street address",
    Kind.REFERENCE: "case or reference number",
    Kind.INSTITUTION: "named school, surgery, care home or ward",
    Kind.EVENT: "identifying event with its date",
}

KIND_EXPLANATIONS: dict[Kind, str] = {
    Kind.NAME: "This looks like the name of someone you work with. Regulators ask that CPD "
    "records do not identify the people you support.",
    Kind.AGE: "An exact age tied to a person helps identify them, especially with other details.",
    Kind.DATE_OF_BIRTH: "A date of birth identifies a person.",
    Kind.NHS_NUMBER: "This is a valid NHS number (it passes the Modulus 11 check).",
    Kind.NI_NUMBER: "This has the format of a National Insurance number.",
    Kind.POSTCODE: "A full UK postcode narrows a home down to a handful of addresses.",
    Kind.PHONE: "A phone number identifies the person or family it belongs to.",
    Kind.EMAIL: "An email address identifies the person it belongs to.",
    Kind.ADDRESS: "A street address identifies where someone lives.",
    Kind.REFERENCE: "Case, file and reference numbers link this record to a person's file.",
    Kind.INSTITUTION: "Naming the school, surgery, care home or ward someone attends helps "
    "identify them.",
    Kind.EVENT: "An incident told with its date (a fire, an assault, an arrest) can be found in "
    "the news or in records, and so points to the people involved.",
}

# When two findings overlap, the more specific kind wins (lower number first).
_PRIORITY: dict[Kind, int] = {
    Kind.NHS_NUMBER: 0,
    Kind.NI_NUMBER: 1,
    Kind.EMAIL: 2,
    Kind.DATE_OF_BIRTH: 3,
    Kind.PHONE: 4,
    Kind.POSTCODE: 5,
    Kind.ADDRESS: 6,
    Kind.INSTITUTION: 7,
    Kind.REFERENCE: 8,
    Kind.NAME: 9,
    Kind.AGE: 10,
    Kind.EVENT: 11,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifying detail: where it is, what it is, and what to put in its place.

    ``field`` names the entry field (``title``, ``reflection.<key>``, ``peer.text``,
    ``tags.<i>``, ``source.notes``, ``evidence.<i>``); ``start``/``end`` index that field's
    text. ``fingerprint`` depends only on the kind and the normalised text, so a choice the
    user made about it ("not identifying") survives unrelated edits.
    """

    field: str
    start: int
    end: int
    kind: str
    confidence: float
    text: str
    suggestion: str
    fingerprint: str

    @property
    def label(self) -> str:
        return KIND_LABELS[Kind(self.kind)]

    @property
    def phrase(self) -> str:
        """The kind as it reads mid-sentence ("NHS number", "postcode")."""
        return KIND_PHRASES[Kind(self.kind)]

    @property
    def explanation(self) -> str:
        """One or two sentences for a tooltip or the export summary."""
        return KIND_EXPLANATIONS[Kind(self.kind)]


@lru_cache(maxsize=16_384)
def _normalise(kind: str, text: str) -> str:
    folded = " ".join(_fold(text).split())
    if kind in (Kind.NHS_NUMBER, Kind.NI_NUMBER, Kind.POSTCODE, Kind.PHONE, Kind.REFERENCE):
        folded = re.sub(r"[\s\-().]", "", folded)
    if kind == Kind.NAME:
        folded = re.sub(
            r"^(?:(?:mr|mrs)\.? (?:and|&) )?(?:mrs|mr|ms|miss|mx|dr|master)\.? ", "", folded
        )
        folded = folded.replace("’", "'")
    return folded


@lru_cache(maxsize=16_384)
def fingerprint(kind: str, text: str) -> str:
    """Stable id of a finding: its kind and normalised text (not its position)."""
    digest = hashlib.sha256(f"{kind}\x00{_normalise(kind, text)}".encode()).hexdigest()
    return f"{kind}-{digest[:10]}"


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: Kind
    confidence: float
    role: str = ""  # for names: child, parent, carer, relative, partner or person
    detail: str = ""  # for institutions: the suffix; for dates of birth: the cue


def summarise(findings: Iterable[Finding]) -> dict[str, int]:
    """Count of findings per kind label, for an export dialog's summary."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.label] = counts.get(f.label, 0) + 1
    return counts


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "field": finding.field,
        "start": finding.start,
        "end": finding.end,
        "kind": finding.kind,
        "label": finding.label,
        "confidence": finding.confidence,
        "text": finding.text,
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    }
