"""The reader: feeds by category, a lazily loaded item list, and the item itself.

Item HTML is sanitised by the feeds layer before it is stored; here it is shown in a
QTextBrowser that never fetches anything by itself. Remote images stay off unless the user
asks for them for that item, and links open in the system browser only after the scheme check.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.feed import FeedItem, ItemFullText, is_openable_link
from cpdlog.errors import CpdlogError
from cpdlog.ui import collector
from cpdlog.ui.a11y import describe_button
from cpdlog.ui.icons import icon
from cpdlog.ui.models.feeds import (
    ALL_ITEMS,
    CategoryRole,
    FeedIdRole,
    FeedItemsModel,
    FeedsTreeModel,
    FeedTree,
    PageDone,
)
from cpdlog.ui.paced import PacedSteps
from cpdlog.ui.tasks import lower_child_processes
from cpdlog.ui.text import format_date, plural
from cpdlog.ui.widgets.feed_items import FeedItemDelegate, ItemListView
from cpdlog.ui.widgets.flow import flow_host
from cpdlog.ui.widgets.wrap_row import wrap_row

if TYPE_CHECKING:
    from cpdlog.services.feeds import FeedService
    from cpdlog.services.team import TeamService
    from cpdlog.ui.dialogs.team_sources import TeamSourcesDialog
    from cpdlog.ui.settings import WindowState
    from cpdlog.ui.tasks import Task, TaskRunner

MAX_IMAGES = 12
MAX_IMAGE_BYTES = 5_000_000
PLACEHOLDER_SIZE = QSize(40, 28)  # a picture that was not downloaded, in device-independent px
FEED_LIST_MIN_WIDTH = 180
ITEM_LIST_MIN_WIDTH = 220
ITEM_PANE_MIN_WIDTH = 280
LIVE_RELOAD_MS = 1000  # how often the item list is read again while a refresh runs
# While a refresh runs, its fetch and writer threads share the interpreter's lock with the
# GUI thread, which takes it again after every call into Qt (a painted row makes dozens).
# Each time it may wait for a thread running Python to let go, which CPython asks for only
# after the switch interval (5 ms by default): with two threads running Python, a repaint
# of the item list took 580-680 ms (median) at 5 ms and 140-230 ms at 1 ms (a loaded 2-core
# machine; 11-29 ms of it the GUI thread's own CPU). So the interval is 1 ms meanwhile.
REFRESH_SWITCH_INTERVAL = 0.001
# Full garbage collections wait while a refresh runs (``collector``) and for this long after
# it ends: the first one then walks everything the refresh left, holding the interpreter's
# lock (110 ms on the quiet machine, 480-750 ms at load 10, in the 2,000-feed probe), which
# is better when the reader has shown the refresh's last items than while it shows them.
FULL_COLLECTION_DELAY_MS = 3000
FULL_TEXT_SHORTCUT = "Ctrl+T"


def blocked_image(palette: QPalette, ratio: float) -> QImage:
    """A small outline picture standing in for one that was not downloaded, drawn at the
    screen's pixel ratio so it stays sharp at any scale."""
    ratio = max(1.0, ratio)
    width, height = PLACEHOLDER_SIZE.width(), PLACEHOLDER_SIZE.height()
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QColor(palette.color(QPalette.ColorRole.Mid))
    fill = QColor(palette.color(QPalette.ColorRole.AlternateBase))
    painter.setPen(QPen(line, 1.0))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 3, 3)
    painter.setBrush(line)
    painter.drawEllipse(QPointF(width * 0.68, height * 0.32), 2.5, 2.5)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(width * 0.18, height * 0.78),
                QPointF(width * 0.40, height * 0.40),
                QPointF(width * 0.58, height * 0.78),
            ]
        )
    )
    painter.end()
    return image


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
    """What one worker reads for the reader: plain data, shown on the GUI thread.

    The feed tree's rows are built (sorted and nested) on the worker too: with thousands of
    feeds that is tens of milliseconds the GUI thread would otherwise spend once a second
    while a refresh runs."""

    tree: FeedTree | None  # None when only the item list was asked for
    feed_titles: dict[int, str] | None
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
        self._placeholder: QImage | None = None

    def placeholder(self) -> QImage:
        if self._placeholder is None:
            self._placeholder = blocked_image(self.palette(), self.devicePixelRatioF())
        return self._placeholder

    def set_item_html(self, body: str, images: dict[str, bytes] | None = None) -> None:
        self.remote_images = []
        self._images = {}
        self._placeholder = None  # drawn again for this screen and palette
        for url, data in (images or {}).items():
            image = QImage.fromData(data)
            if not image.isNull():
                self._images[url] = image
        self.setHtml(body)
        self._shrink_blocked_images()

    def blocked_image_sizes(self) -> list[tuple[str, float, float]]:
        """Each picture that is shown as the placeholder: its address and drawn size."""
        found: list[tuple[str, float, float]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fmt = fragments.fragment().charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    if image.name() not in self._images:
                        found.append((image.name(), image.width(), image.height()))
                fragments += 1
            block = block.next()
        return found

    def _shrink_blocked_images(self) -> None:
        """Pictures that were not downloaded take the placeholder's small size, whatever
        width and height the article gave them (else Qt stretches a broken-image icon)."""
        document = self.document()
        spans: list[tuple[int, int]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name() not in self._images:
                    spans.append((fragment.position(), fragment.length()))
                fragments += 1
            block = block.next()
        for position, length in spans:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            fmt = cursor.charFormat().toImageFormat()
            fmt.setWidth(PLACEHOLDER_SIZE.width())
            fmt.setHeight(PLACEHOLDER_SIZE.height())
            fmt.setToolTip(self.tr("Picture not downloaded: press Show images to see it"))
            cursor.setCharFormat(fmt)
        document.setModified(False)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value or kind == (
            QTextDocument.ResourceType.ImageResource
        ):
            if text in self._images:
                return self._images[text]
            if text.startswith(("http://", "https://")):
                if text not in self.remote_images:
                    self.remote_images.append(text)
                return self.placeholder()
        return None  # nothing remote, nothing from disk

    def _open(self, url: QUrl) -> None:
        text = url.toString()
        if is_openable_link(text):
            QDesktopServices.openUrl(url)
            self.link_opened.emit(text)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


class CuratedSourcesDialog(QDialog):
    """Choose which curated social work sources to follow: groups, each with its sources."""

    def __init__(
        self, categories: list[Any], sources: list[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CuratedSourcesDialog")
        self.setWindowTitle(self.tr("Curated sources"))
        self.setMinimumSize(520, 420)
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These are feeds from social work publications, research bodies and practitioner "
                "blogs, chosen for CPD. Tick a group to follow all of its sources, or open it and "
                "tick the ones you want; new articles then appear in the Reader."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Curated sources by group"))
        self.tree.setAccessibleDescription(
            self.tr("Tick a group to follow all its sources, or tick single sources; Space ticks")
        )
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for category in categories:
            text = self.tr("{name} ({sources} sources, {followed} followed)").format(
                name=category.name, sources=category.sources, followed=category.subscribed
            )
            group = QTreeWidgetItem(self.tree, [text])
            group.setData(0, Qt.ItemDataRole.UserRole, None)
            group.setToolTip(0, text)
            group.setFlags(
                group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            groups[category.name] = group
        for source in sources:
            parent_group = groups.get(source.category)
            if parent_group is None:
                continue
            text = source.title + (self.tr(" (followed)") if source.followed else "")
            row = QTreeWidgetItem(parent_group, [text])
            row.setToolTip(0, source.key)
            row.setData(0, Qt.ItemDataRole.UserRole, source.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked)
            if source.followed:
                row.setDisabled(True)  # already followed: nothing to choose
        for group in groups.values():
            followed = all(child.isDisabled() for child in _children(group))
            if followed:
                group.setCheckState(0, Qt.CheckState.Checked)
                group.setDisabled(True)
        self.tree.expandAll()  # each group's sources in view at once
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Follow the ticked sources"))
        self.ok_button.setAccessibleDescription(
            self.tr("Adds the ticked sources to your feeds; new articles appear in the Reader")
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window without following anything"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def group_items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def chosen(self) -> list[str]:
        """The keys of the ticked sources not yet followed."""
        found: list[str] = []
        for group in self.group_items():
            for row in _children(group):
                if row.checkState(0) == Qt.CheckState.Checked and not row.isDisabled():
                    found.append(str(row.data(0, Qt.ItemDataRole.UserRole)))
        return found


class AtLeast(QWidget):
    """A pane whose minimum width is ``floor`` or what its layout needs, whichever is more
    (``setMinimumWidth`` would override what the layout needs)."""

    def __init__(self, floor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.floor), hint.height())


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
        self,
        feeds: FeedService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        team: TeamService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReaderView")
        self.feeds = feeds
        self.team = team if team is not None and team.on_server else None
        self.team_dialog: TeamSourcesDialog | None = None
        self.tasks = tasks
        self.refresh_task: Task | None = None
        self.current_item: FeedItem | None = None
        # The kept full text of the open item, and whether it is shown instead of the feed's.
        self.current_full_text: ItemFullText | None = None
        self.showing_full_text = False
        self._fetching_full_text: int | None = None  # the item whose page is being fetched
        self._preparing_log: int | None = None  # the item whose draft is being prepared
        self._images_for: int | None = None
        self._loading_tree = False
        self._tree_generation = 0  # the last feeds reading asked for
        self._tree_shown = 0  # the last one on screen
        self._items_generation = 0
        self._items_shown = 0
        self._feed_titles: dict[int, str] = {}
        self._shown_query: Any = None  # the query of the item list on screen
        self._switch_interval: float | None = None  # to put back when a refresh ends
        self._refresh_report: Any = None
        self._refresh_waits_for = (0, 0)
        self._live_reload = QElapsedTimer()  # since the list was last read during a refresh
        self._lowered: set[int] = set()  # the helper processes given a lower priority
        self._release_collections = QTimer(self)
        self._release_collections.setSingleShot(True)
        self._release_collections.setInterval(FULL_COLLECTION_DELAY_MS)
        self._release_collections.timeout.connect(collector.release_full_collections)
        self.confirm_box: QMessageBox | None = None
        self.curated_dialog: CuratedSourcesDialog | None = None
        self.tree_model = FeedsTreeModel(self)
        self.items_model = FeedItemsModel(self)
        self._paced = PacedSteps(self)  # what a reading shows, spread over turns
        self._build()
        self.reload()

    # --- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Fetch new items from every feed (Ctrl+R)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.cancel_button = QPushButton(icon("stop"), self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the refresh"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Stops fetching new items; the feeds already fetched keep theirs")
        )
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_refresh)
        self.manage_button = QToolButton(self)
        self.manage_button.setText(self.tr("Fee&ds"))
        self.manage_button.setAccessibleName(self.tr("Manage feeds"))
        self.manage_button.setAccessibleDescription(
            self.tr("Opens a menu to add, import, export or unfollow feeds")
        )
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.manage_button)
        menu.addAction(icon("add"), self.tr("Add a feed or website…"), self.add_feed)
        menu.addAction(icon("add"), self.tr("Follow a hashtag…"), self.add_hashtag)
        menu.addAction(self.tr("Curated social work sources…"), self.choose_curated)
        if self.team is not None:
            menu.addAction(self.tr("Your team's sources…"), self.choose_team_sources)
        menu.addSeparator()
        menu.addAction(icon("open"), self.tr("Import a list of feeds (OPML)…"), self.import_opml)
        menu.addAction(
            icon("export"), self.tr("Export your list of feeds (OPML)…"), self.export_opml
        )
        menu.addSeparator()
        self.always_full_text_action = self._always_full_text_action(menu)
        menu.addAction(self.always_full_text_action)
        menu.addAction(icon("remove"), self.tr("Unfollow the selected feed…"), self.remove_feed)
        menu.aboutToShow.connect(self._update_feed_actions)
        self.manage_button.setMenu(menu)
        # Qt draws an instant-popup button's arrow over the end of its words ("Ffrydiau"):
        # leave room for it beside them.
        indicator = self.manage_button.style().pixelMetric(
            QStyle.PixelMetric.PM_MenuButtonIndicator, None, self.manage_button
        )
        self.manage_button.setMinimumWidth(self.manage_button.sizeHint().width() + indicator)
        self.unread_check = QCheckBox(self.tr("Unread o&nly"), self)
        self.unread_check.setAccessibleDescription(
            self.tr("When ticked, the list shows only the items you have not read yet")
        )
        self.unread_check.toggled.connect(lambda _c: self.load_items())
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search items"))
        self.search_edit.setAccessibleName(self.tr("Search items"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type words and press Enter to list only the items that contain them")
        )
        self.search_edit.returnPressed.connect(self.load_items)
        self.search_edit.textChanged.connect(lambda t: None if t else self.load_items())
        search_label = QLabel(self.tr("Sear&ch:"), self)
        search_label.setBuddy(self.search_edit)
        # With large text (in Welsh above all) the two halves do not fit beside each other in
        # a 1000-pixel window: the search half then goes under the buttons.
        self.top_row = wrap_row(
            self,
            [
                [self.refresh_button, self.cancel_button, self.manage_button],
                [self.unread_check, search_label, self.search_edit],
            ],
        )
        layout.addWidget(self.top_row)
        self._build_summary(layout)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("readerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # laid out without asking every row its size
        self.tree.setAccessibleName(self.tr("Feeds"))
        self.tree.setAccessibleDescription(
            self.tr("The feeds you follow: choose one to list its items")
        )
        self.tree.setMinimumWidth(FEED_LIST_MIN_WIDTH)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.load_items())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._feed_context_menu)
        self.feed_menu: QMenu | None = None
        self.list = ItemListView(self.splitter)
        self.list.setModel(self.items_model)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Items"))
        self.list.setAccessibleDescription(
            self.tr("The items of the chosen feed: choose one to read it")
        )
        self.list.setItemDelegate(FeedItemDelegate(self.list))
        self.list.setMinimumWidth(ITEM_LIST_MIN_WIDTH)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._item_changed)

        # At least ITEM_PANE_MIN_WIDTH, or as wide as its widest button needs (a fixed
        # minimum cut "Cofnodi fel DPP" off at the pane's edge with large text).
        right = AtLeast(ITEM_PANE_MIN_WIDTH, self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_host, actions = flow_host(right)
        self.log_button = QPushButton(icon("log"), self.tr("&Log as CPD"), right)
        self.log_button.setToolTip(self.tr("Make a draft CPD entry from this item and edit it"))
        self.read_button = QPushButton(self.tr("&Mark unread"), right)
        self.read_button.setAccessibleDescription(
            self.tr("Marks the chosen item as read or as unread")
        )
        self.star_button = QPushButton(icon("star"), self.tr("&Star"), right)
        self.star_button.setAccessibleDescription(
            self.tr("Stars the chosen item so that you can find it again, or takes its star off")
        )
        self.open_button = QPushButton(icon("web"), self.tr("&Open in browser"), right)
        self.open_button.setAccessibleDescription(
            self.tr("Opens the chosen item's web page in your web browser")
        )
        self.images_button = QPushButton(self.tr("Show &images"), right)
        self.images_button.setToolTip(
            self.tr("Download this item's pictures from the sites that host them")
        )
        self.full_text_button = QPushButton(self.tr("Full &text"), right)
        self.full_text_button.setToolTip(
            self.tr(
                "Fetch the whole article from its web page and keep it to read offline ({key})"
            ).format(key=self._shortcut_text())
        )
        self.full_text_button.setAccessibleName(self.tr("Full text"))
        for button in (
            self.log_button,
            self.read_button,
            self.star_button,
            self.open_button,
            self.images_button,
            self.full_text_button,
        ):
            actions.addWidget(button)
        # Buttons whose words change keep one width, so opening an item moves nothing.
        self._steady_width(self.log_button, [self.tr("&Log as CPD"), self.tr("Open &logged entry")])
        self._steady_width(self.read_button, [self.tr("&Mark unread"), self.tr("&Mark read")])
        self._steady_width(self.star_button, [self.tr("&Star"), self.tr("Un&star")])
        self._steady_width(
            self.images_button,
            [
                self.tr("Show &images"),
                self.tr("Show &images ({n})").format(n=88),
                self.tr("Loading images…"),
            ],
        )
        self._steady_width(
            self.full_text_button,
            [self.tr("Full &text"), self.tr("Feed &text"), self.tr("Fetching the full text…")],
        )
        self.full_text_button.clicked.connect(self.toggle_full_text)
        self.full_text_shortcut = QShortcut(QKeySequence(FULL_TEXT_SHORTCUT), self)
        self.full_text_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.full_text_shortcut.activated.connect(self.toggle_full_text)
        self.log_button.clicked.connect(self.log_current)
        self.read_button.clicked.connect(self.toggle_read)
        self.star_button.clicked.connect(self.toggle_star)
        self.open_button.clicked.connect(self.open_current)
        self.images_button.clicked.connect(self.load_images)
        right_layout.addWidget(self.actions_host)
        self.full_text_note = QLabel(right)
        self.full_text_note.setObjectName("fullTextNote")
        self.full_text_note.setWordWrap(True)
        self.full_text_note.setAccessibleName(self.tr("About the full text"))
        self.full_text_note.hide()
        right_layout.addWidget(self.full_text_note)
        self.browser = ItemBrowser(right)
        self.browser.setAccessibleName(self.tr("Item"))
        self.browser.setAccessibleDescription(self.tr("The text of the chosen item"))
        right_layout.addWidget(self.browser, 1)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        # When the window changes size the feed list keeps its width; the others share.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([240, 380, 560])
        layout.addWidget(self.splitter, 1)
        self._show_item(None)

    @staticmethod
    def _steady_width(button: QPushButton, texts: list[str]) -> None:
        current = button.text()
        widest = 0
        for text in texts:
            button.setText(text)
            widest = max(widest, button.sizeHint().width())
        button.setText(current)
        button.setMinimumWidth(widest)

    def _build_summary(self, layout: QVBoxLayout) -> None:
        """The line that sums up a refresh with problems; its rows open on request."""
        self.summary_frame = QFrame(self)
        self.summary_frame.setObjectName("refreshSummary")
        self.summary_frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.summary_frame)
        box.setContentsMargins(8, 4, 4, 4)
        row = QHBoxLayout()
        self.summary_icon = QLabel(self.summary_frame)
        self.summary_icon.setPixmap(icon("warning").pixmap(16, 16))
        self.summary_label = QLabel(self.summary_frame)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Refresh summary"))
        self.summary_details_button = QToolButton(self.summary_frame)
        self.summary_details_button.setText(self.tr("Show details"))
        self.summary_details_button.setCheckable(True)
        self.summary_details_button.setAccessibleDescription(
            self.tr("Shows or hides the list of feeds that could not be refreshed")
        )
        self.summary_details_button.toggled.connect(self._toggle_summary_details)
        self.summary_close_button = QToolButton(self.summary_frame)
        self.summary_close_button.setText(self.tr("Dismiss"))
        self.summary_close_button.setAccessibleName(self.tr("Dismiss the refresh summary"))
        self.summary_close_button.setAccessibleDescription(
            self.tr("Hides this summary until the next refresh")
        )
        self.summary_close_button.clicked.connect(self.summary_frame.hide)
        row.addWidget(self.summary_icon)
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.summary_details_button)
        row.addWidget(self.summary_close_button)
        box.addLayout(row)
        self.summary_details = QListWidget(self.summary_frame)
        self.summary_details.setAccessibleName(self.tr("Feeds that could not be refreshed"))
        self.summary_details.setAccessibleDescription(
            self.tr("Each feed that failed, with the reason")
        )
        self.summary_details.setMaximumHeight(140)
        self.summary_details.setWordWrap(True)
        self.summary_details.hide()
        box.addWidget(self.summary_details)
        self.summary_frame.hide()
        layout.addWidget(self.summary_frame)

    def _toggle_summary_details(self, shown: bool) -> None:
        self.summary_details.setVisible(shown)
        self.summary_details_button.setText(
            self.tr("Hide details") if shown else self.tr("Show details")
        )

    def show_refresh_summary(self, report: Any) -> None:
        """Sum up a refresh's problems in one line (nothing is shown when all went well)."""
        failed = list(report.failed)
        self.summary_details.clear()
        self.summary_details_button.setChecked(False)
        if not failed:
            self.summary_frame.hide()
            return
        total = len(report.feeds)
        if report.all_failed and all(getattr(line, "unreachable", False) for line in failed):
            text = self.tr("Could not reach {n} of {total} feeds — are you offline?").format(
                n=len(failed), total=total
            )
        else:
            text = plural(
                "ReaderView",
                len(failed),
                "%n feed could not be refreshed.",
                "%n feeds could not be refreshed.",
            )
        self.summary_label.setText(text)
        for line in failed:
            self.summary_details.addItem(f"{line.title}: {line.error}")
        self.summary_frame.show()

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
            tree, titles = None, None
            if tree_generation is not None:
                listed = feeds.list_feeds()
                tree = FeedsTreeModel.build(listed, feeds.unread_counts())
                titles = {f.id: f.display_title for f in listed if f.id is not None}
            total = feeds.count_items(query)
            return ReaderData(tree, titles, total, list(feeds.list_items(query, False)))

        self.tasks.start(
            work,
            lambda data: self._read_done(tree_generation, items_generation, query, data),
            lambda error: self._read_failed(tree_generation, items_generation, error),
        )

    def _read_done(
        self, tree_generation: int | None, items_generation: int, query: Any, data: ReaderData
    ) -> None:
        """Show a reading: the feeds, then the items, each in its own turn of the event loop
        when the first takes long (``PacedSteps``), so the painting between is not held up."""

        def show_feeds() -> None:
            if tree_generation == self._tree_generation and data.tree is not None:
                self._show_feeds(data.tree, data.feed_titles or {})
                self._tree_shown = tree_generation

        def show_items() -> None:
            if items_generation == self._items_generation:
                if self._query(0, FeedItemsModel.PAGE) != query:
                    self.load_items()  # the selection moved when the feeds were shown again
                else:
                    self._show_items(query, data.total, data.first_page)
                    self._items_shown = items_generation
            self._after_read()

        self._paced.run(show_feeds, show_items)

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

    def _show_feeds(self, tree: FeedTree, feed_titles: dict[int, str]) -> None:
        """Put the feeds in the tree (updated in place when only details and counts changed;
        while a refresh runs, renamed feeds keep their places until it ends)."""
        current = self.tree.currentIndex()
        feed_id = current.data(FeedIdRole) if current.isValid() else None
        category = current.data(CategoryRole) if current.isValid() else ALL_ITEMS
        self._feed_titles = feed_titles
        self._loading_tree = True
        try:
            if self.tree_model.show(tree, keep_order=self.refresh_task is not None):
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

        if query == self._shown_query:
            # The same list read again (a refresh stored more): new rows go in where they
            # belong, the open item stays open.
            self.items_model.update_source(page, total, self._feed_titles, first, self._run_page)
            if self.current_item is None:
                self._show_item(None)  # the count in the empty pane's message
            return
        self._shown_query = query
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
            kept = self.feeds.full_text(item.id)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        # A full text kept offline (fetched before, or by a feed that always fetches it) is
        # what the item shows first; the feed's own text is one press away.
        self.current_full_text = kept if kept is not None and kept.ok else None
        self.showing_full_text = self.current_full_text is not None
        self.full_text_note.hide()
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
        full = self.current_full_text if self.showing_full_text else None
        if full is not None and full.item_id == item.id:
            kept = self.tr("Full text from its web page, kept on {date} to read offline.").format(
                date=format_date(full.retrieved_at.date())
            )
            parts.append(f"<p><i>{html.escape(kept)}</i></p>")
            parts.append(full.html)  # sanitised (nh3 allowlist) before it was kept
            if full.truncated:
                note = self.tr("The page was longer; cpdlog kept its first part only.")
                parts.append(f"<p><i>{html.escape(note)}</i></p>")
        elif item.content_html:
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
        self._update_full_text_button(item)
        if item is None:
            self.current_full_text = None
            self.showing_full_text = False
            self.full_text_note.hide()
            self.browser.set_item_html("<p><i>" + html.escape(self.empty_message()) + "</i></p>")
            self.images_button.setEnabled(False)
            return
        self.read_button.setText(self.tr("&Mark unread") if item.read else self.tr("&Mark read"))
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

    # --- full text -------------------------------------------------------------------------
    def _shortcut_text(self) -> str:
        return QKeySequence(FULL_TEXT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)

    def _update_full_text_button(self, item: FeedItem | None) -> None:
        button = self.full_text_button
        fetching = item is not None and self._fetching_full_text == item.id
        if fetching:
            button.setText(self.tr("Fetching the full text…"))
        elif self.showing_full_text:
            button.setText(self.tr("Feed &text"))
        else:
            button.setText(self.tr("Full &text"))
        has_page = item is not None and item.openable_link.startswith(("http://", "https://"))
        button.setEnabled(has_page and not fetching)

    def toggle_full_text(self) -> None:
        """Show the item's full text (fetched on a worker the first time, then kept), or go
        back to the feed's own text."""
        item = self.current_item
        if item is None or item.id is None or not self.full_text_button.isEnabled():
            return
        if self.showing_full_text:
            self.showing_full_text = False
            self._show_item(item)
            return
        kept = self.current_full_text
        if kept is not None and kept.item_id == item.id:
            self.showing_full_text = True
            self._show_item(item)
            return
        self.fetch_full_text()

    def fetch_full_text(self) -> None:
        item = self.current_item
        if item is None or item.id is None or self._fetching_full_text is not None:
            return
        item_id = item.id
        feeds = self.feeds
        self._fetching_full_text = item_id
        self.full_text_note.hide()
        self._update_full_text_button(item)
        self.status_message.emit(
            self.tr("Fetching the full text of “{title}”…").format(
                title=item.title or self.tr("(untitled)")
            )
        )
        self.tasks.start(
            lambda: feeds.fetch_full_text(item_id),
            lambda full: self._full_text_fetched(item_id, full),
            lambda error: self._full_text_failed(item_id, error),
        )

    def _full_text_fetched(self, item_id: int, full: object) -> None:
        self._fetching_full_text = None
        item = self.current_item
        if item is None or item.id != item_id or not isinstance(full, ItemFullText):
            self._update_full_text_button(item)
            return  # another item is open now; this one's text is kept for later
        self.current_full_text = full
        self.showing_full_text = True
        self.status_message.emit(self.tr("Full text kept to read offline."))
        self._show_item(item)

    def _full_text_failed(self, item_id: int, error: BaseException) -> None:
        self._fetching_full_text = None
        item = self.current_item
        message = (
            str(error)
            if isinstance(error, CpdlogError)
            else self.tr("The full text could not be fetched.")
        )
        self.status_message.emit(message)
        if item is not None and item.id == item_id:
            self.full_text_note.setText(
                self.tr("{problem} The feed's own text is shown instead.").format(problem=message)
            )
            self.full_text_note.show()
        self._update_full_text_button(item)

    # --- feed settings -----------------------------------------------------------------------
    def _always_full_text_action(self, parent: QWidget) -> QAction:
        action = QAction(self.tr("Always fetch full text for the selected feed"), parent)
        action.setCheckable(True)
        action.setToolTip(
            self.tr(
                "After each refresh, fetch the new items' web pages and keep them to read offline"
            )
        )
        action.triggered.connect(self.set_always_full_text)
        return action

    def _update_feed_actions(self) -> None:
        feed = self.tree_model.feed_at(self.tree.currentIndex())
        self.always_full_text_action.setEnabled(feed is not None)
        self.always_full_text_action.setChecked(bool(feed is not None and feed.full_text))

    def _feed_context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        feed = self.tree_model.feed_at(index) if index.isValid() else None
        if feed is None:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._update_feed_actions()
        menu.addAction(self.always_full_text_action)
        menu.addAction(icon("remove"), self.tr("Unfollow this feed…"), self.remove_feed)
        self.feed_menu = menu
        menu.aboutToHide.connect(lambda: setattr(self, "feed_menu", None))
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def set_always_full_text(self, on: bool) -> None:
        """Turn "always fetch full text" on or off for the selected feed."""
        feed = self.tree_model.feed_at(self.tree.currentIndex())
        if feed is None or feed.id is None:
            self.status_message.emit(self.tr("Choose a feed first."))
            return
        try:
            changed = self.feeds.set_full_text(feed.id, on)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        if changed.full_text:
            message = self.tr(
                "New items from “{feed}” will have their full text fetched after each refresh."
            )
        else:
            message = self.tr("Full text is no longer fetched for “{feed}”.")
        self.status_message.emit(message.format(feed=changed.display_title))
        self.reload()

    def empty_message(self) -> str:
        """What the item pane says when no item is open."""
        total = self.items_model.total
        if total:
            return plural(
                "ReaderView",
                total,
                "%n item. Choose it to read it here.",
                "%n items. Choose one to read it here.",
            )
        feed = self.tree_model.feed_at(self.tree.currentIndex())
        if feed is not None and feed.has_error:
            return self.tr("“{feed}” could not be refreshed: {error}").format(
                feed=feed.display_title, error=feed.last_error
            )
        if self.search_edit.text().strip() or self.unread_check.isChecked():
            return self.tr("No items match.")
        if feed is not None:
            return self.tr("No items from “{feed}” yet. Press Refresh to fetch them.").format(
                feed=feed.display_title
            )
        feeds = self.tree_model.feeds()
        if not feeds:
            return self.tr("No items yet. Add feeds, then press Refresh.")
        if all(f.has_error for f in feeds):
            return self.tr(
                "No items yet: none of your feeds could be read the last time. Check your "
                "internet connection, then press Refresh."
            )
        return self.tr("No items yet. Press Refresh to fetch them.")

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
        if item is None or item.id is None or self._preparing_log is not None:
            return
        try:
            entry = self.feeds.draft_for_item(item.id)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        if entry.id is not None or not (item.transcript_url or entry.source.url):
            self.log_requested.emit(entry)
            return
        # The page's snapshot (the kept full text, else the page fetched now) and the episode's
        # transcript are kept as evidence: files to write and pages to fetch, so on a worker.
        item_id = item.id
        feeds = self.feeds
        self._preparing_log = item_id
        self.log_button.setEnabled(False)
        if item.transcript_url:
            self.status_message.emit(self.tr("Fetching the episode's transcript…"))
        elif not self.current_full_text:
            self.status_message.emit(self.tr("Keeping a snapshot of the page as evidence…"))

        def done(result: object) -> None:
            self._log_prepared()
            draft, note = result if isinstance(result, tuple) else (None, "")
            if note:
                self.status_message.emit(str(note))
            self.log_requested.emit(draft if draft is not None else entry)

        def failed(error: BaseException) -> None:
            self._log_prepared()
            self.status_message.emit(
                str(error)
                if isinstance(error, CpdlogError)
                else self.tr("The transcript and snapshot could not be added to the entry.")
            )
            self.log_requested.emit(entry)  # the draft without the extra evidence

        self.tasks.start(lambda: feeds.draft_with_evidence(item_id), done, failed)

    def _log_prepared(self) -> None:
        self._preparing_log = None
        self.log_button.setEnabled(self.current_item is not None)

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
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, REFRESH_SWITCH_INTERVAL))
        self._release_collections.stop()
        collector.hold_full_collections()
        self._lowered = set()
        lower_child_processes(self._lowered)  # parse processes started before (if any)
        self.refresh_state_changed.emit(True, 0, 0)
        self.refresh_task = self.tasks.start(
            lambda progress, cancel: feeds.refresh(
                progress=progress, cancel=cancel, explicit=explicit
            ),
            self._refreshed,
            self._refresh_failed,
            self._refresh_progress,
            wants_progress=True,
            wants_cancel=True,
        )

    def _refresh_progress(self, done: int, total: int) -> None:
        """``done`` feeds are in the database: show their items while the rest come in.

        The list is read again at most once a second, and only when the last reading is on
        screen, so a long refresh never queues readings up behind each other."""
        # The feed parsers started by now run below the GUI thread's priority.
        lower_child_processes(self._lowered)
        self.refresh_state_changed.emit(True, done, total)
        idle = self._tree_shown == self._tree_generation and (
            self._items_shown == self._items_generation
        )
        if not idle or done >= total:
            return
        if self._live_reload.isValid() and self._live_reload.elapsed() < LIVE_RELOAD_MS:
            return
        self._live_reload.start()
        self.reload()

    def cancel_refresh(self) -> None:
        if self.refresh_task is not None:
            self.refresh_task.cancel()
            self.cancel_button.setEnabled(False)

    def _end_refresh(self) -> None:
        self.refresh_task = None
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        self._release_collections.start()  # once the last items are on screen
        self._live_reload.invalidate()
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
        if report.full_texts:
            message += " " + plural(
                "ReaderView",
                report.full_texts,
                "Full text kept to read offline for %n new item.",
                "Full text kept to read offline for %n new items.",
            )
        if report.cancelled:
            message = self.tr("Refresh cancelled. ") + message
        self.status_message.emit(message)
        self.show_refresh_summary(report)
        self._refresh_report = report
        self.reload()
        self._refresh_waits_for = (self._tree_generation, self._items_generation)

    def _refresh_failed(self, error: BaseException) -> None:
        self._end_refresh()
        self.status_message.emit(str(error))

    # --- managing feeds --------------------------------------------------------------------
    def _run(self, fn: Any, done_message: str) -> None:
        def done(_result: object) -> None:
            self.reload()
            self.status_message.emit(done_message)

        self.tasks.start(fn, done, lambda e: self.status_message.emit(str(e)))

    def add_feed(self) -> None:
        # A dialog of its own rather than QInputDialog.getText, whose field and buttons
        # cannot be given accessible descriptions.
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add a feed"))
        layout = QVBoxLayout(dialog)
        label = QLabel(self.tr("Address of a feed or of a website that has one:"), dialog)
        address = QLineEdit(dialog)
        address.setAccessibleDescription(
            self.tr("A web address, such as a social work blog's: cpdlog finds its feed")
        )
        label.setBuddy(address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Ok,
            self.tr("Follows the feed: its new items appear in the Reader"),
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window without adding a feed"),
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(label)
        layout.addWidget(address)
        layout.addWidget(buttons)
        url = address.text() if dialog.exec() else ""
        dialog.deleteLater()
        if url.strip():
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
        tag.setAccessibleDescription(self.tr("The hashtag to follow, such as socialwork"))
        instance.setAccessibleDescription(
            self.tr("The Mastodon server whose public posts with the hashtag are read")
        )
        form.addRow(tag_label, tag)
        form.addRow(instance_label, instance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Ok,
            self.tr("Follows the hashtag: its posts appear in the Reader as a feed"),
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window without following the hashtag"),
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

    def choose_curated(self) -> CuratedSourcesDialog:
        dialog = CuratedSourcesDialog(
            self.feeds.curated_categories(), self.feeds.curated_sources(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.curated_dialog = dialog

        def accepted() -> None:
            chosen = dialog.chosen()
            if chosen:
                feeds = self.feeds
                self._run(
                    lambda: feeds.subscribe_curated(sources=chosen),
                    plural(
                        "ReaderView",
                        len(chosen),
                        "Following %n more curated source.",
                        "Following %n more curated sources.",
                    ),
                )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "curated_dialog", None))
        dialog.open()
        return dialog

    def choose_team_sources(self) -> None:
        """Read the team's sources (on a worker: the server is across the network), then
        offer them; ``team_dialog`` is the dialog once it is shown."""
        team, feeds = self.team, self.feeds
        if team is None:
            return

        def read() -> tuple[list[Any], set[str]]:
            return team.sources(), {feed.url for feed in feeds.list_feeds()}

        def show(result: tuple[list[Any], set[str]]) -> None:
            from cpdlog.ui.dialogs.team_sources import TeamSourcesDialog

            sources, followed = result
            dialog = TeamSourcesDialog(sources, followed, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.team_dialog = dialog

            def accepted() -> None:
                chosen = dialog.chosen()
                if chosen:
                    self._run(
                        lambda: [team.follow_source(source_id) for source_id in chosen],
                        plural(
                            "ReaderView",
                            len(chosen),
                            "Following %n team source.",
                            "Following %n team sources.",
                        ),
                    )

            dialog.accepted.connect(accepted)
            dialog.finished.connect(lambda _r: setattr(self, "team_dialog", None))
            dialog.open()

        self.tasks.start(read, show, lambda e: self.status_message.emit(str(e)))

    def import_opml(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import feeds"), "", self.tr("Lists of feeds (OPML) (*.opml *.xml)")
        )
        if path:
            feeds = self.feeds
            self._run(lambda: feeds.import_opml(Path(path)), self.tr("Feeds imported."))

    def export_opml(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export feeds"),
            "cpdlog feeds.opml",
            self.tr("List of feeds (OPML) (*.opml)"),
        )
        if path:
            try:
                count = self.feeds.export_opml(Path(path))
            except CpdlogError as exc:
                self.status_message.emit(str(exc))
                return
            self.status_message.emit(self.tr("Exported {n} feeds.").format(n=count))

    def remove_feed(self) -> QMessageBox | None:
        """Ask, then unfollow the selected feed."""
        feed = self.tree_model.feed_at(self.tree.currentIndex())
        if feed is None or feed.id is None:
            self.status_message.emit(self.tr("Choose a feed to unfollow first."))
            return None
        feed_id, title = feed.id, feed.display_title
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unfollow a feed"),
            self.tr("Stop following “{feed}”?").format(feed=title),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Its articles leave the Reader. Entries you logged from it stay in your journal."
            )
        )
        yes = box.addButton(self.tr("Unfollow"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box

        def answered(button: Any) -> None:
            self.confirm_box = None
            if button is yes:
                self._unfollow(feed_id, title)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _unfollow(self, feed_id: int, title: str) -> None:
        try:
            self.feeds.remove(feed_id)
        except CpdlogError as exc:
            self.status_message.emit(str(exc))
            return
        self.status_message.emit(self.tr("Unfollowed “{feed}”.").format(feed=title))
        self.reload()
