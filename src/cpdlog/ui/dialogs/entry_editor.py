"""The entry editor: every field of a CPD entry, with autosave and inline validation.

The editor never stores anything itself except its autosave draft: ``Save`` hands the entry
to ``EntryService.save`` and shows any :class:`ValidationError` beside the field it names.
Each tab is its own widget (``cpdlog.ui.dialogs.editor``); the confidentiality underlines
are ``cpdlog.ui.widgets.findings``. The editor is given the services it uses
(:class:`EditorServices`), not the whole ``App``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.completion import MissingKind, missing_items
from cpdlog.domain.confidentiality import Finding, ScanContext, model, scan_entry
from cpdlog.domain.entry import ActivityType, Entry, EntryStatus, Reflection, validate_entry
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.requirements import RequirementProfile
from cpdlog.domain.templates import Template
from cpdlog.errors import CpdlogError, ServerUnreachableError, ValidationError
from cpdlog.ui.dialogs.editor.details import DetailsTab, TopicRole
from cpdlog.ui.dialogs.editor.evidence import EvidenceTab
from cpdlog.ui.dialogs.editor.form import EntryTab
from cpdlog.ui.dialogs.editor.lookups import EditorLookups, load_lookups
from cpdlog.ui.dialogs.editor.peer import PeerTab
from cpdlog.ui.dialogs.editor.reflection import ReflectionTab, _SectionEditor
from cpdlog.ui.dialogs.editor.services import EditorServices
from cpdlog.ui.dialogs.editor.standards import StandardsTab
from cpdlog.ui.drafts import Draft, key_for
from cpdlog.ui.text import format_date, signoff_text, tr_domain
from cpdlog.ui.widgets.fields import CountedTextEdit, FieldError
from cpdlog.ui.widgets.findings import FindingsMarker, TitleFindingsMarker
from cpdlog.ui.widgets.screen_fit import resize_within

if TYPE_CHECKING:
    from cpdlog.domain.review import SignoffState
    from cpdlog.services.entries import EntryService
    from cpdlog.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 3000
UrlCapture = Callable[[str], Entry]


class EntryEditorDialog(QDialog):
    """Add or edit one entry. Emits ``entry_saved`` with the stored entry.

    ``autosave_interval_ms``: how often unsaved changes are kept as a draft (3 s by default).
    """

    entry_saved = Signal(object)
    signoff_checked = Signal()
    draft_written = Signal(str)
    entry_dismissed = Signal(str)  # a finding's fingerprint, marked "not identifying"
    # the server could not be reached: the entry is kept here, waiting to be saved there
    kept_waiting = Signal(object)
    # the profile, tags... read on a worker have been filled in (``lookups``)
    lookups_loaded = Signal()

    def __init__(
        self,
        services: EditorServices,
        entry: Entry | None = None,
        *,
        tasks: TaskRunner | None = None,
        draft: Draft | None = None,
        capture_url: UrlCapture | None = None,
        autosave_interval_ms: int = AUTOSAVE_INTERVAL_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.drafts = services.drafts
        self.capture_url = capture_url
        self._templates: dict[str, Template] = services.entries.templates()
        self._dirty = False
        self._loading = False
        self._fetching = False
        self._saving = False
        self._revision = 0  # counts edits, so a save knows whether more came in meanwhile
        self._save_revision = 0
        # Read from the journal: on a worker when there is one (on a server a read may wait
        # seconds for it), filled in by _looked_up; without one (tests), here and now.
        known = draft.entry if draft is not None else entry
        now = load_lookups(services, known) if tasks is None else None
        self.lookups: EditorLookups | None = now
        self._completion_profile = now.profile if now is not None else None
        self._blank = draft is None and entry is None  # its template follows the regulator's

        if draft is not None:
            base = draft.entry
            self._draft_key = draft.key
        else:
            base = entry.copy() if entry is not None else self._blank_entry()
            self._draft_key = key_for(base.id)
        self._original = base.copy()
        self._entry_id = base.id
        self._meta = base  # uid, timestamps, feed item link: carried through unchanged
        # Stored files this editor has shown (a fetched page's snapshot is stored before the
        # entry is saved): those no entry keeps are deleted when it is cancelled or saved.
        self._unsaved_evidence: set[str] = {ev.sha256 for ev in base.evidence}
        # Confidentiality: markers per text area, and the "not identifying" choices (kept by
        # the service for a saved entry; for a new one, remembered here until it is saved).
        self._markers: dict[str, FindingsMarker] = {}
        self._practitioner = now.practitioner if now is not None else ""
        self.dismissed_fingerprints: set[str] = set(now.dismissed) if now is not None else set()
        self._unsaved_dismissals: set[str] = set()

        self.setWindowTitle(
            self.tr("New CPD entry") if base.id is None else self.tr("Edit CPD entry")
        )
        self.setObjectName("EntryEditorDialog")
        self.setSizeGripEnabled(True)
        self._build()
        self._load(base)
        resize_within(self, 860, 720)
        if draft is not None:
            # A recovered draft's waiting files, with their certificate marks.
            self.evidence.set_pending(draft.attachments, draft.certificates)
        self.show_missing()
        self._watch(self.notes_edit.edit, "source.notes")
        self._watch(self.peer_text.edit, "peer.text")
        self.title_findings = TitleFindingsMarker(self.title_edit, self)
        self.title_findings.timer.start()
        if draft is not None:
            self._set_dirty()  # recovered text is not saved yet
        self.title_edit.setFocus()  # typing starts in the title, not on the tab bar
        self.refresh_signoff()

        self._autosave = QTimer(self)
        self._autosave.setInterval(autosave_interval_ms)
        self._autosave.timeout.connect(self.save_draft_if_dirty)
        self._autosave.start()
        self._focus_connected = False
        app_instance = QApplication.instance()
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.connect(self._focus_changed)
            self._focus_connected = True
        if tasks is not None:
            tasks.start(lambda: load_lookups(services, base), self._looked_up, self._not_looked_up)

    # --- construction ----------------------------------------------------------------------
    def _looked_up(self, found: EditorLookups) -> None:
        """The profile, name, tags and "not identifying" choices have arrived (GUI thread):
        fill them in without touching anything typed meanwhile."""
        if not shiboken6.isValid(self.lookup_notice):
            return  # the editor was closed meanwhile
        self.lookups = found
        self._completion_profile = found.profile
        self._practitioner = found.practitioner
        self.dismissed_fingerprints |= found.dismissed
        self.tags_edit.set_known_tags(found.tags)
        if found.profile is not None:
            self.standards.put_first(found.profile.frameworks)
            self._follow_default_template(found.profile)
        self.show_missing()
        for marker in self._markers.values():
            marker.rescan()
        self.title_findings.rescan()
        self.lookup_notice.setVisible(found.unreachable)
        self.lookups_loaded.emit()

    def _not_looked_up(self, error: BaseException) -> None:
        """A fault while reading them (logged by the worker): the editor works without."""
        if shiboken6.isValid(self.lookup_notice):
            self.lookups = EditorLookups()
            self.lookups_loaded.emit()

    def _follow_default_template(self, profile: RequirementProfile) -> None:
        """A new entry nothing has been typed in yet starts with the regulator's template."""
        wanted = profile.default_template
        if not self._blank or self._dirty or wanted not in self._templates:
            return
        if self.template_combo.currentData() == wanted:
            return
        blank = self.collect()
        blank.reflection = Reflection(wanted)
        self._loading = True
        try:
            self.reflection.load(blank)
        finally:
            self._loading = False

    def _blank_entry(self) -> Entry:
        entry = Entry(
            title="",
            activity_type=ActivityType.READING,
            start_date=self.services.clock().astimezone().date(),
        )
        profile = self._completion_profile
        template_id = profile.default_template if profile is not None else "swe"
        entry.reflection = Reflection(template_id if template_id in self._templates else "swe")
        return entry

    def _standards_catalogue(self) -> Catalogue:
        """All frameworks, the practitioner's regulator's first (e.g. NISCC for niscc) once
        the profile is known (the tab puts them first when it arrives)."""
        catalogue = self.services.entries.catalogue()
        profile = self._completion_profile
        return catalogue if profile is None else catalogue.prioritised(profile.frameworks)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = FieldError(self)
        outer.addWidget(self.banner)
        self.signoff_banner = QLabel(self)  # "Changed since it was signed off on ..."
        self.signoff_banner.setWordWrap(True)
        self.signoff_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.signoff_banner.hide()
        outer.addWidget(self.signoff_banner)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Entry sections"))
        self.tabs.setAccessibleDescription(
            self.tr("The entry's details, reflection, standards, peer reflection and evidence")
        )
        outer.addWidget(self.tabs, 1)
        # what could not be read from the server when the editor opened (typing still works)
        self.lookup_notice = QLabel(
            self.tr(
                "cpdlog cannot reach your organisation's server just now, so your profile "
                "and your tags are not loaded here. You can still write: your words are kept "
                "on this computer until they can be saved."
            ),
            self,
        )
        self.lookup_notice.setObjectName("editor_lookup_notice")
        self.lookup_notice.setWordWrap(True)
        self.lookup_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.lookup_notice.setVisible(self.lookups is not None and self.lookups.unreachable)
        outer.addWidget(self.lookup_notice)
        entries = self.services.entries
        try:
            known_topics = list(entries.topics().topics)  # reference data, read at start-up
        except CpdlogError:
            known_topics = []
        known_tags = self.lookups.tags if self.lookups is not None else []
        self.details = DetailsTab(known_tags, known_topics, self.capture_url is not None, self)
        self.details.fetch_requested.connect(self.fetch_details)
        self.reflection = ReflectionTab(self._templates, self._watch, self._unwatch, self)
        self.reflection.template_switched.connect(self.save_draft_if_dirty)
        self.standards = StandardsTab(self._standards_catalogue(), self)
        self.peer = PeerTab(self)
        self.evidence = EvidenceTab(entries.evidence_path, self)
        self.tabs.addTab(self.details, self.tr("&Details"))
        self.tabs.addTab(self.reflection, self.tr("&Reflection"))
        self.tabs.addTab(self.standards, self.tr("S&tandards"))
        self.tabs.addTab(self.peer, self.tr("&Peer reflection"))
        self.tabs.addTab(self.evidence, self.tr("E&vidence"))
        self._tabs: tuple[EntryTab, ...] = (
            self.details,
            self.reflection,
            self.standards,
            self.peer,
            self.evidence,
        )
        # Where each field's error is shown, which tab holds it, and what takes the focus.
        self._errors: dict[str, FieldError] = {}
        self._error_tabs: dict[str, int] = {}
        self._error_focus: dict[str, QWidget] = {}
        for index, tab in enumerate(self._tabs):
            self._errors.update(tab.errors)
            self._error_tabs.update(dict.fromkeys(tab.errors, index))
            self._error_focus.update(tab.focus)
            tab.changed.connect(self._set_dirty)
        self._expose_fields()

        # Completeness (trust-core): what is still missing, kept up to date as the user types.
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setAccessibleName(self.tr("What is missing"))
        outer.addWidget(self.missing_label)
        bottom = QHBoxLayout()
        self.autosave_label = QLabel(self)
        self.autosave_label.setAccessibleName(self.tr("Autosave status"))
        bottom.addWidget(self.autosave_label, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Alt+S is the button's own mnemonic; Ctrl+S is a separate shortcut (a button's
        # setShortcut would replace the mnemonic, and Alt+S would type an "s").
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(lambda: self.save())
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setAccessibleDescription(self.tr("Saves this entry to your journal"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None  # a standard button is always made
        self.cancel_button = cancel
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes the entry; if you changed anything, cpdlog asks what to do with it")
        )
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

    def _expose_fields(self) -> None:
        """The tabs' fields, reachable on the editor as before the split (the window, the
        accessibility checks and the tests use them)."""
        details, reflection, standards = self.details, self.reflection, self.standards
        self.title_edit = details.title_edit
        self.type_combo = details.type_combo
        self.date_edit = details.date_edit
        self.end_check = details.end_check
        self.end_edit = details.end_edit
        self.hours_spin = details.hours_spin
        self.draft_check = details.draft_check
        self.url_edit = details.url_edit
        self.fetch_button = details.fetch_button
        self.provider_edit = details.provider_edit
        self.author_edit = details.author_edit
        self.publication_edit = details.publication_edit
        self.tags_edit = details.tags_edit
        self.delivery_combo = details.delivery_combo
        self.approval_edit = details.approval_edit
        self.topics_list = details.topics_list
        self.notes_edit = details.notes_edit
        self.template_combo = reflection.template_combo
        self.template_notice = reflection.template_notice
        self.model_note = reflection.model_note
        self.standards_model = standards.standards_model
        self.standards_tree = standards.standards_tree
        self.peer_group = self.peer.peer_group
        self.peer_name_edit = self.peer.peer_name_edit
        self.peer_role_edit = self.peer.peer_role_edit
        self.peer_date_check = self.peer.peer_date_check
        self.peer_date_edit = self.peer.peer_date_edit
        self.peer_text = self.peer.peer_text
        self.evidence_list = self.evidence.evidence_list
        self.certificate_check = self.evidence.certificate_check

    # --- loading and collecting ------------------------------------------------------------
    def _load(self, entry: Entry) -> None:
        self._loading = True
        try:
            for tab in self._tabs:
                tab.load(entry)
        finally:
            self._loading = False

    def _set_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        self._revision += 1
        self.show_missing()
        if not self._dirty:
            self._dirty = True
            self.autosave_label.setText(self.tr("Unsaved changes"))

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def entry_id(self) -> int | None:
        return self._entry_id

    def mark_unsaved(self) -> None:
        """Treat the loaded text as unsaved (a prefilled draft) so it is autosaved."""
        self._set_dirty()

    def show_missing(self) -> list[str]:
        """Say under the form what the entry still needs to be complete; returns the items.

        Saving an entry that misses something stores it as a draft (the service decides; this
        only tells the user beforehand, in the words the domain rule uses)."""
        entry = self.collect()
        found = missing_items(
            entry, self._templates.get(entry.reflection.template_id), self._completion_profile
        )
        items = [
            self.tr("the “{section}” section").format(section=tr_domain(m.prompt))
            if m.kind is MissingKind.SECTION
            else self.tr("hours above 0")
            if m.kind is MissingKind.HOURS
            else self.tr("a written reflection")
            for m in found
        ]
        if not items:
            self.missing_label.clear()
            self.missing_label.hide()
            return items
        listed = (
            items[0]
            if len(items) == 1
            else self.tr("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])
        )
        self.missing_label.setText(
            self.tr(
                "Not finished yet: it still needs {missing}. Saving keeps it as a draft, "
                "which does not count towards your CPD."
            ).format(missing=listed)
        )
        self.missing_label.show()
        return items

    def collect(self) -> Entry:
        """The entry as the form shows it (not yet validated)."""
        entry = self._meta.copy()
        entry.id = self._entry_id
        for tab in self._tabs:
            tab.write_into(entry)
        return entry

    def checked_topics(self) -> list[str]:
        """The ids of the ticked topics, in the list's order."""
        return self.details.checked_topics()

    # --- reflection sections ---------------------------------------------------------------
    def section_edit(self, key: str) -> CountedTextEdit:
        return self.reflection.section_edit(key)

    @property
    def _section_editors(self) -> dict[str, _SectionEditor]:
        return self.reflection.section_editors

    # --- confidentiality -------------------------------------------------------------------
    def _watch(self, edit: QPlainTextEdit, field: str) -> None:
        marker = FindingsMarker(edit, field, self)
        self._markers[field] = marker
        marker.timer.start()  # the loaded text is checked once the dialog is up

    def _unwatch(self, prefix: str) -> None:
        """Forget the markers of text areas that are going (no late rescan)."""
        for field in [f for f in self._markers if f.startswith(prefix)]:
            self._markers.pop(field).timer.stop()

    def findings_marker(self, field: str) -> FindingsMarker:
        """The marker of a text area: ``source.notes``, ``peer.text``, ``reflection.<key>``."""
        return self._markers[field]

    def read_with_model(
        self, text: str, current: Callable[[], str], done: Callable[[], None]
    ) -> None:
        """Have the names model read ``text`` on a worker, then call ``done`` if it is unchanged.

        The model loads on the first call (a second or two), never on the GUI thread; until
        it has read a text the rules alone mark it.
        """
        if self.tasks is None or model.limited() or not text.strip():
            self.reflection.show_model_note()
            return
        if model.entities([text], load=False) is not None:
            return
        note = self.reflection.model_note

        def finished(_: object) -> None:
            if not shiboken6.isValid(note):
                return  # the editor was closed while the model read: nothing left to mark
            self.reflection.show_model_note()
            if current() == text:
                done()

        self.tasks.start(lambda: model.entities([text]), finished, lambda _: None)

    def scan_context(self) -> ScanContext:
        return ScanContext.build(self._practitioner, self.peer.peer_name())

    def suggestion_for(self, finding: Finding) -> str:
        """The placeholder for a finding, the same for a person across the whole entry."""
        for other in scan_entry(self.collect(), self._practitioner, wait_for_model=False):
            if other.field == finding.field and other.fingerprint == finding.fingerprint:
                return other.suggestion
        return finding.suggestion

    def mark_not_identifying(self, finding: Finding) -> None:
        """Stop flagging this detail in this entry (for a saved entry, stored at once)."""
        self.dismissed_fingerprints.add(finding.fingerprint)
        if self._entry_id is not None and self._meta.uid:
            try:
                self.services.confidentiality.dismiss_in(self.collect(), [finding.fingerprint])
            except CpdlogError as exc:
                self.banner.show_message(str(exc))
        else:
            self._unsaved_dismissals.add(finding.fingerprint)
        for marker in self._markers.values():
            marker.rescan()
        self.title_findings.rescan()
        self.entry_dismissed.emit(finding.fingerprint)

    def _keep_dismissals(self, saved: Entry) -> None:
        """After the first save, store the choices made while the entry was a draft."""
        if not self._unsaved_dismissals:
            return
        present = {
            f.fingerprint for f in scan_entry(saved, self._practitioner, wait_for_model=False)
        }
        wanted = self._unsaved_dismissals & present
        if wanted:
            with contextlib.suppress(CpdlogError):
                self.services.confidentiality.dismiss_in(saved, wanted)
        self._unsaved_dismissals.clear()

    # --- evidence --------------------------------------------------------------------------
    def set_certificate(self, row: int, certificate: bool) -> None:
        """Mark the file in ``row`` of the evidence list as a certificate, or as evidence."""
        self.evidence.set_certificate(row, certificate)

    def add_attachments(self, paths: list[Path]) -> None:
        self.evidence.add_attachments(paths)

    def pending_attachments(self) -> list[Path]:
        return self.evidence.pending_attachments()

    # --- fetch details ---------------------------------------------------------------------
    def fetch_details(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            self._errors["url"].show_message(self.tr("Type or paste a link first."))
            self.url_edit.setFocus()
            return
        if self.capture_url is None or self._fetching:
            return
        self._errors["url"].clear()
        self._fetching = True
        self.details.set_fetching(True)
        capture = self.capture_url
        if self.tasks is None:
            try:
                self._apply_capture(capture(url))
            except CpdlogError as exc:
                self._capture_failed(exc)
            return
        self.tasks.start(lambda: capture(url), self._apply_capture, self._capture_failed)

    def _end_fetch(self) -> None:
        self._fetching = False
        self.details.set_fetching(False)

    def _capture_failed(self, error: BaseException) -> None:
        self._end_fetch()
        message = (
            str(error) if isinstance(error, CpdlogError) else self.tr("The page could not be read.")
        )
        self._errors["url"].show_message(message)

    def _apply_capture(self, captured: object) -> None:
        self._end_fetch()
        if not isinstance(captured, Entry):
            return
        self.details.fill_from(captured)
        # The page's readable snapshot (already in the evidence store) joins the evidence.
        self.evidence.add_stored(captured.evidence)
        self._unsaved_evidence.update(ev.sha256 for ev in captured.evidence)
        self._set_dirty()
        self.autosave_label.setText(self.tr("Details fetched: check them before saving"))

    # --- autosave --------------------------------------------------------------------------
    @property
    def autosave_timer(self) -> QTimer:
        """The timer that keeps unsaved changes as a draft (its interval is the constructor's
        ``autosave_interval_ms``)."""
        return self._autosave

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old):
            self.save_draft_if_dirty()

    def save_draft_if_dirty(self) -> bool:
        if not self._dirty or self._loading:
            return False
        draft = Draft(
            self._draft_key,
            self.collect(),
            self.evidence.pending_attachments(),
            certificates=self.evidence.pending_certificates(),
        )
        try:
            path = self.drafts.save(draft, self.services.clock())
        except (OSError, ValueError) as exc:
            self.autosave_label.setText(self.tr("Autosave failed: {error}").format(error=exc))
            return False
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.autosave_label.setText(self.tr("Draft kept safe at {time}").format(time=now))
        self.draft_written.emit(str(path))
        return True

    @property
    def draft_key(self) -> str:
        return self._draft_key

    def _stop_autosave(self) -> None:
        """Stop the timer and the focus hook (once: a second disconnect makes Qt warn)."""
        self._autosave.stop()
        if not self._focus_connected:
            return
        self._focus_connected = False
        app_instance = QApplication.instance()
        if isinstance(app_instance, QApplication):
            app_instance.focusChanged.disconnect(self._focus_changed)

    # --- saving ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for error in self._errors.values():
            error.clear()

    def show_error(self, error: ValidationError) -> None:
        """Put the message beside the field it is about, and take the user there."""
        name = error.field or ""
        aliases = {"start_date": "date", "type": "activity_type", "peer": "peer_text"}
        name = aliases.get(name, name)
        target = self._errors.get(name)
        if target is None:
            self.banner.show_message(str(error))
            return
        target.show_message(str(error))
        self.tabs.setCurrentIndex(self._error_tabs.get(name, 0))
        focus = self._error_focus.get(name)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def saving(self) -> bool:
        """A save is running on a worker (the editor cannot be closed meanwhile)."""
        return self._saving

    def _precheck(self, entry: Entry) -> None:
        """The entry's own rules, checked at once (no files, no database) so problems
        show beside their field before anything is copied; the service checks again."""
        probe = validate_entry(entry.copy())
        template = self._templates.get(probe.reflection.template_id)
        if template is not None:
            template.check_sections(probe.reflection.sections)

    def save(self, *, as_draft: bool = False) -> None:
        """Store the entry; attachments are copied and hashed on a worker, never here.

        The dialog closes once the entry is stored, unless the user changed something
        while it was saving (then it stays open with those changes unsaved)."""
        if self._saving:
            return
        self.clear_errors()
        # Ctrl+S or Alt+S may come before a date field's editing ends: take what is typed,
        # and if it is not a date, say so there rather than save the date it still holds.
        for field, name in (*self.details.date_fields(), *self.peer.date_fields()):
            if not field.commit():
                self.tabs.setCurrentIndex(self._error_tabs.get(name, 0))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        entry = self.collect()
        if as_draft:
            entry.status = EntryStatus.DRAFT
            if not entry.title.strip():
                entry.title = self.tr("Untitled draft started {date}").format(
                    date=format_date(self.services.clock().astimezone().date())
                )
        if not entry.title.strip():
            self.show_error(ValidationError(self.tr("Every entry needs a title."), field="title"))
            return
        try:
            self._precheck(entry)
        except ValidationError as exc:
            self.show_error(exc)
            return
        pending = self.evidence.pending_attachments()
        certificates = self.evidence.pending_certificates()
        plain = [p for p in pending if p not in certificates]
        self._set_saving(True)
        self._save_revision = self._revision
        self._saving_entry = entry
        store = self.services.entries
        if self.tasks is None:
            try:
                saved = _store(store, entry, plain, certificates)
            except Exception as exc:  # reported to the user, as from a worker
                if not isinstance(exc, CpdlogError):
                    log.exception("Saving an entry failed unexpectedly")
                self._save_failed(exc)
            else:
                self._saved(saved, pending)
            return
        self.tasks.start(
            lambda: _store(store, entry, plain, certificates),
            lambda result: self._saved(result, pending),
            self._save_failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.cancel_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("&Save"))
        if saving:
            self.autosave_label.setText(self.tr("Saving the entry…"))

    def _keep_waiting(self) -> bool:
        """The server could not be reached: keep the entry as typed in the local draft store,
        marked waiting to be saved (the main window saves it when the server is back)."""
        entry = getattr(self, "_saving_entry", None)
        if not isinstance(entry, Entry):
            return False
        draft = Draft(
            self._draft_key,
            entry,
            self.evidence.pending_attachments(),
            certificates=self.evidence.pending_certificates(),
            waiting=True,
        )
        try:
            self.drafts.save(draft, self.services.clock())
        except (OSError, ValueError):
            log.warning("A waiting entry could not be kept on this computer", exc_info=True)
            return False
        if self._revision != self._save_revision:
            return False  # typed while it was trying: the editor stays open with those words
        self.kept_waiting.emit(entry)
        self._stop_autosave()
        self._dirty = False
        self.accept()
        return True

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ServerUnreachableError) and self._keep_waiting():
            return
        if isinstance(error, ValidationError):
            self.show_error(error)
        elif isinstance(error, CpdlogError):
            self.banner.show_message(str(error))
        else:
            self.banner.show_message(
                self.tr("The entry could not be saved: {error}").format(error=error)
            )
        self.autosave_label.setText(self.tr("Not saved: your text is still here"))

    def refresh_signoff(self) -> None:
        """Show whether the stored entry is signed off, and whether it changed since (worked
        out on a worker: it hashes the entry). ``signoff_checked`` follows."""
        review, entry_id = self.services.review, self._entry_id
        if review is None or entry_id is None or self.tasks is None:
            return

        def shown(state: SignoffState | None) -> None:
            if not shiboken6.isValid(self.signoff_banner):
                return  # the editor was closed meanwhile
            text = signoff_text(state)
            self.signoff_banner.setText(text)
            self.signoff_banner.setVisible(bool(text))
            self.signoff_checked.emit()

        self.tasks.start(lambda: review.state_of(entry_id), shown, lambda _error: None)

    def _saved(self, saved: object, attached: list[Path]) -> None:
        self._set_saving(False)
        if not isinstance(saved, Entry):
            return
        self._keep_dismissals(saved)
        self.drafts.remove(self._draft_key)
        self._entry_id = saved.id
        self._meta = saved.copy()
        self.evidence.stored(saved, attached)
        self._draft_key = key_for(saved.id)
        self._forget_unsaved_evidence()  # a snapshot taken off before saving
        self.setWindowTitle(self.tr("Edit CPD entry"))
        self.entry_saved.emit(saved)
        if self._revision != self._save_revision:
            self.refresh_signoff()  # the editor stays open: is it still as signed off?
            # Typed while it was saving: keep the dialog and those words.
            self.evidence.refresh()
            self.autosave_label.setText(
                self.tr("Saved, but you have changed it since: save again to keep the changes")
            )
            self.save_draft_if_dirty()
            return
        self._stop_autosave()
        self._dirty = False
        self.accept()

    def reject(self) -> None:
        if self._saving:
            self.autosave_label.setText(self.tr("Still saving: the editor closes when it is done"))
            return
        if self._dirty:
            choice = ask_unsaved_changes(self)
            if choice is CloseChoice.SAVE_DRAFT:
                self.save(as_draft=True)
                return
            if choice is not CloseChoice.DISCARD:
                return
        self.discard()

    def discard(self) -> None:
        """Close without saving and forget the autosaved draft (and the stored files only
        it had, such as a fetched page's snapshot)."""
        self._stop_autosave()
        self.drafts.remove(self._draft_key)
        self._forget_unsaved_evidence()
        self._dirty = False
        super().reject()

    def close_keeping_draft(self) -> bool:
        """Close for the auto-lock: unsaved text is autosaved first (sealed in an encrypted
        journal) and offered back after unlocking. False (the editor stays open, its text
        untouched) while it is saving or if the draft could not be written."""
        if self._saving or (self._dirty and not self.save_draft_if_dirty()):
            return False
        self._stop_autosave()
        self._dirty = False
        QDialog.reject(self)
        return True

    def _forget_unsaved_evidence(self) -> None:
        """Delete, on a worker, the stored files this editor brought in that no entry keeps
        and no other autosaved draft lists; a file an entry keeps is never deleted."""
        shas = set(self._unsaved_evidence)
        self._unsaved_evidence.clear()
        if not shas:
            return
        entries = self.services.entries
        drafts = self.drafts

        def forget() -> list[str]:
            keep = {ev.sha256 for d in drafts.pending() for ev in d.entry.evidence}
            return entries.discard_unsaved_evidence(shas, keep)

        if self.tasks is None:
            try:
                forget()
            except CpdlogError as exc:
                log.warning("Unsaved evidence was not deleted: %s", type(exc).__name__)
            return
        self.tasks.start(
            forget,
            None,
            lambda exc: log.warning("Unsaved evidence was not deleted: %s", type(exc).__name__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty or self._saving:
            event.ignore()
            self.reject()
            return
        self._stop_autosave()
        super().closeEvent(event)

    def select_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def evidence_items(self) -> list[str]:
        return self.evidence.items()

    def standards_index(self, standard_id: str) -> QModelIndex:
        return self.standards.standards_index(standard_id)


def _store(
    store: EntryService, entry: Entry, attachments: list[Path], certificates: list[Path]
) -> Entry:
    """Add or update ``entry``, copying in its new files (``certificates`` kept as such)."""
    if entry.id is None:
        return store.add(entry, attachments, certificates=certificates)
    return store.update(entry, attachments, certificates=certificates)


class CloseChoice(Enum):
    SAVE_DRAFT = "draft"
    DISCARD = "discard"
    CANCEL = "cancel"


def unsaved_changes_box(parent: QWidget) -> QMessageBox:
    """The question asked when an editor with unsaved changes is closed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EntryEditorDialog", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "EntryEditorDialog", "This entry has changes that are not saved."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EntryEditorDialog",
            "Save it as a draft to finish later (a draft is kept but not counted yet), "
            "or discard the changes.",
        )
    )
    draft = box.addButton(
        QCoreApplication.translate("EntryEditorDialog", "&Save as draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    draft.setObjectName("save-as-draft")
    discard = box.addButton(
        QCoreApplication.translate("EntryEditorDialog", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("discard")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    draft.setAccessibleDescription(
        QCoreApplication.translate(
            "EntryEditorDialog", "Keeps the entry as a draft with your changes, and closes it"
        )
    )
    discard.setAccessibleDescription(
        QCoreApplication.translate(
            "EntryEditorDialog", "Closes the entry and throws your changes away"
        )
    )
    cancel.setAccessibleDescription(
        QCoreApplication.translate("EntryEditorDialog", "Goes back to the entry, to carry on")
    )
    box.setDefaultButton(draft)
    box.setEscapeButton(cancel)
    return box


def ask_unsaved_changes(parent: QWidget) -> CloseChoice:
    box = unsaved_changes_box(parent)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else "cancel"
    box.deleteLater()
    return {"save-as-draft": CloseChoice.SAVE_DRAFT, "discard": CloseChoice.DISCARD}.get(
        name, CloseChoice.CANCEL
    )


__all__ = [
    "AUTOSAVE_INTERVAL_MS",
    "CloseChoice",
    "EditorServices",
    "EntryEditorDialog",
    "FindingsMarker",
    "TopicRole",
    "ask_unsaved_changes",
    "unsaved_changes_box",
]
