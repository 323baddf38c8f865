"""The trash: entries moved out of the journal, with Restore, Delete for good and Empty trash.

Nothing is deleted for good without a question that says what will go. Reading the trash and
deleting for good (which also removes evidence files no other entry uses) run on a worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.entry import Entry
from cpdlog.errors import CpdlogError
from cpdlog.ui.icons import icon
from cpdlog.ui.text import activity_label, format_date, format_hours, plural
from cpdlog.ui.views.entry_detail import EntryDetailView

if TYPE_CHECKING:
    from cpdlog.domain.frameworks import Catalogue
    from cpdlog.domain.templates import Template
    from cpdlog.services.entries import EntryService
    from cpdlog.ui.tasks import TaskRunner

EntryIdRole = Qt.ItemDataRole.UserRole + 1


class TrashColumn:
    TITLE = 0
    DATE = 1
    TYPE = 2
    HOURS = 3
    DELETED = 4


def format_deleted(when: dt.datetime | None) -> str:
    """When an entry went to the trash, in the computer's time: 28 Nov 2026, 10:00."""
    if when is None:
        return ""
    local = (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).astimezone()
    return f"{format_date(local.date())}, {local:%H:%M}"


class TrashView(QWidget):
    """Lists deleted entries, newest deletion first.

    Emits ``restored(ids)`` after entries came back to the journal and ``purged(count)``
    after entries were deleted for good. ``loaded`` follows every reading of the trash.
    """

    restored = Signal(list)
    purged = Signal(int)
    loaded = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        entries: EntryService,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TrashView")
        self.entries_service = entries
        self.tasks = tasks
        self._generation = 0
        self._entries: list[Entry] = []
        self.confirm_box: QMessageBox | None = None
        self._reference: tuple[dict[str, Template], Catalogue] | None = None
        self._build()
        self.reload()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        intro = QLabel(
            self.tr(
                "Entries you move to the trash stay here until you delete them for good. "
                "Restore puts an entry back in your journal exactly as it was."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("trashList")
        self.tree.setAccessibleName(self.tr("Entries in the trash"))
        self.tree.setAccessibleDescription(
            self.tr("Choose entries here to restore them or to delete them for good")
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Date of activity"),
                self.tr("Type"),
                self.tr("Hours"),
                self.tr("Moved to the trash"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TrashColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TrashColumn.DATE, TrashColumn.TYPE, TrashColumn.HOURS, TrashColumn.DELETED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemSelectionChanged.connect(self._show_current)
        self.detail = EntryDetailView(self)
        self.detail.setObjectName("trashDetail")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("trashSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.empty_label = QLabel(self.tr("The trash is empty."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("trashEmpty")
        layout.addWidget(self.empty_label, 1)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(icon("undo"), self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected entries back in the journal"))
        self.purge_button = QPushButton(icon("delete"), self.tr("&Delete for good…"), self)
        self.purge_button.setToolTip(
            self.tr("Delete the selected entries and their evidence files; this cannot be undone")
        )
        self.empty_button = QPushButton(self.tr("E&mpty trash…"), self)
        self.empty_button.setToolTip(self.tr("Delete everything in the trash for good"))
        self.count_label = QLabel(self)
        # "2 cofnod yn y sbwriel" beside the buttons would widen the window (large text)
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.empty_button)
        layout.addLayout(buttons)
        self._show([])

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the trash again (on a worker when there is one)."""
        self._generation += 1
        generation = self._generation
        entries = self.entries_service
        if self.tasks is None:
            try:
                found = entries.trash()
            except CpdlogError as exc:
                self._failed(exc, generation)
                return
            self._read(found, generation)
            return
        self.count_label.setText(self.tr("Loading…"))
        self.tasks.start(
            entries.trash,
            lambda found: self._read(found, generation),
            lambda error: self._failed(error, generation),
        )

    def _read(self, found: list[Entry], generation: int) -> None:
        if generation != self._generation:
            return
        self._show(found)
        self.loaded.emit()

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        message = (
            str(error)
            if isinstance(error, CpdlogError)
            else self.tr("The trash could not be read: {error}").format(error=error)
        )
        self.count_label.setText(message)
        self.status_message.emit(message)
        self.loaded.emit()

    def _show(self, found: list[Entry]) -> None:
        epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
        self._entries = sorted(
            found,
            key=lambda e: (
                e.deleted_at.replace(tzinfo=e.deleted_at.tzinfo or dt.UTC)
                if e.deleted_at
                else epoch
            ),
            reverse=True,
        )
        selected = set(self.selected_ids())
        self.tree.clear()
        for entry in self._entries:
            row = QTreeWidgetItem(
                [
                    entry.title,
                    format_date(entry.start_date),
                    activity_label(entry.activity_type),
                    format_hours(entry.hours),
                    format_deleted(entry.deleted_at),
                ]
            )
            row.setToolTip(TrashColumn.TITLE, entry.title)
            row.setData(TrashColumn.TITLE, EntryIdRole, entry.id)
            self.tree.addTopLevelItem(row)
            row.setSelected(entry.id in selected)
        count = len(self._entries)
        self.splitter.setVisible(count > 0)
        self.tree.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self.count_label.setText(
            plural("TrashView", count, "%n entry in the trash", "%n entries in the trash")
            if count
            else ""
        )
        if count and not self.tree.selectedItems():
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        self._update_buttons()

    def _show_current(self) -> None:
        """Show the selected entry read-only, so it can be checked before it goes for good."""
        ids = self.selected_ids()
        entry = next((e for e in self._entries if ids and e.id == ids[0]), None)
        if entry is None:
            self.detail.show_placeholder(self.tr("Choose an entry to read it here."))
            return
        try:
            if self._reference is None:  # read once, as the journal does
                self._reference = (
                    self.entries_service.templates(),
                    self.entries_service.catalogue(),
                )
        except CpdlogError as exc:
            self.detail.show_placeholder(str(exc))
            return
        self.detail.show_entry(entry, *self._reference)

    def entries(self) -> list[Entry]:
        """The entries on screen, newest deletion first."""
        return list(self._entries)

    def selected_ids(self) -> list[int]:
        ids = [item.data(TrashColumn.TITLE, EntryIdRole) for item in self.tree.selectedItems()]
        return [i for i in ids if isinstance(i, int)]

    def select_ids(self, ids: list[int]) -> None:
        wanted = set(ids)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None:
                item.setSelected(item.data(TrashColumn.TITLE, EntryIdRole) in wanted)

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)
        self.empty_button.setEnabled(bool(self._entries))

    # --- commands --------------------------------------------------------------------------
    def restore_selected(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            return []
        done: list[int] = []
        try:
            for entry_id in ids:
                self.entries_service.restore(entry_id)
                done.append(entry_id)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
        if done:
            titles = {e.id: e.title for e in self._entries}
            self.status_message.emit(
                self.tr("Restored “{title}” to the journal.").format(title=titles[done[0]])
                if len(done) == 1
                else plural(
                    "TrashView",
                    len(done),
                    "Restored %n entry to the journal.",
                    "Restored %n entries to the journal.",
                )
            )
            self.restored.emit(done)
        self.reload()
        return done

    def _ask(self, title: str, text: str, action: str, then: Callable[[], None]) -> QMessageBox:
        """Ask before deleting for good (a window-modal box; ``then`` runs on the yes)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setInformativeText(self.tr("This cannot be undone."))
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            self.confirm_box = None
            if button is yes:
                then()

        box.buttonClicked.connect(answered)
        box.rejected.connect(lambda: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()
        return box

    def purge_selected(self) -> QMessageBox | None:
        ids = self.selected_ids()
        if not ids:
            return None
        titles = {e.id: e.title for e in self._entries}
        text = (
            self.tr("Delete “{title}” for good?").format(title=titles.get(ids[0], ""))
            if len(ids) == 1
            else plural(
                "TrashView",
                len(ids),
                "Delete %n entry for good?",
                "Delete %n entries for good?",
            )
        )
        return self._ask(
            self.tr("Delete for good"), text, self.tr("Delete for good"), lambda: self._purge(ids)
        )

    def empty_trash(self) -> QMessageBox | None:
        count = len(self._entries)
        if not count:
            return None
        text = (
            self.tr("Delete the only entry in the trash, “{title}”, for good?").format(
                title=self._entries[0].title
            )
            if count == 1
            else plural(
                "TrashView",
                count,
                "Delete the %n entry in the trash for good?",
                "Delete all %n entries in the trash for good?",
            )
        )
        ids = [e.id for e in self._entries if e.id is not None]
        return self._ask(
            self.tr("Empty the trash"), text, self.tr("Empty trash"), lambda: self._purge(ids)
        )

    def _purge(self, ids: list[int]) -> None:
        entries = self.entries_service

        def work() -> int:
            for entry_id in ids:
                entries.purge(entry_id)
            return len(ids)

        def done(count: int) -> None:
            self.status_message.emit(
                plural(
                    "TrashView",
                    count,
                    "Deleted %n entry for good.",
                    "Deleted %n entries for good.",
                )
            )
            self.purged.emit(count)
            self.reload()

        def failed(error: BaseException) -> None:
            self.status_message.emit(
                str(error)
                if isinstance(error, CpdlogError)
                else self.tr("The entries could not be deleted: {error}").format(error=error)
            )
            self.reload()

        self._set_busy(True)
        if self.tasks is None:
            try:
                count = work()
            except CpdlogError as exc:
                self._set_busy(False)
                failed(exc)
                return
            self._set_busy(False)
            done(count)
            return

        def finished(count: int) -> None:
            self._set_busy(False)
            done(count)

        def not_finished(error: BaseException) -> None:
            self._set_busy(False)
            failed(error)

        self.tasks.start(work, finished, not_finished)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setEnabled(not busy)
        if busy:
            self.count_label.setText(self.tr("Deleting…"))
        else:
            self._update_buttons()
