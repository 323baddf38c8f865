"""Help › Save pages from your browser: the bookmarklet and the extension's pairing token."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog.capture.server import CaptureEndpoint
from cpdlog.ui.a11y import describe_close


class CaptureHelpDialog(QDialog):
    def __init__(self, endpoint: CaptureEndpoint | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save pages from your browser"))
        self.endpoint = endpoint
        layout = QVBoxLayout(self)
        if endpoint is None:
            layout.addWidget(
                QLabel(self.tr("Saving pages from your browser is not available right now."))
            )
        else:
            intro = QLabel(
                self.tr(
                    "Pages you save from your browser go to your CPD inbox (in the journal, "
                    "Status: Inbox), ready for you to reflect on later."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.bookmarklet_button = QPushButton(self.tr("Get the bookmark button…"), self)
            self.bookmarklet_button.setToolTip(
                self.tr("Opens a page in your browser with a button to drag to your bookmarks bar")
            )
            self.bookmarklet_button.clicked.connect(self.open_bookmarklet_page)
            layout.addWidget(self.bookmarklet_button)
            pairing = QLabel(
                self.tr(
                    "Using the cpdlog browser extension? Paste this token into its options "
                    "once to pair it:"
                )
            )
            pairing.setWordWrap(True)
            layout.addWidget(pairing)
            row = QHBoxLayout()
            self.token_edit = QLineEdit(endpoint.token, self)
            self.token_edit.setReadOnly(True)
            self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.token_edit.setAccessibleName(self.tr("Pairing token"))
            copy = QPushButton(self.tr("Copy token"), self)
            self.token_edit.setAccessibleDescription(
                self.tr("The secret that pairs the browser extension with cpdlog; it is hidden")
            )
            copy.setAccessibleDescription(
                self.tr("Copies the pairing token, to paste into the extension's options")
            )
            copy.clicked.connect(self.copy_token)
            row.addWidget(self.token_edit)
            row.addWidget(copy)
            layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        describe_close(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def bookmarklet_url(self) -> QUrl:
        assert self.endpoint is not None
        return QUrl(f"http://127.0.0.1:{self.endpoint.port}/bookmarklet")

    def open_bookmarklet_page(self) -> None:
        QDesktopServices.openUrl(self.bookmarklet_url())

    def copy_token(self) -> None:
        assert self.endpoint is not None
        QGuiApplication.clipboard().setText(self.endpoint.token)
