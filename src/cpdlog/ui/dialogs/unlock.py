"""Asking for an encrypted journal's passphrase, once per session.

The passphrase may be remembered in the operating system's keychain (``keyring``); when no
keychain is available (or it refuses), cpdlog simply asks again: nothing else changes.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui.a11y import describe_button

log = logging.getLogger(__name__)

KEYRING_SERVICE = "cpdlog"


def _account(home: Path) -> str:
    """One keychain entry per data folder (named by a hash: the path itself is not stored)."""
    return "journal-" + hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:16]


def remembered_passphrase(home: Path) -> str | None:
    """The passphrase kept in the keychain for ``home``, or None (none kept, or no keychain)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _account(home))
    except Exception:  # no keychain, locked, or a backend error: fall back to asking
        log.warning("The system keychain could not be read", exc_info=True)
        return None


def remember_passphrase(home: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keychain; False if there is no usable keychain."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _account(home), passphrase)
    except Exception:
        log.warning("The passphrase could not be kept in the system keychain", exc_info=True)
        return False
    return True


def forget_passphrase(home: Path) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _account(home))
    except Exception:  # nothing kept there, or no keychain at all
        log.info("No passphrase was removed from the system keychain", exc_info=True)
        return


class UnlockDialog(QDialog):
    """The passphrase, with plain words about what happens if it is lost."""

    def __init__(self, parent: QWidget | None = None, wrong: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock your journal"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your journal is encrypted. Type your passphrase to open it.\n\n"
                "If you lose your passphrase, only your recovery key can open the journal. "
                "Without either, nobody can read it, not even cpdlog's makers."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error = QLabel(self.tr("That passphrase is not right. Please try again."))
        self.error.setVisible(wrong)
        layout.addWidget(self.error)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase you chose when you protected your journal")
        )
        layout.addWidget(self.passphrase)
        self.remember = QCheckBox(self.tr("Remember it on this computer (in the system keychain)"))
        self.remember.setAccessibleDescription(
            self.tr("When ticked, cpdlog opens your journal without asking on this computer")
        )
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
        ok.setAccessibleDescription(self.tr("Opens your journal with this passphrase"))
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Leaves your journal locked"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.passphrase.text()
