"""The first-run welcome's "Follow the curated social work sources", through the real dialog."""

from __future__ import annotations

from typing import Any

from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner


def _first_run(app: App, qtbot: Any) -> MainWindow:
    window = MainWindow(app, tasks=TaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.welcome_dialog is not None)
    return window


def _finish(window: MainWindow) -> None:
    window.tasks.cancel_all()
    window.tasks.wait_for_all(10_000)


def test_starting_with_the_box_ticked_follows_the_curated_sources(app: App, qtbot: Any) -> None:
    window = _first_run(app, qtbot)
    dialog = window.welcome_dialog
    assert dialog is not None
    assert dialog.feeds_check.isVisible() and dialog.feeds_check.isChecked()
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert dialog.wants_curated_feeds  # still known once the dialog has closed
    qtbot.waitUntil(lambda: len(window.feeds.list_feeds()) > 0, timeout=10_000)
    curated = window.feeds.curated_categories()
    assert sum(c.subscribed for c in curated) == len(window.feeds.list_feeds())
    assert all(c.subscribed == c.sources for c in curated)
    assert not window.feeds.curated_offer_pending()
    qtbot.waitUntil(lambda: "curated sources" in window.statusBar().currentMessage())
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"Following {len(window.feeds.list_feeds())} curated sources")
    )
    _finish(window)


def test_starting_with_the_box_unticked_follows_nothing_and_is_not_offered_again(
    app: App, qtbot: Any
) -> None:
    window = _first_run(app, qtbot)
    dialog = window.welcome_dialog
    assert dialog is not None
    dialog.feeds_check.click()
    assert not dialog.feeds_check.isChecked()
    with qtbot.waitSignal(window.startup_finished):
        dialog.ok_button.click()
    assert not dialog.wants_curated_feeds
    window.tasks.wait_for_all(10_000)
    assert window.feeds.list_feeds() == []
    assert not window.feeds.curated_offer_pending()  # the "no" is remembered
    _finish(window)


def test_the_profile_dialog_offers_no_feeds(onboarded: App, qtbot: Any) -> None:
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    window.window_actions.profile.trigger()
    from cpdlog.ui.dialogs.welcome import WelcomeDialog

    dialog = next(w for w in window.findChildren(WelcomeDialog) if w.isVisible())
    assert not dialog.feeds_check.isVisible()
    dialog.ok_button.click()
    assert not dialog.wants_curated_feeds
    window.tasks.wait_for_all(10_000)
    assert window.feeds.list_feeds() == []
    _finish(window)
