"""When the organisation's cpdlog server cannot be reached (issue 17).

A banner across the top of the main window says so, with "Try again". Entries saved meanwhile
are kept in the local draft store, marked waiting (see ``EntryEditorDialog.kept_waiting``);
cpdlog tries the server again on a timer and on "Try again", and when it answers saves them
there, one transaction each (a server copy changed meanwhile is kept beside, never overwritten)
and the banner goes. Waiting drafts are files, so they survive a restart while offline.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from cpdlog.domain.entry import Entry
from cpdlog.errors import CpdlogError, ServerUnreachableError
from cpdlog.ui.drafts import Draft, DraftStore
from cpdlog.ui.icons import icon
from cpdlog.ui.text import plural

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RETRY_INTERVAL_MS = 30_000


class ServerBanner(QFrame):
    """ "cpdlog cannot reach your organisation's server…" with a "Try again" button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#server_banner { background: #fff4ce; border: 1px solid #c19c00; }"
            "#server_banner QLabel { color: #3b2e00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        symbol = QLabel(self)
        symbol.setPixmap(icon("warning").pixmap(20, 20))
        layout.addWidget(symbol)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        self.try_again = QPushButton(self.tr("&Try again"), self)
        self.try_again.setObjectName("server_try_again")
        layout.addWidget(self.try_again)
        self.setAccessibleName(self.tr("The server cannot be reached"))
        self.hide()

    def show_waiting(self, waiting: int, trying: bool = False, unsealed: bool = False) -> None:
        """``unsealed``: there is no keychain to keep the drafts' key in, so drafts are kept
        as files only this user may open, not encrypted (said, in plain words)."""
        text = self.tr(
            "cpdlog cannot reach your organisation's server. Your drafts are kept on this "
            "computer and saved when it is back."
        )
        if unsealed:
            text += " " + self.tr(
                "This computer has no keychain cpdlog can use, so they are not encrypted "
                "here: only your user account can open them."
            )
        if waiting:
            text += " " + plural(
                "ServerBanner",
                waiting,
                "Waiting to be saved: %n entry.",
                "Waiting to be saved: %n entries.",
            )
        if trying:
            text += " " + self.tr("Trying again…")
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.try_again.setEnabled(not trying)
        self.show()


@dataclass(slots=True)
class Outcome:
    """What one attempt to save the waiting entries did."""

    saved: list[Entry] = field(default_factory=list)
    kept_both: list[Entry] = field(default_factory=list)
    # drafts the server refused for another reason, with it: opened again in an editor
    problems: list[tuple[Draft, str]] = field(default_factory=list)


def save_waiting_drafts(app: App, store: DraftStore) -> Outcome:
    """Worker thread: ask the server, then save each waiting draft and remove it once stored.
    Stops (raising :class:`ServerUnreachableError`) if the server goes away again: the drafts
    not yet saved stay waiting. A draft the server refuses for another reason (a rule) stops
    waiting and is offered back like any unsaved work, with the reason."""
    from cpdlog.services.connection import check_server, save_waiting

    check_server(app)
    outcome = Outcome()
    for draft in store.waiting():
        certificates = list(draft.certificates)
        plain = [p for p in draft.attachments if p not in certificates]
        try:
            result = save_waiting(app, draft.entry, plain, certificates)
        except ServerUnreachableError:
            raise
        except CpdlogError as exc:
            draft.waiting = False
            store.save(draft, app.clock())
            outcome.problems.append((draft, str(exc)))
            continue
        store.remove(draft.key)
        (outcome.kept_both if result.kept_both else outcome.saved).append(result.entry)
    return outcome


class OfflineSaver(QObject):
    """The banner, the retry timer and saving the waiting drafts, for one main window."""

    reconnect_wanted = Signal()  # the journal never opened: the start-up opens it again
    back = Signal(object)  # the server answered and the waiting drafts were saved: Outcome

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = ServerBanner(window)
        self.banner.try_again.clicked.connect(self.try_again)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.try_again)
        self._trying = False
        # on a server with no keychain for the drafts' key: drafts are not sealed (the banner
        # says so); set by the start-up
        self.drafts_unsealed = False

    @property
    def drafts(self) -> DraftStore:
        return self.window.drafts

    @property
    def unreachable_shown(self) -> bool:
        return not self.banner.isHidden()

    def unreachable(self) -> None:
        """The server did not answer: say so, and keep trying."""
        self._trying = False
        self.banner.show_waiting(len(self.drafts.waiting()), unsealed=self.drafts_unsealed)
        if not self.timer.isActive():
            self.timer.start()

    def kept_waiting(self, entry: Entry) -> None:
        """An editor kept ``entry`` here because the server could not be reached."""
        self.unreachable()
        self.window.statusBar().showMessage(
            self.tr("“{title}” is kept on this computer, waiting to be saved.").format(
                title=entry.title
            ),
            10_000,
        )

    def attached(self) -> None:
        """The journal is open: save whatever waited (from before a restart, too)."""
        self._trying = False  # a start-up "Try again" ends here
        if self.drafts.waiting():
            self.try_again()
        elif self.unreachable_shown:
            self._gone()

    def _show_trying(self) -> None:
        self.banner.show_waiting(
            len(self.drafts.waiting()), trying=True, unsealed=self.drafts_unsealed
        )

    def try_again(self) -> None:
        if self._trying:
            return
        if not self.window.is_attached:
            if self.unreachable_shown:
                self._trying = True
                self._show_trying()
                self.reconnect_wanted.emit()
            return
        self._trying = True
        if self.unreachable_shown:
            self._show_trying()
        app, store = self.window.app, self.drafts
        self.window.tasks.start(lambda: save_waiting_drafts(app, store), self._saved, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._trying = False
        if isinstance(error, ServerUnreachableError):
            self.unreachable()
            return
        self.window.show_error(error)

    def _gone(self) -> None:
        self.timer.stop()
        self.banner.hide()

    def _saved(self, outcome: Outcome) -> None:
        self._trying = False
        self._gone()
        if outcome.saved or outcome.kept_both:
            self.window.entries_changed()
            count = len(outcome.saved) + len(outcome.kept_both)
            self.window.statusBar().showMessage(
                plural(
                    "OfflineSaver",
                    count,
                    "The server is back: saved %n entry that was waiting.",
                    "The server is back: saved %n entries that were waiting.",
                ),
                10_000,
            )
        if outcome.kept_both:
            titles = "\n".join(f"• {e.title}" for e in outcome.kept_both)
            self._tell(
                self.tr(
                    "These entries were changed on the server while you were away from it, so "
                    "your version was saved as a separate entry beside it. Nothing was "
                    "overwritten:\n{titles}"
                ).format(titles=titles)
            )
        if outcome.problems:
            for draft, _reason in outcome.problems:
                self.window.open_editor(draft=draft)
            self._tell(
                self.tr(
                    "These entries could not be saved on the server, so they are open again "
                    "for you to finish. Nothing you typed was lost.\n{problems}"
                ).format(
                    problems="\n".join(f"• {d.entry.title}: {why}" for d, why in outcome.problems)
                )
            )
        self.back.emit(outcome)

    def _tell(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("cpdlog"), message, parent=self.window
        )
        box.setObjectName("server_back_notice")
        box.open()
