"""Review and sign-off on files: send entries for review, take back the response, and (for a
supervisor) open a review pack to comment and sign off.

Every file read or written and every signature made or checked runs on a worker
(:class:`~cpdlog.ui.tasks.TaskRunner`); the dialogs only show plain results.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.dates import long_date
from cpdlog.domain.entry import ActivityType, Entry
from cpdlog.domain.review import CommentKind, ReviewComment, SignoffState
from cpdlog.errors import CpdlogError
from cpdlog.services.review import (
    DEFAULT_STATEMENT,
    Comment,
    ImportResult,
    OpenedPack,
    PackWritten,
    PeerDiscussion,
    ResponseWritten,
    ReviewKeyChangedError,
    ReviewService,
)
from cpdlog.ui.a11y import describe_button, describe_close
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.text import activity_label, plural, signoff_text, tr
from cpdlog.ui.widgets.screen_fit import resize_within

if TYPE_CHECKING:
    from cpdlog.domain.confidentiality import Finding
    from cpdlog.services.confidentiality import ConfidentialityService

CONTEXT = "Review"
PACK_FILTER = "cpdlog review pack (*.cpdreview)"
RESPONSE_FILTER = "cpdlog review response (*.cpdresponse)"

ChooseFile = Callable[[QWidget, str, str], str]  # (parent, caption, filter) -> path or ""
Prompts = Callable[[str], dict[str, str]]  # a template id -> its sections' prompts (translated)


def _choose_save(parent: QWidget, caption: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, caption, "", filters)[0]


def _choose_open(parent: QWidget, caption: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, caption, "", filters)[0]


def _label(text: str, *, heading: bool = False, aside: bool = False) -> QLabel:
    """Plain text (the practitioner's or reviewer's own words), selectable; a ``heading`` is
    bold, an ``aside`` (who and when) italic — never greyed out, which is hard to read."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if heading or aside:
        font = label.font()
        font.setBold(heading)
        font.setItalic(aside)
        label.setFont(font)
    return label


@dataclass(slots=True, frozen=True)
class EntryReview:
    """What the review dialog shows for one entry (loaded on a worker)."""

    state: SignoffState | None
    comments: list[ReviewComment]


class EntryReviewDialog(QDialog):
    """Sign-off status and the reviewers' comments on one entry, grouped by section."""

    loaded = Signal()

    def __init__(
        self,
        review: ReviewService,
        tasks: TaskRunner,
        entry: Entry,
        prompts: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CONTEXT, "Review of “{title}”").format(title=entry.title))
        self.resize(560, 480)
        self._prompts = prompts
        layout = QVBoxLayout(self)
        self.status = _label(tr(CONTEXT, "Loading…"))
        layout.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # a Tab stop (to scroll with the keys) while it holds only text: named and described
        scroll.setAccessibleName(tr(CONTEXT, "Reviewers' comments"))
        scroll.setAccessibleDescription(
            tr(CONTEXT, "What your reviewers wrote about this entry, section by section")
        )
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch(1)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_close(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        def load() -> EntryReview:
            assert entry.id is not None
            return EntryReview(review.state_of(entry.id), review.comments(entry.id))

        tasks.start(load, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self.status):
            return
        self.status.setText(str(error) if isinstance(error, CpdlogError) else repr(error))
        self.loaded.emit()

    def _show(self, result: EntryReview) -> None:
        if not shiboken6.isValid(self.status):
            return  # closed before the comments arrived
        self.status.setText(
            signoff_text(result.state) or tr(CONTEXT, "This entry has not been signed off.")
        )
        groups: dict[str | None, list[ReviewComment]] = {}
        talks = [c for c in result.comments if c.kind is CommentKind.PEER_DISCUSSION]
        for c in result.comments:
            if c.kind is CommentKind.COMMENT:
                groups.setdefault(c.section_key, []).append(c)
        at = 0
        for key, comments in sorted(groups.items(), key=lambda kv: kv[0] is not None):
            title = tr(CONTEXT, "The whole entry") if key is None else self._prompts.get(key, key)
            at = self._add_group(at, title, comments)
        if talks:
            at = self._add_group(at, tr(CONTEXT, "Peer discussion"), talks)
        if not result.comments:
            self.body_layout.insertWidget(0, _label(tr(CONTEXT, "No comments yet.")))
        self.loaded.emit()

    def _add_group(self, at: int, title: str, comments: list[ReviewComment]) -> int:
        box = QGroupBox(title, self.body)
        inner = QVBoxLayout(box)
        for c in comments:
            who = c.author_name + (f" ({c.author_role})" if c.author_role else "")
            inner.addWidget(
                _label(
                    tr(CONTEXT, "{who}, {date}").format(who=who, date=long_date(c.date)),
                    aside=True,
                )
            )
            inner.addWidget(_label(c.text))
        self.body_layout.insertWidget(at, box)
        return at + 1


class RespondDialog(QDialog):
    """For a supervisor: a review pack's entries, a comment box for each section, a record
    of the peer discussion, and a tick to sign each entry off."""

    written = Signal(object)  # ResponseWritten
    failed = Signal(str)

    def __init__(
        self,
        review: ReviewService,
        tasks: TaskRunner,
        opened: OpenedPack,
        pack_path: Path,
        choose_save: ChooseFile = _choose_save,
        parent: QWidget | None = None,
        prompts: Prompts = lambda _template_id: {},
        confidentiality: ConfidentialityService | None = None,
    ) -> None:
        super().__init__(parent)
        self._review, self._tasks, self._pack_path = review, tasks, pack_path
        self._choose_save = choose_save
        # the check before the response leaves; a second Save sends what it listed
        self._confidentiality = confidentiality
        self._opened = opened
        self._confirmed: frozenset[tuple[str, str]] = frozenset()
        pack = opened.pack
        self.setWindowTitle(tr(CONTEXT, "Review pack from {name}").format(name=pack.practitioner))
        resize_within(self, 720, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                tr(
                    CONTEXT,
                    "Made on {date}. It is intact: it was signed by the key with fingerprint "
                    "{fingerprint}.",
                ).format(date=long_date(pack.created_at.date()), fingerprint=opened.fingerprint)
            )
        )
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(tr(CONTEXT, "For example: Practice educator, ASYE assessor"))
        self.name.setAccessibleDescription(
            tr(CONTEXT, "Your name, as the practitioner will see it with your comments")
        )
        self.role.setAccessibleDescription(
            tr(CONTEXT, "Your role, such as practice educator or ASYE assessor")
        )
        form.addRow(tr(CONTEXT, "Your &name:"), self.name)
        form.addRow(tr(CONTEXT, "Your &role:"), self.role)
        layout.addLayout(form)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.comment_boxes: list[dict[str | None, QPlainTextEdit]] = []
        self.peer_boxes: list[QPlainTextEdit] = []
        self.sign_boxes: list[QCheckBox] = []
        for n, item in enumerate(pack.entries, start=1):
            c = item.content
            group = QGroupBox(f"{n}. {c['title']}", body)
            inner = QVBoxLayout(group)
            hours = c["quarter_hours"] / 4
            inner.addWidget(
                _label(
                    tr(CONTEXT, "{activity}, {date}, {hours} hours").format(
                        activity=activity_label(ActivityType(c["activity_type"])),
                        date=c["start_date"],
                        hours=f"{hours:g}",
                    ),
                    aside=True,
                )
            )
            boxes: dict[str | None, QPlainTextEdit] = {}
            known = prompts(c["template_id"])
            for key, text in c["sections"]:
                inner.addWidget(_label(known.get(key, key), heading=True))
                inner.addWidget(_label(text))
                boxes[key] = self._comment_box(
                    inner, tr(CONTEXT, "Your comment on this section (optional)")
                )
                boxes[key].setAccessibleDescription(
                    tr(CONTEXT, "Entry {n}, “{title}”, the section “{section}”").format(
                        n=n, title=c["title"], section=known.get(key, key)
                    )
                )
            if c["peer"]:
                inner.addWidget(_label(tr(CONTEXT, "Peer reflection"), heading=True))
                inner.addWidget(_label(c["peer"]["text"]))
            boxes[None] = self._comment_box(
                inner, tr(CONTEXT, "Your comment on the whole entry (optional)")
            )
            boxes[None].setAccessibleDescription(
                tr(CONTEXT, "Entry {n}, “{title}”, as a whole").format(n=n, title=c["title"])
            )
            self.comment_boxes.append(boxes)
            peer_box = self._comment_box(
                inner, tr(CONTEXT, "Your record of the peer-reflection discussion (optional)")
            )
            peer_box.setAccessibleDescription(
                tr(CONTEXT, "Entry {n}, “{title}”: what you and the practitioner discussed").format(
                    n=n, title=c["title"]
                )
            )
            self.peer_boxes.append(peer_box)
            sign = QCheckBox(tr(CONTEXT, "&Sign off this entry as it is shown here"), group)
            sign.setAccessibleDescription(
                tr(
                    CONTEXT,
                    "Entry {n}, “{title}”: when ticked, the response signs it off, and the "
                    "practitioner sees if it changes later",
                ).format(n=n, title=c["title"])
            )
            inner.addWidget(sign)
            self.sign_boxes.append(sign)
            body_layout.addWidget(group)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.message = _label("")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr(CONTEXT, "Save &response…"))
        save.setAccessibleDescription(
            tr(CONTEXT, "Saves your comments and sign-offs in a file to send to the practitioner")
        )
        describe_button(
            self.buttons,
            QDialogButtonBox.StandardButton.Cancel,
            tr(CONTEXT, "Closes the review pack without saving a response"),
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @staticmethod
    def _comment_box(layout: QVBoxLayout, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        layout.addWidget(box)
        return box

    def save(self) -> None:
        comments = [
            Comment(n, key, box.toPlainText())
            for n, boxes in enumerate(self.comment_boxes, start=1)
            for key, box in boxes.items()
            if box.toPlainText().strip()
        ]
        peers = [
            PeerDiscussion(n, box.toPlainText())
            for n, box in enumerate(self.peer_boxes, start=1)
            if box.toPlainText().strip()
        ]
        sign = [n for n, box in enumerate(self.sign_boxes, start=1) if box.isChecked()]
        checker = self._confidentiality
        if checker is None:
            self._write(comments, peers, sign)
            return
        pack, name = self._opened.pack, self.name.text()
        statement = DEFAULT_STATEMENT if sign else ""
        self.buttons.setEnabled(False)
        self.message.setText(tr(CONTEXT, "Checking for details that could identify someone…"))
        self._tasks.start(
            lambda: checker.gate_response(pack, name, comments, peers, statement),
            lambda found: self._checked(found, comments, peers, sign),
            self._not_saved,
        )

    def _checked(
        self,
        found: list[tuple[str, Finding]],
        comments: list[Comment],
        peers: list[PeerDiscussion],
        sign: list[int],
    ) -> None:
        """List what could identify someone and wait for a second Save, or write at once."""
        if not shiboken6.isValid(self.buttons):
            return
        self.buttons.setEnabled(True)
        keys = frozenset((place, f.fingerprint) for place, f in found)
        if keys and not keys <= self._confirmed:
            self._confirmed = keys
            lines = [
                tr(CONTEXT, "{place}: {label} “{words}”").format(
                    place=place, label=tr("cpdlog", f.label), words=f.text
                )
                for place, f in found
            ]
            self.message.setText(
                "\n".join(
                    [
                        plural(
                            CONTEXT,
                            len(found),
                            "%n detail in your response could identify someone:",
                            "%n details in your response could identify someone:",
                        ),
                        *lines,
                        tr(CONTEXT, "Reword them, or choose Save response again to send them."),
                    ]
                )
            )
            return
        self._write(comments, peers, sign)

    def _write(self, comments: list[Comment], peers: list[PeerDiscussion], sign: list[int]) -> None:
        chosen = self._choose_save(self, tr(CONTEXT, "Save the review response"), RESPONSE_FILTER)
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(".cpdresponse")
        name, role = self.name.text(), self.role.text()
        self.buttons.setEnabled(False)
        self.message.setText(tr(CONTEXT, "Saving…"))

        def work() -> ResponseWritten:
            return self._review.respond(
                self._pack_path,
                out,
                name=name,
                role=role,
                comments=comments,
                peer_discussions=peers,
                sign=sign,
                statement=DEFAULT_STATEMENT,
            )

        self._tasks.start(work, self._saved, self._not_saved)

    def _saved(self, result: ResponseWritten) -> None:
        if not shiboken6.isValid(self.buttons):
            return
        self.buttons.setEnabled(True)
        self.written.emit(result)
        self.accept()

    def _not_saved(self, error: BaseException) -> None:
        if not shiboken6.isValid(self.buttons):
            return
        self.buttons.setEnabled(True)
        text = str(error) if isinstance(error, CpdlogError) else repr(error)
        self.message.setText(text)
        self.failed.emit(text)


class ReviewController(QObject):
    """The File menu's review commands for the main window."""

    finished = Signal(str)  # a one-line outcome, also shown in the status bar
    imported = Signal(object)  # ImportResult: the journal should reload

    def __init__(
        self,
        review: ReviewService,
        tasks: TaskRunner,
        window: QWidget,
        selected: Callable[[], list[Entry]],
        choose_save: ChooseFile = _choose_save,
        choose_open: ChooseFile = _choose_open,
        prompts: Prompts = lambda _template_id: {},
        confidentiality: ConfidentialityService | None = None,
    ) -> None:
        super().__init__(window)
        self.prompts = prompts
        # the check before a pack leaves: None only where no journal is open (a supervisor)
        self.confidentiality = confidentiality
        self.gate_box: QMessageBox | None = None
        self.review, self.tasks, self.window = review, tasks, window
        self.selected = selected
        self.choose_save, self.choose_open = choose_save, choose_open
        self.dialog: QDialog | None = None
        self.box: QMessageBox | None = None

    def _tell(self, text: str, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.box = QMessageBox(icon, tr(CONTEXT, "Review"), text, parent=self.window)
        self.box.open()
        self.finished.emit(text)

    def _error(self, error: BaseException) -> None:
        self._tell(str(error) if isinstance(error, CpdlogError) else repr(error), warning=True)

    # --- the practitioner ----------------------------------------------------------------------
    def send_for_review(self) -> None:
        entries = [e for e in self.selected() if e.id is not None]
        ids = [e.id for e in entries if e.id is not None]
        if not ids:
            self._tell(tr(CONTEXT, "Choose the entries to send for review in the journal first."))
            return
        checker = self.confidentiality
        if checker is None:
            self._write_pack(ids)
            return

        def check() -> list[tuple[str, list[tuple[str, Finding]]]]:
            # the pack carries the entries' text only (no reviewer's comments): scan that
            found = checker.gate_entries(entries)
            return [
                (r.entry.title, places)
                for r, places in zip(found, checker.described_all(found), strict=True)
            ]

        self.tasks.start(check, lambda found: self._checked(ids, found), self._error)

    def _checked(self, ids: list[int], found: list[tuple[str, list[tuple[str, Finding]]]]) -> None:
        """Ask before a pack with unreviewed identifying details goes out (default: don't)."""
        if not found:
            self._write_pack(ids)
            return
        total = sum(len(places) for _title, places in found)
        lines = [
            tr(CONTEXT, "{title}, {place}: {label} “{words}”").format(
                title=title, place=place, label=tr("cpdlog", f.label), words=f.text
            )
            for title, places in found
            for place, f in places
        ]
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr(CONTEXT, "Send for review"),
            plural(
                CONTEXT,
                total,
                "%n detail that could identify someone has not been reviewed. Review it in "
                "the entry (Redact or Not identifying) before you send the pack, or send it "
                "anyway.",
                "%n details that could identify someone have not been reviewed. Review them "
                "in the entries (Redact or Not identifying) before you send the pack, or send "
                "it anyway.",
            ),
            parent=self.window,
        )
        box.setObjectName("ReviewGate")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText("\n".join(lines[:20] + (["…"] if len(lines) > 20 else [])))
        send = box.addButton(tr(CONTEXT, "&Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button: object) -> None:
            if button is send:
                self._write_pack(ids)
            else:
                self.finished.emit(tr(CONTEXT, "Nothing was sent for review."))

        box.buttonClicked.connect(answered)
        self.gate_box = box
        box.open()

    def _write_pack(self, ids: list[int]) -> None:
        chosen = self.choose_save(
            self.window, tr(CONTEXT, "Save the review pack for your supervisor"), PACK_FILTER
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(".cpdreview")
        self.tasks.start(
            lambda: (self.review.export_pack(ids, out), self.review.identity().fingerprint),
            self._pack_written,
            self._error,
        )

    def _pack_written(self, result: tuple[PackWritten, str]) -> None:
        written, fp = result
        self._tell(
            tr(
                CONTEXT,
                "The review pack ({entries}) was saved to {path}. Send it to your "
                "supervisor. Your key's fingerprint is {fingerprint}.",
            ).format(
                entries=plural(CONTEXT, written.entries, "%n entry", "%n entries"),
                path=written.path,
                fingerprint=fp,
            )
        )

    def import_response(self, accept_new_key: bool = False, path: Path | None = None) -> None:
        if path is None:
            chosen = self.choose_open(
                self.window, tr(CONTEXT, "Import a review response"), RESPONSE_FILTER
            )
            if not chosen:
                return
            path = Path(chosen)
        source = path
        self.tasks.start(
            lambda: self.review.import_response(source, accept_new_key=accept_new_key),
            self._imported,
            lambda error: self._import_failed(error, source),
        )

    def _import_failed(self, error: BaseException, path: Path) -> None:
        if not isinstance(error, ReviewKeyChangedError):
            self._error(error)
            return
        text = tr(
            CONTEXT,
            "Warning: {name}'s signing key has changed. It was {was}; this response is signed "
            "with {now}. Someone else may have made it. Ask {name} in person or by phone "
            "whether they set up cpdlog again. Accept the new key and import the response?",
        ).format(name=error.reviewer, was=error.was, now=error.now)
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr(CONTEXT, "The reviewer's key has changed"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        self.box.setDefaultButton(QMessageBox.StandardButton.No)
        self.box.finished.connect(
            lambda button: (
                self.import_response(True, path)
                if button == QMessageBox.StandardButton.Yes
                else self.finished.emit(tr(CONTEXT, "Nothing was imported."))
            )
        )
        self.box.open()

    def _imported(self, result: ImportResult) -> None:
        who = result.reviewer + (f" ({result.role})" if result.role else "")
        lines = []
        if result.first_time:
            lines.append(
                tr(
                    CONTEXT,
                    "This is the first response from {who}. Their key's fingerprint is "
                    "{fingerprint}: check it with them. cpdlog will warn you if it changes.",
                ).format(who=who, fingerprint=result.fingerprint)
            )
        lines.append(tr(CONTEXT, "Comments imported: {count}.").format(count=result.comments))
        for title in result.signed:
            lines.append(tr(CONTEXT, "Signed off: {title}").format(title=title))
        for title in result.signed_earlier:
            lines.append(
                tr(CONTEXT, "Signed off for an earlier version (changed since): {title}").format(
                    title=title
                )
            )
        self.imported.emit(result)
        self._tell("\n".join(lines))

    # --- the supervisor ------------------------------------------------------------------------
    def open_pack(self, path: Path | None = None) -> None:
        if path is None:
            chosen = self.choose_open(self.window, tr(CONTEXT, "Open a review pack"), PACK_FILTER)
            if not chosen:
                return
            path = Path(chosen)
        source = path
        self.tasks.start(
            lambda: self.review.open_pack(source),
            lambda opened: self._show_pack(opened, source),
            self._error,
        )

    def _show_pack(self, opened: OpenedPack, path: Path) -> None:
        dialog = RespondDialog(
            self.review,
            self.tasks,
            opened,
            path,
            self.choose_save,
            parent=self.window,
            prompts=self.prompts,
            confidentiality=self.confidentiality,
        )
        dialog.written.connect(
            lambda r: self._tell(
                tr(
                    CONTEXT,
                    "Your response ({comments}, {signed}) was saved to {path}. Send it back "
                    "to the practitioner.",
                ).format(
                    comments=plural(CONTEXT, r.comments, "%n comment", "%n comments"),
                    signed=plural(CONTEXT, r.signed, "%n sign-off", "%n sign-offs"),
                    path=r.path,
                )
            )
        )
        self.dialog = dialog
        dialog.open()

    # --- one entry -----------------------------------------------------------------------------
    def show_entry_review(self, entry: Entry | None, prompts: dict[str, str]) -> None:
        if entry is None or entry.id is None:
            self._tell(tr(CONTEXT, "Choose an entry in the journal first."))
            return
        dialog = EntryReviewDialog(self.review, self.tasks, entry, prompts, self.window)
        self.dialog = dialog
        dialog.open()
