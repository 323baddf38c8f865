"""Review and sign-off: what a supervisor saw, what they said, and whether it still holds.

A sign-off pins the SHA-256 of an entry's *content* in a canonical form (:func:`content_hash`):
the title, dates, hours, activity, reflection sections, peer reflection, standards and the
evidence files' hashes — what the reviewer read. Anything else (tags, ids, when it was saved,
draft or complete) is left out, so tidying those never undoes a sign-off, while any edit to
what was signed off is seen: :func:`signoff_state` compares the pinned hash with the entry as
it is today, each time it is asked.

Plain data and pure functions; no I/O.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cpdlog.domain.dates import long_date
from cpdlog.domain.entry import Entry
from cpdlog.i18n import plural, tr

CONTEXT = "cpdlog.review"  # sign-off wording outside the Qt widgets (cpdlog.i18n; Welsh in .ts)

CONTENT_FORMAT = "cpdlog-entry-content/1"  # changes only if the canonical form ever does


class CommentKind(StrEnum):
    COMMENT = "comment"
    PEER_DISCUSSION = "peer_discussion"


class Arrival(StrEnum):
    """How a sign-off reached the journal."""

    FILE = "file"  # a review response file (no server)
    SERVER = "server"


def canonical_json(value: Any) -> bytes:
    """The one byte form hashed and signed: sorted keys, no spaces, UTF-8, no floats.

    Parsing these bytes and writing them again gives the same bytes, so a file's signature
    can be checked against what was read from it.
    """
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def entry_content(entry: Entry) -> dict[str, Any]:
    """What a reviewer reads of ``entry``, as plain JSON values (the pack carries this).

    Sections keep the template's order (for showing them); empty sections are left out, as
    no one reads them. Hours are whole quarter-hours, so no float is ever hashed.
    """
    peer = entry.peer
    return {
        "title": entry.title,
        "activity_type": entry.activity_type.value,
        "start_date": entry.start_date.isoformat(),
        "end_date": entry.end_date.isoformat() if entry.end_date else None,
        "quarter_hours": round(entry.hours * 4),
        "template_id": entry.reflection.template_id,
        "sections": [[key, text] for key, text in entry.reflection.sections.items() if text],
        "peer": None
        if peer is None or not (peer.name or peer.role or peer.text or peer.date)
        else {
            "name": peer.name,
            "role": peer.role,
            "date": peer.date.isoformat() if peer.date else None,
            "text": peer.text,
        },
        "standards": list(entry.standards),
        "evidence": [{"sha256": ev.sha256, "filename": ev.filename} for ev in entry.evidence],
    }


def content_hash_of(content: dict[str, Any]) -> str:
    """The SHA-256 (hex) of an :func:`entry_content` dictionary in canonical form.

    Standards and evidence count as sets (their order on screen is not content); evidence by
    file hash only (renaming a file does not change what it is); section order is the
    template's and is kept.
    """
    canonical = {
        "format": CONTENT_FORMAT,
        "title": content["title"],
        "activity_type": content["activity_type"],
        "start_date": content["start_date"],
        "end_date": content["end_date"],
        "quarter_hours": content["quarter_hours"],
        "template_id": content["template_id"],
        "sections": [list(pair) for pair in content["sections"]],
        "peer": content["peer"],
        "standards": sorted(set(content["standards"])),
        "evidence": sorted({ev["sha256"] for ev in content["evidence"]}),
    }
    return hashlib.sha256(canonical_json(canonical)).hexdigest()


def content_hash(entry: Entry) -> str:
    """The hash a sign-off pins: see :func:`content_hash_of`."""
    return content_hash_of(entry_content(entry))


def fingerprint(public_key: bytes) -> str:
    """A public key's fingerprint as people compare it: 8 groups of 4 hex digits (128 bits)."""
    digest = hashlib.sha256(b"cpdlog-review-key/1" + public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(slots=True, frozen=True)
class Signoff:
    """A reviewer's sign-off of one entry, pinned to the content they saw."""

    entry_id: int
    reviewer_name: str
    reviewer_role: str
    signed_at: dt.datetime
    content_hash: str
    statement: str
    arrival: Arrival
    reviewer_fingerprint: str
    id: int | None = None


@dataclass(slots=True, frozen=True)
class ReviewComment:
    """A reviewer's comment on one section (``section_key``) or the whole entry (``None``),
    or their record of the peer-reflection discussion (``kind`` PEER_DISCUSSION)."""

    entry_id: int
    section_key: str | None
    kind: CommentKind
    author_name: str
    author_role: str
    date: dt.date
    text: str
    id: int | None = None


@dataclass(slots=True, frozen=True)
class SignoffState:
    """A sign-off as it stands today against the entry it signed."""

    signoff: Signoff
    changed: bool  # the entry's content differs from what was signed off

    @property
    def signed_on(self) -> dt.date:
        return self.signoff.signed_at.date()

    def sentence(self) -> str:
        """One line for the journal, progress and the PDF (UK date style)."""
        when = long_date(self.signed_on)
        who = self.signoff.reviewer_name
        if self.signoff.reviewer_role:
            who = f"{who} ({self.signoff.reviewer_role})"
        if self.changed:
            return tr(CONTEXT, "Changed since it was signed off on {date} by {who}.").format(
                date=when, who=who
            )
        return tr(CONTEXT, "Signed off on {date} by {who}.").format(date=when, who=who)

    def changed_text(self) -> str:
        """``Changed since it was signed off on 3 March 2026`` (empty when unchanged)."""
        if not self.changed:
            return ""
        return tr(CONTEXT, "Changed since it was signed off on {date}").format(
            date=long_date(self.signed_on)
        )


def signoff_state(entry: Entry, signoffs: list[Signoff]) -> SignoffState | None:
    """The newest sign-off of ``entry`` compared with the entry as it is now (None if none).

    A sign-off of the content as it is now wins over any of an earlier version.
    """
    if not signoffs:
        return None
    current = content_hash(entry)
    matching = [s for s in signoffs if s.content_hash == current]
    newest = max(matching or signoffs, key=lambda s: (s.signed_at, s.id or 0))
    return SignoffState(newest, changed=not matching)


def progress_lines(entries: Sequence[Entry], states: Mapping[int, SignoffState]) -> list[str]:
    """What progress says about sign-offs of ``entries`` (empty when none is signed off):
    how many are signed off, then each one changed since, with the date it was signed off."""
    signed = [e for e in entries if e.id is not None and e.id in states]
    if not signed:
        return []
    changed = [e for e in signed if e.id is not None and states[e.id].changed]
    total = plural(CONTEXT, len(entries), "%n entry", "%n entries")
    if changed:
        line = tr(
            CONTEXT, "Signed off by a reviewer: {signed} of {total}; {changed} changed since."
        )
    else:
        line = tr(CONTEXT, "Signed off by a reviewer: {signed} of {total}.")
    lines = [line.format(signed=len(signed), total=total, changed=len(changed))]
    for e in changed:
        assert e.id is not None
        item = tr(CONTEXT, "  - entry {number}, {title}: {changed}.")
        lines.append(item.format(number=e.id, title=e.title, changed=states[e.id].changed_text()))
    return lines
