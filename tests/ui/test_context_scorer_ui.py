"""The entry editor says so when the names check runs without its trained context scorer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from cpdlog import resources
from cpdlog.domain.confidentiality import context_scorer
from cpdlog.services.app import App
from tests.ui.test_confidentiality_ui import editor_for, type_into


@pytest.fixture(autouse=True)
def _fresh_weights() -> Iterator[None]:
    context_scorer.reset()
    yield
    context_scorer.reset()


def test_the_editor_notes_a_damaged_scorer_and_the_rules_still_mark_names(
    onboarded: App, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "confidentiality").mkdir()
    (tmp_path / context_scorer.WEIGHTS_FILE).write_text("{damaged", encoding="utf-8")
    real = resources.resource_path

    def damaged(relative: str) -> Path:
        return tmp_path / relative if relative == context_scorer.WEIGHTS_FILE else real(relative)

    monkeypatch.setattr(resources, "resource_path", damaged)
    context_scorer.reset()
    dialog = editor_for(onboarded, qtbot)
    note = dialog.findChild(QLabel, "names-check-limited")
    assert note is not None and not note.isHidden()
    assert context_scorer.LIMITED_NOTE in note.text()
    marker = dialog.findings_marker("reflection.learnt")
    type_into(qtbot, marker, "i saw kieran today.")
    assert [(f.kind, f.text) for f in marker.findings] == [("name", "kieran")]
    dialog.discard()


def test_no_scorer_note_when_its_weights_are_read(onboarded: App, qtbot: Any) -> None:
    dialog = editor_for(onboarded, qtbot)
    note = dialog.findChild(QLabel, "names-check-limited")
    assert note is not None
    assert context_scorer.LIMITED_NOTE not in note.text()
    dialog.discard()
