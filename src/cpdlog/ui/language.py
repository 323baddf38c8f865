"""The app's language: follow the system, English or Cymraeg (Welsh).

The choice is kept in ``window.ini`` in the data folder (key ``ui/language``) and applied
when the app starts; the command line follows it too (its messages and ``--help``, argparse's
own words, the PDF and the CSV's labels; ``--language`` overrides it; see :mod:`cpdlog.i18n`).
Choosing another language in the menu takes effect the next time the app starts. cpdlog's own
strings come from ``cpdlog_<lang>.qm``: a wheel or the bundle ships it in
``cpdlog/resources/translations``; a source checkout has only the ``.ts`` source, which is
compiled with ``lrelease`` (it ships with PySide6) into ``<data folder>/cache/translations``
the first time and again whenever the ``.ts`` file is newer.
"""

from __future__ import annotations

import contextlib
import logging
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from cpdlog import i18n
from cpdlog.errors import CpdlogError

SETTING = "ui/language"
SETTINGS_FILE = "window.ini"  # the same file as cpdlog.ui.settings.WindowState
CACHE_FOLDER = Path("cache") / "translations"
LRELEASE_TIMEOUT_S = 30

log = logging.getLogger(__name__)


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    WELSH = "cy"


def read_language(home: Path | None) -> Language:
    if home is None:
        return Language.SYSTEM
    value = QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat).value(SETTING, "")
    try:
        return Language(str(value))
    except ValueError:
        return Language.SYSTEM


def save_language(home: Path, language: Language) -> None:
    settings = QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(SETTING, language.value)
    settings.sync()


def locale_for(language: Language) -> QLocale:
    if language is Language.WELSH:
        return QLocale("cy_GB")
    if language is Language.ENGLISH:
        return QLocale("en_GB")
    return QLocale.system()


def default_locale(code: str) -> QLocale:
    """The locale for dates, calendars and numbers when the app speaks ``code``.

    Qt's widgets (date edits, calendars, ``QLocale().toString``) use the default locale, which
    otherwise follows the system: a Welsh app on an English system showed "1 Dec 2026". Welsh
    is Welsh in the UK; English keeps an English system's own variant, and any other system
    (whose language cpdlog has no translation for) gets UK English, as the rest of the app.
    """
    if code == i18n.WELSH:
        return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def translations_source_folder() -> Path | None:
    from cpdlog.resources import resource_path

    try:
        folder = resource_path("translations")
    except CpdlogError:
        return None
    return folder if folder.is_dir() else None


def lrelease_program() -> Path | None:
    """PySide6's lrelease: inside the PySide6 package, or the pyside6-lrelease wrapper."""
    package = Path(PySide6.__file__).resolve().parent
    for candidate in (package / "lrelease", package / "lrelease.exe"):
        if candidate.is_file():
            return candidate
    wrapper = Path(sys.executable).parent / "pyside6-lrelease"
    return wrapper if wrapper.is_file() else None


def compile_ts(source: Path, target: Path) -> bool:
    """Build ``target`` (.qm) from ``source`` (.ts) with lrelease; False when it cannot."""
    program = lrelease_program()
    if program is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [str(program), "-silent", str(source), "-qm", str(target)],
            capture_output=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and target.is_file()


def qm_folder(code: str, home: Path | None) -> Path | None:
    """The folder holding an up-to-date ``cpdlog_<code>.qm``, compiling it if need be."""
    source_folder = translations_source_folder()
    if source_folder is None:
        return None
    name = f"cpdlog_{code}"
    if (source_folder / f"{name}.qm").is_file():
        return source_folder  # wheel or bundle: built at packaging time
    source = source_folder / f"{name}.ts"
    if home is None or not source.is_file():
        return None
    cache = home / CACHE_FOLDER
    target = cache / f"{name}.qm"
    with contextlib.suppress(OSError):
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            return cache
    return cache if compile_ts(source, target) else None


def install_translators(
    application: QCoreApplication, language: Language = Language.SYSTEM, home: Path | None = None
) -> list[QTranslator]:
    """Replace the installed translators with Qt's and cpdlog's for ``language``."""
    for old in getattr(application, "_cpdlog_translators", []):
        application.removeTranslator(old)
    locale = locale_for(language)
    installed: list[QTranslator] = []
    qt_translator = QTranslator(application)
    if qt_translator.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        application.installTranslator(qt_translator)
        installed.append(qt_translator)
    code = locale.name().split("_")[0]
    # The domain's sentences, the PDF and the dates follow the same choice (cpdlog.i18n reads
    # the same catalogue without Qt).
    i18n.set_language(code if code in i18n.LANGUAGES else i18n.ENGLISH)
    QLocale.setDefault(default_locale(code))  # widgets made from now on take it
    folder = qm_folder(code, home) if code != i18n.ENGLISH else None
    loaded = False
    if folder is not None:
        own = QTranslator(application)
        if own.load(locale, "cpdlog", "_", str(folder)):
            application.installTranslator(own)
            installed.append(own)
            loaded = True
            # which file, in words (the log redacts paths); packaging/build.sh's smoke test
            # looks for the first (--verbose) in the bundle
            if folder == translations_source_folder():
                log.debug("The %s translation is loaded from the packaged .qm file", code)
            else:
                log.debug("The %s translation is compiled into the data folder's cache", code)
    if code in i18n.LANGUAGES and code != i18n.ENGLISH and not loaded:
        log.warning("The %s translation could not be loaded: the app is in English", code)
    application._cpdlog_translators = installed  # type: ignore[attr-defined]  # kept alive
    return installed


def language_menu(home: Path, parent: QWidget) -> QMenu:
    """File ▸ Language: three choices, kept for the next start."""
    menu = QMenu(QCoreApplication.translate("LanguageMenu", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = read_language(home)
    labels = {
        Language.SYSTEM: QCoreApplication.translate("LanguageMenu", "Follow the system"),
        Language.ENGLISH: "English",  # each language is named in itself
        Language.WELSH: "Cymraeg",
    }
    for language, label in labels.items():
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(language is current)
        action.setData(language.value)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        language = Language(str(action.data()))
        if language is read_language(home):
            return
        save_language(home, language)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("LanguageMenu", "Language"),
            QCoreApplication.translate(
                "LanguageMenu", "cpdlog will use this language the next time it starts."
            ),
        )

    group.triggered.connect(chosen)
    return menu
