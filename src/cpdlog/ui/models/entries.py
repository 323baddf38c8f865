"""The journal's entries as a Qt table, and the proxy that sorts and narrows it by search."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from cpdlog.domain.entry import Entry
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.review import SignoffState
from cpdlog.ui.text import (
    activity_label,
    format_date,
    format_hours,
    signoff_mark,
    signoff_text,
    snippet_html,
    snippet_plain,
    status_label,
    tr,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    TYPE = 2
    HOURS = 3
    STANDARDS = 4
    PEER = 5
    STATUS = 6
    MATCH = 7


# Marked for lupdate here, translated where they are shown (headerData).
# QT_TRANSLATE_NOOP returns its text unchanged; PySide6's stubs declare it as object.
HEADERS = cast(
    dict[Column, str],
    {
        Column.TITLE: QT_TRANSLATE_NOOP("EntriesTableModel", "Title"),
        Column.DATE: QT_TRANSLATE_NOOP("EntriesTableModel", "Date"),
        Column.TYPE: QT_TRANSLATE_NOOP("EntriesTableModel", "Type"),
        Column.HOURS: QT_TRANSLATE_NOOP("EntriesTableModel", "Hours"),
        Column.STANDARDS: QT_TRANSLATE_NOOP("EntriesTableModel", "Standards"),
        Column.PEER: QT_TRANSLATE_NOOP("EntriesTableModel", "Peer reflection"),
        Column.STATUS: QT_TRANSLATE_NOOP("EntriesTableModel", "Status"),
        Column.MATCH: QT_TRANSLATE_NOOP("EntriesTableModel", "Found in"),
    },
)


def heading(section: int, two_line: bool = False) -> str:
    """A column's heading in the app's language; ``two_line`` breaks it at the space nearest
    its middle (a one-word heading stays on one line)."""
    text = QCoreApplication.translate("EntriesTableModel", HEADERS[Column(section)])
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not two_line or not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(len(text) - 2 * i))
    return text[:middle] + "\n" + text[middle + 1 :]


EntryRole = Qt.ItemDataRole.UserRole + 1  # the backing Entry
SortRole = Qt.ItemDataRole.UserRole + 2  # a comparable value for the proxy
EntryIdRole = Qt.ItemDataRole.UserRole + 3
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 4  # the search snippet with highlights as HTML


def standards_text(entry: Entry, catalogue: Catalogue | None) -> str:
    labels = []
    for sid in entry.standards:
        std = catalogue.standard(sid) if catalogue else None
        if std is None:
            labels.append(sid)
            continue
        framework = catalogue.framework(std.framework_id) if catalogue else None
        prefix = framework.id.upper() if framework else std.framework_id.upper()
        labels.append(f"{prefix} {std.local_id}")
    return ", ".join(labels)


class EntriesTableModel(QAbstractTableModel):
    """One row per entry; ``set_entries`` replaces them, ``set_snippets`` adds search matches."""

    def __init__(self, catalogue: Catalogue | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._snippets: dict[int, str] = {}
        self._signoffs: dict[int, SignoffState] = {}
        self._catalogue = catalogue
        self._two_line: frozenset[int] = frozenset()  # headings shown on two lines

    # --- data in ---------------------------------------------------------------------------
    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """The standards' names, known once the journal is open."""
        self.beginResetModel()
        self._catalogue = catalogue
        self.endResetModel()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_snippets(self, snippets: dict[int, str]) -> None:
        self._snippets = dict(snippets)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, Column.MATCH), self.index(len(self._entries) - 1, Column.MATCH)
            )

    def set_signoffs(self, states: dict[int, SignoffState]) -> None:
        """Entries' sign-off states by id (the Status column says "Signed off" or "Changed
        since sign-off"; its tooltip says when and by whom)."""
        self._signoffs = dict(states)
        if self._entries:
            self.dataChanged.emit(
                self.index(0, Column.STATUS), self.index(len(self._entries) - 1, Column.STATUS)
            )

    def signoff(self, entry_id: int | None) -> SignoffState | None:
        return self._signoffs.get(entry_id) if entry_id is not None else None

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def entry_at(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with a key (fast for tens of thousands of rows)."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._entries)
        persistent = self.persistentIndexList()
        self._entries = sort_entries(self._entries, column, order, self._catalogue, self._snippets)
        if persistent:
            new_row = {id(e): i for i, e in enumerate(self._entries)}
            self.changePersistentIndexList(
                persistent,
                [self.index(new_row[id(old[i.row()])], i.column()) for i in persistent],
            )
        self.layoutChanged.emit()

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), -1)

    # --- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return heading(section, section in self._two_line)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole heading on one line
            return heading(section)
        return None

    def set_two_line_headings(self, columns: set[int]) -> None:
        """Show these columns' headings on two lines (the journal does, for a column too
        narrow for its heading: "Myfyrio gyda / chymheiriad")."""
        wanted = frozenset(columns)
        if wanted != self._two_line:
            self._two_line = wanted
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for many roles per cell while painting: the ones this model does not
        # provide are answered first, without work (each call crosses from C++ into Python).
        row = index.row()
        if role not in _ROLES or not 0 <= row < len(self._entries):
            return None
        entry = self._entries[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.STATUS and entry.id in self._signoffs:
                return self._status_with_signoff(entry)
            return entry_display(entry, column, self._catalogue, self._snippets)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.HOURS else None
        if role == SortRole:
            return _sort_value(entry, column, self._catalogue, self._snippets)
        if role == EntryRole:
            return entry
        if role == EntryIdRole:
            return entry.id
        if role == SnippetHtmlRole:
            if column != Column.MATCH:
                return None
            return snippet_html(self._snippets.get(entry.id or -1, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                return entry.title
            if column == Column.STANDARDS:
                return self._standards_tooltip(entry)
            if column == Column.MATCH:
                return snippet_plain(self._snippets.get(entry.id or -1, ""))
            if column == Column.STATUS and entry.id in self._signoffs:
                return signoff_text(self._signoffs[entry.id])
            return None
        # AccessibleTextRole
        if column == Column.STATUS and entry.id in self._signoffs:
            return self._status_with_signoff(entry)
        text = entry_display(entry, column, self._catalogue, self._snippets)
        return text or tr("EntriesTableModel", "none")

    def _status_with_signoff(self, entry: Entry) -> str:
        assert entry.id is not None
        mark = signoff_mark(self._signoffs[entry.id])
        return tr("EntriesTableModel", "{status} · {signoff}").format(
            status=status_label(entry.status), signoff=mark
        )

    def _standards_tooltip(self, entry: Entry) -> str:
        lines = []
        for sid in entry.standards:
            std = self._catalogue.standard(sid) if self._catalogue else None
            lines.append(f"{sid}: {std.title}" if std else sid)
        return "\n".join(lines)


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SortRole,
        EntryRole,
        EntryIdRole,
        SnippetHtmlRole,
    }
)


def entry_display(
    entry: Entry, column: int, catalogue: Catalogue | None, snippets: dict[int, str]
) -> str:
    """The text of one cell."""
    if column == Column.TITLE:
        return entry.title
    if column == Column.DATE:
        text = format_date(entry.start_date)
        if entry.end_date and entry.end_date != entry.start_date:
            text += " – " + format_date(entry.end_date)
        return text
    if column == Column.TYPE:
        return activity_label(entry.activity_type)
    if column == Column.HOURS:
        return format_hours(entry.hours)
    if column == Column.STANDARDS:
        return standards_text(entry, catalogue)
    if column == Column.PEER:
        return tr("EntriesTableModel", "Yes") if entry.has_peer_reflection else ""
    if column == Column.STATUS:
        return status_label(entry.status)
    return snippet_plain(snippets.get(entry.id or -1, ""))


def _sort_value(
    entry: Entry, column: int, catalogue: Catalogue | None, snippets: dict[int, str]
) -> Any:
    if column == Column.DATE:
        return entry.start_date.toordinal() * 100_000 + (entry.id or 0) % 100_000
    if column == Column.HOURS:
        return entry.hours
    if column == Column.PEER:
        return int(entry.has_peer_reflection)
    return entry_display(entry, column, catalogue, snippets).casefold()


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before text, so values of mixed types order safely (compared in C)."""
    return (1, value) if isinstance(value, str) else (0, value)


def sort_entries(
    entries: Sequence[Entry],
    column: int,
    order: Qt.SortOrder,
    catalogue: Catalogue | None,
    snippets: dict[int, str] | None = None,
) -> list[Entry]:
    """The entries in the table's order for ``column``: plain data in and out, so a worker
    can sort a freshly read journal before it reaches the GUI thread."""
    found = snippets or {}
    return sorted(
        entries,
        key=lambda e: _sort_key(_sort_value(e, column, catalogue, found)),
        reverse=order == Qt.SortOrder.DescendingOrder,
    )


class EntriesFilterProxyModel(QSortFilterProxyModel):
    """Narrows the entries to search matches; sorting is passed to the source model.

    The source sorts with a Python key, which stays quick with 10,000 entries, where
    the proxy's own sort would call back into Python for every comparison.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)
        # A search narrows the rows by entry id with Qt's own filter: no Python call per row
        # while the journal is not being searched, which is almost always.
        self.setFilterRole(EntryIdRole)
        self.setFilterKeyColumn(0)
        self._ids: set[int] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    @property
    def sort_request(self) -> tuple[int, Qt.SortOrder]:
        """The column (-1: none) and order last asked for."""
        return self._sort_column, self._sort_order

    def resort(self) -> None:
        """Apply the last requested order again (after the source's rows were replaced)."""
        if self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def set_search_ids(self, ids: set[int] | None) -> None:
        self._ids = None if ids is None else set(ids)
        if self._ids is None:
            self.setFilterRegularExpression(QRegularExpression())
            return
        # An empty set leaves only the empty alternative, which no id matches: no rows.
        wanted = "|".join(str(i) for i in sorted(self._ids))
        self.setFilterRegularExpression(QRegularExpression(f"^(?:{wanted})$"))

    @property
    def searching(self) -> bool:
        return self._ids is not None

    def entry_at(self, proxy_row: int) -> Entry | None:
        value = self.data(self.index(proxy_row, 0), EntryRole)
        return value if isinstance(value, Entry) else None
