"""The reader's models: feeds in a category tree, and a lazily loaded list of items."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

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
# Views ask for these once per row when they lay the rows out: built once, not per call.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class RowFace(NamedTuple):
    """What the item list shows of one item: the title line, the detail line, bold or not."""

    title: str  # marks and title
    detail: str  # feed · date
    unread: bool


@dataclass(eq=False)
class _Node:
    label: str
    parent: _Node | None
    feed: Feed | None = None
    category: str = ""  # full path for a folder, ALL_ITEMS for the top row
    children: list[_Node] = field(default_factory=list)
    unread: int = 0
    position: int = 0  # its row under its parent (the children lists never change order)
    face: tuple[Any, ...] = ()  # what the row shows (see _face): changed rows are repainted

    def row(self) -> int:
        return self.position


Shape = list[tuple[int, str, int | None, str]]
NodeKey = tuple[int | None, str]  # (feed id, "") for a feed, (None, category) for a folder


def _face(node: _Node) -> tuple[Any, ...]:
    feed = node.feed
    if feed is None:
        return (node.label, node.unread)
    return (node.label, node.unread, feed.has_error, feed.enabled, feed.last_error, feed.url)


def _key(node: _Node) -> NodeKey:
    return (node.feed.id, "") if node.feed is not None else (None, node.category)


def _shape(node: _Node) -> Shape:
    """What the tree's rows are, in order: a reset is needed only when this changes."""
    found: Shape = []
    stack = [(0, child) for child in reversed(node.children)]
    while stack:
        depth, current = stack.pop()
        feed_id = current.feed.id if current.feed is not None else None
        found.append((depth, current.label, feed_id, current.category))
        stack.extend((depth + 1, child) for child in reversed(current.children))
    return found


def _structure(node: _Node) -> tuple[dict[NodeKey, _Node], set[tuple[NodeKey, NodeKey]]]:
    """Every row by its key, and which row is under which (order and labels left out)."""
    nodes: dict[NodeKey, _Node] = {}
    links: set[tuple[NodeKey, NodeKey]] = set()
    stack: list[tuple[_Node | None, _Node]] = [(None, child) for child in node.children]
    while stack:
        parent, current = stack.pop()
        key = _key(current)
        nodes[key] = current
        links.add((key, _key(parent) if parent is not None else (None, "")))
        stack.extend((current, child) for child in current.children)
    return nodes, links


@dataclass(eq=False)
class FeedTree:
    """The tree's rows built from the feeds, ready to be shown (:meth:`FeedsTreeModel.show`).

    Building it sorts and nests every feed, which takes a while with thousands of them, so
    the reader builds it on the worker that read the feeds; nothing in it is a Qt object."""

    root: _Node
    shape: Shape
    nodes: dict[NodeKey, _Node]
    links: set[tuple[NodeKey, NodeKey]]


class FeedsTreeModel(QAbstractItemModel):
    """ "All items", then folders (categories) and feeds with unread counts and error badges."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tree = self.build(())

    @property
    def _root(self) -> _Node:
        return self._tree.root

    @classmethod
    def build(cls, feeds: Sequence[Feed], unread: dict[int, int] | None = None) -> FeedTree:
        """The rows for these feeds (any thread: plain Python objects only)."""
        root = cls._build(feeds, unread or {})
        nodes, links = _structure(root)
        for node in nodes.values():
            node.face = _face(node)
        return FeedTree(root, _shape(root), nodes, links)

    def set_feeds(self, feeds: Sequence[Feed], unread: dict[int, int]) -> bool:
        """Show these feeds; True when the rows were replaced (a model reset)."""
        return self.show(self.build(feeds, unread))

    def show(self, tree: FeedTree, keep_order: bool = False) -> bool:
        """Show a tree from :meth:`build`; True when the rows were replaced (a model reset).

        When only their details and counts changed (the usual case after a refresh) the rows
        are updated in place; when the same feeds and folders only changed names or order (a
        first refresh gives imported feeds their own titles) they are moved (a layout
        change, which makes the view lay out every row again). ``keep_order`` (while a
        refresh runs) renames such rows where they are and leaves the moving for later. The
        view keeps its expanded folders, selection and scroll position either way."""
        old = self._tree
        if old.root.children and tree.shape == old.shape:
            self._update_in_place(old.root, tree.root)
            return False
        if old.root.children and tree.links == old.links:
            if keep_order:
                self._rename_in_place(old, tree)
            else:
                self._move_rows(old, tree)
            return False
        self.beginResetModel()
        self._tree = tree
        self.endResetModel()
        return True

    def _update_in_place(self, old: _Node, new: _Node) -> None:
        """Copy the new details and counts onto the rows on screen; tell the view which rows
        changed (a run of neighbours at a time), so it repaints only those it shows."""
        changed: list[int] = []
        for row, (old_child, new_child) in enumerate(zip(old.children, new.children, strict=True)):
            old_child.feed = new_child.feed
            if old_child.face != new_child.face:
                old_child.unread, old_child.face = new_child.unread, new_child.face
                changed.append(row)
            if old_child.children:
                self._update_in_place(old_child, new_child)
        if not changed:
            return
        parent = self.createIndex(old.row(), 0, old) if old is not self._root else QModelIndex()
        first = last = changed[0]
        for row in [*changed[1:], -1]:
            if row == last + 1:
                last = row
                continue
            self.dataChanged.emit(self.index(first, 0, parent), self.index(last, 0, parent))
            first = last = row

    def _rename_in_place(self, old: FeedTree, new: FeedTree) -> None:
        """The same rows under the same parents, some renamed: new details on the old rows."""
        changed: list[_Node] = []
        nodes = new.nodes
        for key, node in old.nodes.items():
            fresh = nodes[key]
            node.feed = fresh.feed
            if node.face != fresh.face:
                node.label, node.unread, node.face = fresh.label, fresh.unread, fresh.face
                changed.append(node)
        old.shape = []  # the rows are no longer in order: the next tree is never "the same"
        self._announce(changed)

    def _announce(self, nodes: list[_Node]) -> None:
        """Tell the views these rows changed: one signal per run of neighbouring rows under
        the same folder, so a view looks up and repaints each run once."""
        by_parent: dict[int, tuple[_Node | None, list[int]]] = {}
        for node in nodes:
            by_parent.setdefault(id(node.parent), (node.parent, []))[1].append(node.row())
        for parent, rows in by_parent.values():
            if parent is None:
                continue
            rows.sort()
            first = last = rows[0]
            for row in [*rows[1:], -1]:
                if row == last + 1:
                    last = row
                    continue
                self.dataChanged.emit(
                    self.createIndex(first, 0, parent.children[first]),
                    self.createIndex(last, 0, parent.children[last]),
                )
                first = last = row

    def _move_rows(self, old: FeedTree, new: FeedTree) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved: list[QModelIndex] = []
        for index in persistent:
            node = new.nodes.get(_key(self._node(index))) if index.isValid() else None
            moved.append(
                self.createIndex(node.row(), index.column(), node) if node else QModelIndex()
            )
        self._tree = new  # the old nodes stay alive (``old``) until the indexes are moved
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        del old

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
            changed_node.face = _face(changed_node)
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
                    folders[key].position = len(parent.children)
                    parent.children.append(folders[key])
                parent = folders[key]
            node = _Node(feed.display_title, parent, feed=feed)
            node.unread = unread.get(feed.id or -1, 0)
            node.position = len(parent.children)
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
        """The feed's row, looked up by its key (no walk over thousands of rows)."""
        return self._index_of((feed_id, ""))

    def index_of_category(self, category: str) -> QModelIndex:
        """The folder row for ``category`` (or "All items" for ALL_ITEMS)."""
        return self._index_of((None, category))

    def _index_of(self, key: NodeKey) -> QModelIndex:
        # The shown tree's ``nodes`` are its rows: updates in place and renames change the
        # nodes themselves, a move or a reset puts in the new tree with its own index.
        node = self._tree.nodes.get(key)
        return self.createIndex(node.row(), 0, node) if node is not None else QModelIndex()

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
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

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
        # Each item's shown text, made once: the delegate asks for it at every repaint.
        self._faces: dict[int, tuple[tuple[Any, ...], RowFace]] = {}

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
        self._faces.clear()
        self.endResetModel()

    def update_source(
        self,
        loader: PageLoader,
        total: int,
        feed_titles: dict[int, str],
        first: Sequence[FeedItem],
        run_in_background: BackgroundRunner | None = None,
    ) -> None:
        """The same list read again (a refresh is adding items): as :meth:`set_source`, but
        the rows become ``first`` by inserting the new items and removing the ones gone,
        instead of a reset. The view keeps the selection, the open item and its scroll
        position, and lays out and repaints only what moved, however many rows there are."""
        items = list(first)[:total]
        ids = [item.id for item in items]
        if not self._items or None in ids or len(set(ids)) != len(ids):
            self.set_source(loader, total, feed_titles, items, run_in_background)
            return
        self._source_generation += 1  # a page asked for before now has the old offsets
        self._fetching = False
        self._loader = loader
        self._runner = run_in_background
        self._total = total
        before, self._feed_titles = self._feed_titles, dict(feed_titles)
        renamed = {
            feed_id
            for feed_id in before.keys() | feed_titles.keys()
            if before.get(feed_id) != feed_titles.get(feed_id)
        }
        shown = {item.id for item in self._items} if renamed else set()
        if not self._apply_rows(items):
            self.beginResetModel()
            self._items = items
            self.endResetModel()
            return
        # A first refresh gives feeds their own titles, a few more each time the list is
        # read: only the rows of those feeds that were already there show another name.
        if renamed:
            self._announce(
                [
                    row
                    for row, item in enumerate(self._items)
                    if item.feed_id in renamed and item.id in shown
                ]
            )

    def _announce(self, rows: list[int]) -> None:
        """Tell the views these rows (in order) changed: a signal per run of neighbours."""
        if not rows:
            return
        first = last = rows[0]
        for row in [*rows[1:], -1]:
            if row == last + 1:
                last = row
                continue
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0))
            first = last = row

    def _apply_rows(self, new: list[FeedItem]) -> bool:
        """Turn the rows into ``new`` with removals, insertions and changes, each run of
        neighbouring rows at once; False (nothing done) when rows would have to move."""
        wanted = {item.id: row for row, item in enumerate(new)}
        kept = [wanted[item.id] for item in self._items if item.id in wanted]
        if any(later < earlier for earlier, later in itertools.pairwise(kept)):
            return False  # the order changed: a reset is simpler than moves
        old = self._items
        row = len(old) - 1
        while row >= 0:  # drop what is gone, from the end so the rows ahead stay put
            if old[row].id in wanted:
                row -= 1
                continue
            last = row
            while row - 1 >= 0 and old[row - 1].id not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del old[row : last + 1]
            self.endRemoveRows()
            row -= 1
        changed: list[int] = []
        row = position = 0
        while position < len(new):
            if row < len(old) and old[row].id == new[position].id:
                if old[row] != new[position]:
                    old[row] = new[position]
                    changed.append(row)
                row += 1
                position += 1
                continue
            start = position
            while position < len(new) and (row >= len(old) or new[position].id != old[row].id):
                position += 1
            self.beginInsertRows(QModelIndex(), row, row + position - start - 1)
            old[row:row] = new[start:position]
            self.endInsertRows()
            row += position - start
        self._announce(changed)
        return True

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
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def face(self, row: int) -> RowFace | None:
        """The row's title line, detail line and unread state (made once per item and feed
        name, so a repaint calls no translation or date formatting)."""
        if not 0 <= row < len(self._items):
            return None
        item = self._items[row]
        feed = self._feed_titles.get(item.feed_id, "")
        # What the face is made of (items are changed in place, so not the object itself).
        key = (item.title, item.starred, item.is_logged, item.read, item.published, feed)
        found = self._faces.get(item.id) if item.id is not None else None
        if found is not None and found[0] == key:
            return found[1]
        marks = []
        if item.starred:
            marks.append("★")
        if item.is_logged:
            marks.append(tr("FeedItemsModel", "[logged]"))
        title = " ".join([*marks, item.title or tr("FeedItemsModel", "(untitled)")])
        when = format_date(item.published.date()) if item.published else ""
        made = RowFace(title, " · ".join(x for x in (feed, when) if x), not item.read)
        if item.id is not None:
            if len(self._faces) > 2 * len(self._items) + 256:
                self._faces.clear()  # items no longer listed
            self._faces[item.id] = (key, made)
        return made

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, ItemTitleRole, ItemDetailRole):
            face = self.face(index.row())
            assert face is not None
            if role == ItemTitleRole:
                return face.title
            if role == ItemDetailRole:
                return face.detail
            return face.title + (f"\n{face.detail}" if face.detail else "")
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
