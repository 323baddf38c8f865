"""The one map between Python string indexes and Qt's UTF-16 positions."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from cpdlog.ui.widgets.utf16 import Utf16Offsets


def test_plain_text_counts_the_same_both_ways() -> None:
    offsets = Utf16Offsets("Home visit with Sam")
    assert [offsets.to_qt(i) for i in (0, 5, 19)] == [0, 5, 19]
    assert [offsets.from_qt(p) for p in (0, 5, 19)] == [0, 5, 19]


def test_characters_outside_the_basic_plane_count_twice_for_qt() -> None:
    text = "🙂 Sam 👍🏽 Jo"  # three characters of two UTF-16 units each
    offsets = Utf16Offsets(text)
    sam = text.index("Sam")
    jo = text.index("Jo")
    assert offsets.span_to_qt(sam, sam + 3) == (3, 6)
    assert offsets.to_qt(jo) == jo + 3
    assert offsets.to_qt(len(text)) == len(text.encode("utf-16-le")) // 2
    assert offsets.from_qt(3) == sam
    assert offsets.from_qt(1) == 0  # inside the first emoji: that character
    assert offsets.from_qt(offsets.to_qt(jo)) == jo


def test_a_qt_cursor_selects_the_python_slice() -> None:
    text = "Met 🧒🏻 and Bez at 10:00 👍"
    document = QTextDocument(text)
    offsets = Utf16Offsets(text)
    start = text.index("Bez")
    qt_start, qt_end = offsets.span_to_qt(start, start + 3)
    cursor = QTextCursor(document)
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Bez"
    for index in range(len(text) + 1):
        assert offsets.from_qt(offsets.to_qt(index)) == index
