"""The sections list (Journal, Reader, Progress, Export, Trash) shows every section whole and
never scrolls sideways: its fixed width leaves room for its frame, which is wider since the
focus ring has room inside it."""

from __future__ import annotations

from typing import Any

from cpdlog.ui.main_window import MainWindow


def test_the_sections_list_fits_its_items_without_scrolling_sideways(
    window: MainWindow, qtbot: Any
) -> None:
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    navigation = window.navigation
    viewport = navigation.viewport().rect()
    assert navigation.horizontalScrollBar().maximum() == 0
    for row in range(navigation.count()):
        rect = navigation.visualItemRect(navigation.item(row))
        assert viewport.contains(rect), (navigation.item(row).text(), rect, viewport)
