"""Use cases for CPD entries: add, edit, list, search, trash and restore."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog import reference_data
from cpdlog.domain.completion import describe_missing, missing_for_completion
from cpdlog.domain.entry import Entry, EntryStatus, Evidence, EvidenceKind, validate_entry
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.requirements import RequirementProfile
from cpdlog.domain.search import EntryFilter, SearchHit
from cpdlog.domain.templates import Template
from cpdlog.domain.topics import Topics
from cpdlog.errors import CpdlogError, NotFoundError, ValidationError
from cpdlog.i18n import tr
from cpdlog.services.app import VIEWING_FOLDER
from cpdlog.storage.entries_repo import EntryRepository
from cpdlog.storage.evidence import check_id
from cpdlog.storage.feeds_repo import FeedRepository

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

if TYPE_CHECKING:
    from cpdlog.services.app import App


class EntryService:
    def __init__(self, app: App) -> None:
        self.app = app

    # --- reference data ------------------------------------------------------------------------
    def templates(self) -> dict[str, Template]:
        return reference_data.templates(self.app.paths.templates)

    def default_template(self) -> str:
        """The template a new draft starts with: the regulator's own, when it exists."""
        try:
            template = self.app.profile.requirement_profile().default_template
            if template in self.templates():
                return template
        except CpdlogError:
            pass
        return "swe"

    def template(self, template_id: str) -> Template:
        found = self.templates().get(template_id)
        if found is None:
            raise ValidationError(
                tr(
                    ERRORS,
                    "Unknown reflection template '{template_id}'. Choose one of: {templates}.",
                ).format(template_id=template_id, templates=", ".join(self.templates())),
                field="template",
            )
        return found

    def catalogue(self) -> Catalogue:
        return reference_data.catalogue()

    # --- validation ----------------------------------------------------------------------------
    def validate(self, entry: Entry) -> Entry:
        """Every rule an entry must keep before it is stored; raises ValidationError."""
        validate_entry(entry)
        template = self.template(entry.reflection.template_id)
        entry.reflection.sections = template.check_sections(entry.reflection.sections)
        self.catalogue().check(entry.standards)
        reference_data.topics().check(entry.topics)
        return entry

    def requirement_profile(self) -> RequirementProfile | None:
        """The practitioner's regulator, for the completeness rule (None if unusable)."""
        try:
            return self.app.profile.requirement_profile()
        except CpdlogError:
            return None  # an unusable profile never blocks saving; hours are then not checked

    def missing(self, entry: Entry) -> list[str]:
        """What ``entry`` still needs before it is complete CPD (empty when it is complete).

        The items are plain English, e.g. "the 'What you learnt...' section", "hours above 0".
        """
        template = self.templates().get(entry.reflection.template_id)
        return missing_for_completion(entry, template, self.requirement_profile())

    def settle_status(self, entry: Entry, require_complete: bool) -> None:
        """An entry marked complete that is missing something becomes a draft (or is
        refused, when the caller insists on complete). A draft is never made complete here."""
        if entry.status is not EntryStatus.COMPLETE:
            return
        missing = self.missing(entry)
        if not missing:
            return
        if require_complete:
            raise ValidationError(
                tr(
                    ERRORS,
                    "“{title}” cannot be complete yet: it still needs {describe_missing}.",
                ).format(title=entry.title, describe_missing=describe_missing(missing)),
                field="status",
            )
        entry.status = EntryStatus.DRAFT

    # --- writing -------------------------------------------------------------------------------
    def topics(self) -> Topics:
        return reference_data.topics()

    def _attach(
        self, entry: Entry, attachments: Sequence[Path], certificates: Sequence[Path] = ()
    ) -> None:
        """Copy files into the evidence store and onto ``entry``; a file given as a
        certificate is kept as one (an already attached file becomes a certificate)."""
        now = self.app.clock()
        given = [(p, EvidenceKind.EVIDENCE) for p in attachments]
        given += [(p, EvidenceKind.CERTIFICATE) for p in certificates]
        for path, kind in given:
            stored = self.app.evidence_store.add(Path(path))
            same = [i for i, ev in enumerate(entry.evidence) if ev.sha256 == stored.sha256]
            if same:
                if kind is EvidenceKind.CERTIFICATE:
                    i = same[0]
                    entry.evidence[i] = replace(entry.evidence[i], kind=kind)
                continue
            entry.evidence.append(
                Evidence(stored.sha256, stored.filename, stored.media_type, stored.size, now, kind)
            )

    def _register_evidence(self, repo: EntryRepository, entry: Entry) -> None:
        for ev in entry.evidence:
            if not self.app.evidence_store.has(ev.sha256):
                raise ValidationError(
                    tr(
                        ERRORS, "The evidence file {filename} is missing from the data folder."
                    ).format(filename=ev.filename),
                    field="evidence",
                )
            repo.ensure_evidence_file(ev.sha256, ev.size)

    def add(
        self,
        entry: Entry,
        attachments: Sequence[Path] = (),
        require_complete: bool = False,
        certificates: Sequence[Path] = (),
    ) -> Entry:
        """Store a new entry (and copy its evidence in); returns it with its id.

        An entry marked complete that is missing something (see :meth:`missing`) is stored
        as a draft, or refused with ``require_complete``: check the returned status. An entry
        made from a feed item (``feed_item_id``) marks that item as logged, in the same
        transaction, so an item is logged exactly when its entry exists.
        """
        entry = self.validate(entry.copy())
        entry.id = None
        self.settle_status(entry, require_complete)
        self._attach(entry, attachments, certificates)
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            self._register_evidence(repo, entry)
            saved = repo.add(entry, self.app.clock())
            if saved.feed_item_id is not None and saved.id is not None:
                with contextlib.suppress(NotFoundError):  # the item may have been purged
                    FeedRepository(session, self.app.fts).set_logged(saved.feed_item_id, saved.id)
            return saved

    def update(
        self,
        entry: Entry,
        attachments: Sequence[Path] = (),
        require_complete: bool = False,
        certificates: Sequence[Path] = (),
    ) -> Entry:
        """Save changes to an existing entry. Its ``evidence`` list is what is kept.

        Completeness is settled as in :meth:`add`."""
        if entry.id is None:
            raise ValidationError(tr(ERRORS, "This entry has not been saved yet."))
        entry = self.validate(entry.copy())
        self.settle_status(entry, require_complete)
        if entry.inbox and (entry.reflection.text().strip() or not entry.is_draft):
            entry.inbox = False  # reflected on (or finished): it leaves the Inbox
        self._attach(entry, attachments, certificates)
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            self._register_evidence(repo, entry)
            return repo.update(entry, self.app.clock())

    def save(self, entry: Entry, attachments: Sequence[Path] = ()) -> Entry:
        return self.add(entry, attachments) if entry.id is None else self.update(entry, attachments)

    def delete(self, entry_id: int) -> Entry:
        """Move an entry to the trash (nothing is lost; ``restore`` brings it back)."""
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).trash(entry_id, self.app.clock())

    def restore(self, entry_id: int) -> Entry:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).restore(entry_id)

    def purge(self, entry_id: int) -> None:
        """Delete an entry in the trash for good, with evidence no other entry uses."""
        with self.app.db.session() as session:
            repo = EntryRepository(session, self.app.fts)
            repo.purge(entry_id)
            session.flush()
            orphans = repo.unreferenced_evidence()
            repo.forget_evidence(orphans)
        for sha in orphans:
            self.app.evidence_store.remove(sha)

    def discard_unsaved_evidence(self, shas: Iterable[str], keep: Iterable[str] = ()) -> list[str]:
        """Delete stored files a draft put in the store (a captured page's snapshot) that
        were never saved with an entry: the draft was cancelled, or they were taken off it.

        A file any entry keeps (in the trash too), or that is registered, or is in ``keep``
        (another unsaved draft's), is never deleted. Returns the ids of the files deleted.
        """
        wanted = sorted({check_id(s) for s in shas} - set(keep))
        if not wanted:
            return []
        with self.app.db.session() as session:
            in_use = EntryRepository(session, self.app.fts).evidence_in_use(wanted)
            store = self.app.evidence_store
            removed = [sha for sha in wanted if sha not in in_use and store.has(sha)]
            for sha in removed:
                store.remove(sha)
        return removed

    def empty_trash(self) -> int:
        trashed = self.list_entries(EntryFilter(deleted=True))
        for entry in trashed:
            assert entry.id is not None
            self.purge(entry.id)
        return len(trashed)

    # --- reading -------------------------------------------------------------------------------
    def get(self, entry_id: int, include_deleted: bool = False) -> Entry:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).get(entry_id, include_deleted)

    def get_by_uid(self, uid: str) -> Entry | None:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).get_by_uid(uid)

    def list_entries(self, entry_filter: EntryFilter | None = None) -> list[Entry]:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).list_entries(
                entry_filter or EntryFilter()
            )

    def trash(self) -> list[Entry]:
        return self.list_entries(EntryFilter(deleted=True))

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).search(query, limit)

    def tags(self) -> list[tuple[str, int]]:
        """Tags in use with their counts, most used first (for completion)."""
        with self.app.db.session() as session:
            return EntryRepository(session, self.app.fts).all_tags()

    def evidence_path(self, sha256: str, filename: str = "") -> Path | None:
        """A file to open the evidence with, or ``None`` if it is missing (or not a safe,
        ordinary file). When the journal is encrypted this is a decrypted copy in the data
        folder's ``tmp/viewing`` (named like the original so the system viewer knows its type),
        removed when the journal is closed (and at the next opening after a crash)."""
        store = self.app.evidence_store
        if store.key is None:
            return store.stored_path(sha256)
        if store.stored_path(sha256) is None:
            return None
        folder = self.app.paths.home / VIEWING_FOLDER / sha256[:16]
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        suffix = Path(filename).suffix if filename else ""
        target = folder / f"evidence{suffix if suffix.isascii() and len(suffix) <= 10 else ''}"
        if not target.exists():
            partial = target.with_name(target.name + ".part")
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(store.read_bytes(sha256))
            partial.replace(target)
        return target
