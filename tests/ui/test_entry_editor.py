"""The entry editor never loses a word: template switches, closing, saving, dates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cpdlog.domain.templates import CARRIED_OVER_KEY
from cpdlog.ui.dialogs.entry_editor import EntryEditorDialog
from cpdlog.ui.main_window import MainWindow

TYPED = {
    "description": "Podcast about contextual safeguarding for my team.",
    "learnt": "Harm outside the home needs a community response.",
    "impact": "I now map peer groups with my team.",
}


def _new_editor(window: MainWindow) -> EntryEditorDialog:
    window.actions.new_entry.trigger()
    editor = window.editors[-1]
    assert editor.template_combo.currentData() == "swe"
    return editor


def _editor_text(editor: EntryEditorDialog) -> str:
    return "\n".join(e.text.text() for e in editor._section_editors.values())


def _draft_text(path: str) -> str:
    saved = json.loads(Path(path).read_text(encoding="utf-8"))
    return "\n".join(s["text"] for s in saved["entry"]["reflection"]["sections"])


def _switch(editor: EntryEditorDialog, qtbot: Any, template_id: str) -> str:
    with qtbot.waitSignal(editor.draft_written, timeout=5000) as written:
        editor.template_combo.setCurrentIndex(editor.template_combo.findData(template_id))
    return str(written.args[0])


def test_switching_template_carries_every_word_into_the_editor_and_the_draft(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    qtbot.keyClicks(editor.title_edit, "Podcast on safeguarding")
    for key, text in TYPED.items():
        editor.section_edit(key).edit.setFocus()
        qtbot.keyClicks(editor.section_edit(key).edit, text)
    for template_id in ("gibbs", "driscoll", "hcpc", "kolb", "free", "gibbs", "swe"):
        path = _switch(editor, qtbot, template_id)
        shown, kept = _editor_text(editor), _draft_text(path)
        for text in TYPED.values():
            assert shown.count(text) == 1, (template_id, text)
            assert kept.count(text) == 1, (template_id, text)
    assert {k: editor.section_edit(k).text() for k in TYPED} == TYPED
    assert CARRIED_OVER_KEY not in editor._section_editors


def test_text_without_a_matching_section_is_kept_in_a_labelled_section(
    window: MainWindow, qtbot: Any
) -> None:
    editor = _new_editor(window)
    editor.select_tab(1)
    _switch(editor, qtbot, "gibbs")
    editor.section_edit("feelings").edit.setFocus()
    qtbot.keyClicks(editor.section_edit("feelings").edit, "I felt out of my depth.")
    path = _switch(editor, qtbot, "swe")
    carried = editor._section_editors[CARRIED_OVER_KEY]
    qtbot.waitUntil(lambda: carried.isVisibleTo(editor))
    assert carried.label.text().startswith("From your previous template")
    assert "I felt out of my depth." in carried.text.text()
    assert editor.template_notice.isVisibleTo(editor)
    assert "I felt out of my depth." in _draft_text(path)
    # The user may edit the carried text; the saved entry keeps it as a section of its own.
    qtbot.keyClicks(editor.title_edit, "Visit debrief")
    with qtbot.waitSignal(window.entry_saved) as saved:
        editor.save_button.click()
    entry = saved.args[0]
    assert "I felt out of my depth." in entry.reflection.sections[CARRIED_OVER_KEY]
    stored = window.app.entries.get(entry.id)
    assert stored.reflection.sections == entry.reflection.sections
