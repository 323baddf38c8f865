"""Pages captured from the browser reach the open app: Inbox filter, count and notification."""

from __future__ import annotations

import http.client
import json
from typing import Any

from cpdlog.capture import queue
from cpdlog.capture.models import Capture
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.journal import INBOX
from tests.conftest import make_entry


def _post(window: MainWindow, data: dict[str, Any]) -> dict[str, Any]:
    endpoint = window.capture.endpoint
    assert endpoint is not None
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
    connection.request(
        "POST",
        "/capture",
        json.dumps(data).encode(),
        {"Authorization": f"Bearer {endpoint.token}", "Content-Type": "application/json"},
    )
    reply = connection.getresponse()
    body = json.loads(reply.read())
    connection.close()
    assert reply.status == 201, body
    return dict(body)


def test_a_capture_lands_in_the_inbox_filter_with_a_notification(window: MainWindow, qtbot: Any):
    messages: list[str] = []
    window.capture.message.connect(messages.append)
    journal = window.journal
    index = journal.status_combo.findData(INBOX)
    # the count is read once the journal has loaded (the label says "Inbox" until then)
    qtbot.waitUntil(
        lambda: journal.status_combo.itemText(index) == "Inbox (0)" and journal._total == 0
    )

    _post(window, {"url": "https://example.org/a", "title": "Article A", "selection": "Words."})
    qtbot.waitUntil(lambda: messages == ["Saved to your CPD inbox: Article A"], timeout=10_000)
    qtbot.waitUntil(lambda: journal.status_combo.itemText(index) == "Inbox (1)")

    [entry] = window.app.entries.list_entries()
    entry.reflection.sections["learnt"] = "Reflected."
    done = window.app.entries.update(entry)
    assert done.inbox is False  # reflected on: out of the Inbox
    window.app.entries.add(make_entry("Another"))
    _post(window, {"url": "https://example.org/b", "title": "Article B"})
    qtbot.waitUntil(lambda: journal.inbox_count == 1 and journal._total == 3, timeout=10_000)
    journal.status_combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: journal._total == 1)
    assert journal.model.entries()[0].title == "Article B"
    assert journal.status_combo.itemText(index) == "Inbox (1)"


def test_captures_queued_while_closed_arrive_at_start(onboarded: App, qtbot: Any):
    queue.enqueue(onboarded.paths.home, Capture("https://example.org/q", "Queued page"))
    win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.capture.drained, timeout=10_000) as blocker:
        win.show()
    assert blocker.args == [1]
    qtbot.waitUntil(lambda: win.journal.inbox_count == 1)
    assert "Queued page" in win.statusBar().currentMessage()
    assert queue.pending(onboarded.paths.home) == []


def test_the_help_dialog_offers_the_bookmarklet_and_copies_the_token(
    window: MainWindow, qtbot: Any
):
    from PySide6.QtGui import QGuiApplication

    window.capture_help_action.trigger()
    dialog = window.capture_help_dialog
    qtbot.waitUntil(dialog.isVisible)
    endpoint = window.capture.endpoint
    assert endpoint is not None
    assert dialog.bookmarklet_url().toString() == f"http://127.0.0.1:{endpoint.port}/bookmarklet"
    assert dialog.token_edit.text() == endpoint.token
    dialog.copy_token()
    assert QGuiApplication.clipboard().text() == endpoint.token
