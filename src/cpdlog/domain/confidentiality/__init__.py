"""Find details in an entry that could identify the people a social worker works with.

A careful colleague reading a reflection notices a client's name, a child's age, a date of
birth, an NHS number, a postcode, a school... This package notices the same things so that
nothing identifying leaves the machine in a PDF or an export. It is pure (no Qt, no network;
its only reading is of its own packaged word lists) and fast enough to run after every
keystroke.

It is tuned not to cry wolf on ordinary professional writing: citations ("Munro (2011)",
"Ferguson et al."), legislation ("Children Act 1989", "section 47"), organisations and
regulators, practice jargon (MASH, PLO, CIN), links, the practitioner's own name and the peer
named in the peer reflection.

The modules:

* :mod:`.kinds`: what a finding is (:class:`Kind`, :class:`Finding`, labels, fingerprints);
* :mod:`.data`: the word lists, read from ``resources/confidentiality``;
* :mod:`.patterns`: the word sets and compiled patterns built from those lists;
* :mod:`.scanner`: the cue-word rules and :func:`scan_text` / :func:`scan_entry`;
* :mod:`.general`: the rules for informal writing without cue words (issue 14);
* :mod:`.model`: the optional named-entity model, loaded on first use;
* :mod:`.context_scorer`: the trained context scorer that drops names whose sentence says
  they are cited or public (weights in ``resources/confidentiality/context_scorer.json``);
* :mod:`.redaction`: placeholders ("[child A]") and :func:`redact`.

``phonenumbers`` (libphonenumber) was measured as a phone validator and changed nothing on the
evaluation set or the look-alikes: a UK number's shape and digit count already separate it from
years, hours and citations.
"""

from __future__ import annotations

from cpdlog.domain.confidentiality import general, model
from cpdlog.domain.confidentiality.kinds import (
    KIND_EXPLANATIONS,
    KIND_LABELS,
    KIND_PHRASES,
    Finding,
    Kind,
    finding_to_dict,
    fingerprint,
    summarise,
)
from cpdlog.domain.confidentiality.redaction import redact
from cpdlog.domain.confidentiality.scanner import (
    ScanCancelled,
    ScanContext,
    _lenient,
    entry_fields,
    nhs_number_is_valid,
    scan_entries,
    scan_entry,
    scan_text,
)

__all__ = [
    "KIND_EXPLANATIONS",
    "KIND_LABELS",
    "KIND_PHRASES",
    "Finding",
    "Kind",
    "ScanCancelled",
    "ScanContext",
    "_lenient",
    "entry_fields",
    "finding_to_dict",
    "fingerprint",
    "general",
    "model",
    "nhs_number_is_valid",
    "redact",
    "scan_entries",
    "scan_entry",
    "scan_text",
    "summarise",
]
