"""The reader's item list while a refresh adds rows (issue 16): a plain row is drawn once into
a kept picture that looks exactly as the row drawn by the style each time, and rows inserted
above the ones being read do not move them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem

from cpdlog.domain.feed import FeedItem
from cpdlog.ui.models.feeds import FeedItemsModel, ItemDetailRole, ItemIdRole, ItemUnreadRole
from cpdlog.ui.widgets.feed_items import (
    LINE_GAP,
    PADDING_X,
    PADDING_Y,
    FeedItemDelegate,
    ItemListView,
    fit_detail,
    muted,
)

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
LONG = "What the research says about working with families under pressure, and what it does not"


def _items(*ids: int, read: bool = False) -> list[FeedItem]:
    return [
        FeedItem(
            id=i,
            feed_id=1,
            key=f"k{i}",
            title=f"Story {i}: {LONG}",
            published=NOW - dt.timedelta(hours=i),
            read=read,
        )
        for i in ids
    ]


def _view(qtbot: Any, items: list[FeedItem], width: int = 420, height: int = 300) -> ItemListView:
    model = FeedItemsModel()
    model.set_source(lambda offset, limit: [], len(items), {1: "Community Care"}, items)
    view = ItemListView()
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setAlternatingRowColors(True)
    view.setItemDelegate(FeedItemDelegate(view))
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def reference_paint(
    delegate: FeedItemDelegate, painter: QPainter, option: QStyleOptionViewItem, index: Any
) -> None:
    """The delegate's paint before rows were kept as pictures (commit 33769fc), verbatim but
    for the names: the style draws the row, then both lines and the rule are drawn."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    rect: QRect = opt.rect
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    palette: QPalette = opt.palette
    unread = bool(index.data(ItemUnreadRole))
    title_font, detail_font, title_metrics, detail_metrics = delegate._fonts_for(opt, unread)
    inner = rect.adjusted(PADDING_X, PADDING_Y, -PADDING_X, -PADDING_Y - 1)
    painter.save()
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    painter.setPen(palette.color(palette.currentColorGroup(), role))
    painter.setFont(title_font)
    title = title_metrics.elidedText(
        delegate.title_text(index), Qt.TextElideMode.ElideRight, max(0, inner.width())
    )
    title_rect = QRect(inner.left(), inner.top(), inner.width(), title_metrics.height())
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(detail_font)
    painter.setPen(muted(palette, selected))
    detail = fit_detail(str(index.data(ItemDetailRole) or ""), detail_metrics, inner.width())
    detail_rect = QRect(
        inner.left(), title_rect.bottom() + 1 + LINE_GAP, inner.width(), detail_metrics.height()
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


def _render(
    view: ItemListView,
    row: int,
    width: int,
    alternate: bool,
    cached: bool,
    state: QStyle.StateFlag = QStyle.StateFlag.State_None,
    at: int = 0,
) -> QImage:
    """One row drawn as the view draws it: its background, then the delegate."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(at, at, width, height)  # ``at``: a row drawn away from the origin
    option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
    option.state &= ~QStyle.StateFlag.State_MouseOver
    option.state |= state
    if alternate:
        option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
    role = QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
    image = QImage(width + at, height + at, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(view.palette().color(role))
    painter = QPainter(image)
    try:
        if cached:
            delegate.paint(painter, option, index)
        else:  # the row as it was drawn before the pictures were kept
            reference_paint(delegate, painter, option, index)
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("alternate", [False, True])
@pytest.mark.parametrize("read", [False, True])
def test_a_kept_row_picture_looks_exactly_as_the_row_drawn_each_time(
    qtbot: Any, alternate: bool, read: bool
) -> None:
    view = _view(qtbot, _items(1, 2, read=read))
    delegate = view.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    for width in (420, 180):  # elided title and detail, and a narrower list
        for at in (0, 7):
            drawn = _render(view, 0, width, alternate, cached=False, at=at)
            first = _render(view, 0, width, alternate, cached=True, at=at)  # drawn directly
            kept = len(delegate._rows)
            second = _render(view, 0, width, alternate, cached=True, at=at)  # picture made
            third = _render(view, 0, width, alternate, cached=True, at=at)  # from the picture
            assert first == drawn
            assert second == drawn
            assert third == drawn
            assert at or len(delegate._rows) == kept + 1


@pytest.mark.parametrize(
    "state",
    [
        QStyle.StateFlag.State_Selected,
        QStyle.StateFlag.State_HasFocus,
        QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus,
    ],
)
def test_a_chosen_or_focused_row_looks_as_before(qtbot: Any, state: QStyle.StateFlag) -> None:
    view = _view(qtbot, _items(1, 2))
    for at in (0, 5):
        drawn = _render(view, 1, 300, True, cached=False, state=state, at=at)
        assert _render(view, 1, 300, True, cached=True, state=state, at=at) == drawn
    # The text really is drawn (not an empty row): some pixels differ from the background.
    blank = QImage(drawn)
    blank.fill(view.palette().color(QPalette.ColorRole.Base))
    assert drawn != blank


def test_a_row_changed_in_place_is_not_shown_from_an_old_picture(qtbot: Any) -> None:
    view = _view(qtbot, _items(1, 2))
    model = view.model()
    assert isinstance(model, FeedItemsModel)
    unread = _render(view, 0, 420, False, cached=True)
    item = model.item_at(0)
    assert item is not None
    item.read = True  # as the reader does when an item is opened
    model.update_item(item)
    _render(view, 0, 420, False, cached=True)
    now = _render(view, 0, 420, False, cached=True)
    assert now != unread  # no longer bold
    assert now == _render(view, 0, 420, False, cached=False)
    item.starred = True
    model.update_item(item)
    _render(view, 0, 420, False, cached=True)
    starred = _render(view, 0, 420, False, cached=True)
    assert starred != now and starred == _render(view, 0, 420, False, cached=False)


def test_the_list_on_screen_matches_the_rows_drawn_by_the_style(qtbot: Any) -> None:
    """The whole viewport, painted by the view with kept pictures, against the same view with
    the pictures switched off (every row drawn by the style, as before)."""
    view = _view(qtbot, _items(*range(1, 12)))
    with_pictures = view.viewport().grab().toImage()
    delegate = view.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    delegate._backgrounds.clear()
    delegate._rows.clear()

    view.viewport().grab()  # the rows' pictures are made at their second painting
    kept = view.viewport().grab().toImage()
    assert delegate._rows  # drawn from pictures

    def before(painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        reference_paint(delegate, painter, option, index)

    delegate.paint = before  # type: ignore[method-assign]
    view.viewport().update()
    without = view.viewport().grab().toImage()
    assert with_pictures == without
    assert kept == without


def _top(view: ItemListView) -> tuple[int, int]:
    view.executeDelayedItemsLayout()  # as the next paint does
    index = view.indexAt(QPoint(1, 1))
    assert index.isValid()
    return int(index.data(ItemIdRole)), view.visualRect(index).top()


@pytest.mark.parametrize(
    "mode",
    [QAbstractItemView.ScrollMode.ScrollPerItem, QAbstractItemView.ScrollMode.ScrollPerPixel],
)
def test_rows_inserted_above_do_not_move_the_item_being_read(
    qtbot: Any, mode: QAbstractItemView.ScrollMode
) -> None:
    items = _items(*range(100, 0, -1))  # newest (highest id) first
    view = _view(qtbot, items)
    view.setVerticalScrollMode(mode)
    model = view.model()
    assert isinstance(model, FeedItemsModel)
    reading = model.index(30, 0)
    view.setCurrentIndex(reading)
    view.scrollTo(model.index(25, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: view.indexAt(QPoint(1, 1)).row() == 25)
    before = _top(view)
    current = view.currentIndex().data(ItemIdRole)
    rect = view.visualRect(view.currentIndex())
    newer = _items(*range(106, 100, -1))
    model.update_source(lambda o, n: [], 106, {1: "Community Care"}, newer + items)
    assert model.rowCount() == 106
    assert view.currentIndex().data(ItemIdRole) == current == 70
    assert _top(view) == before  # the same item at the same place
    assert view.visualRect(view.currentIndex()) == rect
    # Rows inserted below the top of the screen leave it where it is too.
    model.update_source(
        lambda o, n: [], 107, {1: "Community Care"}, newer + items[:40] + _items(999) + items[40:]
    )
    assert _top(view) == before


def test_at_the_top_with_nothing_chosen_new_rows_come_in_at_the_top(qtbot: Any) -> None:
    items = _items(*range(50, 0, -1))
    view = _view(qtbot, items)
    model = view.model()
    assert isinstance(model, FeedItemsModel)
    assert not view.currentIndex().isValid() and _top(view)[0] == 50
    model.update_source(lambda o, n: [], 52, {1: "Community Care"}, _items(52, 51) + items)
    assert _top(view)[0] == 52
    assert view.verticalScrollBar().value() == 0


def test_a_row_picture_is_kept_per_look_not_per_repaint(qtbot: Any) -> None:
    view = _view(qtbot, _items(1))
    delegate = view.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    _render(view, 0, 300, False, cached=True)
    _render(view, 0, 300, False, cached=True)
    kept = len(delegate._rows)
    _render(view, 0, 300, False, cached=True)
    assert len(delegate._rows) == kept
    _render(view, 0, 301, False, cached=True)
    assert len(delegate._rows) == kept  # a new width: drawn directly the first time
    _render(view, 0, 301, False, cached=True)
    assert len(delegate._rows) == kept + 1
