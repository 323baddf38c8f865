""" "Capture a hashtag discussion…": a Mastodon hashtag over a time window as one draft entry.

The fetching runs on a worker (see :mod:`cpdlog.ui.tasks`) with a running count of posts and
a Cancel button; the dialog never touches the network itself. When the draft is saved it
emits :attr:`HashtagCaptureDialog.captured` with the entry's id, and the window opens it.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog.errors import CpdlogError

if TYPE_CHECKING:
    from cpdlog.services.social import Captured, SocialService
    from cpdlog.ui.tasks import Task, TaskRunner

DEFAULT_INSTANCE = "mastodon.social"


def _utc(value: QDateTime) -> dt.datetime:
    """A local date-time from the editor, in UTC."""
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


class HashtagCaptureDialog(QDialog):
    """Tag, server and time window; Capture runs on a worker; emits ``captured(entry_id)``."""

    captured = Signal(int)

    def __init__(
        self, service: SocialService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self._service = service
        self.task: Task | None = None
        self.result_summary = ""
        self.setWindowTitle(self.tr("Capture a hashtag discussion"))

        intro = QLabel(
            self.tr(
                "cpdlog collects every public post with the hashtag on one Mastodon server "
                "during the times you give, and keeps them as evidence for a new draft entry."
            )
        )
        intro.setWordWrap(True)
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("for example 12thMW"))
        self.instance_edit = QLineEdit(DEFAULT_INSTANCE)
        self.instance_edit.setPlaceholderText(self.tr("for example mastodon.social"))
        now = QDateTime.currentDateTime()
        self.from_edit = QDateTimeEdit(now.addSecs(-8 * 3600))
        self.to_edit = QDateTimeEdit(now)
        for field, description in (
            (self.tag_edit, self.tr("The hashtag the discussion used, such as 12thMW")),
            (self.instance_edit, self.tr("The Mastodon server whose public posts are read")),
            (self.from_edit, self.tr("When the discussion began, in your local time")),
            (self.to_edit, self.tr("When the discussion ended, in your local time")),
        ):
            field.setAccessibleDescription(description)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy HH:mm")
        form = QFormLayout()
        form.addRow(self.tr("&Hashtag:"), self.tag_edit)
        form.addRow(self.tr("&Server:"), self.instance_edit)
        form.addRow(self.tr("&From (your local time):"), self.from_edit)
        form.addRow(self.tr("&To (your local time):"), self.to_edit)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.capture_button = QPushButton(self.tr("&Capture"))
        self.capture_button.setDefault(True)
        self.buttons.addButton(self.capture_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.capture_button.setAccessibleDescription(
            self.tr("Collects the posts and makes a draft entry that keeps them as evidence")
        )
        self.cancel_button.setAccessibleDescription(
            self.tr("Stops a capture under way, or closes this window")
        )
        self.capture_button.clicked.connect(self.start_capture)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    # --- running -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def _inputs(self) -> tuple[str, str, dt.datetime, dt.datetime]:
        return (
            self.tag_edit.text(),
            self.instance_edit.text(),
            _utc(self.from_edit.dateTime()),
            _utc(self.to_edit.dateTime()),
        )

    def start_capture(self) -> None:
        if self.running:
            return
        tag, instance, start, end = self._inputs()
        service = self._service

        def work(progress: Any, cancel: threading.Event) -> Captured:
            result: Captured = service.capture_hashtag(
                tag, instance, start, end, progress=progress, cancel=cancel
            )
            return result

        self._set_busy(True)
        self.status_label.setText(self.tr("Looking for posts…"))
        self.task = self.tasks.start(
            work,
            on_success=self._succeeded,
            on_error=self._failed,
            on_progress=self._progressed,
            wants_progress=True,
            wants_cancel=True,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.tag_edit, self.instance_edit, self.from_edit, self.to_edit):
            widget.setEnabled(not busy)
        self.capture_button.setEnabled(not busy)

    def _progressed(self, done: int, _total: int) -> None:
        self.status_label.setText(self.tr("%n post(s) found so far…", "", done))

    def _release_service(self) -> None:
        """Close the service's HTTP connections once work ends (it opens them again if
        Capture is pressed once more)."""
        self._service.close()

    def _succeeded(self, result: Captured) -> None:
        self._release_service()
        self._set_busy(False)
        self.result_summary = result.summary
        entry_id = result.entry.id
        self.status_label.setText(result.summary)
        if entry_id is not None:
            self.captured.emit(entry_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._release_service()
        self._set_busy(False)
        if self.task is not None and self.task.cancelled:
            self.status_label.setText(self.tr("Cancelled. Nothing was saved."))
            return
        if isinstance(error, CpdlogError):
            self.status_label.setText(str(error))
        else:
            self.status_label.setText(
                self.tr("Something went wrong while capturing: {name}.").format(
                    name=type(error).__name__
                )
            )

    def cancel_or_close(self) -> None:
        if self.running and self.task is not None:
            self.task.cancel()
            self.status_label.setText(self.tr("Stopping…"))
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.running and self.task is not None:
            self.task.cancel()  # the worker stops soon; its callbacks release the service
        elif self.task is None:
            self._release_service()
        super().done(result)
