"""How the reader's item list draws one item: the title on one line (bold while unread,
elided with the full title in the tooltip), the feed and date muted beneath, a rule between.

While a refresh runs the list is repainted every second as rows come in, on the GUI thread
that shares the interpreter's lock with the refresh's threads; every call into Qt from Python
may wait for that lock. So a row that is not selected, focused or under the mouse is drawn
once into a pixmap (kept by what it shows: text, width, colours, font, pixel ratio) and then
painted with one call; :class:`ItemListView` keeps the row being read in place when rows are
inserted above it."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cpdlog.ui.models.feeds import (
    FeedItemsModel,
    ItemDetailRole,
    ItemTitleRole,
    ItemUnreadRole,
    RowFace,
)

PADDING_X = 8
PADDING_Y = 5
LINE_GAP = 2
ROW_CACHE = 400  # pixmaps of rows kept (a screenful is 10-40)
# A row in any of these states is drawn by the style each time (few rows are).
_LIVE_STATES = (
    QStyle.StateFlag.State_Selected
    | QStyle.StateFlag.State_MouseOver
    | QStyle.StateFlag.State_HasFocus
)
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
Fonts = tuple[QFont, QFont, QFontMetrics, QFontMetrics]


class Look(NamedTuple):
    """A row's geometry, fonts and colours for one size, font and palette."""

    title_font: QFont
    detail_font: QFont
    title_metrics: QFontMetrics
    detail_metrics: QFontMetrics
    title_rect: QRect
    detail_rect: QRect
    text_width: int
    rule_line: tuple[int, int, int]  # left, y, right
    text: QColor
    muted: QColor
    rule: QColor


def muted(palette: QPalette, selected: bool) -> QColor:
    """A quieter text colour that still reads on the row's background."""
    group = palette.currentColorGroup()
    if selected:
        return palette.color(group, QPalette.ColorRole.HighlightedText)
    text = palette.color(group, QPalette.ColorRole.Text)
    base = palette.color(group, QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 2 + base.red()) // 3,
        (text.green() * 2 + base.green()) // 3,
        (text.blue() * 2 + base.blue()) // 3,
    )


def fit_detail(text: str, metrics: QFontMetrics, width: int) -> str:
    """ "Feed · date" in ``width``: the feed's name gives way first, so the date stays whole."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    feed, separator, when = text.rpartition(" · ")
    if not separator:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))
    tail = separator + when
    room = width - metrics.horizontalAdvance(tail)
    if room < metrics.horizontalAdvance("M…"):
        return metrics.elidedText(when, Qt.TextElideMode.ElideRight, max(0, width))
    return metrics.elidedText(feed, Qt.TextElideMode.ElideRight, room) + tail


class FeedItemDelegate(QStyledItemDelegate):
    """Two lines per item with padding; nothing wraps, nothing is cut mid-letter.

    The fonts and their metrics are made once per list font (and bold or not), and a plain
    row's picture once per look (see the module's description), not for every row painted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fonts: dict[tuple[str, bool], Fonts] = {}
        self._rows: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()
        self._seen: set[tuple[Any, ...]] = set()  # rows drawn once (no picture yet)
        self._looks: dict[tuple[Any, ...], Look] = {}
        # Per palette (its key and colour group) and alternate or not: the row's own colour
        # (None: not a plain colour, so the row is drawn by the style each time).
        self._backgrounds: dict[tuple[int, int, bool], int | None] = {}

    def _fonts_for(self, option: QStyleOptionViewItem, unread: bool) -> Fonts:
        widget = option.widget
        base = widget.font() if widget is not None else option.font
        return self._fonts_of(base.key(), base, unread)

    def _fonts_of(self, key: str, base: QFont, unread: bool) -> Fonts:
        found = self._fonts.get((key, unread))
        if found is None:
            if len(self._fonts) > 16:
                self._fonts.clear()
            title = QFont(base)
            title.setBold(unread)
            detail = QFont(base)
            detail.setBold(False)
            if detail.pointSizeF() > 0:
                detail.setPointSizeF(detail.pointSizeF() * 0.9)
            found = (title, detail, QFontMetrics(title), QFontMetrics(detail))
            self._fonts[(key, unread)] = found
        return found

    def fonts(self, option: QStyleOptionViewItem, unread: bool) -> tuple[QFont, QFont]:
        title, detail, _title_metrics, _detail_metrics = self._fonts_for(option, unread)
        return QFont(title), QFont(detail)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _title, _detail, title_metrics, detail_metrics = self._fonts_for(option, True)
        height = title_metrics.height() + LINE_GAP + detail_metrics.height() + 2 * PADDING_Y + 1
        return QSize(200, height)

    def title_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(ItemTitleRole) or "")

    def elided_title(self, option: QStyleOptionViewItem, index: QModelIndex) -> str:
        title, _detail = self.fonts(option, bool(index.data(ItemUnreadRole)))
        width = option.rect.width() - 2 * PADDING_X
        return QFontMetrics(title).elidedText(
            self.title_text(index), Qt.TextElideMode.ElideRight, max(0, width)
        )

    def face(self, index: QModelIndex | QPersistentModelIndex) -> RowFace:
        """The row's two lines and unread state: from the reader's model directly (no call
        back through Qt), or through the roles from any other model."""
        model = index.model()
        if isinstance(model, FeedItemsModel):
            found = model.face(index.row())
            if found is not None:
                return found
        return RowFace(
            self.title_text(index),
            str(index.data(ItemDetailRole) or ""),
            bool(index.data(ItemUnreadRole)),
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        face = self.face(index)
        if not option.state & _LIVE_STATES:
            widget = option.widget
            palette: QPalette = option.palette
            group = palette.currentColorGroup()
            alternate = bool(option.features & _ALTERNATE)
            background = self._background(palette, group, alternate)
            if background is not None and widget is not None:
                self._paint_plain(painter, option.rect, widget, face, palette, background)
                return
        self._paint_styled(painter, option, index, face)

    def _background(
        self, palette: QPalette, group: QPalette.ColorGroup, alternate: bool
    ) -> int | None:
        key = (palette.cacheKey(), group.value, alternate)
        if key in self._backgrounds:
            return self._backgrounds[key]
        role = QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
        brush: QBrush = palette.brush(group, role)
        colour = brush.color()
        plain = brush.style() == Qt.BrushStyle.SolidPattern and colour.alpha() == 255
        if len(self._backgrounds) > 32:
            self._backgrounds.clear()
        self._backgrounds[key] = colour.rgba() if plain else None
        return self._backgrounds[key]

    def _look(
        self, width: int, height: int, font: QFont, palette: QPalette, selected: bool, unread: bool
    ) -> Look:
        """Where the lines go in a row of this size, and in which fonts and colours (made once
        per size, font and palette, so drawing a row asks Qt for nothing else)."""
        font_key = font.key()
        group = palette.currentColorGroup()
        key = (width, height, font_key, unread, palette.cacheKey(), group.value, selected)
        found = self._looks.get(key)
        if found is not None:
            return found
        title_font, detail_font, title_metrics, detail_metrics = self._fonts_of(
            font_key, font, unread
        )
        inner = QRect(0, 0, width, height).adjusted(
            PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y - 1
        )
        title_rect = QRect(inner.left(), inner.top(), inner.width(), title_metrics.height())
        detail_rect = QRect(
            inner.left(),
            title_rect.bottom() + 1 + LINE_GAP,
            inner.width(),
            detail_metrics.height(),
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rule = palette.color(group, QPalette.ColorRole.Mid)
        rule.setAlpha(90)
        found = Look(
            title_font,
            detail_font,
            title_metrics,
            detail_metrics,
            title_rect,
            detail_rect,
            max(0, inner.width()),
            (PADDING_X, height - 1, width - 1 - PADDING_X),
            palette.color(group, role),
            muted(palette, selected),
            rule,
        )
        if len(self._looks) > 64:
            self._looks.clear()
        self._looks[key] = found
        return found

    def _paint_plain(
        self,
        painter: QPainter,
        rect: QRect,
        widget: QWidget,
        face: RowFace,
        palette: QPalette,
        background: int,
    ) -> None:
        """A row on its plain background: from its kept picture; the first time a row is
        seen it is drawn directly (a list scrolled to the top during a refresh shows new rows
        every second, most painted once), the second time its picture is made."""
        width, height = rect.width(), rect.height()
        font = widget.font()
        ratio = painter.device().devicePixelRatioF()
        key = (face, width, height, ratio, background, palette.cacheKey(), font.key())
        pixmap = self._rows.get(key)
        if pixmap is not None:
            self._rows.move_to_end(key)
            painter.drawPixmap(rect.topLeft(), pixmap)
            return
        look = self._look(width, height, font, palette, False, face.unread)
        if key not in self._seen:
            if len(self._seen) >= 4 * ROW_CACHE:
                self._seen.clear()
            self._seen.add(key)
            painter.save()
            painter.translate(rect.topLeft())
            self._draw_lines(painter, look, face)
            painter.restore()
            return
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor.fromRgba(background))
        inner = QPainter(pixmap)
        try:
            self._draw_lines(inner, look, face)
        finally:
            inner.end()
        if len(self._rows) >= ROW_CACHE:
            self._rows.popitem(last=False)
        self._rows[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _paint_styled(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        face: RowFace,
    ) -> None:
        """The selected, focused or hovered row: the style draws its background and focus."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect: QRect = opt.rect
        font = widget.font() if widget is not None else option.font
        look = self._look(rect.width(), rect.height(), font, opt.palette, selected, face.unread)
        painter.save()
        try:
            painter.translate(rect.topLeft())
            self._draw_lines(painter, look, face)
        finally:
            painter.restore()

    @staticmethod
    def _draw_lines(painter: QPainter, look: Look, face: RowFace) -> None:
        """The row's two lines and its rule, in a row whose top left is the painter's origin."""
        painter.setPen(look.text)
        painter.setFont(look.title_font)
        painter.drawText(
            look.title_rect,
            _LEFT_MIDDLE,
            look.title_metrics.elidedText(face.title, _ELIDE_RIGHT, look.text_width),
        )
        painter.setFont(look.detail_font)
        painter.setPen(look.muted)
        painter.drawText(
            look.detail_rect,
            _LEFT_MIDDLE,
            fit_detail(face.detail, look.detail_metrics, look.text_width),
        )
        painter.setPen(look.rule)
        left, y, right = look.rule_line
        painter.drawLine(left, y, right, y)


class ItemListView(QListView):
    """The reader's item list. Rows inserted above the rows on screen (a refresh storing
    newer items) do not move what the user is reading: while an item is chosen or the list is
    scrolled down, the top row on screen stays where it was. Scrolled to the top with nothing
    chosen, new rows come in at the top, as in any feed reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anchor: tuple[QPersistentModelIndex, int, int] | None = None
        self._watched: Any = None

    def setModel(self, model: Any) -> None:
        if self._watched is not None:
            self._watched.rowsAboutToBeInserted.disconnect(self._before_insert)
            self._watched.rowsInserted.disconnect(self._after_insert)
        super().setModel(model)
        self._watched = model
        if model is not None:
            model.rowsAboutToBeInserted.connect(self._before_insert)
            model.rowsInserted.connect(self._after_insert)

    def reading(self) -> bool:
        """Whether the user is reading somewhere in the list (its rows must stay put)."""
        return self.verticalScrollBar().value() > 0 or self.currentIndex().isValid()

    def _before_insert(self, parent: QModelIndex, first: int, _last: int) -> None:
        if parent.isValid() or self._anchor is not None or not self.reading():
            return
        top = self.indexAt(self.viewport().rect().topLeft())
        if not top.isValid() or first > top.row():
            return  # below the top row on screen: it does not move
        self._anchor = (QPersistentModelIndex(top), top.row(), self.visualRect(top).top())

    def _after_insert(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid() or self._anchor is None:
            return
        anchor, row, top = self._anchor
        self._anchor = None
        if not anchor.isValid():
            return
        self.executeDelayedItemsLayout()  # the scroll bar's new range
        bar = self.verticalScrollBar()
        if self.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            bar.setValue(bar.value() + anchor.row() - row)
        else:
            now = self.visualRect(self.model().index(anchor.row(), 0)).top()
            bar.setValue(bar.value() + now - top)
