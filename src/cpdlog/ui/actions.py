"""Every command of the main window as a named QAction (one place to find shortcuts)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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

    translate = QCoreApplication.translate  # "MainWindow", as window.tr would
    return Actions(
        new_entry=make(
            translate("MainWindow", "&New entry…"),
            "new",
            QKeySequence.StandardKey.New,
            translate("MainWindow", "Record a new piece of CPD"),
        ),
        edit_entry=make(
            translate("MainWindow", "&Edit entry…"),
            "edit",
            "Return",
            translate("MainWindow", "Edit the selected entry"),
        ),
        delete_entry=make(
            translate("MainWindow", "&Move to trash"),
            "delete",
            QKeySequence.StandardKey.Delete,
            translate(
                "MainWindow", "Move the selected entries to the trash (Undo brings them back)"
            ),
        ),
        copy_for_form=make(
            translate("MainWindow", "&Copy for regulator form"),
            "copy",
            "Ctrl+Shift+C",
            translate(
                "MainWindow", "Copy the entry as text laid out like the regulator's CPD form"
            ),
        ),
        find=make(
            translate("MainWindow", "&Find…"),
            "find",
            QKeySequence.StandardKey.Find,
            translate("MainWindow", "Search the journal"),
        ),
        refresh_feeds=make(
            translate("MainWindow", "Re&fresh feeds"),
            "refresh",
            "Ctrl+R",
            translate("MainWindow", "Fetch new items from the feeds you follow"),
        ),
        export=make(
            translate("MainWindow", "&Export portfolio…"),
            "export",
            "Ctrl+E",
            translate("MainWindow", "Make a PDF portfolio of your CPD"),
        ),
        backup=make(
            translate("MainWindow", "&Back up now"),
            "folder",
            None,
            translate("MainWindow", "Copy the journal to the backups folder"),
        ),
        open_data_folder=make(translate("MainWindow", "Open &data folder"), "folder"),
        profile=make(
            translate("MainWindow", "&Profile and regulator…"),
            None,
            None,
            translate("MainWindow", "Your name, regulator and registration date"),
        ),
        quit=make(translate("MainWindow", "&Quit"), "quit", QKeySequence.StandardKey.Quit),
        show_journal=make(translate("MainWindow", "&Journal"), "journal", "Ctrl+1"),
        show_reader=make(translate("MainWindow", "&Reader"), "reader", "Ctrl+2"),
        show_progress=make(translate("MainWindow", "&Progress"), "progress", "Ctrl+3"),
        show_export=make(translate("MainWindow", "E&xport"), "portfolio", "Ctrl+4"),
        show_trash=make(
            translate("MainWindow", "&Trash"),
            "delete",
            "Ctrl+5",
            translate("MainWindow", "Entries you moved to the trash: restore them"),
        ),
        reload=make(
            translate("MainWindow", "Re&load"),
            "refresh",
            QKeySequence.StandardKey.Refresh,
            translate("MainWindow", "Read the journal again"),
        ),
        about=make(translate("MainWindow", "&About cpdlog"), "about"),
    )
