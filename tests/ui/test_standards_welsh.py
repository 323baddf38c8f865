"""A Welsh app shows the regulators' standards in the regulator's published Welsh where the
data has it and in the regulator's own English otherwise, saying so once per list: in the
editor's standards picker and in Progress's coverage table."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cpdlog import i18n
from cpdlog.domain.frameworks import Catalogue, english_note
from cpdlog.services.app import App
from cpdlog.ui.language import Language, install_translators
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.coverage import CoverageColumn
from cpdlog.ui.models.standards import StandardsTreeModel
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import ProgressView
from tests.conftest import make_entry

SCW_NAME_CY = "Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol"
TEST_TITLE_CY = "Geiriad prawf ŵ ŷ â"  # test-only wording, not Social Care Wales's


@pytest.fixture
def welsh(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_translators(qapp, Language.WELSH, tmp_path)
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


@pytest.fixture
def scw_window(onboarded: App, qtbot: Any) -> Iterator[MainWindow]:
    onboarded.profile.update(regulator_id="scw", registered_on=dt.date(2025, 6, 1))
    onboarded.entries.add(
        make_entry("Cwrs diogelu", day=dt.date(2026, 3, 14), standards=("scw:1",))
    )
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for editor in list(window.editors):
        editor.discard()
    window.tasks.cancel_all()
    window.tasks.wait_for_all(10_000)


@pytest.mark.usefixtures("welsh")
def test_the_welsh_picker_names_the_code_in_welsh_and_says_which_standards_are_english(
    scw_window: MainWindow, qtbot: Any
) -> None:
    assert i18n.language() == i18n.WELSH
    scw_window.window_actions.new_entry.trigger()
    editor = scw_window.editors[-1]
    qtbot.waitUntil(lambda: editor.lookups is not None)  # the profile, read on a worker
    model = editor.standards_model
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == SCW_NAME_CY)
    first_code = model.index(0, 0)
    section_1 = model.index(0, 0, first_code)
    scw1 = scw_window.app.entries.catalogue().standard("scw:1")
    assert scw1 is not None
    assert model.data(section_1) == f"1  {scw1.title}"  # the regulator's English, as it is
    note = editor.standards.standards_language_note
    catalogue = scw_window.app.entries.catalogue().prioritised(["scw"])  # as the picker shows
    expected = english_note(catalogue.frameworks, i18n.WELSH)
    assert not note.isHidden() and note.text() == "\n".join(expected)
    assert len(expected) == 2 and expected[1].startswith(f"{SCW_NAME_CY}: ")


@pytest.mark.usefixtures("welsh")
def test_the_picker_shows_a_standards_published_welsh_wording(app: App) -> None:
    shipped = app.entries.catalogue()
    frameworks = []
    for fw in shipped.frameworks:
        if fw.id == "scw":
            first, *rest = fw.standards
            welsh = dataclasses.replace(
                first, title_cy=TEST_TITLE_CY, source_cy="https://gofalcymdeithasol.cymru/x"
            )
            fw = dataclasses.replace(fw, standards=(welsh, *rest))
        frameworks.append(fw)
    model = StandardsTreeModel(Catalogue(tuple(frameworks)))
    index = model.index_of_standard("scw:1")
    assert model.data(index) == f"1  {TEST_TITLE_CY}"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == f"scw:1: {TEST_TITLE_CY}"
    scw2 = shipped.standard("scw:2")
    assert scw2 is not None
    assert model.data(model.index_of_standard("scw:2")) == f"2  {scw2.title}"  # no Welsh: English


def test_an_english_picker_has_no_note_and_english_names(
    scw_window: MainWindow, qtbot: Any
) -> None:
    assert i18n.language() == i18n.ENGLISH
    scw_window.window_actions.new_entry.trigger()
    editor = scw_window.editors[-1]
    qtbot.waitUntil(lambda: editor.lookups is not None)
    model = editor.standards_model
    qtbot.waitUntil(lambda: "Social Care Wales" in model.data(model.index(0, 0)))
    assert editor.standards.standards_language_note.isHidden()


@pytest.mark.usefixtures("welsh")
def test_welsh_progress_shows_the_codes_standards_with_one_note(
    scw_window: MainWindow, qtbot: Any
) -> None:
    view = scw_window.show_page("progress")
    assert isinstance(view, ProgressView)
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.reload()
    assert view.report is not None, view.summary.text()
    assert view.report.profile.id == "scw"
    model = view.coverage_model
    scw = scw_window.app.entries.catalogue().framework("scw")
    assert scw is not None
    shown = [model.data(model.index(r, CoverageColumn.STANDARD)) for r in range(model.rowCount())]
    assert shown == [f"{s.local_id}  {s.title}" for s in scw.standards]
    note = view.coverage_language_note
    assert not note.isHidden()
    assert note.text() == "\n".join(english_note([scw], i18n.WELSH))
    assert note.text().startswith(f"{SCW_NAME_CY}: ")
