"""Focus can always be seen (WCAG 2.2, 2.4.7 and 1.4.11), proved with pixels: each kind of
widget, given the focus by program (no key press, so Qt's "keyboard focus change" flag is
off), is rendered and its 2 px focus ring is found and measured against what surrounds it,
in the normal palette and in high contrast, on a selected current row as well."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui import a11y


@dataclass
class Case:
    target: QWidget | Callable[[], QWidget]  # the widget given the focus (or how to find it)
    shown: QWidget  # the widget rendered (the target or its parent)
    region: Callable[[], QRect]  # where the ring must be, in ``shown``'s coordinates
    filled: bool = False  # a bar filled with the ring's colour (a pane divider, 6 px wide)

    def focused(self) -> QWidget:
        return self.target if isinstance(self.target, QWidget) else self.target()


def _palette(name: str) -> QPalette:
    palette = QPalette(QApplication.palette())
    if name == "normal":
        return palette
    colours = {
        # Windows' "High contrast black" and "High contrast white" themes
        "contrast-dark": ("#000000", "#000000", "#ffffff", "#1aebff", "#000000", "#000000"),
        "contrast-light": ("#ffffff", "#ffffff", "#000000", "#37006e", "#ffffff", "#ffffff"),
    }[name]
    window, base, text, highlight, highlighted_text, button = colours
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in (
            (QPalette.ColorRole.Window, window),
            (QPalette.ColorRole.Base, base),
            (QPalette.ColorRole.AlternateBase, base),
            (QPalette.ColorRole.Button, button),
            (QPalette.ColorRole.Text, text),
            (QPalette.ColorRole.WindowText, text),
            (QPalette.ColorRole.ButtonText, text),
            (QPalette.ColorRole.Highlight, highlight),
            (QPalette.ColorRole.HighlightedText, highlighted_text),
        ):
            palette.setColor(group, role, QColor(colour))
    return palette


def _whole(widget: QWidget) -> Callable[[], QRect]:
    return lambda: widget.rect()


def _current_row(view: QAbstractItemView) -> Callable[[], QRect]:
    def region() -> QRect:
        rect = view.visualRect(view.currentIndex())
        if isinstance(view, QTableView):  # the whole row
            model = view.model()
            last = model.index(view.currentIndex().row(), model.columnCount() - 1)
            rect = rect.united(view.visualRect(last))
        return rect.translated(view.viewport().pos())

    return region


def _select_current(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)  # selects it too
    assert view.selectionModel().isSelected(index)


def _make(kind: str, host: QWidget) -> Case:
    if kind == "line edit":
        edit = QLineEdit("Supervision notes", host)
        return Case(edit, edit, _whole(edit))
    if kind == "text edit":
        text = QTextEdit(host)
        text.setPlainText("What I learned")
        return Case(text, text, _whole(text))
    if kind == "spin box":
        spin = QSpinBox(host)
        spin.setValue(3)
        return Case(spin, spin, _whole(spin))
    if kind == "date edit":
        date = QDateEdit(host)
        return Case(date, date, _whole(date))
    if kind == "combo box":
        combo = QComboBox(host)
        combo.addItems(["Course", "Reading"])
        return Case(combo, combo, _whole(combo))
    if kind == "check box":
        check = QCheckBox("Draft", host)
        return Case(check, check, _whole(check))
    if kind == "radio button":
        radio = QRadioButton("Hours", host)
        return Case(radio, radio, _whole(radio))
    if kind == "push button":
        button = QPushButton("Save", host)
        return Case(button, button, _whole(button))
    if kind == "tool button":
        tool = QToolButton(host)
        tool.setText("Filter")
        tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return Case(tool, tool, _whole(tool))
    if kind == "list":
        listing = QListWidget(host)
        listing.addItems(["Course", "Reading", "Supervision"])
        _select_current(listing, 1)
        return Case(listing, listing, _current_row(listing))
    if kind == "table":
        table = QTableWidget(3, 2, host)
        for row in range(3):
            for column in range(2):
                table.setItem(row, column, QTableWidgetItem(f"Entry {row} {column}"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        _select_current(table, 1)
        return Case(table, table, _current_row(table))
    if kind == "tree":
        tree = QTreeView(host)
        model = QStandardItemModel(tree)
        for group in ("Standard 1", "Standard 2"):
            parent = QStandardItem(group)
            parent.appendRows([QStandardItem(f"{group}.{n}") for n in (1, 2)])
            model.appendRow(parent)
        tree.setModel(model)
        tree.setHeaderHidden(True)
        tree.expandAll()
        tree.setCurrentIndex(model.index(1, 0, model.index(0, 0)))
        assert tree.selectionModel().isSelected(tree.currentIndex())
        return Case(tree, tree, _current_row(tree))
    if kind == "tab bar":
        tabs = QTabBar(host)
        for name in ("Details", "Reflection", "Standards"):
            tabs.addTab(name)
        tabs.setCurrentIndex(1)
        tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return Case(tabs, tabs, lambda: tabs.tabRect(tabs.currentIndex()))
    if kind == "slider":
        slider = QSlider(Qt.Orientation.Horizontal, host)
        slider.setValue(40)
        return Case(slider, slider, _whole(slider))
    if kind == "splitter handle":
        splitter = QSplitter(Qt.Orientation.Horizontal, host)
        splitter.addWidget(QLabel("Entries", splitter))
        splitter.addWidget(QLabel("Detail", splitter))

        def handle() -> QWidget:  # looked up when shown: a wrapper made before goes stale
            return splitter.handle(1)

        def around_handle() -> QRect:
            return handle().geometry().adjusted(-3, 0, 3, 0)

        return Case(handle, splitter, around_handle, filled=True)
    raise AssertionError(kind)


KINDS = [
    "line edit",
    "text edit",
    "spin box",
    "date edit",
    "combo box",
    "check box",
    "radio button",
    "push button",
    "tool button",
    "list",
    "table",
    "tree",
    "tab bar",
    "slider",
    "splitter handle",
]


def ring_problems(image: QImage, region: QRect, ring: QColor, filled: bool = False) -> list[str]:
    """What is wrong with the ring of colour ``ring`` inside ``region`` of ``image``: missing,
    less than three quarters of a 2 px outline (``filled``: not a bar at least 4 px wide, the
    full height of the region), or under 3:1 against a colour next to it."""
    region = region.intersected(image.rect())
    wanted = ring.rgb()
    points = [
        QPoint(x, y)
        for y in range(region.top(), region.bottom() + 1)
        for x in range(region.left(), region.right() + 1)
        if image.pixel(x, y) == wanted
    ]
    if not points:
        return [f"no pixel of the ring's colour {ring.name()} in {region.getRect()}"]
    xs = [p.x() for p in points]
    ys = [p.y() for p in points]
    width, height = max(xs) - min(xs) + 1, max(ys) - min(ys) + 1
    problems = []
    if filled:
        if width < 4 or height < region.height() or len(points) < width * height:
            problems.append(f"{len(points)} pixels in {width}×{height}: not a filled bar")
    elif width < 8 or height < 8:
        problems.append(f"the ring is {width}×{height} px, not round anything")
    # a complete 2 px outline of a width × height box has about 4 × (width + height) pixels
    elif len(points) < 3 * (width + height):
        problems.append(f"{len(points)} ring pixels: not a 2 px outline of {width}×{height}")
    elif len(points) > 6 * (width + height):  # a selection filled in the ring's colour
        problems.append(f"{len(points)} pixels of the ring's colour: a filled area, not a ring")
    neighbours: Counter[int] = Counter()
    for point in points:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            x, y = point.x() + dx, point.y() + dy
            if image.rect().contains(x, y) and image.pixel(x, y) != wanted:
                neighbours[image.pixel(x, y)] += 1
    total = sum(neighbours.values())
    for rgb, count in neighbours.items():
        if count * 10 < total:
            continue  # a few pixels of text or an edge's shading
        ratio = a11y.contrast(ring, QColor(rgb))
        if ratio < a11y.MIN_CONTRAST:
            problems.append(f"ring {ring.name()} next to {QColor(rgb).name()}: {ratio:.2f}:1")
    return problems


@pytest.fixture
def host(qtbot: Any) -> QWidget:
    a11y.install(QApplication.instance())  # type: ignore[arg-type]
    widget = QWidget()
    widget.setWindowTitle("Focus")
    QVBoxLayout(widget)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("palette_name", ["normal", "contrast-dark", "contrast-light"])
@pytest.mark.parametrize("kind", KINDS)
def test_the_focus_ring_is_drawn_and_stands_out(
    kind: str, palette_name: str, host: QWidget, qtbot: Any
) -> None:
    host.setPalette(_palette(palette_name))
    case = _make(kind, host)
    layout = host.layout()
    assert layout is not None
    layout.addWidget(case.shown)
    host.resize(320, 200)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    target = case.focused()
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(target.hasFocus)
    assert not host.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    ring = a11y.focus_colour(case.shown.palette())
    image = case.shown.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    problems = ring_problems(image, case.region(), ring, case.filled)
    assert problems == [], f"{kind} ({palette_name}): " + "; ".join(problems)

    target.clearFocus()
    qtbot.waitUntil(lambda: not target.hasFocus())
    unfocused = case.shown.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert ring_problems(unfocused, case.region(), ring, case.filled), (
        f"{kind}: a ring without the focus"
    )
