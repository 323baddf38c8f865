"""The Standards tab: tick the professional standards the learning helps meet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdlog import i18n
from cpdlog.domain.entry import Entry
from cpdlog.domain.frameworks import Catalogue, english_note
from cpdlog.ui.dialogs.editor.form import TabPage
from cpdlog.ui.models.standards import StandardsFilterProxyModel, StandardsTreeModel
from cpdlog.ui.text import plural, tr
from cpdlog.ui.widgets.fields import FieldError

CONTEXT = "EntryEditorDialog"  # translated as the editor's own strings


class StandardsTab(TabPage):
    """A searchable tree of every framework's standards (the practitioner's own first)."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        # In a scroll area like the other tabs: at large text on a small screen the words above
        # and below the list need more height than the dialog has, and were squeezed.
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(tr(CONTEXT, "Tick the standards this learning helps you meet."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Once for the whole list: which standards stay in English in a Welsh app, and why.
        self.standards_language_note = QLabel(page)
        self.standards_language_note.setWordWrap(True)
        self.standards_language_note.setObjectName("standardsLanguageNote")
        layout.addWidget(self.standards_language_note)
        search_row = QHBoxLayout()
        self.standards_search = QLineEdit(page)
        self.standards_search.setClearButtonEnabled(True)
        self.standards_search.setPlaceholderText(
            tr(CONTEXT, "Search standards, e.g. 4.6 or reflection")
        )
        search_label = QLabel(tr(CONTEXT, "S&earch:"), page)
        search_label.setBuddy(self.standards_search)
        self.standards_search.setAccessibleName(tr(CONTEXT, "Search standards"))
        self.standards_search.setAccessibleDescription(
            tr(CONTEXT, "Type a number or words to show only the standards that match")
        )
        search_row.addWidget(search_label)
        search_row.addWidget(self.standards_search, 1)
        layout.addLayout(search_row)
        self.standards_model = StandardsTreeModel(catalogue, self)
        self.standards_proxy = StandardsFilterProxyModel(self)
        self.standards_proxy.setSourceModel(self.standards_model)
        self.standards_tree = QTreeView(page)
        self.standards_tree.setModel(self.standards_proxy)
        self.standards_tree.setHeaderHidden(True)
        self.standards_tree.setUniformRowHeights(False)
        self.standards_tree.setWordWrap(True)
        self.standards_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.standards_tree.setAccessibleName(tr(CONTEXT, "Professional standards"))
        self.standards_tree.setAccessibleDescription(
            tr(CONTEXT, "Tick each standard this learning helped you meet")
        )
        self.standards_tree.expandToDepth(0)
        self.standards_tree.setMinimumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.standards_tree, 1)
        self.standards_error = FieldError(page)
        layout.addWidget(self.standards_error)
        self.standards_count = QLabel(page)
        layout.addWidget(self.standards_count)
        self.scrolled(page)
        self.standards_search.textChanged.connect(self._filter_standards)
        self.standards_model.selection_changed.connect(self._standards_changed)
        self.standards_model.selection_changed.connect(self._changed)
        self.errors["standards"] = self.standards_error
        self.focus["standards"] = self.standards_tree
        self._show_language_note()

    def _show_language_note(self) -> None:
        notes = english_note(self._catalogue.frameworks, i18n.language())
        self.standards_language_note.setText("\n".join(notes))
        self.standards_language_note.setVisible(bool(notes))

    def put_first(self, framework_ids: Sequence[str]) -> None:
        """Show these frameworks first (the practitioner's regulator's, once it is known);
        ticks, the search and what is typed stay as they are."""
        catalogue = self._catalogue.prioritised(framework_ids)
        if [f.id for f in catalogue.frameworks] == [f.id for f in self._catalogue.frameworks]:
            return
        self._catalogue = catalogue
        self.standards_model.set_catalogue(catalogue)
        self._show_language_note()
        self._filter_standards(self.standards_search.text())  # expanded as it was

    def load(self, entry: Entry) -> None:
        self.standards_model.set_checked_ids(entry.standards)
        self._standards_changed()

    def write_into(self, entry: Entry) -> None:
        entry.standards = self.standards_model.checked_ids()

    def standards_index(self, standard_id: str) -> QModelIndex:
        return self.standards_proxy.mapFromSource(
            self.standards_model.index_of_standard(standard_id)
        )

    def _filter_standards(self, text: str) -> None:
        self.standards_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.standards_tree.expandAll()
        else:
            self.standards_tree.collapseAll()
            self.standards_tree.expandToDepth(0)

    def _standards_changed(self) -> None:
        n = len(self.standards_model.checked_ids())
        self.standards_count.setText(
            plural("EntryEditorDialog", n, "%n standard ticked", "%n standards ticked")
        )
        self.standards_error.clear()
