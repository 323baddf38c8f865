"""How the reader's item list draws one item: the title on one line (bold while unread,
elided with the full title in the tooltip), the feed and date muted beneath, a rule between."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from cpdlog.ui.models.feeds import ItemDetailRole, ItemTitleRole, ItemUnreadRole

PADDING_X = 8
PADDING_Y = 5
LINE_GAP = 2


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

    The fonts and their metrics are made once per list font (and bold or not), not for every
    row painted: while a refresh adds rows the list repaints often, and each call into Qt
    from here may wait for the interpreter's lock that the refresh's threads share."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._fonts: dict[tuple[str, bool], tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    def _fonts_for(
        self, option: QStyleOptionViewItem, unread: bool
    ) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        widget = option.widget
        base = widget.font() if widget is not None else option.font
        key = (base.key(), unread)
        found = self._fonts.get(key)
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
            self._fonts[key] = found
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

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        unread = bool(index.data(ItemUnreadRole))
        title_font, detail_font, title_metrics, detail_metrics = self._fonts_for(opt, unread)
        inner = rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y - 1)

        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(palette.currentColorGroup(), role))
        painter.setFont(title_font)
        title = title_metrics.elidedText(
            self.title_text(index), Qt.TextElideMode.ElideRight, max(0, inner.width())
        )
        title_rect = QRect(inner.left(), inner.top(), inner.width(), title_metrics.height())
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )

        painter.setFont(detail_font)
        painter.setPen(muted(palette, selected))
        detail = fit_detail(str(index.data(ItemDetailRole) or ""), detail_metrics, inner.width())
        detail_rect = QRect(
            inner.left(),
            title_rect.bottom() + 1 + LINE_GAP,
            inner.width(),
            detail_metrics.height(),
        )
        painter.drawText(
            detail_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail
        )

        rule = palette.color(palette.currentColorGroup(), QPalette.ColorRole.Mid)
        rule.setAlpha(90)
        painter.setPen(rule)
        painter.drawLine(
            rect.left() + PADDING_X, rect.bottom(), rect.right() - PADDING_X, rect.bottom()
        )
        painter.restore()
