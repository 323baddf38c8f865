"""The editor says what an entry still needs, as the user types; an unfinished entry is
saved as a draft and the window says so."""

from __future__ import annotations

from typing import Any

from cpdlog.ui.main_window import MainWindow


def test_the_editor_lists_what_is_missing_and_saves_a_draft(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.editor_opened) as opened:
        window.open_editor()
    editor = opened.args[0]
    editor.title_edit.setText("Quick note")
    editor.draft_check.setChecked(False)
    text = editor.missing_label.text()
    assert editor.missing_label.isVisibleTo(editor)
    assert text.startswith("Not finished yet: it still needs the “A short description")
    assert "“What you learnt from doing the activity”" in text
    assert "Saving keeps it as a draft" in text

    editor.section_edit("description").set_text("A short article.")
    editor.section_edit("learnt").set_text("Something new.")
    assert "“A short description" not in editor.missing_label.text()
    assert "“The positive impact" in editor.missing_label.text()

    with qtbot.waitSignal(window.entry_saved) as saved:
        editor.save()
    entry = saved.args[0]
    assert entry.is_draft  # asked for complete, but the impact section is empty
    assert window.app.entries.get(entry.id).is_draft
    assert "as a draft" in window.statusBar().currentMessage()
    report = window.app.progress.report()
    assert report.counted == () and [e.id for e in report.drafts] == [entry.id]


def test_a_finished_entry_has_nothing_missing_and_is_complete(
    window: MainWindow, qtbot: Any
) -> None:
    with qtbot.waitSignal(window.editor_opened) as opened:
        window.open_editor()
    editor = opened.args[0]
    editor.title_edit.setText("Reading on risk")
    editor.draft_check.setChecked(False)
    for key, words in (("description", "A book."), ("learnt", "Risk."), ("impact", "Better.")):
        editor.section_edit(key).set_text(words)
    assert editor.missing_label.text() == "" and not editor.missing_label.isVisibleTo(editor)
    with qtbot.waitSignal(window.entry_saved) as saved:
        editor.save()
    assert not saved.args[0].is_draft
    assert window.statusBar().currentMessage() == "Saved “Reading on risk”."
