"""Professional standards as a checkable tree, grouped by framework (for the entry editor)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from cpdlog import i18n
from cpdlog.domain.frameworks import Catalogue, Standard
from cpdlog.ui.text import tr

AnyIndex = QModelIndex | QPersistentModelIndex
StandardIdRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2


@dataclass(eq=False)
class _Node:
    label: str
    standard: Standard | None
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    search_text: str = ""

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class StandardsTreeModel(QAbstractItemModel):
    """Frameworks at the top, standards (and sub-standards) below; standards are checkable."""

    selection_changed = Signal()

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()
        self._build(catalogue)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Show ``catalogue`` instead (e.g. the same frameworks in another order); the ticked
        standards it still holds stay ticked."""
        self.beginResetModel()
        self._build(catalogue)
        self._checked &= set(self._by_id)
        self.endResetModel()

    def _build(self, catalogue: Catalogue) -> None:
        """The regulators' own wording, in Welsh where the regulator publishes it and the app
        speaks Welsh (searchable in both)."""
        self._language = language = i18n.language()
        self._root = _Node("", None, None)
        self._by_id: dict[str, _Node] = {}
        for fw in catalogue.frameworks:
            fw_node = _Node(
                fw.name_in(language), None, self._root, search_text=f"{fw.name} {fw.name_cy}"
            )
            self._root.children.append(fw_node)
            for std in fw.standards:
                parent_node = self._by_id.get(std.parent or "", fw_node)
                label = f"{std.local_id}  {std.title_in(language)}"
                node = _Node(
                    label,
                    std,
                    parent_node,
                    search_text=(
                        f"{std.id} {std.local_id} {std.title} {std.title_cy} {std.short_label}"
                    ),
                )
                parent_node.children.append(node)
                self._by_id[std.id] = node

    # --- selection -------------------------------------------------------------------------
    def checked_ids(self) -> list[str]:
        """Checked standards in catalogue order."""
        return [sid for sid in self._by_id if sid in self._checked]

    def set_checked_ids(self, ids: Iterable[str]) -> None:
        self._checked = {sid for sid in ids if sid in self._by_id}
        self._emit_all_changed(self._root)
        self.selection_changed.emit()

    def _emit_all_changed(self, node: _Node) -> None:
        if node.children:
            parent = self._index_of(node)
            last = len(node.children) - 1
            self.dataChanged.emit(
                self.index(0, 0, parent),
                self.index(last, 0, parent),
                [Qt.ItemDataRole.CheckStateRole],
            )
            for child in node.children:
                self._emit_all_changed(child)

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def index_of_standard(self, standard_id: str) -> QModelIndex:
        node = self._by_id.get(standard_id)
        return self._index_of(node) if node else QModelIndex()

    # --- Qt model --------------------------------------------------------------------------
    def _node(self, index: AnyIndex) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        node = self._node(parent)
        if not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # the stubs' QObject.parent() overload  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        return self._index_of(node.parent) if node.parent else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._node(index).standard is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if section == 0 and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("StandardsTreeModel", "Standard")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        std = node.standard
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.CheckStateRole and std is not None:
            checked = std.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if std is None:
                return node.label
            return f"{std.id}: {std.title_in(self._language)}" + (
                f"\n\n{std.description}" if std.description else ""
            )
        if role == StandardIdRole:
            return std.id if std else None
        if role == SearchTextRole:
            return node.search_text
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        std = self._node(index).standard
        if std is None:
            return False
        state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(std.id)
        else:
            self._checked.discard(std.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True


class StandardsFilterProxyModel(QSortFilterProxyModel):
    """Keeps standards whose id or wording contains the search text, with their parents."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SearchTextRole)
