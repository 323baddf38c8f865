"""The standards picker offers every standard, plainly worded, the regulator's first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from cpdlog.services.app import App
from cpdlog.ui.dialogs.entry_editor import EntryEditorDialog
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.standards import StandardIdRole, StandardsTreeModel


def _all_indexes(model: StandardsTreeModel) -> list[QModelIndex]:
    found: list[QModelIndex] = []
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        found.append(index)
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    return found


def _new_editor(window: MainWindow) -> EntryEditorDialog:
    window.window_actions.new_entry.trigger()
    return window.editors[-1]


def test_every_standard_is_checkable_and_no_label_warns_about_wording(app: App) -> None:
    catalogue = app.entries.catalogue()
    model = StandardsTreeModel(catalogue)
    indexes = _all_indexes(model)
    shown = {model.data(i, StandardIdRole) for i in indexes} - {None}
    assert shown == {s.id for s in catalogue.all_standards()}
    for index in indexes:
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert "confirmed" not in str(model.data(index, role)).lower()
    three_one = model.index_of_standard("swe:3.1")
    assert model.flags(three_one) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.parent(three_one) == model.index_of_standard("swe:3")
    assert model.setData(three_one, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["swe:3.1"]


def test_a_niscc_practitioner_sees_the_niscc_standards_first(
    window: MainWindow, qtbot: Any
) -> None:
    window.app.profile.update(regulator_id="niscc")
    editor = _new_editor(window)
    qtbot.waitUntil(lambda: editor.lookups is not None)  # the profile, read on a worker
    model = editor.standards_model
    first = model.index(0, 0)
    assert "NISCC" in model.data(first)
    assert model.data(model.index(0, 0, first), StandardIdRole) == "niscc:C1"
    tops = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert len(tops) == len(window.app.entries.catalogue().frameworks)


def test_a_social_work_england_practitioner_sees_swe_then_pcf(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    model = editor.standards_model
    assert model.data(model.index(0, 0)) == "Social Work England professional standards"
    assert "PCF" in model.data(model.index(1, 0))
