"""The translation pipeline: every user-visible string is extractable, the committed .ts is
up to date, the Welsh catalogue compiles and loads, and the language setting is applied."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cpdlog.domain.entry import ActivityType
from cpdlog.reference_data import templates
from cpdlog.ui import language
from cpdlog.ui.dialogs.about import AboutDialog
from cpdlog.ui.language import Language, install_translators, read_language, save_language
from cpdlog.ui.text import tr_domain

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "cpdlog" / "ui"
WELSH_TS = ROOT / "resources" / "translations" / "cpdlog_cy.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
_extractor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_extractor)
extract = _extractor.extract

Message = tuple[str, str, str, bool]  # context, source, comment, plural


def messages(ts: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def test_committed_ts_matches_the_code(tmp_path: Path) -> None:
    if not LUPDATE.is_file():
        pytest.fail(f"pyside6-lupdate is missing next to {sys.executable}")
    fresh = tmp_path / "fresh_cy.ts"
    extract(fresh, LUPDATE)
    in_code = set(messages(fresh))
    committed = set(messages(WELSH_TS))
    new = sorted(in_code - committed)
    vanished = sorted(committed - in_code)
    assert not new and not vanished, (
        "resources/translations/cpdlog_cy.ts is stale; run `bash packaging/update-translations.sh`"
        f"\nnew strings: {new}\nvanished strings: {vanished}"
    )


# Qt calls whose string argument is shown to the user.
VISIBLE_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setInformativeText",
    "setDetailedText",
    "setTitle",
    "setLabelText",
    "addAction",
    "addMenu",
    "addTab",
    "addButton",
    "showMessage",
}
VISIBLE_CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question"}
WORD = re.compile(r"[A-Za-z]{2,}")
NOT_WORDS = re.compile(r"[a-z0-9:/._-]+")  # examples in a field: https://, a tag
# Names, not words: the same in every language.
ALLOWED = {"cpdlog", "English", "Cymraeg"}


def needs_translation(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        node_text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        node_text = node.value
    else:
        return False
    if node_text in ALLOWED or NOT_WORDS.fullmatch(node_text):
        return False
    return bool(WORD.search(node_text))


def untranslated_literals(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in VISIBLE_SETTERS or name in VISIBLE_CONSTRUCTORS:
            checked = node.args[:1]
        elif name in MESSAGE_BOXES and isinstance(func, ast.Attribute):
            checked = node.args[1:3]  # parent, title, text
        else:
            continue
        found += [(node.lineno, ast.unparse(arg)) for arg in checked if needs_translation(arg)]
    return found


def test_every_visible_string_goes_through_tr() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: {text}"
        for path in sorted(UI.rglob("*.py"))
        for line, text in untranslated_literals(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not problems, "strings shown without tr():\n" + "\n".join(problems)


def test_the_check_catches_a_bare_string() -> None:
    tree = ast.parse(
        "label.setText('Save your entry')\nQPushButton('Cancel')\n"
        "QMessageBox.warning(self, 'Oops', 'It failed')\n"
        "label.setText(self.tr('Fine'))\nlabel.setText('')\nlabel.setText('–')\n"
    )
    assert [text for _line, text in untranslated_literals(tree)] == [
        "'Save your entry'",
        "'Cancel'",
        "'Oops'",
        "'It failed'",
    ]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[a-z_]*\}|%n|%[0-9]", text))


def test_welsh_translations_keep_their_placeholders() -> None:
    wrong = []
    for (context, source, _comment, _plural), message in messages(WELSH_TS).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if form and placeholders(form) != placeholders(source):
                if "%n" in source and placeholders(form) == placeholders(source.replace("%n", "")):
                    continue  # a plural form may spell the number out ("un", "dau")
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_language_setting_round_trip(tmp_path: Path) -> None:
    assert read_language(tmp_path) is Language.SYSTEM
    save_language(tmp_path, Language.WELSH)
    assert read_language(tmp_path) is Language.WELSH
    save_language(tmp_path, Language.ENGLISH)
    assert read_language(tmp_path) is Language.ENGLISH
    (tmp_path / "window.ini").write_text("[ui]\nlanguage=klingon\n", encoding="utf-8")
    assert read_language(tmp_path) is Language.SYSTEM


@pytest.fixture
def restore_english(qapp: QApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


@pytest.mark.usefixtures("restore_english")
def test_welsh_is_compiled_into_the_data_folder_and_used(
    qapp: QApplication, tmp_path: Path
) -> None:
    if language.lrelease_program() is None:
        pytest.fail("PySide6's lrelease is missing")
    installed = install_translators(qapp, Language.WELSH, tmp_path)
    assert (tmp_path / "cache" / "translations" / "cpdlog_cy.qm").is_file()
    assert len(installed) >= 1
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"
    # Wording from the domain and the data files, looked up by tr_domain():
    assert tr_domain(ActivityType.SUPERVISION.label) == "Goruchwyliaeth"
    gibbs = templates()["gibbs"]
    assert tr_domain(gibbs.name) == "Cylch myfyriol Gibbs"
    assert tr_domain(gibbs.sections[0].prompt) == "Disgrifiad: beth ddigwyddodd?"
    install_translators(qapp, Language.ENGLISH, tmp_path)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


@pytest.mark.usefixtures("restore_english")
def test_a_packaged_qm_is_used_as_it_is(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "translations"
    packaged.mkdir()
    shutil.copy(WELSH_TS, packaged)
    assert language.compile_ts(WELSH_TS, packaged / "cpdlog_cy.qm")
    monkeypatch.setattr(language, "translations_source_folder", lambda: packaged)
    home = tmp_path / "home"
    install_translators(qapp, Language.WELSH, home)
    assert not (home / "cache").exists()  # nothing compiled: the shipped .qm was loaded
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"


def test_every_context_is_one_the_app_looks_up() -> None:
    """``self.tr`` in class C looks strings up under "C"; lupdate files ``parent.tr(...)``
    under "parent" (and a bare ``tr(...)`` under ""), where no translation is ever found."""
    classes = {
        node.name
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    }
    classes |= {  # contexts named in QCoreApplication.translate("Context", ...) and tr(...)
        node.args[0].value
        for path in UI.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", ""))
        in ("translate", "tr", "QT_TRANSLATE_NOOP")  # the last: Qt's own words (qt_words.py)
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and len(node.args) > 1
    }
    contexts = {context for context, _source, _comment, _plural in messages(WELSH_TS)}
    unknown = sorted(c for c in contexts if c not in classes and not c.startswith("cpdlog"))
    assert not unknown, f"strings filed under contexts nothing looks up: {unknown}"


@pytest.mark.usefixtures("restore_english")
def test_about_box_says_the_welsh_awaits_review(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    english = AboutDialog(tmp_path)
    qtbot.addWidget(english)
    assert english.review_note.isHidden()
    install_translators(qapp, Language.WELSH, tmp_path)
    welsh = AboutDialog(tmp_path)
    qtbot.addWidget(welsh)
    assert not welsh.review_note.isHidden()
    assert "adolygiad gan ymarferydd sy’n siarad Cymraeg" in welsh.review_note.text()
    assert welsh.windowTitle() == "Ynghylch cpdlog"
