"""The progress page scrolls: with four registrations at 1000×700 every rule can be reached,
by scrolling and by the keyboard, and nothing is squeezed to fit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget

from cpdlog.domain.practitioner import Registration
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import ProgressView
from tests.conftest import make_entry


@pytest.fixture
def view(onboarded: App, qtbot: Any) -> Iterator[ProgressView]:
    onboarded.profile.update(registration_number="SW9")
    for registration in (
        Registration("ny-lmsw", "123456", dt.date(2020, 6, 1), license_type="LMSW"),
        Registration("niscc", "N77", dt.date(2021, 3, 1)),
        Registration("sssc", "S55", dt.date(2022, 1, 10)),
    ):
        onboarded.profile.add_registration(registration)
    onboarded.entries.add(make_entry("Reading on assessment", day=dt.date(2026, 7, 2)))
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 700)
    qtbot.waitExposed(window)
    page = window.show_page("progress")
    assert isinstance(page, ProgressView)
    with qtbot.waitSignal(page.report_ready, timeout=10_000):
        page.reload()
    qtbot.waitUntil(lambda: len(page.sections) == 3 and all(s.cards for s in page.sections))
    yield page
    window.tasks.cancel_all()
    window.tasks.wait_for_all(10_000)


def _in_view(view: ProgressView, widget: QWidget) -> bool:
    """Whether the whole of ``widget`` shows in the scroll area's viewport."""
    viewport = view.scroll_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_four_registrations_at_1000_by_700_scroll_and_every_rule_is_reachable(
    view: ProgressView, qtbot: Any
) -> None:
    area = view.scroll_area
    assert area.accessibleName() == "Progress towards your requirements"
    content = area.widget()
    assert content is not None
    qtbot.waitUntil(lambda: content.height() > area.viewport().height())
    # Nothing squeezed: the page is at least as tall as its contents need.
    assert content.height() >= content.minimumSizeHint().height()
    cards = [*view._cards] + [card for section in view.sections for card in section.cards]
    assert len(cards) >= 5
    last = view.sections[-1].cards[-1]
    assert not _in_view(view, last)  # below the fold at first
    for card in cards:
        area.ensureWidgetVisible(card)
        assert _in_view(view, card), card.title.text()
    area.ensureWidgetVisible(last)
    assert area.verticalScrollBar().value() > 0
    assert _in_view(view, last)


def test_the_keyboard_scrolls_the_page_and_the_focus_is_kept_in_view(
    view: ProgressView, qtbot: Any
) -> None:
    area = view.scroll_area
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    # Focus on the table at the bottom of the page (a shortcut or Tab) brings it into view.
    bar.setValue(0)
    view.coverage_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: bar.value() > 0)
    top_left = view.coverage_table.mapTo(area.viewport(), QPoint(0, 0))
    assert area.viewport().rect().contains(top_left)
    # Page Down, from a control that does not use it, scrolls the page.
    focusable = next(c.entries_button for c in view._cards if c.entries_button.isEnabled())
    focusable.setFocus()
    bar.setValue(0)
    qtbot.keyClick(focusable, Qt.Key.Key_PageDown)
    assert bar.value() > 0
