"""Every command of the main window as a named QAction (one place to find shortcuts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cpdlog.ui.icons import icon


@dataclass
class Actions:
    new_entry: QAction
    edit_entry: QAction
    delete_entry: QAction
    copy_for_form: QAction
    find: QAction
    refresh_feeds: QAction
    export: QAction
    backup: QAction
    open_data_folder: QAction
    profile: QAction
    quit: QAction
    show_journal: QAction
    show_reader: QAction
    show_progress: QAction
    show_export: QAction
    show_trash: QAction
    reload: QAction
    about: QAction


def create_actions(window: QWidget) -> Actions:
    def make(
        text: str,
        icon_name: str | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(window)
        action.setText(text)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(
                shortcut if not isinstance(shortcut, str) else QKeySequence(shortcut)
            )
        tooltip = tip or text.replace("&", "").replace("…", "")
        if shortcut is not None:
            tooltip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tooltip)
        action.setStatusTip(tip or tooltip)
        window.addAction(action)
        return action

    tr = window.tr
    return Actions(
        new_entry=make(
            tr("&New entry…"), "new", QKeySequence.StandardKey.New, tr("Record a new piece of CPD")
        ),
        edit_entry=make(tr("&Edit entry…"), "edit", "Return", tr("Edit the selected entry")),
        delete_entry=make(
            tr("&Move to trash"),
            "delete",
            QKeySequence.StandardKey.Delete,
            tr("Move the selected entries to the trash (Undo brings them back)"),
        ),
        copy_for_form=make(
            tr("&Copy for regulator form"),
            "copy",
            "Ctrl+Shift+C",
            tr("Copy the entry as text laid out like the regulator's CPD form"),
        ),
        find=make(tr("&Find…"), "find", QKeySequence.StandardKey.Find, tr("Search the journal")),
        refresh_feeds=make(
            tr("Re&fresh feeds"),
            "refresh",
            "Ctrl+R",
            tr("Fetch new items from the feeds you follow"),
        ),
        export=make(
            tr("&Export portfolio…"), "export", "Ctrl+E", tr("Make a PDF portfolio of your CPD")
        ),
        backup=make(
            tr("&Back up now"), "folder", None, tr("Copy the journal to the backups folder")
        ),
        open_data_folder=make(tr("Open &data folder"), "folder"),
        profile=make(
            tr("&Profile and regulator…"),
            None,
            None,
            tr("Your name, regulator and registration date"),
        ),
        quit=make(tr("&Quit"), "quit", QKeySequence.StandardKey.Quit),
        show_journal=make(tr("&Journal"), "journal", "Ctrl+1"),
        show_reader=make(tr("&Reader"), "reader", "Ctrl+2"),
        show_progress=make(tr("&Progress"), "progress", "Ctrl+3"),
        show_export=make(tr("E&xport"), "portfolio", "Ctrl+4"),
        show_trash=make(
            tr("&Trash"), "delete", "Ctrl+5", tr("Entries you moved to the trash: restore them")
        ),
        reload=make(
            tr("Re&load"), "refresh", QKeySequence.StandardKey.Refresh, tr("Read the journal again")
        ),
        about=make(tr("&About cpdlog"), "about"),
    )
