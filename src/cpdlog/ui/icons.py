"""Icons: the application icon from the shipped files, action icons from the desktop theme.

Theme icons follow the user's desktop (and its light or dark variant). Where no theme is
installed (Windows, macOS, a bare X server) the style's own standard icons stand in.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cpdlog import APP_ID
from cpdlog.errors import StorageError
from cpdlog.resources import resource_path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_SP = QStyle.StandardPixmap
# name → (freedesktop theme name, Qt standard icon used when the theme has none)
_ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new": ("document-new", _SP.SP_FileIcon),
    "edit": ("document-edit", _SP.SP_FileDialogContentsView),
    "delete": ("edit-delete", _SP.SP_TrashIcon),
    "undo": ("edit-undo", _SP.SP_ArrowBack),
    "redo": ("edit-redo", _SP.SP_ArrowForward),
    "refresh": ("view-refresh", _SP.SP_BrowserReload),
    "stop": ("process-stop", _SP.SP_BrowserStop),
    "export": ("document-save-as", _SP.SP_DialogSaveButton),
    "open": ("document-open", _SP.SP_DialogOpenButton),
    "folder": ("folder-open", _SP.SP_DirOpenIcon),
    "copy": ("edit-copy", _SP.SP_FileDialogDetailedView),
    "find": ("edit-find", _SP.SP_FileDialogContentsView),
    "journal": ("x-office-document", _SP.SP_FileDialogDetailedView),
    "reader": ("application-rss+xml", _SP.SP_DriveNetIcon),
    "progress": ("view-statistics", _SP.SP_DialogApplyButton),
    "portfolio": ("x-office-document", _SP.SP_DialogSaveButton),
    "add": ("list-add", _SP.SP_FileDialogNewFolder),
    "remove": ("list-remove", _SP.SP_DialogDiscardButton),
    "web": ("internet-web-browser", _SP.SP_DriveNetIcon),
    "star": ("starred", _SP.SP_DialogYesButton),
    "log": ("document-new", _SP.SP_FileDialogNewFolder),
    "about": ("help-about", _SP.SP_MessageBoxInformation),
    "quit": ("application-exit", _SP.SP_DialogCloseButton),
    "warning": ("dialog-warning", _SP.SP_MessageBoxWarning),
    "error": ("dialog-error", _SP.SP_MessageBoxCritical),
    "ok": ("emblem-ok", _SP.SP_DialogApplyButton),
}


def icon(name: str) -> QIcon:
    theme_name, fallback = _ICONS[name]
    themed = QIcon.fromTheme(theme_name)
    if not themed.isNull():
        return themed
    style = QApplication.style()
    return style.standardIcon(fallback) if style is not None else QIcon()


@cache
def app_icon() -> QIcon:
    """The cpdlog icon: the SVG master plus pre-rendered PNGs for crisp small sizes."""
    result = QIcon()
    try:
        folder = resource_path("icons")
    except StorageError:
        return result
    for size in PNG_SIZES:
        png = folder / f"{APP_ID}-{size}.png"
        if png.is_file():
            result.addFile(str(png))
    svg = folder / f"{APP_ID}.svg"
    if svg.is_file():
        result.addFile(str(svg))
    return result
