"""The confidentiality check as a use case: scan entries, remember reviews, redact, gate exports.

"Not identifying" choices are kept per entry in the settings table under
``confidentiality.dismissed.<entry uid>`` as a sorted list of finding fingerprints. A
fingerprint depends only on the kind and the normalised text of a finding, so a choice
survives unrelated edits and moves with the data in a backup.

The gate before an export also reads what other people wrote about an entry and the export
carries with it (:class:`Carries`): a reviewer's section comments, their record of the
peer-reflection discussion and their sign-off statement. A finding there is keyed by that text
as well as its own words (:func:`review_fingerprint`), so marking a name in a section "not
identifying" says nothing about the same name in a supervisor's comment, and the other way
round; the choice is kept with the entry's others. Someone else's words cannot be redacted
here: the practitioner marks the finding "not identifying", includes it anyway (confirmed, or
``--allow-identifiers``), or does not export.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from cpdlog.domain.confidentiality import (
    Finding,
    ScanContext,
    context_scorer,
    model,
    redact,
    scan_entry,
    scan_text,
)
from cpdlog.domain.entry import Entry
from cpdlog.domain.review import CommentKind, ReviewComment, Signoff
from cpdlog.errors import NotFoundError
from cpdlog.i18n import tr
from cpdlog.storage.settings_repo import get_setting, get_settings, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
PLACES = "cpdlog.confidentiality"  # where a finding is, as the gate says it (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.domain.review_files import ReviewPack
    from cpdlog.domain.templates import Template
    from cpdlog.services.app import App
    from cpdlog.services.confidentiality_batch import Helpers
    from cpdlog.services.review import Comment, PeerDiscussion

DISMISSED_KEY = "confidentiality.dismissed."


class Carries(StrEnum):
    """Which texts written by others about an entry an export carries with it."""

    ENTRIES = "entries"  # the entry alone: a CSV, a review pack
    PORTFOLIO = "portfolio"  # a PDF: peer-discussion records and sign-off statements too
    EVERYTHING = "everything"  # a JSON export: every review comment and sign-off too


@dataclass(frozen=True, slots=True)
class ReviewText:
    """Something a reviewer wrote about an entry: a comment, a peer-discussion record or a
    sign-off statement. ``key`` names it by what it is (not by a database id), so a choice
    about a finding in it survives a backup and restore."""

    what: str  # "comment", "peer_discussion" or "signoff"
    author: str
    section_key: str | None  # a comment's section (None: the whole entry, or not a comment)
    text: str
    key: str


@dataclass(frozen=True, slots=True)
class PlacedFinding:
    """A finding in a reviewer's text, with where it is, in words for the practitioner."""

    finding: Finding
    place: str  # e.g. "Comment from Sam Educator on What I learnt"
    source: ReviewText


@dataclass(frozen=True, slots=True)
class EntryFindings:
    """An entry and the findings in it that the user has not yet reviewed.

    ``findings`` are in the entry's own text (redactable); ``others`` in what reviewers wrote
    about it that the export carries (see :class:`Carries`), which only they can change.
    """

    entry: Entry
    findings: list[Finding]
    others: list[PlacedFinding] = dataclasses.field(default_factory=list)

    @property
    def entry_id(self) -> int:
        assert self.entry.id is not None
        return self.entry.id

    @property
    def total(self) -> int:
        return len(self.findings) + len(self.others)

    def every_finding(self) -> list[Finding]:
        """The entry's findings, then those in reviewers' texts."""
        return [*self.findings, *(p.finding for p in self.others)]


def review_fingerprint(finding: Finding, source: ReviewText) -> str:
    """A finding's fingerprint in a reviewer's text: its own (kind and words) and the text's
    key, so it never equals the same words' fingerprint in the entry or in another comment."""
    digest = hashlib.sha256(f"review\x00{source.key}\x00{finding.fingerprint}".encode()).hexdigest()
    return f"{finding.kind}-{digest[:10]}"


def _text_key(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:16]


def comment_text(comment: ReviewComment) -> ReviewText:
    what = "peer_discussion" if comment.kind is CommentKind.PEER_DISCUSSION else "comment"
    key = _text_key(
        what,
        comment.section_key or "",
        comment.author_name,
        comment.date.isoformat(),
        comment.text,
    )
    return ReviewText(what, comment.author_name, comment.section_key, comment.text, key)


def signoff_text(signoff: Signoff) -> ReviewText:
    key = _text_key(
        "signoff", signoff.reviewer_name, signoff.signed_at.isoformat(), signoff.statement
    )
    return ReviewText("signoff", signoff.reviewer_name, None, signoff.statement, key)


class ConfidentialityService:
    def __init__(self, app: App) -> None:
        self.app = app

    # --- scanning -------------------------------------------------------------------------------
    def practitioner_name(self) -> str:
        return self.app.profile.get().name

    def findings_for(self, entry: Entry, dismissed: Iterable[str] | None = None) -> list[Finding]:
        """Unreviewed findings in one entry (it need not be saved: an editor may pass a draft)."""
        if dismissed is None:
            dismissed = self.dismissed(entry) if entry.uid else ()
        skip = set(dismissed)
        return [f for f in scan_entry(entry, self.practitioner_name()) if f.fingerprint not in skip]

    def check(
        self,
        entry_ids: Sequence[int] | None = None,
        carries: Carries = Carries.EVERYTHING,
        cancel: threading.Event | None = None,
    ) -> list[EntryFindings]:
        """Entries (all live ones, or those named) that still hold unreviewed findings, in
        their own text and (by default) in every reviewer's text about them."""
        from cpdlog.services import confidentiality_batch

        # A big journal's helper processes start now, while its entries are read.
        helpers = confidentiality_batch.start_helpers(
            len(entry_ids) if entry_ids else self._live_entries()
        )
        try:
            entries = (
                [self.app.entries.get(i) for i in entry_ids]
                if entry_ids
                else self.app.entries.list_entries()
            )
            return self.gate_entries(entries, carries, cancel, helpers)
        finally:
            # The scan closed them when it used them; otherwise (nothing to scan, an error,
            # Ctrl+C while the entries were read) they are stopped at once, not waited for.
            if helpers is not None:
                helpers.close(terminate=True)

    def _live_entries(self) -> int:
        """How many entries are not in the trash (one count, nothing read)."""
        from sqlalchemy import func, select

        from cpdlog.storage.orm import EntryRow

        with self.app.db.session() as session:
            query = select(func.count()).select_from(EntryRow).where(EntryRow.deleted_at.is_(None))
            return int(session.scalar(query) or 0)

    def review(
        self,
        entries: Sequence[Entry],
        cancel: threading.Event | None = None,
        helpers: Helpers | None = None,
    ) -> list[EntryFindings]:
        """Those of ``entries`` that hold unreviewed findings (entries need not be live).

        A big batch is shared with helper processes (:mod:`.confidentiality_batch`);
        ``cancel`` stops it between chunks (``ScanCancelled``)."""
        from cpdlog.services.confidentiality_batch import scan_entries

        if not entries:
            return []
        name = self.practitioner_name()
        dismissed = self._dismissed_map(entries)
        results: list[EntryFindings] = []
        for entry, found in zip(entries, scan_entries(entries, name, cancel, helpers), strict=True):
            skip = dismissed.get(entry.uid, set())
            findings = [f for f in found if f.fingerprint not in skip]
            if findings:
                results.append(EntryFindings(entry, findings))
        return results

    def gate(
        self, entry_ids: Sequence[int], carries: Carries = Carries.ENTRIES
    ) -> list[EntryFindings]:
        """What an export must show (and refuse on, unless confirmed) before writing."""
        if not entry_ids:
            return []
        return self.gate_entries([self.app.entries.get(i) for i in entry_ids], carries)

    def gate_entries(
        self,
        entries: Sequence[Entry],
        carries: Carries = Carries.ENTRIES,
        cancel: threading.Event | None = None,
        helpers: Helpers | None = None,
    ) -> list[EntryFindings]:
        """The export gate for entries already loaded (a PDF's selection, a JSON's trash):
        unreviewed findings in the entries and in the reviewers' texts ``carries`` names.
        ``helpers`` are processes started ahead for a big batch (:mod:`.confidentiality_batch`)."""
        found = {id(r.entry): r for r in self.review(entries, cancel, helpers)}
        if carries is not Carries.ENTRIES and entries:
            texts = self.review_texts(entries, carries)
            if any(texts.values()):
                dismissed = self._dismissed_map(entries)
                templates = self.app.entries.templates()  # read once, not once per entry
                for entry in entries:
                    if entry.id is None or not texts.get(entry.id):
                        continue
                    skip = dismissed.get(entry.uid, set())
                    others = [
                        p
                        for p in self.placed_findings(entry, texts[entry.id], templates)
                        if p.finding.fingerprint not in skip
                    ]
                    if others:
                        before = found.get(id(entry))
                        found[id(entry)] = EntryFindings(
                            entry, before.findings if before else [], others
                        )
        return [found[id(e)] for e in entries if id(e) in found]

    def gate_text(self, text: str, field: str = "summary") -> list[Finding]:
        """Findings in text that goes out but belongs to no entry (the HCPC summary of
        practice history); it is the practitioner's own, so they change it themselves."""
        if not text.strip():
            return []
        return scan_text(text, field, ScanContext.build(self.practitioner_name()))

    def gate_response(
        self,
        pack: ReviewPack,
        reviewer: str,
        comments: Sequence[Comment] = (),
        peer_discussions: Sequence[PeerDiscussion] = (),
        statement: str = "",
    ) -> list[tuple[str, Finding]]:
        """Findings in what a supervisor is about to send back (their comments, their records
        of peer discussions, their sign-off statement), each with where it is.

        The practitioner's name, the reviewer's own and each entry's peer's are allowed. The
        reviewer changes their own words, so nothing is remembered as "not identifying".
        """
        count = len(pack.entries)

        def peer_of(position: int) -> str:
            if not 1 <= position <= count:
                return ""  # the response itself says which entries exist
            peer = pack.entries[position - 1].content.get("peer") or {}
            return str(peer.get("name") or "")

        def scanned(text: str, position: int, what: str) -> list[Finding]:
            names = f"{reviewer} {peer_of(position)}".strip()
            context = ScanContext.build(pack.practitioner, names)
            return scan_text(text, f"review.{what}", context)

        found: list[tuple[str, Finding]] = []
        for c in comments:
            if c.section is None:
                place = tr(PLACES, "Your comment on entry {number}").format(number=c.position)
            else:
                place = tr(PLACES, "Your comment on entry {number}, {section}").format(
                    number=c.position, section=c.section
                )
            found += [(place, f) for f in scanned(c.text, c.position, "comment")]
        for d in peer_discussions:
            place = tr(PLACES, "Your peer discussion record for entry {number}").format(
                number=d.position
            )
            found += [(place, f) for f in scanned(d.text, d.position, "peer_discussion")]
        if statement.strip():
            place = tr(PLACES, "Your sign-off statement")
            found += [(place, f) for f in scanned(statement, 0, "signoff")]
        return found

    def gate_key_dates(self, labels: Sequence[str]) -> list[tuple[str, Finding]]:
        """Findings in the practitioner's own key-date labels, which a calendar file carries to
        whatever calendar (often an online one) it is imported into."""
        context = ScanContext.build(self.practitioner_name())
        found: list[tuple[str, Finding]] = []
        for label in dict.fromkeys(labels):
            place = tr(PLACES, "The date “{label}”").format(label=label)
            found += [(place, f) for f in scan_text(label, "key_date", context)]
        return found

    # --- what reviewers wrote ---------------------------------------------------------------------
    def review_texts(
        self, entries: Sequence[Entry], carries: Carries = Carries.EVERYTHING
    ) -> dict[int, list[ReviewText]]:
        """The reviewers' texts about ``entries`` that an export carrying ``carries`` holds."""
        ids = [e.id for e in entries if e.id is not None]
        if carries is Carries.ENTRIES or not ids:
            return {}
        comments = self.app.review.all_comments(ids)
        signoffs = self.app.review.all_signoffs(ids)
        result: dict[int, list[ReviewText]] = {}
        for entry_id in ids:
            texts = [
                comment_text(c)
                for c in comments.get(entry_id, [])
                if carries is Carries.EVERYTHING or c.kind is CommentKind.PEER_DISCUSSION
            ]
            texts += [signoff_text(s) for s in signoffs.get(entry_id, []) if s.statement]
            if texts:
                result[entry_id] = texts
        return result

    def placed_findings(
        self,
        entry: Entry,
        texts: Sequence[ReviewText],
        templates: Mapping[str, Template] | None = None,
    ) -> list[PlacedFinding]:
        """Every finding in reviewers' ``texts`` about ``entry``, each with its place.

        The practitioner's name, the peer's and the text's author's are never findings there.
        """
        practitioner = self.practitioner_name()
        peer = entry.peer.name if entry.peer else ""
        prompts = self.section_names(entry, templates)
        placed: list[PlacedFinding] = []
        for source in texts:
            context = ScanContext.build(practitioner, f"{peer} {source.author}".strip())
            for f in scan_text(source.text, f"review.{source.what}", context):
                scoped = dataclasses.replace(f, fingerprint=review_fingerprint(f, source))
                placed.append(PlacedFinding(scoped, place_of(source, prompts), source))
        return placed

    def section_names(
        self, entry: Entry, templates: Mapping[str, Template] | None = None
    ) -> Mapping[str, str]:
        """The entry's section keys and their prompts (translated), for saying where."""
        known = templates if templates is not None else self.app.entries.templates()
        template = known.get(entry.reflection.template_id)
        if template is None:
            return {}
        return {key: tr("cpdlog", template.prompt_for(key)) for key in template.keys}

    def described(
        self, result: EntryFindings, templates: Mapping[str, Template] | None = None
    ) -> list[tuple[str, Finding]]:
        """Every finding of ``result`` with where it is: "Title", a section's prompt,
        "Comment from Sam Educator on What I learnt"..."""
        sections = self.section_names(result.entry, templates)
        own = [(field_place(f.field, sections), f) for f in result.findings]
        return own + [(p.place, p.finding) for p in result.others]

    def described_all(self, results: Sequence[EntryFindings]) -> list[list[tuple[str, Finding]]]:
        """:meth:`described` for each of ``results`` (the templates read once)."""
        if not results:
            return []
        templates = self.app.entries.templates()
        return [self.described(r, templates) for r in results]

    # --- "not identifying" ----------------------------------------------------------------------
    @staticmethod
    def _key(entry: Entry) -> str:
        return f"{DISMISSED_KEY}{entry.uid}"

    def dismissed(self, entry: Entry | int) -> set[str]:
        target = self.app.entries.get(entry) if isinstance(entry, int) else entry
        with self.app.db.session() as session:
            value = get_setting(session, self._key(target), [])
        return {str(v) for v in value} if isinstance(value, list) else set()

    def _dismissed_map(self, entries: Sequence[Entry]) -> dict[str, set[str]]:
        keys = {entry.uid: self._key(entry) for entry in entries}
        with self.app.db.session() as session:
            values = get_settings(session, list(dict.fromkeys(keys.values())), [])
        result: dict[str, set[str]] = {}
        for uid, key in keys.items():
            value = values[key]
            result[uid] = {str(v) for v in value} if isinstance(value, list) else set()
        return result

    def dismiss(self, entry_id: int, fingerprint: str) -> None:
        """Remember that a finding in this entry is not identifying."""
        entry = self.app.entries.get(entry_id)
        known = self._known(entry)
        current = self.dismissed(entry)
        if fingerprint not in known and fingerprint not in current:
            raise NotFoundError(
                tr(
                    ERRORS,
                    "Entry {entry_id} has no finding {fingerprint}. Run `cpdlog check "
                    "{entry_id}` to see its findings.",
                ).format(entry_id=entry_id, fingerprint=fingerprint)
            )
        self._save(entry, current | {fingerprint})

    def undismiss(self, entry_id: int, fingerprint: str) -> None:
        """Forget a "not identifying" choice, so the finding is reported again."""
        entry = self.app.entries.get(entry_id)
        current = self.dismissed(entry)
        if fingerprint not in current:
            raise NotFoundError(
                tr(ERRORS, "Entry {entry_id} has no dismissed finding {fingerprint}.").format(
                    entry_id=entry_id, fingerprint=fingerprint
                )
            )
        self._save(entry, current - {fingerprint})

    def dismiss_in(self, entry: Entry, fingerprints: Iterable[str]) -> None:
        """Remember "not identifying" choices made in the editor for this saved entry.

        The editor scans its unsaved text, so the findings need not be in the stored entry
        yet; they are checked against the entry as given.
        """
        if not entry.uid:
            raise NotFoundError(
                tr(ERRORS, "Save the entry before marking findings as not identifying.")
            )
        wanted = set(fingerprints)
        if not wanted:
            return
        known = self._known(entry)
        stored = self.app.entries.get_by_uid(entry.uid)
        if stored is not None:
            known |= self._known(stored)
        unknown = wanted - known
        if unknown:
            raise NotFoundError(
                tr(ERRORS, "The entry has no finding {sorted}.").format(
                    sorted=", ".join(sorted(unknown))
                )
            )
        self._save(entry, self.dismissed(entry) | wanted)

    def _known(self, entry: Entry) -> set[str]:
        """Fingerprints of every finding in the entry, with the names model and without it.

        The editor marks text by the rules alone until the model has read it, so a choice made
        then must be accepted even if the model would have dropped that finding.
        """
        name = self.practitioner_name()
        texts = self.review_texts([entry]).get(entry.id, []) if entry.id is not None else []

        def scanned() -> set[str]:
            own = {f.fingerprint for f in scan_entry(entry, name)}
            return own | {p.finding.fingerprint for p in self.placed_findings(entry, texts)}

        with_model = scanned()
        with model.rules_only():
            return with_model | scanned()

    def model_note(self) -> str:
        """'' when the names model and the context scorer are in use, else the note(s) the CLI
        and UI show."""
        return " ".join(n for n in (model.status(), context_scorer.status()) if n)

    def model_failure(self) -> str:
        """Why the names model or the scorer's weights could not be loaded ('' if they were)."""
        return "; ".join(r for r in (model.failure(), context_scorer.failure()) if r)

    def _save(self, entry: Entry, fingerprints: set[str]) -> None:
        with self.app.db.session() as session:
            set_setting(session, self._key(entry), sorted(fingerprints))

    # --- redaction ------------------------------------------------------------------------------
    def redact_entry(self, entry_id: int, fingerprints: Iterable[str] | None = None) -> Entry:
        """Replace unreviewed findings (or only those named) with placeholders, and save."""
        entry = self.app.entries.get(entry_id)
        findings = self.findings_for(entry)
        if fingerprints is not None:
            wanted = set(fingerprints)
            unknown = wanted - {f.fingerprint for f in findings}
            if unknown:
                raise NotFoundError(
                    tr(ERRORS, "Entry {entry_id} has no unreviewed finding {sorted}.").format(
                        entry_id=entry_id, sorted=", ".join(sorted(unknown))
                    )
                )
            findings = [f for f in findings if f.fingerprint in wanted]
        if not findings:
            return entry
        return self.app.entries.update(redact(entry, findings))


def place_of(source: ReviewText, sections: Mapping[str, str]) -> str:
    """Where a reviewer's text is, for the practitioner: "Comment from Sam Educator on What
    I learnt", "Peer discussion recorded by Sam Educator", "Sign-off by Sam Educator"."""
    who = source.author or tr(PLACES, "a reviewer")
    if source.what == "peer_discussion":
        return tr(PLACES, "Peer discussion recorded by {author}").format(author=who)
    if source.what == "signoff":
        return tr(PLACES, "Sign-off statement by {author}").format(author=who)
    if source.section_key is None:
        return tr(PLACES, "Comment from {author} on the whole entry").format(author=who)
    section = sections.get(source.section_key, source.section_key)
    return tr(PLACES, "Comment from {author} on {section}").format(author=who, section=section)


def field_place(field: str, sections: Mapping[str, str]) -> str:
    """Where a finding in the entry's own text is (its ``field``), for the practitioner."""
    if field == "title":
        return tr(PLACES, "Title")
    if field.startswith("reflection."):
        key = field.removeprefix("reflection.")
        return sections.get(key, key)
    if field == "peer.text":
        return tr(PLACES, "Peer reflection")
    if field == "source.notes":
        return tr(PLACES, "Notes about the source")
    if field.startswith("tags."):
        return tr(PLACES, "Tags")
    if field.startswith("evidence."):
        return tr(PLACES, "Evidence file name")
    return field
