"""Automatic feed refresh: off until the user turns it on; then polite refreshes on a timer."""

from __future__ import annotations

from typing import Any

from cpdlog.ui.auto_refresh import MINUTE_MS
from cpdlog.ui.main_window import MainWindow


def test_off_by_default_then_saved_and_timed(
    window: MainWindow, qtbot: Any, monkeypatch: Any
) -> None:
    auto = window.auto_refresh
    qtbot.waitUntil(auto.action.isEnabled, timeout=10_000)
    assert not auto.action.isChecked() and not auto.timer.isActive()

    reader = window.reader_page()
    calls: list[bool] = []
    monkeypatch.setattr(reader, "refresh", lambda explicit=True: calls.append(explicit))

    with qtbot.waitSignal(auto.triggered, timeout=5000):
        auto.action.setChecked(True)
    assert calls == [False]  # an automatic refresh fetches only the feeds that are due
    assert auto.timer.isActive()
    assert auto.timer.interval() == window.feeds.preferences().interval_minutes * MINUTE_MS
    assert window.feeds.preferences().auto_refresh is True

    with qtbot.waitSignal(auto.triggered, timeout=5000):
        auto.timer.timeout.emit()
    assert calls == [False, False]

    auto.action.setChecked(False)
    assert not auto.timer.isActive()
    assert window.feeds.preferences().auto_refresh is False


def test_the_choice_is_remembered_by_the_next_window(onboarded: Any, qtbot: Any) -> None:
    from cpdlog.ui.tasks import TaskRunner

    onboarded.feeds.save_preferences(
        type(onboarded.feeds.preferences())(auto_refresh=True, interval_minutes=30)
    )
    win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.auto_refresh.preferences_loaded, timeout=10_000):
        pass
    assert win.auto_refresh.action.isChecked()
    assert win.auto_refresh.timer.interval() == 30 * MINUTE_MS
    win.auto_refresh.timer.stop()
    win.tasks.wait_for_all(10_000)
