"""The confidentiality check as a use case: scan entries, remember reviews, redact, gate exports.

"Not identifying" choices are kept per entry in the settings table under
``confidentiality.dismissed.<entry uid>`` as a sorted list of finding fingerprints. A
fingerprint depends only on the kind and the normalised text of a finding, so a choice
survives unrelated edits and moves with the data in a backup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cpdlog.domain.confidentiality import (
    Finding,
    context_scorer,
    model,
    redact,
    scan_entries,
    scan_entry,
)
from cpdlog.domain.entry import Entry
from cpdlog.errors import NotFoundError
from cpdlog.i18n import tr
from cpdlog.storage.settings_repo import get_setting, get_settings, set_setting

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App

DISMISSED_KEY = "confidentiality.dismissed."


@dataclass(frozen=True, slots=True)
class EntryFindings:
    """An entry and the findings in it that the user has not yet reviewed."""

    entry: Entry
    findings: list[Finding]

    @property
    def entry_id(self) -> int:
        assert self.entry.id is not None
        return self.entry.id


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

    def check(self, entry_ids: Sequence[int] | None = None) -> list[EntryFindings]:
        """Entries (all live ones, or those named) that still hold unreviewed findings."""
        entries = (
            [self.app.entries.get(i) for i in entry_ids]
            if entry_ids
            else self.app.entries.list_entries()
        )
        return self.review(entries)

    def review(self, entries: Sequence[Entry]) -> list[EntryFindings]:
        """Those of ``entries`` that hold unreviewed findings (entries need not be live)."""
        if not entries:
            return []
        name = self.practitioner_name()
        dismissed = self._dismissed_map(entries)
        results: list[EntryFindings] = []
        for entry, found in zip(entries, scan_entries(entries, name), strict=True):
            skip = dismissed.get(entry.uid, set())
            findings = [f for f in found if f.fingerprint not in skip]
            if findings:
                results.append(EntryFindings(entry, findings))
        return results

    def gate(self, entry_ids: Sequence[int]) -> list[EntryFindings]:
        """What an export must show (and refuse on, unless confirmed) before writing."""
        if not entry_ids:
            return []
        return self.check(entry_ids)

    def gate_entries(self, entries: Sequence[Entry]) -> list[EntryFindings]:
        """The export gate for entries already loaded (a PDF's selection, a JSON's trash)."""
        return self.review(entries)

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
        with_model = {f.fingerprint for f in scan_entry(entry, name)}
        with model.rules_only():
            return with_model | {f.fingerprint for f in scan_entry(entry, name)}

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
