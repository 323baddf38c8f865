"""Every Alt+letter in a window is unique and does what it shows, never types a letter,
in English and with the Welsh translation loaded (Welsh moves the "&" to other letters)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from cpdlog.ui import language
from cpdlog.ui.dialogs.entry_editor import unsaved_changes_box
from cpdlog.ui.language import Language, install_translators
from cpdlog.ui.main_window import MainWindow, Page
from tests.conftest import make_entry
from tests.ui.mnemonics import check_window, main_window_dialogs, opened_dialog


@pytest.fixture(autouse=True, params=[Language.ENGLISH, Language.WELSH], ids=["en", "cy"])
def ui_language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Language]:
    """Each test runs twice: in English and in Welsh (installed before any window is made)."""
    chosen: Language = request.param
    home = tmp_path_factory.mktemp("language")
    if chosen is Language.WELSH:
        if language.lrelease_program() is None:
            pytest.fail("PySide6's lrelease is missing: the Welsh catalogue cannot be built")
        installed = install_translators(qapp, Language.WELSH, home)
        assert QApplication.translate("MainWindow", "&File") == "&Ffeil", installed
    yield chosen
    install_translators(qapp, Language.ENGLISH, home)


def test_the_walk_finds_clashes_and_a_shortcut_that_replaced_its_mnemonic(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    notes, name = QPlainTextEdit(dialog), QLineEdit(dialog)
    for text, field in (("&Notes:", notes), ("&Name:", name)):
        label = QLabel(text, dialog)
        label.setBuddy(field)
        form.addRow(label, field)
    save = QPushButton("&Save", dialog)
    save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))  # replaces Alt+S
    keep = QPushButton("&Keep", dialog)
    form.addRow(save)
    form.addRow(keep)
    clicked: list[bool] = []
    keep.clicked.connect(lambda: clicked.append(True))
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = check_window(qtbot, dialog)
    assert "as opened: Alt+N is shown by ['&Notes:', '&Name:']" in problems
    assert "as opened: Alt+S ('&Save') reached nothing, not the control showing it" in problems
    assert not [p for p in problems if "Keep" in p]
    assert clicked == []  # the walk never clicks a button


def test_entry_editor_mnemonics_on_every_tab(window: MainWindow, qtbot: Any) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.peer_group.setChecked(True)  # its fields show their own mnemonics
    editor.peer_date_check.setChecked(True)
    editor.end_check.setChecked(True)
    problems = check_window(qtbot, editor)
    assert problems == [], "\n".join(problems)


def test_main_window_mnemonics_on_every_page(window: MainWindow, qtbot: Any) -> None:
    pages = [v for k, v in vars(Page).items() if k.isupper() and isinstance(v, str)]
    states = [(f"page {p}", lambda p=p: window.show_page(p)) for p in pages]
    problems = check_window(qtbot, window, states)
    assert problems == [], "\n".join(problems)


def test_dialogs_reached_from_the_main_window(window: MainWindow, qtbot: Any) -> None:
    problems: list[str] = []
    for name, open_it in main_window_dialogs(window).items():
        dialog = opened_dialog(open_it)
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in check_window(qtbot, dialog)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_dialogs_the_reader_runs_modally(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dialogs opened with exec(): walked while "open", then answered Cancel."""
    walked: dict[str, list[str]] = {}

    def walk_then_cancel(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        walked[dialog.windowTitle()] = check_window(qtbot, dialog)
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", walk_then_cancel)
    reader: Any = window.show_page(Page.READER)
    # The curated-sources dialog is window-modal (open(), not exec()): walked as it is shown.
    curated = reader.choose_curated()
    qtbot.waitExposed(curated)
    walked[curated.windowTitle()] = check_window(qtbot, curated)
    curated.reject()
    reader.add_hashtag()
    assert len(walked) == 2
    assert walked == {title: [] for title in walked}


def test_the_editors_close_question(window: MainWindow, qtbot: Any) -> None:
    window.window_actions.new_entry.trigger()
    box = unsaved_changes_box(window.editors[-1])
    box.show()
    qtbot.waitExposed(box)
    assert check_window(qtbot, box) == []
    box.deleteLater()


def test_export_page_after_a_pdf_is_made(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    """Open PDF and Show in folder appear only once a PDF is made: walk that state too."""
    window.app.entries.add(make_entry("Reading on strengths"))
    window.entries_changed()
    page: Any = window.show_page(Page.EXPORT)
    panel = page.panel
    panel.set_output(tmp_path / "portfolio.pdf")
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        panel.export_button.click()
    assert panel.open_button.isVisibleTo(window)
    problems = check_window(qtbot, window)
    assert problems == [], "\n".join(problems)
