"""Check boxes and radio buttons whose words wrap (``ui/widgets/wrapping.py``), the layouts
that make room for Welsh and large text (``columns.py``, ``stacking.py``), and the edges of
boxes and fields in high contrast (``ui/outlines.py``)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui.a11y import AccessibleStyle, contrast
from cpdlog.ui.widgets.columns import ColumnsLayout
from cpdlog.ui.widgets.stacking import StackingSplitter
from cpdlog.ui.widgets.wrapping import WrappingCheckBox, WrappingRadioButton
from tests.ui.layout_probe import high_contrast_palette

WORDS = "Cynnwys &drafftiau (wedi’u marcio’n DRAFFT) yn y portffolio a greir"


@pytest.mark.parametrize("kind", [WrappingCheckBox, WrappingRadioButton])
def test_the_words_wrap_when_narrow_and_the_whole_button_answers(qtbot: Any, kind: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    button = kind(WORDS, host)
    layout.addWidget(button)
    layout.addStretch(1)
    plain = QCheckBox(WORDS) if kind is WrappingCheckBox else QRadioButton(WORDS)
    metrics = QFontMetrics(button.font())
    longest = max(metrics.horizontalAdvance(w) for w in WORDS.replace("&", "").split())
    # it needs no more width than its indicator and its longest word, where Qt's own needs
    # the whole line
    assert button.minimumSizeHint().width() < longest + 60
    assert plain.minimumSizeHint().width() > 2 * button.minimumSizeHint().width()
    one_line = button.heightForWidth(plain.sizeHint().width() + 20)
    narrow = button.minimumSizeHint().width() + 40
    assert button.heightForWidth(narrow) >= one_line + 2 * metrics.height()
    host.resize(narrow + 20, 400)
    host.show()
    qtbot.waitExposed(host)
    assert button.height() >= button.heightForWidth(button.width())  # room for every line
    # a click on the last line of words ticks it, as a click on Qt's one-line words does
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(60, button.height() - 4))
    assert button.isChecked()
    # the same widget to the keyboard and to assistive technology
    assert button.shortcut() == QKeySequence("Alt+D")
    assert button.text() == WORDS


def test_a_short_one_keeps_its_one_line_size(qtbot: Any) -> None:
    short = WrappingCheckBox("Unread only")
    plain = QCheckBox("Unread only")
    qtbot.addWidget(short)
    assert short.sizeHint() == plain.sizeHint()
    assert short.minimumSizeHint().height() == plain.minimumSizeHint().height()


def test_cards_use_two_columns_when_they_fit_and_one_when_not(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = ColumnsLayout(host, columns=2, spacing=10)
    cards = [QPushButton(f"A card with quite a long label {n}", host) for n in range(3)]
    for card in cards:
        layout.addWidget(card)
    for card in cards:  # added again, in order, when the report changes: the same three
        layout.addWidget(card)
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == cards  # type: ignore[union-attr]
    widest = max(card.minimumSizeHint().width() for card in cards)
    assert host.minimumSizeHint().width() == widest  # not two cards side by side
    host.resize(2 * widest + 40, 300)
    host.show()
    qtbot.waitExposed(host)
    assert cards[0].y() == cards[1].y() < cards[2].y()
    assert cards[0].width() == cards[1].width()
    host.resize(widest + 20, 300)
    qtbot.waitUntil(lambda: cards[1].y() > cards[0].y())
    assert cards[1].y() < cards[2].y() and cards[0].width() == widest + 20


def test_panes_stack_when_they_do_not_fit_beside_each_other(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    splitter = StackingSplitter(host)
    QVBoxLayout(host).addWidget(splitter)
    left, right = QWidget(), QWidget()
    left.setMinimumWidth(300)
    right.setMinimumWidth(400)
    splitter.addWidget(left)
    splitter.addWidget(right)
    assert splitter.minimumSizeHint().width() == 400  # the wider pane, not both
    host.resize(900, 400)
    host.show()
    qtbot.waitExposed(host)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    host.resize(600, 400)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: left.width() == right.width() == splitter.width())  # both whole
    assert right.y() > left.y()  # one above the other
    host.resize(1000, 400)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)


def _edge_contrast(image: QImage, window: QColor) -> float:
    """The strongest contrast with the window colour of the pixels along the left of
    ``image``, where its edge is (not its arrow, tick or words)."""
    best = 1.0
    for y in range(image.height()):
        for x in range(min(4, image.width())):
            best = max(best, contrast(image.pixelColor(x, y), window))
    return best


def test_boxes_and_fields_have_visible_edges_in_high_contrast(qtbot: Any) -> None:
    """In the high-contrast palette (white on black) the style drew an unticked box, a radio
    button, the frames of an empty line edit, spin box, editable box and list, and an empty
    progress bar in black on black: nothing showed (contrast 1:1). Each must now show an edge
    at least 3:1 against the window."""
    palette = high_contrast_palette()
    style = AccessibleStyle()
    host = QWidget()
    qtbot.addWidget(host)
    host.setPalette(palette)
    host.setStyle(style)
    layout = QVBoxLayout(host)
    check, radio = QCheckBox(host), QRadioButton(host)  # no words: only the indicator draws
    edit, spin, bar, items = QLineEdit(host), QSpinBox(host), QProgressBar(host), QListWidget(host)
    bar.setRange(0, 1)
    bar.setValue(0)  # nothing done yet: only the groove draws
    bar.setTextVisible(False)
    typed = QComboBox(host)
    typed.setEditable(True)  # drawn as a date box with a calendar is
    typed.setEditText("")
    spin.setSpecialValueText(" ")  # no digits: only the frame and the arrows draw
    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    for widget in (check, radio, edit, spin, bar, items, typed):
        widget.setStyle(style)
        widget.setPalette(palette)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus ring in the picture
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    window = palette.color(palette.ColorRole.Window)
    for widget in (check, radio, edit, spin, bar, items, typed):
        found = _edge_contrast(widget.grab().toImage(), window)
        assert found >= 3.0, (type(widget).__name__, round(found, 2))
