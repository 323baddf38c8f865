"""Every control a user can Tab to has an accessible description: a short sentence, read by a
screen reader after the control's name, that says what the control does or what goes in it.
A button's words, a tick box's text or a visible label name a control; they do not describe
it, so each needs a description of its own that is not a copy of its name. The walk covers
every page of the main window, every tab of the entry editor and the dialogs the main window
opens.

Not fixable here: Qt's tab bar gives assistive technology no description at all, neither for
the bar (QAccessibleTabBar answers only its name, the current tab's title) nor for a single
tab, so a description set on it would never be heard. Tab bars are left out of the walk
rather than given a description nobody gets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabBar,
    QWidget,
)

from cpdlog.ui.dialogs.entry_editor import unsaved_changes_box
from cpdlog.ui.dialogs.protect import ProtectDialog, RecoveryKeyDialog
from cpdlog.ui.dialogs.team_sources import TeamSourcesDialog
from cpdlog.ui.dialogs.unlock import UnlockDialog
from cpdlog.ui.main_window import MainWindow, Page
from cpdlog.ui.views.progress import CountingEntriesDialog
from tests.ui.mnemonics import _states, main_window_dialogs, opened_dialog


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split()).strip().casefold()


def spoken(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader gets (Qt's accessible interface: the name
    is the explicit accessible name or, failing that, the button's words or the buddy
    label's text)."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return widget.accessibleName(), widget.accessibleDescription()
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def described(widget: QWidget) -> bool:
    """A description that is there and is not the control's name said again."""
    name, description = (_plain(t) for t in spoken(widget))
    return bool(description) and description != name


def undescribed(window: QWidget) -> list[str]:
    """The focusable, shown controls of ``window`` without a description of their own."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # the focus goes to the proxy, which is checked itself
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox) and described(parent):
            continue  # the text part of a date or number field that is described
        if described(widget) or isinstance(widget, QTabBar):
            continue  # a tab bar: see the module's docstring
        kind = type(widget).__name__
        name = widget.objectName() or spoken(widget)[0]
        found.append(f"{kind} {name or '(unnamed)'}")
    return found


def _walk(window: QWidget) -> list[str]:
    problems: list[str] = []
    for state in _states(window):
        problems += [f"{state}: {p}" for p in undescribed(window)]
    return sorted(set(problems))


def test_the_walk_flags_a_control_without_its_own_description(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    labelled = QLineEdit(dialog)
    labelled.setObjectName("labelled")
    label = QLabel("&Name:", dialog)
    label.setBuddy(labelled)
    form.addRow(label, labelled)
    bare = QListWidget(dialog)
    bare.setObjectName("bare")
    form.addRow(bare)
    good = QListWidget(dialog)
    good.setAccessibleDescription("Sources you follow")
    form.addRow(good)
    echo = QCheckBox("&Draft", dialog)
    echo.setObjectName("echo")
    echo.setAccessibleDescription("Draft")  # only the name again
    form.addRow(echo)
    save = QPushButton("&Save", dialog)
    save.setObjectName("save")
    form.addRow(save)
    described_save = QPushButton("Sa&ve", dialog)
    described_save.setAccessibleDescription("Saves this entry to your journal")
    form.addRow(described_save)
    dialog.show()
    assert sorted(undescribed(dialog)) == [
        "QCheckBox echo",
        "QLineEdit labelled",
        "QListWidget bare",
        "QPushButton save",
    ]


def test_every_page_of_the_main_window(window: MainWindow) -> None:
    problems: list[str] = []
    pages = [v for k, v in vars(Page).items() if k.isupper() and isinstance(v, str)]
    for page in pages:
        window.show_page(page)
        problems += [f"page {page}, {p}" for p in _walk(window)]
    assert problems == [], "\n".join(problems)


def test_every_tab_of_the_entry_editor(window: MainWindow) -> None:
    window.window_actions.new_entry.trigger()
    editor = window.editors[-1]
    editor.peer_group.setChecked(True)
    editor.peer_date_check.setChecked(True)
    editor.end_check.setChecked(True)
    problems = _walk(editor)
    assert problems == [], "\n".join(problems)


def test_dialogs_reached_from_the_main_window(window: MainWindow, qtbot: Any) -> None:
    problems: list[str] = []
    for name, open_it in main_window_dialogs(window).items():
        dialog = opened_dialog(open_it)
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in _walk(dialog)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_more_dialogs_the_main_window_opens(window: MainWindow, qtbot: Any) -> None:
    """Dialogs the main window opens from its menus that the mnemonic walk does not visit."""
    problems: list[str] = []
    for name, open_it in {
        "hashtag capture": window.open_hashtag_capture,
        "capture help": window.show_capture_help,
        "reminders": window.reminders.edit_settings,
    }.items():
        dialog = opened_dialog(open_it)
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in _walk(dialog)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_dialogs_opened_from_the_pages(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's curated sources and Follow a hashtag, the profile's Add a registration
    and the progress page's list of counting entries."""
    problems: list[str] = []

    def walk(name: str, dialog: QDialog) -> None:
        dialog.show()
        qtbot.waitExposed(dialog)
        problems.extend(f"{name}: {p}" for p in _walk(dialog))

    def walk_then_cancel(dialog: QDialog) -> int:  # QDialog.exec, for the modal ones
        walk(dialog.windowTitle(), dialog)
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", walk_then_cancel)
    reader: Any = window.show_page(Page.READER)
    curated = reader.choose_curated()
    walk("curated sources", curated)
    curated.reject()
    reader.add_hashtag()
    reader.add_feed()
    profile = opened_dialog(window.edit_profile)
    add = profile.add_registration()
    walk("add a registration", add)
    add.reject()
    profile.reject()
    counting = CountingEntriesDialog(
        "At least 2 pieces of CPD", [(1, "Course on the Mental Capacity Act")], window
    )
    walk("counting entries", counting)
    counting.reject()
    assert problems == [], "\n".join(problems)


def test_passphrase_and_team_dialogs(window: MainWindow, qtbot: Any) -> None:
    """Protect (and change) the passphrase, the recovery key, unlocking, team sources."""
    problems: list[str] = []
    dialogs = {
        "protect": ProtectDialog(window),
        "change passphrase": ProtectDialog(window, changing=True),
        "recovery key": RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", window),
        "unlock": UnlockDialog(window),
        "team sources": TeamSourcesDialog([], set(), window),
    }
    for name, dialog in dialogs.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{name}: {p}" for p in _walk(dialog)]
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_the_editors_close_question(window: MainWindow, qtbot: Any) -> None:
    window.window_actions.new_entry.trigger()
    box = unsaved_changes_box(window.editors[-1])
    box.show()
    qtbot.waitExposed(box)
    assert undescribed(box) == []
    box.deleteLater()
