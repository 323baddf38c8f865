"""The reader's item list while a refresh adds rows (issue 16): a plain row is drawn once into
a kept picture that looks exactly as the row drawn by the style each time, and rows inserted
above the ones being read do not move them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from cpdlog.domain.feed import FeedItem
from cpdlog.ui.models.feeds import FeedItemsModel, ItemIdRole
from cpdlog.ui.widgets.feed_items import FeedItemDelegate, ItemListView

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


def _render(view: ItemListView, row: int, width: int, alternate: bool, cached: bool) -> QImage:
    """One row drawn as the view draws it: its background, then the delegate."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, FeedItemDelegate)
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    height = delegate.sizeHint(option, index).height()
    option.rect = QRect(0, 0, width, height)
    option.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
    option.state &= ~QStyle.StateFlag.State_MouseOver
    if alternate:
        option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
    role = QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(view.palette().color(role))
    painter = QPainter(image)
    try:
        if cached:
            delegate.paint(painter, option, index)
        else:  # the row as it was drawn before the pictures were kept: the style each time
            delegate._paint_styled(painter, option, index, delegate.face(index))
    finally:
        painter.end()
    return image


@pytest.mark.parametrize("alternate", [False, True])
@pytest.mark.parametrize("read", [False, True])
def test_a_kept_row_picture_looks_exactly_as_the_row_drawn_each_time(
    qtbot: Any, alternate: bool, read: bool
) -> None:
    view = _view(qtbot, _items(1, 2, read=read))
    for width in (420, 180):  # elided title and detail, and a narrower list
        drawn = _render(view, 0, width, alternate, cached=False)
        first = _render(view, 0, width, alternate, cached=True)
        again = _render(view, 0, width, alternate, cached=True)  # from the kept picture
        assert first == drawn
        assert again == drawn
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
    now = _render(view, 0, 420, False, cached=True)
    assert now != unread  # no longer bold
    assert now == _render(view, 0, 420, False, cached=False)
    item.starred = True
    model.update_item(item)
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

    def styled(painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        delegate._paint_styled(painter, option, index, delegate.face(index))

    delegate.paint = styled  # type: ignore[method-assign]
    view.viewport().update()
    without = view.viewport().grab().toImage()
    assert with_pictures == without


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
    kept = len(delegate._rows)
    _render(view, 0, 300, False, cached=True)
    assert len(delegate._rows) == kept
    _render(view, 0, 301, False, cached=True)
    assert len(delegate._rows) == kept + 1
