"""About cpdlog: version, licence and where the data lives."""

from __future__ import annotations

import html
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cpdlog import __version__
from cpdlog.ui.a11y import describe_close
from cpdlog.ui.icons import app_icon
from cpdlog.ui.widgets.wrapping import keep_height_for_width

# QT_TRANSLATE_NOOP returns its text unchanged; PySide6's stubs declare it as object.
REVIEW_NOTE = cast(
    str,
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "This translation is awaiting review by a practitioner who speaks the language.",
    ),
)


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About cpdlog"))
        self.data_folder = data_folder
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAccessibleName(self.tr("cpdlog logo"))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        folder = html.escape(str(data_folder))
        self.text = QLabel(
            self.tr(
                "<h2>cpdlog {version}</h2>"
                "<p>Continuing professional development records for social workers: "
                "private, on your own computer.</p>"
                '<p>Your data folder:<br><a href="{url}">{folder}</a></p>'
                "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            ).format(
                version=__version__,
                folder=folder,
                url=html.escape(QUrl.fromLocalFile(str(data_folder)).toString()),
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleDescription(
            self.tr("About this version of cpdlog; its link opens your data folder")
        )
        self.text.linkActivated.connect(lambda _l: self.open_folder())
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        # Shown only while a translation is in use: its own text says whose review it awaits.
        review = self.tr(REVIEW_NOTE)
        self.review_note = QLabel(review, self)
        self.review_note.setWordWrap(True)
        self.review_note.setVisible(review != REVIEW_NOTE)
        layout.addWidget(self.review_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_button = buttons.addButton(
            self.tr("Open data &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        open_button.setAccessibleDescription(
            self.tr("Shows the folder that holds your journal and evidence in your file manager")
        )
        describe_close(buttons)
        open_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        keep_height_for_width(self)  # with large text its words need more lines at 480 px

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
