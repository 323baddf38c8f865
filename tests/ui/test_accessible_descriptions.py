"""Every control a user can Tab to is explained to a screen reader: by its own visible text (a
button's words), by a visible label that names it (a buddy), or by an accessible description.
Fields, lists and tables without a label get a description; the walk covers every page of the
main window, every tab of the entry editor and the dialogs the main window opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitterHandle,
    QTabBar,
    QTabWidget,
    QWidget,
)

from cpdlog.ui.main_window import MainWindow, Page
from tests.ui.mnemonics import _states, main_window_dialogs, opened_dialog


def _labelled(window: QWidget) -> set[int]:
    """Widgets a visible label with text names (through its buddy)."""
    named: set[int] = set()
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(window) and label.text().strip():
            named.add(id(buddy))
            proxy = buddy.focusProxy()
            if proxy is not None:
                named.add(id(proxy))
    return named


def _explained(widget: QWidget, labelled: set[int]) -> bool:
    if widget.accessibleDescription().strip() or id(widget) in labelled:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())  # a button by its words
    if isinstance(widget, QGroupBox):
        return bool(widget.title().replace("&", "").strip())  # a tickable group by its title
    if isinstance(widget, QLabel):
        return bool(widget.text().strip())  # selectable text or a link reads itself
    # Tabs are read by their titles (a tab widget hands its focus to its tab bar); pane
    # dividers are named and described by cpdlog.ui.a11y.
    return isinstance(widget, QTabBar | QTabWidget | QSplitterHandle)


def unexplained(window: QWidget) -> list[str]:
    """The focusable, shown controls of ``window`` that nothing visible or spoken explains."""
    labelled = _labelled(window)
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisibleTo(window) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # the focus goes to the proxy, which is checked itself
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox) and _explained(parent, labelled):
            continue  # the text part of a date or number field that is explained
        if _explained(widget, labelled):
            continue
        kind = type(widget).__name__
        found.append(f"{kind} {widget.objectName() or widget.accessibleName() or '(unnamed)'}")
    return found


def _walk(window: QWidget) -> list[str]:
    problems: list[str] = []
    for state in _states(window):
        problems += [f"{state}: {p}" for p in unexplained(window)]
    return sorted(set(problems))


def test_the_walk_flags_an_unlabelled_field(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    named = QLineEdit(dialog)
    label = QLabel("&Name:", dialog)
    label.setBuddy(named)
    form.addRow(label, named)
    bare = QListWidget(dialog)
    bare.setObjectName("bare")
    form.addRow(bare)
    described = QListWidget(dialog)
    described.setAccessibleDescription("Sources you follow")
    form.addRow(described)
    form.addRow(QPushButton("&Save", dialog))
    dialog.show()
    assert unexplained(dialog) == ["QListWidget bare"]


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
