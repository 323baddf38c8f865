"""The reader's models: feeds in a category tree, and a lazily loaded list of items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cpdlog.domain.feed import Feed, FeedItem, category_parts
from cpdlog.ui.icons import icon
from cpdlog.ui.text import format_date, tr

AnyIndex = QModelIndex | QPersistentModelIndex
FeedIdRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
UnreadRole = Qt.ItemDataRole.UserRole + 3
ItemRole = Qt.ItemDataRole.UserRole + 4
ItemIdRole = Qt.ItemDataRole.UserRole + 5
ItemTitleRole = Qt.ItemDataRole.UserRole + 6  # marks and title, one line
ItemDetailRole = Qt.ItemDataRole.UserRole + 7  # feed · date
ItemUnreadRole = Qt.ItemDataRole.UserRole + 8
ALL_ITEMS = "__all__"


@dataclass(eq=False)
class _Node:
    label: str
    parent: _Node | None
    feed: Feed | None = None
    category: str = ""  # full path for a folder, ALL_ITEMS for the top row
    children: list[_Node] = field(default_factory=list)
    unread: int = 0

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


def _shape(node: _Node) -> list[tuple[int, str, int | None, str]]:
    """What the tree's rows are, in order: a reset is needed only when this changes."""
    found: list[tuple[int, str, int | None, str]] = []
    stack = [(0, child) for child in reversed(node.children)]
    while stack:
        depth, current = stack.pop()
        feed_id = current.feed.id if current.feed is not None else None
        found.append((depth, current.label, feed_id, current.category))
        stack.extend((depth + 1, child) for child in reversed(current.children))
    return found


class FeedsTreeModel(QAbstractItemModel):
    """ "All items", then folders (categories) and feeds with unread counts and error badges."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node("", None)

    def set_feeds(self, feeds: Sequence[Feed], unread: dict[int, int]) -> bool:
        """Show these feeds; True when the rows were replaced (a model reset).

        When only their details and counts changed (the usual case after a refresh) the rows
        are updated in place: the view keeps its expanded folders, selection and layout."""
        root = self._build(feeds, unread)
        if self._root.children and _shape(root) == _shape(self._root):
            self._update_in_place(self._root, root)
            return False
        self.beginResetModel()
        self._root = root
        self.endResetModel()
        return True

    def _update_in_place(self, old: _Node, new: _Node) -> None:
        for old_child, new_child in zip(old.children, new.children, strict=True):
            old_child.feed = new_child.feed
            old_child.unread = new_child.unread
            self._update_in_place(old_child, new_child)
        if old.children:
            parent = self.createIndex(old.row(), 0, old) if old is not self._root else QModelIndex()
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(old.children) - 1, 0, parent)
            )

    def adjust_unread(self, feed_id: int, delta: int) -> None:
        """One feed gained or lost unread items: change its count and its folders' counts."""
        if not delta:
            return
        index = self.index_of_feed(feed_id)
        if not index.isValid():
            return
        node: _Node | None = self._node(index)
        changed: list[_Node] = []
        while node is not None and node is not self._root:
            node.unread = max(0, node.unread + delta)
            changed.append(node)
            node = node.parent
        everything = next((n for n in self._root.children if n.category == ALL_ITEMS), None)
        if everything is not None:
            everything.unread = max(0, everything.unread + delta)
            changed.append(everything)
        for changed_node in changed:
            changed_index = self.createIndex(changed_node.row(), 0, changed_node)
            self.dataChanged.emit(changed_index, changed_index)

    @staticmethod
    def _build(feeds: Sequence[Feed], unread: dict[int, int]) -> _Node:
        root = _Node("", None)
        everything = _Node(tr("FeedsTreeModel", "All items"), root, category=ALL_ITEMS)
        everything.unread = sum(unread.values())
        root.children.append(everything)
        folders: dict[str, _Node] = {}
        for feed in sorted(
            feeds, key=lambda f: (f.category.casefold(), f.display_title.casefold())
        ):
            parent = root
            path: list[str] = []
            for part in category_parts(feed.category):
                path.append(part)
                key = "/".join(path)
                if key not in folders:
                    folders[key] = _Node(part, parent, category=key)
                    parent.children.append(folders[key])
                parent = folders[key]
            node = _Node(feed.display_title, parent, feed=feed)
            node.unread = unread.get(feed.id or -1, 0)
            parent.children.append(node)
            ancestor: _Node | None = parent
            while ancestor is not None and ancestor is not root:
                ancestor.unread += node.unread
                ancestor = ancestor.parent
        return root

    def feeds(self) -> list[Feed]:
        found: list[Feed] = []
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.feed is not None:
                found.append(node.feed)
            stack.extend(node.children)
        return found

    def index_of_feed(self, feed_id: int) -> QModelIndex:
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.feed is not None and node.feed.id == feed_id:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def index_of_category(self, category: str) -> QModelIndex:
        """The folder row for ``category`` (or "All items" for ALL_ITEMS)."""
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.feed is None and node.category == category:
                return self.createIndex(node.row(), 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def feed_at(self, index: AnyIndex) -> Feed | None:
        """The feed on this row (None for "All items" and folders)."""
        return self._node(index).feed if index.isValid() else None

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
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if section == 0 and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("FeedsTreeModel", "Feeds")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        feed = node.feed
        broken = feed is not None and feed.has_error
        if role == Qt.ItemDataRole.DisplayRole:
            text = node.label
            if node.unread:
                text += f" ({node.unread})"
            if broken:
                text += " " + tr("FeedsTreeModel", "[error]")
            elif feed is not None and not feed.enabled:
                text += " " + tr("FeedsTreeModel", "[paused]")
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            if broken:
                return icon("error")
            if feed is None:
                return icon("folder") if node.category != ALL_ITEMS else icon("reader")
            return None
        if role == Qt.ItemDataRole.FontRole and node.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if broken and feed is not None:
                return tr("FeedsTreeModel", "Last error: {error}").format(error=feed.last_error)
            if feed is not None:
                return feed.url
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = node.label + ", " + tr("FeedsTreeModel", "{n} unread").format(n=node.unread)
            if broken and feed is not None:
                text += ", " + tr("FeedsTreeModel", "error: {error}").format(error=feed.last_error)
            return text
        if role == FeedIdRole:
            return feed.id if feed else None
        if role == CategoryRole:
            return node.category or None
        if role == UnreadRole:
            return node.unread
        return None


PageLoader = Callable[[int, int], list[FeedItem]]
# run_in_background(work, done): run ``work()`` off the GUI thread, then ``done(result)`` on
# it, or ``done(None)`` when the work failed (the page is asked for again on the next scroll).
PageDone = Callable[[list[FeedItem] | None], None]
BackgroundRunner = Callable[[Callable[[], list[FeedItem]], PageDone], Any]


class FeedItemsModel(QAbstractListModel):
    """Items newest first, fetched a page at a time as the view scrolls (``fetchMore``).

    With a ``run_in_background`` function the pages are read on a worker thread and added
    when they arrive; without one, ``fetchMore`` reads them at once.
    """

    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[FeedItem] = []
        self._total = 0
        self._loader: PageLoader | None = None
        self._feed_titles: dict[int, str] = {}
        self._fetching = False
        self._runner: BackgroundRunner | None = None
        self._source_generation = 0

    def set_source(
        self,
        loader: PageLoader | None,
        total: int,
        feed_titles: dict[int, str],
        first: Sequence[FeedItem] = (),
        run_in_background: BackgroundRunner | None = None,
    ) -> None:
        """``loader(offset, limit)`` returns items; ``total`` is how many there are.
        ``first`` is the first page when the caller has already read it."""
        self.beginResetModel()
        self._source_generation += 1
        self._fetching = False
        self._loader = loader
        self._runner = run_in_background
        self._total = total if loader is not None else 0
        self._items = list(first)[: self._total]
        self._feed_titles = dict(feed_titles)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def item_at(self, row: int) -> FeedItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int) -> int:
        return next((i for i, it in enumerate(self._items) if it.id == item_id), -1)

    def update_item(self, item: FeedItem) -> None:
        row = self.row_of(item.id or -1)
        if row >= 0:
            self._items[row] = item
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and not self._fetching
            and self._loader is not None
            and len(self._items) < self._total
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loader is None or self._fetching:
            return
        self._fetching = True  # views may ask again while rows are being inserted
        loader, offset = self._loader, len(self._items)
        if self._runner is not None:
            generation = self._source_generation
            self._runner(
                lambda: loader(offset, self.PAGE),
                lambda page: self._page_arrived(generation, page),
            )
            return
        try:
            self._add_page(loader(offset, self.PAGE))
        finally:
            self._fetching = False

    def _page_arrived(self, generation: int, page: list[FeedItem] | None) -> None:
        if generation != self._source_generation:
            return  # the list was replaced while this page was being read
        try:
            if page is not None:
                self._add_page(page)
        finally:
            self._fetching = False

    def _add_page(self, page: list[FeedItem]) -> None:
        if not page:
            self._total = len(self._items)  # the list shrank underneath us
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._items.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ItemTitleRole, ItemDetailRole):
            marks = []
            if item.starred:
                marks.append("★")
            if item.is_logged:
                marks.append(tr("FeedItemsModel", "[logged]"))
            title = " ".join([*marks, item.title or tr("FeedItemsModel", "(untitled)")])
            if role == ItemTitleRole:
                return title
            feed = self._feed_titles.get(item.feed_id, "")
            when = format_date(item.published.date()) if item.published else ""
            second = " · ".join(x for x in (feed, when) if x)
            if role == ItemDetailRole:
                return second
            return title + (f"\n{second}" if second else "")
        if role == ItemUnreadRole:
            return not item.read
        if role == Qt.ItemDataRole.FontRole and not item.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = tr("FeedItemsModel", "read") if item.read else tr("FeedItemsModel", "unread")
            extra = [state]
            if item.starred:
                extra.append(tr("FeedItemsModel", "starred"))
            if item.is_logged:
                extra.append(tr("FeedItemsModel", "logged as CPD"))
            return f"{item.title}, {', '.join(extra)}"
        if role == ItemRole:
            return item
        if role == ItemIdRole:
            return item.id
        return None
