"""The reader: feeds by category, a lazily loaded item list, and the item itself.

Item HTML is sanitised by the feeds layer before it is stored; here it is shown in a
QTextBrowser that never fetches anything by itself. Remote images stay off unless the user
asks for them for that item, and links open in the system browser only after the scheme check.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.feed import Feed, FeedItem, is_openable_link
from cpdlog.errors import CpdlogError
from cpdlog.ui.icons import icon
from cpdlog.ui.models.feeds import (
    ALL_ITEMS,
    CategoryRole,
    FeedIdRole,
    FeedItemsModel,
    FeedsTreeModel,
    PageDone,
)
from cpdlog.ui.text import format_date

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.settings import WindowState
    from cpdlog.ui.tasks import Task, TaskRunner

MAX_IMAGES = 12
MAX_IMAGE_BYTES = 5_000_000


def fetch_images(urls: list[str]) -> dict[str, bytes]:
    """Download the images of one item when the user asks (worker thread, plain data)."""
    import httpx

    found: dict[str, bytes] = {}
    with httpx.Client(timeout=10, follow_redirects=True) as client:
        for url in urls[:MAX_IMAGES]:
            try:
                with client.stream("GET", url) as response:
                    if response.status_code != 200:
                        continue
                    data = b""
                    for chunk in response.iter_bytes():
                        data += chunk
                        if len(data) > MAX_IMAGE_BYTES:
                            break
                    if len(data) <= MAX_IMAGE_BYTES:
                        found[url] = data
            except httpx.HTTPError:
                continue
    return found


@dataclass(frozen=True, slots=True)
class ReaderData:
    """What one worker reads for the reader: plain data, shown on the GUI thread."""

    feeds: list[Feed] | None  # None when only the item list was asked for
    unread: dict[int, int] | None
    total: int
    first_page: list[FeedItem]


class ItemBrowser(QTextBrowser):
    """Shows one item. Remote resources are never loaded unless handed in by the reader."""

    link_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open)
        self.remote_images: list[str] = []
        self._images: dict[str, QImage] = {}

    def set_item_html(self, body: str, images: dict[str, bytes] | None = None) -> None:
        self.remote_images = []
        self._images = {}
        for url, data in (images or {}).items():
            image = QImage.fromData(data)
            if not image.isNull():
                self._images[url] = image
        self.setHtml(body)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == (
            QTextDocument.ResourceType.ImageResource
        ):
            if text in self._images:
                return self._images[text]
            if text.startswith(("http://", "https://")) and text not in self.remote_images:
                self.remote_images.append(text)
        return None  # nothing remote, nothing from disk

    def _open(self, url: QUrl) -> None:
        text = url.toString()
        if is_openable_link(text):
            QDesktopServices.openUrl(url)
            self.link_opened.emit(text)


class CuratedSourcesDialog(QDialog):
    """Choose which groups of curated social work sources to follow."""

    def __init__(self, categories: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Curated sources"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These are feeds from social work publications, research bodies and practitioner "
                "blogs, chosen for CPD. Tick the groups you want to follow; new articles then "
                "appear in the Reader."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Groups of sources"))
        for category in categories:
            text = self.tr("{name}: {sources} sources ({followed} followed)").format(
                name=category.name, sources=category.sources, followed=category.subscribed
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, category.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = category.subscribed >= category.sources
            item.setCheckState(Qt.CheckState.Checked if not done else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class ReaderView(QWidget):
    """Emits ``log_requested(entry)`` with the draft entry made from an item.

    Feeds, unread counts and items are read on worker threads and shown when they arrive
    (``loaded``); ``refreshed(report)`` comes once the refreshed feeds are on screen.
    """

    log_requested = Signal(object)
    status_message = Signal(str)
    refresh_state_changed = Signal(bool, int, int)  # running, done, total
    refreshed = Signal(object)
    loaded = Signal()

    def __init__(
        self, app: App, feeds: Any, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self.app = app
        self.feeds = feeds
        self.tasks = tasks
        self.refresh_task: Task | None = None
        self.current_item: FeedItem | None = None
        self._images_for: int | None = None
        self._loading_tree = False
        self._tree_generation = 0  # the last feeds reading asked for
        self._tree_shown = 0  # the last one on screen
        self._items_generation = 0
        self._items_shown = 0
        self._feed_titles: dict[int, str] = {}
        self._refresh_report: Any = None
        self._refresh_waits_for = (0, 0)
        self.tree_model = FeedsTreeModel(self)
        self.items_model = FeedItemsModel(self)
        self._build()
        self.reload()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Fetch new items from every feed (Ctrl+R)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button = QPushButton(icon("stop"), self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the refresh"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_refresh)
        self.manage_button = QToolButton(self)
        self.manage_button.setText(self.tr("&Feeds"))
        self.manage_button.setAccessibleName(self.tr("Manage feeds"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.manage_button)
        menu.addAction(icon("add"), self.tr("Add a feed or website…"), self.add_feed)
        menu.addAction(icon("add"), self.tr("Follow a hashtag…"), self.add_hashtag)
        menu.addAction(self.tr("Curated social work sources…"), self.choose_curated)
        menu.addSeparator()
        menu.addAction(icon("open"), self.tr("Import OPML…"), self.import_opml)
        menu.addAction(icon("export"), self.tr("Export OPML…"), self.export_opml)
        menu.addSeparator()
        menu.addAction(icon("remove"), self.tr("Unfollow the selected feed"), self.remove_feed)
        self.manage_button.setMenu(menu)
        self.unread_check = QCheckBox(self.tr("&Unread only"), self)
        self.unread_check.toggled.connect(lambda _c: self.load_items())
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search items"))
        self.search_edit.setAccessibleName(self.tr("Search items"))
        self.search_edit.returnPressed.connect(self.load_items)
        self.search_edit.textChanged.connect(lambda t: None if t else self.load_items())
        search_label = QLabel(self.tr("Searc&h:"), self)
        search_label.setBuddy(self.search_edit)
        for widget in (self.refresh_button, self.cancel_button, self.manage_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.unread_check)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # laid out without asking every row its size
        self.tree.setAccessibleName(self.tr("Feeds"))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.load_items())
        self.list = QListView(self.splitter)
        self.list.setModel(self.items_model)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Items"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._item_changed)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.log_button = QPushButton(icon("log"), self.tr("&Log as CPD"), right)
        self.log_button.setToolTip(self.tr("Make a draft CPD entry from this item and edit it"))
        self.read_button = QPushButton(self.tr("Mark &unread"), right)
        self.star_button = QPushButton(icon("star"), self.tr("&Star"), right)
        self.open_button = QPushButton(icon("web"), self.tr("&Open in browser"), right)
        self.images_button = QPushButton(self.tr("Show &images"), right)
        self.images_button.setToolTip(
            self.tr("Download this item's pictures from the sites that host them")
        )
        for button in (
            self.log_button,
            self.read_button,
            self.star_button,
            self.open_button,
            self.images_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.log_button.clicked.connect(self.log_current)
        self.read_button.clicked.connect(self.toggle_read)
        self.star_button.clicked.connect(self.toggle_star)
        self.open_button.clicked.connect(self.open_current)
        self.images_button.clicked.connect(self.load_images)
        right_layout.addLayout(actions)
        self.browser = ItemBrowser(right)
        self.browser.setAccessibleName(self.tr("Item"))
        right_layout.addWidget(self.browser, 1)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([240, 380, 560])
        layout.addWidget(self.splitter, 1)
        self._show_item(None)

    def restore_state(self, state: WindowState) -> None:
        state.restore_splitter("reader", self.splitter)

    def save_state(self, state: WindowState) -> None:
        state.save_splitter("reader", self.splitter)

    # --- feeds -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the feeds, unread counts and items again (on a worker), keeping the selection."""
        self._tree_generation += 1
        self._read(self._tree_generation)

    def load_items(self) -> None:
        """Read the items of the selected feed or folder again (on a worker)."""
        if self._loading_tree:
            return
        self._read(None)

    def _read(self, tree_generation: int | None) -> None:
        self._items_generation += 1
        items_generation = self._items_generation
        feeds = self.feeds
        query = self._query(0, FeedItemsModel.PAGE)  # frozen now: scrolling pages through it

        def work() -> ReaderData:
            listed = feeds.list_feeds() if tree_generation is not None else None
            unread = feeds.unread_counts() if tree_generation is not None else None
            total = feeds.count_items(query)
            return ReaderData(listed, unread, total, list(feeds.list_items(query, False)))

        self.tasks.start(
            work,
            lambda data: self._read_done(tree_generation, items_generation, query, data),
            lambda error: self._read_failed(tree_generation, items_generation, error),
        )

    def _read_done(
        self, tree_generation: int | None, items_generation: int, query: Any, data: ReaderData
    ) -> None:
        if tree_generation == self._tree_generation and data.feeds is not None:
            self._show_feeds(data.feeds, data.unread or {})
            self._tree_shown = tree_generation
        if items_generation == self._items_generation:
            if self._query(0, FeedItemsModel.PAGE) != query:
                self.load_items()  # the selection moved when the feeds were shown again
            else:
                self._show_items(query, data.total, data.first_page)
                self._items_shown = items_generation
        self._after_read()

    def _read_failed(
        self, tree_generation: int | None, items_generation: int, error: BaseException
    ) -> None:
        if tree_generation == self._tree_generation:
            self._tree_shown = tree_generation  # nothing newer to wait for
        if items_generation == self._items_generation:
            self._items_shown = items_generation
        self.status_message.emit(str(error))
        self._after_read()

    def _after_read(self) -> None:
        if self._tree_shown != self._tree_generation or self._items_shown != self._items_generation:
            return  # more is on its way
        self.loaded.emit()
        if self._refresh_report is not None:
            tree, items = self._refresh_waits_for
            if self._tree_shown >= tree and self._items_shown >= items:
                report, self._refresh_report = self._refresh_report, None
                self.refreshed.emit(report)

    def _show_feeds(self, feeds: list[Feed], unread: dict[int, int]) -> None:
        """Put the feeds in the tree (updated in place when only details and counts changed)."""
        current = self.tree.currentIndex()
        feed_id = current.data(FeedIdRole) if current.isValid() else None
        category = current.data(CategoryRole) if current.isValid() else ALL_ITEMS
        self._feed_titles = {f.id: f.display_title for f in feeds if f.id is not None}
        self._loading_tree = True
        try:
            if self.tree_model.set_feeds(feeds, unread):
                self.tree.expandAll()  # new rows: open every folder again
            index = self.tree_model.index_of_feed(feed_id) if feed_id else QModelIndex()
            if not index.isValid():
                index = self._find_category(category) or self.tree_model.index(0, 0)
            if index != self.tree.currentIndex():
                self.tree.setCurrentIndex(index)
        finally:
            self._loading_tree = False

    def _show_items(self, query: Any, total: int, first: list[FeedItem]) -> None:
        feeds = self.feeds

        def page(offset: int, limit: int) -> list[FeedItem]:
            return list(feeds.list_items(replace(query, offset=offset, limit=limit), False))

        self.items_model.set_source(page, total, self._feed_titles, first, self._run_page)
        self._show_item(None)

    def _run_page(self, work: Callable[[], list[FeedItem]], done: PageDone) -> None:
        def failed(error: BaseException) -> None:
            self.status_message.emit(str(error))
            done(None)

        self.tasks.start(work, done, failed)

    def _find_category(self, category: str | None) -> QModelIndex | None:
        if not category:
            return None
        index = self.tree_model.index_of_category(category)
        return index if index.isValid() else None

    def _query(self, offset: int, limit: int) -> Any:
        from cpdlog.services.feeds import ItemQuery

        current = self.tree.currentIndex()
        feed_id = current.data(FeedIdRole) if current.isValid() else None
        category = current.data(CategoryRole) if current.isValid() else None
        return ItemQuery(
            feed_id=feed_id,
            category=None if category in (None, ALL_ITEMS) else category,
            unread=self.unread_check.isChecked(),
            search=self.search_edit.text().strip(),
            offset=offset,
            limit=limit,
        )

    # --- items -----------------------------------------------------------------------------
    def _item_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.items_model.item_at(current.row()) if current.isValid() else None
        if item is None or item.id is None:
            self._show_item(None)
            return
        try:
            full = self.feeds.get_item(item.id)
            if not full.read:
                self.feeds.mark_read([item.id], True)
                full.read = True
                self._adjust_unread(item.feed_id, -1)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        self.items_model.update_item(full)
        self._show_item(full)

    def _adjust_unread(self, feed_id: int | None, delta: int) -> None:
        """An item was read or marked unread: change the counts in the tree where they are."""
        if feed_id is not None:
            self.tree_model.adjust_unread(feed_id, delta)

    def _item_html(self, item: FeedItem) -> str:
        title = html.escape(item.title or self.tr("(untitled)"))
        parts = [f"<h2>{title}</h2>"]
        meta = [
            x
            for x in (item.author, format_date(item.published.date()) if item.published else "")
            if x
        ]
        if meta:
            parts.append(f"<p><i>{html.escape(' · '.join(meta))}</i></p>")
        if item.is_logged:
            parts.append(f"<p><b>{html.escape(self.tr('Logged as CPD.'))}</b></p>")
        if item.content_html:
            parts.append(item.content_html)  # sanitised by the feeds layer before storage
        elif item.summary:
            parts.append(f"<p>{html.escape(item.summary)}</p>")
        link = item.openable_link
        if link:
            parts.append(
                f'<p><a href="{html.escape(link)}">'
                f"{html.escape(self.tr('Read the original'))}</a></p>"
            )
        return "".join(parts)

    def _show_item(self, item: FeedItem | None, images: dict[str, bytes] | None = None) -> None:
        self.current_item = item
        has = item is not None
        for button in (self.log_button, self.read_button, self.star_button):
            button.setEnabled(has)
        self.open_button.setEnabled(bool(item and item.openable_link))
        if item is None:
            total = self.items_model.total
            self.browser.set_item_html(
                "<p><i>"
                + html.escape(
                    self.tr("{n} items. Choose one to read it here.").format(n=total)
                    if total
                    else self.tr("No items yet. Add feeds, then press Refresh.")
                )
                + "</i></p>"
            )
            self.images_button.setEnabled(False)
            return
        self.read_button.setText(self.tr("Mark &unread") if item.read else self.tr("Mark &read"))
        self.star_button.setText(self.tr("Un&star") if item.starred else self.tr("&Star"))
        self.log_button.setText(
            self.tr("Open &logged entry") if item.is_logged else self.tr("&Log as CPD")
        )
        self.browser.set_item_html(self._item_html(item), images)
        self.images_button.setEnabled(bool(self.browser.remote_images) and not images)
        if self.browser.remote_images and not images:
            self.images_button.setText(
                self.tr("Show &images ({n})").format(n=len(self.browser.remote_images))
            )
        else:
            self.images_button.setText(self.tr("Show &images"))

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.items_model.index(row, 0))

    def toggle_read(self) -> None:
        item = self.current_item
        if item is None or item.id is None:
            return
        self.feeds.mark_read([item.id], not item.read)
        item.read = not item.read
        self.items_model.update_item(item)
        self._adjust_unread(item.feed_id, -1 if item.read else 1)
        self._show_item(item)

    def toggle_star(self) -> None:
        item = self.current_item
        if item is None or item.id is None:
            return
        updated = self.feeds.set_starred(item.id, not item.starred)
        self.items_model.update_item(updated)
        self._show_item(updated)

    def open_current(self) -> None:
        item = self.current_item
        if item is not None and item.openable_link:
            QDesktopServices.openUrl(QUrl(item.openable_link))

    def log_current(self) -> None:
        """Hand the editor a draft entry for this item (or the entry it is logged as).

        Nothing is written here: the item is marked as logged only when the editor saves the
        entry, so cancelling (or a crash) leaves neither a draft nor a logged mark behind.
        """
        item = self.current_item
        if item is None or item.id is None:
            return
        try:
            entry = self.feeds.draft_for_item(item.id)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        self.log_requested.emit(entry)

    def entry_logged(self, entry: Any) -> None:
        """An entry made from an item was saved: the item is now logged as that entry."""
        item_id = getattr(entry, "feed_item_id", None)
        entry_id = getattr(entry, "id", None)
        if item_id is not None and entry_id is not None:
            item = self.items_model.item_at(self.items_model.row_of(item_id))
            if item is not None and item.logged_entry_id != entry_id:
                item.logged_entry_id = entry_id
                item.read = True
                self.items_model.update_item(item)
        if self.current_item is not None:
            self._show_item(self.current_item)

    def load_images(self) -> None:
        item = self.current_item
        urls = list(self.browser.remote_images)
        if item is None or not urls:
            return
        self.images_button.setEnabled(False)
        self.images_button.setText(self.tr("Loading images…"))
        item_id = item.id

        def show(found: dict[str, bytes]) -> None:
            if self.current_item is not None and self.current_item.id == item_id:
                self._show_item(self.current_item, found)

        self.tasks.start(
            lambda: fetch_images(urls), show, lambda e: self.status_message.emit(str(e))
        )

    # --- refreshing ------------------------------------------------------------------------
    def refresh(self, explicit: bool = True) -> None:
        """Fetch new items. ``explicit`` (the user asked) fetches every feed now; automatic
        refresh (False) only the feeds whose polite waiting time has passed."""
        if self.refresh_task is not None:
            return
        feeds = self.feeds
        self.refresh_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.refresh_state_changed.emit(True, 0, 0)
        self.refresh_task = self.tasks.start(
            lambda progress, cancel: feeds.refresh(
                progress=progress, cancel=cancel, explicit=explicit
            ),
            self._refreshed,
            self._refresh_failed,
            lambda done, total: self.refresh_state_changed.emit(True, done, total),
            wants_progress=True,
            wants_cancel=True,
        )

    def cancel_refresh(self) -> None:
        if self.refresh_task is not None:
            self.refresh_task.cancel()
            self.cancel_button.setEnabled(False)

    def _end_refresh(self) -> None:
        self.refresh_task = None
        self.refresh_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.refresh_state_changed.emit(False, 0, 0)

    def _refreshed(self, report: Any) -> None:
        self._end_refresh()
        failed = len(report.failed)
        message = self.tr("{new} new items from {feeds} feeds.").format(
            new=report.new_items, feeds=len(report.feeds)
        )
        if failed:
            message += " " + self.tr("{n} feeds had problems (see the marked feeds).").format(
                n=failed
            )
        if report.cancelled:
            message = self.tr("Refresh cancelled. ") + message
        self.status_message.emit(message)
        self._refresh_report = report
        self.reload()
        self._refresh_waits_for = (self._tree_generation, self._items_generation)

    def _refresh_failed(self, error: BaseException) -> None:
        self._end_refresh()
        self.status_message.emit(str(error))

    # --- managing feeds --------------------------------------------------------------------
    def _run(self, fn: Any, done_message: str) -> None:
        self.tasks.start(
            fn,
            lambda _r: (self.reload(), self.status_message.emit(done_message)),
            lambda e: self.status_message.emit(str(e)),
        )

    def add_feed(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Add a feed"),
            self.tr("Address of a feed or of a website that has one:"),
        )
        if ok and url.strip():
            feeds = self.feeds
            self._run(lambda: feeds.subscribe(url.strip()), self.tr("Feed added."))

    def add_hashtag(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Follow a hashtag"))
        form = QFormLayout(dialog)
        tag = QLineEdit(dialog)
        tag.setPlaceholderText("socialwork")
        instance = QLineEdit("mastodon.social", dialog)
        tag_label = QLabel(self.tr("&Hashtag:"), dialog)
        tag_label.setBuddy(tag)
        instance_label = QLabel(self.tr("&Mastodon server:"), dialog)
        instance_label.setBuddy(instance)
        form.addRow(tag_label, tag)
        form.addRow(instance_label, instance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() and tag.text().strip():
            try:
                self.feeds.add_hashtag(tag.text().strip(), instance.text().strip())
            except CpdlogError as exc:
                self.status_message.emit(str(exc))
                return
            self.reload()

    def choose_curated(self) -> None:
        dialog = CuratedSourcesDialog(self.feeds.curated_categories(), self)
        if dialog.exec() and dialog.chosen():
            chosen = dialog.chosen()
            feeds = self.feeds
            self._run(lambda: feeds.subscribe_curated(chosen), self.tr("Curated sources added."))

    def import_opml(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import feeds"), "", self.tr("OPML (*.opml *.xml)")
        )
        if path:
            feeds = self.feeds
            self._run(lambda: feeds.import_opml(Path(path)), self.tr("Feeds imported."))

    def export_opml(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export feeds"), "cpdlog feeds.opml", self.tr("OPML (*.opml)")
        )
        if path:
            try:
                count = self.feeds.export_opml(Path(path))
            except CpdlogError as exc:
                self.status_message.emit(str(exc))
                return
            self.status_message.emit(self.tr("Exported {n} feeds.").format(n=count))

    def remove_feed(self) -> None:
        current = self.tree.currentIndex()
        feed_id = current.data(FeedIdRole) if current.isValid() else None
        if feed_id is None:
            self.status_message.emit(self.tr("Choose a feed to unfollow first."))
            return
        try:
            self.feeds.remove(int(feed_id))
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        self.reload()
