"""Standards coverage: how many counted entries (and hours) map to each standard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cpdlog import i18n
from cpdlog.domain.entry import Entry
from cpdlog.domain.frameworks import Standard
from cpdlog.ui.text import format_hours, tr

AnyIndex = QModelIndex | QPersistentModelIndex
StandardIdRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


class CoverageColumn(IntEnum):
    STANDARD = 0
    ENTRIES = 1
    HOURS = 2
    COVERED = 3


# Marked for lupdate here, translated where they are shown (headerData).
# QT_TRANSLATE_NOOP returns its text unchanged; PySide6's stubs declare it as object.
_HEADERS = cast(
    dict[CoverageColumn, str],
    {
        CoverageColumn.STANDARD: QT_TRANSLATE_NOOP("CoverageTableModel", "Standard"),
        CoverageColumn.ENTRIES: QT_TRANSLATE_NOOP("CoverageTableModel", "Entries"),
        CoverageColumn.HOURS: QT_TRANSLATE_NOOP("CoverageTableModel", "Hours"),
        CoverageColumn.COVERED: QT_TRANSLATE_NOOP("CoverageTableModel", "Covered"),
    },
)


@dataclass(frozen=True, slots=True)
class CoverageRow:
    standard: Standard
    entries: int
    hours: float


def coverage_rows(standards: Sequence[Standard], entries: Sequence[Entry]) -> list[CoverageRow]:
    """Count each entry once per standard; an entry mapped to 4.6 also covers standard 4."""
    rows = []
    for std in standards:
        matched = [
            e
            for e in entries
            if any(sid == std.id or sid.startswith(std.id + ".") for sid in e.standards)
        ]
        rows.append(CoverageRow(std, len(matched), sum(e.hours for e in matched)))
    return rows


def sort_coverage(
    rows: Sequence[CoverageRow], column: int, order: Qt.SortOrder
) -> list[CoverageRow]:
    """``rows`` sorted by a column: the standard by the framework's own order (1, 1.1, 1.2,
    2 ...), entries and hours by number, covered by yes or not yet; ties keep the
    framework's order either way. Column -1 (or another): the framework's order."""
    keys: dict[int, Callable[[CoverageRow], float]] = {
        CoverageColumn.ENTRIES: lambda row: row.entries,
        CoverageColumn.HOURS: lambda row: row.hours,
        CoverageColumn.COVERED: lambda row: 1.0 if row.entries else 0.0,
    }
    sign = -1 if order == Qt.SortOrder.DescendingOrder else 1
    numbered = list(enumerate(rows))
    if column == CoverageColumn.STANDARD:
        numbered.sort(key=lambda item: sign * item[0])
    elif column in keys:
        key = keys[column]
        numbered.sort(key=lambda item: (sign * key(item[1]), item[0]))
    return [row for _position, row in numbered]


class CoverageTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CoverageRow] = []
        self._in_order: list[CoverageRow] = []  # the framework's own order
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[CoverageRow]) -> None:
        self.beginResetModel()
        self._in_order = list(rows)
        self._rows = sort_coverage(self._in_order, *self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view asks, for a click on a heading or a choice of the
        sort menu); kept when the rows are replaced for another period."""
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = list(self._rows)
        self._rows = sort_coverage(self._in_order, column, order)
        if persistent:
            new_row = {id(row): i for i, row in enumerate(self._rows)}
            self.changePersistentIndexList(
                persistent,
                [self.index(new_row[id(old[i.row()])], i.column()) for i in persistent],
            )
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CoverageColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(CoverageColumn)
        ):
            header = _HEADERS[CoverageColumn(section)]
            return QCoreApplication.translate("CoverageTableModel", header)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = CoverageColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is CoverageColumn.STANDARD:
                indent = "    " if row.standard.parent else ""
                return f"{indent}{row.standard.local_id}  {row.standard.title_in(i18n.language())}"
            if column is CoverageColumn.ENTRIES:
                return str(row.entries)
            if column is CoverageColumn.HOURS:
                return format_hours(row.hours)
            return (
                tr("CoverageTableModel", "Yes")
                if row.entries
                else tr("CoverageTableModel", "Not yet")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column is CoverageColumn.STANDARD:
            return f"{row.standard.id}: {row.standard.title_in(i18n.language())}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            CoverageColumn.ENTRIES,
            CoverageColumn.HOURS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and column is CoverageColumn.STANDARD
            and not row.standard.parent
        ):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == StandardIdRole:
            return row.standard.id
        if role == CountRole:
            return row.entries
        return None
