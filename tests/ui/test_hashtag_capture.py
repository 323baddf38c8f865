"""The "Capture a hashtag discussion…" dialog against a loopback Mastodon server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from cpdlog.domain.entry import ActivityType
from cpdlog.services.app import App
from cpdlog.services.social import SocialService
from cpdlog.ui.dialogs.hashtag_capture import HashtagCaptureDialog
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.capture.conftest import FAST
from tests.capture.fakesocial import EPOCH, SocialServer, status


@pytest.fixture
def social() -> Iterator[SocialServer]:
    server = SocialServer().start()
    items = [
        status(EPOCH + dt.timedelta(minutes=i), f"#12thMW post {i}", user=f"u{i % 7}", seq=i)
        for i in range(90)
    ]
    server.add_tag("12thMW", items)
    yield server
    server.stop()


def _fill(dialog: HashtagCaptureDialog, social: SocialServer) -> None:
    dialog.tag_edit.setText("12thMW")
    dialog.instance_edit.setText(social.base)
    start = QDateTime.fromSecsSinceEpoch(int(EPOCH.timestamp()))
    dialog.from_edit.setDateTime(start)
    dialog.to_edit.setDateTime(start.addSecs(8 * 3600))


def test_capture_runs_on_a_worker_counts_posts_and_emits_the_new_entry(
    qtbot: QtBot, app: App, social: SocialServer
) -> None:
    tasks = TaskRunner()
    dialog = HashtagCaptureDialog(SocialService(app, fetch_settings=FAST), tasks)
    qtbot.addWidget(dialog)
    _fill(dialog, social)
    counts: list[int] = []
    shown = dialog._progressed

    def spy(done: int, total: int) -> None:
        counts.append(done)
        shown(done, total)

    dialog._progressed = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.captured, timeout=15_000) as blocker:
        dialog.capture_button.click()
        assert dialog.running and not dialog.capture_button.isEnabled()
    assert counts and counts == sorted(counts) and counts[-1] == 90
    entry = app.entries.get(blocker.args[0])
    assert entry.activity_type is ActivityType.DISCUSSION
    assert dialog.result_summary.endswith("90 posts by 7 people")
    assert len(entry.evidence) == 2


def test_a_bad_server_shows_a_message_and_nothing_is_saved(
    qtbot: QtBot, app: App, social: SocialServer
) -> None:
    social.behaviour.malformed_page = 1
    tasks = TaskRunner()
    dialog = HashtagCaptureDialog(SocialService(app, fetch_settings=FAST), tasks)
    qtbot.addWidget(dialog)
    _fill(dialog, social)
    dialog.capture_button.click()
    qtbot.waitUntil(lambda: "not valid JSON" in dialog.status_label.text(), timeout=15_000)
    assert dialog.capture_button.isEnabled()
    assert app.entries.list_entries() == []


def test_cancel_stops_a_slow_capture(qtbot: QtBot, app: App, social: SocialServer) -> None:
    social.behaviour.latency = 0.5
    tasks = TaskRunner()
    dialog = HashtagCaptureDialog(SocialService(app, fetch_settings=FAST), tasks)
    qtbot.addWidget(dialog)
    _fill(dialog, social)
    dialog.capture_button.click()
    assert dialog.running
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.status_label.text(), timeout=15_000)
    assert app.entries.list_entries() == []


def test_the_file_menu_opens_the_dialog(qtbot: QtBot, app: App) -> None:
    window = MainWindow(app, check_startup=False)
    qtbot.addWidget(window)
    assert "hashtag" in window.capture_hashtag_action.text()
    dialog = window.open_hashtag_capture()
    assert isinstance(dialog, HashtagCaptureDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_from_the_file_menu_to_an_inbox_draft_open_in_the_editor(
    window: MainWindow, social: SocialServer, qtbot: QtBot
) -> None:
    """End to end in the window, as a practitioner does it: File › Capture a hashtag
    discussion…, type the hashtag as people write it (with #), Capture; the draft opens in the
    editor, is in the Inbox (and its count) and keeps the discussion, in time order, as evidence."""
    assert window.app is not None
    app = window.app
    window.capture_hashtag_action.trigger()
    dialog = window.findChild(HashtagCaptureDialog)
    assert isinstance(dialog, HashtagCaptureDialog) and dialog.isVisible()
    _fill(dialog, social)
    dialog.tag_edit.setText("#12thMW")
    dialog.capture_button.click()
    qtbot.waitUntil(lambda: len(window.editors) == 1, timeout=30_000)
    editor = window.editors[0]
    [entry] = app.capture.inbox()  # in the Inbox, to reflect on later
    assert editor.entry_id == entry.id
    assert entry.title.startswith("Hashtag discussion #12thMW on 127.0.0.1:")
    assert entry.activity_type is ActivityType.DISCUSSION
    assert entry.source.notes.startswith(entry.title)
    assert "90 posts by 7 people" in entry.source.notes
    qtbot.waitUntil(lambda: window.journal.inbox_count == 1, timeout=10_000)
    page = next(e for e in entry.evidence if e.filename.endswith(".html"))
    text = app.entries.evidence_path(page.sha256).read_text("utf-8")
    positions = [text.find(f"#12thMW post {i}<") for i in (0, 1, 45, 89)]
    assert -1 not in positions and positions == sorted(positions)  # ordered by time
