"""Qt's own words (standard buttons, the text fields' right-click menu) and the shipped data
(learning topics, ways of delivery) are in Welsh when the app is, while entries keep storing
the stable ids."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTextBrowser,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from cpdlog.domain.entry import Delivery
from cpdlog.reference_data import topics
from cpdlog.ui import qt_words
from cpdlog.ui.dialogs.editor.details import DetailsTab
from cpdlog.ui.language import Language, compile_ts, install_translators
from cpdlog.ui.qt_words import QT_DISAMBIGUATED, QT_WORDS, disambiguated_words

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


# -- words Qt looks up with a disambiguation (the file dialog's "Type" column, "Folder") ----

WELSH_DISAMBIGUATED = {"Type": "Math", "Folder": "Ffolder"}


def file_dialog_words(qtbot: QtBot, folder: Path) -> tuple[str, str]:
    """Qt's own (non-native) file dialog in detail view on a new folder in ``folder`` that
    holds one folder: the type column's heading and the type shown for that folder."""
    shown = folder / "shown-in-the-dialog"
    (shown / "is-a-folder").mkdir(parents=True)
    dialog = QFileDialog(None, "", str(shown))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1)  # read on Qt's own thread
    heading = str(model.headerData(2, Qt.Orientation.Horizontal))
    qtbot.waitUntil(lambda: bool(model.data(model.index(0, 2, view.rootIndex()))))
    return heading, str(model.data(model.index(0, 2, view.rootIndex())))


class FullRecorder(QTranslator):
    """Answers nothing (None, so Qt keeps its own words: an empty answer would blank the file
    dialog's names filter and so its list) and notes every lookup with its disambiguation."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: set[tuple[str, str, str]] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if disambiguation:
            self.lookups.add((context, source, disambiguation))
        return None

    def isEmpty(self) -> bool:
        return False


def test_the_disambiguated_words_listed_are_the_ones_qt_looks_up(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    recorder = FullRecorder()
    qapp.installTranslator(recorder)
    try:
        heading, kind = file_dialog_words(qtbot, tmp_path)
    finally:
        qapp.removeTranslator(recorder)
    assert (heading, kind) == ("Type", "Folder")  # English, as Qt words it on Linux
    asked = {w for w in recorder.lookups if w[0] in {c for c, _s, _d in QT_DISAMBIGUATED}}
    assert asked and asked <= set(QT_DISAMBIGUATED)
    assert ("QFileSystemModel", "Type", "All other platforms") in asked
    assert ("QAbstractFileIconProvider", "Folder", "All other platforms") in asked


def test_lupdate_extracts_the_disambiguated_words_with_their_disambiguation(
    tmp_path: Path,
) -> None:
    """What packaging/translations.py gets from qt_words.py: each word, filed under Qt's
    context with Qt's disambiguation as the comment, as listed in QT_DISAMBIGUATED."""
    ts = tmp_path / "qt_words.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-locations", "none", str(Path(qt_words.__file__)), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    found = {
        (context.findtext("name"), m.findtext("source"), m.findtext("comment"))
        for context in ET.parse(ts).getroot().iter("context")
        for m in context.iter("message")
        if m.find("comment") is not None
    }
    assert found == set(QT_DISAMBIGUATED)
    assert len(disambiguated_words()) == len(QT_DISAMBIGUATED)


def test_a_catalogue_with_the_disambiguated_words_puts_them_in_qts_file_dialog(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """The route works end to end: the words lupdate extracts, translated and compiled as
    cpdlog's catalogue is, are the words Qt's own file dialog shows."""
    ts = tmp_path / "words.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-locations", "none", str(Path(qt_words.__file__)), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        welsh = WELSH_DISAMBIGUATED.get(message.findtext("source") or "")
        translation = message.find("translation")
        if welsh and translation is not None and message.find("comment") is not None:
            translation.text = welsh
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "words.qm"
    assert compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert file_dialog_words(qtbot, tmp_path) == ("Math", "Ffolder")
        assert disambiguated_words()[:2] == ("Math", "Ffolder")
    finally:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("welsh")
def test_welsh_qts_file_dialog_shows_the_welsh_type_column_and_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """With the shipped catalogue (the lead fills these two from the drafts after merging)."""
    assert file_dialog_words(qtbot, tmp_path) == ("Math", "Ffolder")
