"""Walk a window's keyboard mnemonics (the underlined letter of "&Save": Alt+S).

For a top-level window or dialog, :func:`check_window` finds every mnemonic a user can
see — labels with a buddy, buttons, tick boxes, group boxes, tab titles and menu titles,
plus any Alt+letter action shortcut — in each state the window can show (every tab of
every tab widget, and any extra states the caller sets up, such as main-window pages). In
each state it checks that no two controls share a key and that each button's real
shortcut is the mnemonic it shows; then it presses every Alt+key over a text field and
checks that the control showing it is the one activated (buttons, tick boxes and group
boxes receive the shortcut; a label's buddy takes the focus; a tab is shown) and that no
text was typed. Menus are checked for unique mnemonics among their own items.

Buttons and group boxes are not actually clicked: the shortcut they receive is noted and
swallowed, so walking a window never saves, deletes or opens anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ALT = Qt.KeyboardModifier.AltModifier


@dataclass(frozen=True)
class Mnemonic:
    key: int  # a Qt.Key value
    text: str  # the text that shows it, e.g. "&Save"
    owner: QObject  # the control that shows it (for a tab or menu title: its bar)
    index: int = -1  # a tab's index in its tab bar


def mnemonic_key(text: str) -> int | None:
    """The key Alt+? that Qt binds for this text, or None (Qt's own rule, so "&&" is not)."""
    sequence = QKeySequence.mnemonic(text)
    if sequence.isEmpty():
        return None
    return int(sequence[0].key().value)


def _key_name(key: int) -> str:
    return QKeySequence(key).toString()


def _in_window(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisibleTo(window)


def shown_mnemonics(window: QWidget) -> list[Mnemonic]:
    """Every mnemonic the window shows in its current state."""
    found: list[Mnemonic] = []

    def add(text: str, owner: QObject, index: int = -1) -> None:
        key = mnemonic_key(text)
        if key is not None:
            found.append(Mnemonic(key, text, owner, index))

    for widget in [window, *window.findChildren(QWidget)]:
        if not _in_window(widget, window):
            continue
        if isinstance(widget, QLabel):
            if widget.buddy() is not None:  # without a buddy Qt shows "&" and binds nothing
                add(widget.text(), widget)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i), widget, i)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), widget)
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            combination = shortcut[0]
            if (
                combination.keyboardModifiers() == ALT
                and Qt.Key.Key_A.value <= int(combination.key().value) <= Qt.Key.Key_Z.value
            ):
                found.append(Mnemonic(int(combination.key().value), action.text(), action))
    return found


def clashes(found: Iterable[Mnemonic]) -> dict[str, list[str]]:
    """Keys shown by more than one control: {"Alt+S": ["&Save", "&Search:"]}."""
    by_key: dict[int, list[str]] = {}
    for m in found:
        by_key.setdefault(m.key, []).append(m.text)
    return {"Alt+" + _key_name(k): texts for k, texts in by_key.items() if len(texts) > 1}


def menu_clashes(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """Clashing mnemonics among the items of each menu (a menu is its own scope)."""
    result: dict[str, dict[str, list[str]]] = {}
    for menu in window.findChildren(QMenu):
        items = [
            Mnemonic(key, a.text(), a)
            for a in menu.actions()
            if a.isVisible() and not a.isSeparator() and (key := mnemonic_key(a.text()))
        ]
        found = clashes(items)
        if found:
            result[menu.title() or menu.objectName()] = found
    return result


class _ShortcutSpy(QObject):
    """Notes which control receives a mnemonic's shortcut; swallows it for buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.received: list[tuple[QObject, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            ambiguous = isinstance(event, QShortcutEvent) and event.isAmbiguous()
            self.received.append((watched, ambiguous))
            # A label moves the focus to its buddy, a tab bar shows the tab: let those
            # happen; a button, tick box, group box or menu title would act, so do not.
            return not isinstance(watched, QLabel | QTabBar)
        return False


def _text_field(window: QWidget) -> QWidget | None:
    for widget in window.findChildren(QWidget):
        if not (_in_window(widget, window) and widget.isEnabled()):
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            return widget
        if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            return widget
    return None


def _field_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return ""


def _focus_of(widget: QWidget) -> QWidget:
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def _enabled(m: Mnemonic) -> bool:
    owner = m.owner
    if isinstance(owner, QLabel):
        buddy = owner.buddy()
        return buddy is not None and buddy.isEnabled() and owner.isEnabled()
    if isinstance(owner, QTabBar):
        return owner.isEnabled() and owner.isTabEnabled(m.index)
    if isinstance(owner, QWidget):
        return owner.isEnabled()
    return False  # an action's own shortcut: checked for clashes only


def _outcome(where: str, m: Mnemonic, received: list[tuple[QObject, bool]]) -> list[str]:
    if [o for o, _ in received] != [m.owner]:
        got = [
            o.text() if isinstance(o, QAbstractButton | QLabel) else o.objectName()
            for o, _ in received
        ]
        return [f"{where} reached {got or 'nothing'}, not the control showing it"]
    if received[0][1]:
        return [f"{where} is ambiguous"]
    if isinstance(m.owner, QLabel):
        buddy = m.owner.buddy()
        if buddy is None or QApplication.focusWidget() is not _focus_of(buddy):
            return [f"{where} did not put the focus in its field"]
    if isinstance(m.owner, QTabBar) and m.owner.currentIndex() != m.index:
        return [f"{where} did not show its tab"]
    return []


def press_each(qtbot: Any, window: QWidget, state: str) -> list[str]:
    """Press every enabled mnemonic of the current state; the problems found."""
    problems: list[str] = []
    found = [m for m in shown_mnemonics(window) if _enabled(m)]
    found.sort(key=lambda m: isinstance(m.owner, QTabBar))  # tabs last: they change state
    spy = _ShortcutSpy()
    owners = {id(m.owner): m.owner for m in found}
    for owner in owners.values():
        owner.installEventFilter(spy)
    try:
        for m in found:
            field = _text_field(window)
            target = field or window
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            before = _field_text(field)
            bars = [b for b in window.findChildren(QTabBar) if _in_window(b, window)]
            shown = [(b, b.currentIndex()) for b in bars]
            spy.received.clear()
            qtbot.keyClick(target, Qt.Key(m.key), ALT)
            where = f"{state}: Alt+{_key_name(m.key)} ({m.text!r})"
            if _field_text(field) != before:
                problems.append(f"{where} typed into {field.objectName() or field}")
            problems.extend(_outcome(where, m, spy.received))
            for bar, index in shown:  # back to the state being walked
                bar.setCurrentIndex(index)
    finally:
        for owner in owners.values():
            owner.removeEventFilter(spy)
    return problems


def _states(window: QWidget) -> Iterator[str]:
    """Show each tab of each tab widget in turn (nested ones as they become visible)."""
    yield "as opened"
    seen: set[int] = set()
    pending = [t for t in window.findChildren(QTabWidget) if _in_window(t, window)]
    while pending:
        tabs = pending.pop(0)
        if id(tabs) in seen:
            continue
        seen.add(id(tabs))
        before = tabs.currentIndex()
        for i in range(tabs.count()):
            if not tabs.isTabVisible(i) or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            yield f"tab {tabs.tabText(i)!r}"
            pending += [t for t in tabs.widget(i).findChildren(QTabWidget) if _in_window(t, window)]
        tabs.setCurrentIndex(before)


def check_window(
    qtbot: Any,
    window: QWidget,
    extra_states: Iterable[tuple[str, Callable[[], object]]] = (),
) -> list[str]:
    """Every mnemonic problem of a shown top-level window, in all its states."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow)
    problems: list[str] = []
    for name, menus in menu_clashes(window).items():
        problems.append(f"menu {name!r} repeats {menus}")

    def check(state: str) -> None:
        qtbot.waitUntil(window.isActiveWindow)
        for key, texts in clashes(shown_mnemonics(window)).items():
            problems.append(f"{state}: {key} is shown by {texts}")
        problems.extend(press_each(qtbot, window, state))

    for state in _states(window):
        check(state)
    for name, enter in extra_states:
        enter()
        for state in _states(window):
            check(f"{name}, {state}")
    return problems


def opened_dialog(open_it: Callable[[], object]) -> QDialog:
    """Run ``open_it`` and return the one dialog it showed."""
    before = set(QApplication.topLevelWidgets())
    open_it()
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w not in before
    ]
    assert len(shown) == 1, shown
    return shown[0]


def main_window_dialogs(window: Any) -> dict[str, Callable[[], object]]:
    """The dialogs the main window opens itself, by name (a draft is saved first, so the
    recovery dialog has something to offer). Walked by the mnemonic and description tests."""
    from cpdlog.ui.drafts import Draft, DraftStore
    from tests.conftest import make_entry

    DraftStore(window.app.paths.drafts).save(
        Draft("new-0123456789ab", make_entry("Unsaved work")), window.app.clock()
    )
    return {
        "export": window.export,
        "welcome": window.show_welcome,
        "profile": window.edit_profile,
        "about": window.about,
        "recovery": window.offer_recovery,
        "server": window.choose_server,
    }
