"""Qt's own words (standard buttons, the text fields' right-click menu) and the shipped data
(learning topics, ways of delivery) are in Welsh when the app is, while entries keep storing
the stable ids."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from cpdlog.domain.entry import Delivery
from cpdlog.reference_data import topics
from cpdlog.ui.dialogs.editor.details import DetailsTab
from cpdlog.ui.language import Language, install_translators
from cpdlog.ui.qt_words import QT_WORDS

QT_CONTEXTS = {context for context, _source in QT_WORDS}


class Recorder(QTranslator):
    """Answers nothing and notes every lookup, as Qt makes it."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: list[tuple[str, str]] = []

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.lookups.append((context, source))
        return ""

    def isEmpty(self) -> bool:  # Qt asks this before it asks translate()
        return False


@pytest.fixture
def welsh(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_translators(qapp, Language.WELSH, tmp_path)
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


def menu_texts(menu: QMenu) -> list[str]:
    """The menu's words without the shortcut Qt puts after a tab."""
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_the_listed_words_are_the_ones_qt_looks_up(qapp: QApplication, qtbot: QtBot) -> None:
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        everything = QDialogButtonBox.StandardButton.NoButton
        for button in QDialogButtonBox.StandardButton:
            if button is not QDialogButtonBox.StandardButton.NoButton:
                everything |= button
        box = QDialogButtonBox(everything)
        qtbot.addWidget(box)
        message = QMessageBox()
        qtbot.addWidget(message)
        message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        message.setDetailedText("details")
        message.show()
        progress = QProgressDialog()
        qtbot.addWidget(progress)
        for field in (QLineEdit(), QPlainTextEdit(), QTextBrowser()):
            qtbot.addWidget(field)
            field.createStandardContextMenu()
    finally:
        qapp.removeTranslator(recorder)
    asked = {(c, s) for c, s in recorder.lookups if c in QT_CONTEXTS}
    listed = set(QT_WORDS)
    assert asked - listed == set(), "Qt looked up words qt_words.py does not list"
    # The words of those widgets were all asked for: the list names what Qt uses.
    for context in ("QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QProgressDialog"):
        assert {w for w in listed if w[0] == context} <= asked, context
    assert ("QPlatformTheme", "Cancel") in asked
    assert ("QLineEdit", "&Paste") in asked


@pytest.mark.usefixtures("welsh")
def test_a_welsh_dialog_and_edit_menu_speak_welsh(qtbot: QtBot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert cancel is not None and save is not None and close is not None
    assert (cancel.text(), save.text(), close.text()) == ("Canslo", "Cadw", "Cau")
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    yes = message.button(QMessageBox.StandardButton.Yes)
    no = message.button(QMessageBox.StandardButton.No)
    assert yes is not None and no is not None
    assert (yes.text(), no.text()) == ("&Ie", "&Na")

    field = QLineEdit()
    qtbot.addWidget(field)
    assert menu_texts(field.createStandardContextMenu()) == [
        "&Dadwneud",
        "&Ailwneud",
        "&Torri",
        "&Copïo",
        "&Gludo",
        "Dileu",
        "Dewis y cyfan",
    ]
    text = QPlainTextEdit()
    qtbot.addWidget(text)
    words = menu_texts(text.createStandardContextMenu())
    assert "&Gludo" in words and "Dewis y cyfan" in words
    assert not {"&Paste", "Select All", "Cu&t"} & set(words)


@pytest.mark.usefixtures("welsh")
def test_topics_show_in_welsh_and_store_their_ids(qtbot: QtBot) -> None:
    known = list(topics().topics)
    details = DetailsTab([], known, can_fetch=False)
    qtbot.addWidget(details)
    shown = [details.topics_list.item(i).text() for i in range(details.topics_list.count())]
    assert "Moeseg" in shown and "Ffiniau proffesiynol" in shown
    assert "Ethics" not in shown
    details.set_topics(["ethics", "safeguarding"])
    assert details.checked_topics() == ["ethics", "safeguarding"]
    delivery = [details.delivery_combo.itemText(i) for i in range(details.delivery_combo.count())]
    assert "Hunan-astudio" in delivery
    index = details.delivery_combo.findText("Hunan-astudio")
    assert details.delivery_combo.itemData(index) == Delivery.SELF_STUDY.value


def test_every_qt_word_is_listed_once() -> None:
    assert len(set(QT_WORDS)) == len(QT_WORDS)
    assert all(context.startswith("Q") and source.strip() for context, source in QT_WORDS)
