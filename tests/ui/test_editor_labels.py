"""Labels the editor and journal show: kinds of identifying detail, activity types, hours."""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

from cpdlog.domain.confidentiality import KIND_LABELS, KIND_PHRASES, Kind
from cpdlog.domain.entry import ActivityType
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.entries import Column, entry_display
from cpdlog.ui.text import activity_label, format_hours
from tests.conftest import make_entry


def test_every_kind_of_detail_has_a_capitalised_label_and_phrase() -> None:
    assert set(KIND_LABELS) == set(Kind) == set(KIND_PHRASES)
    for kind in Kind:
        assert KIND_LABELS[kind][0].isupper(), kind
        assert KIND_LABELS[kind].lower() == KIND_PHRASES[kind].lower(), kind
    assert KIND_PHRASES[Kind.NHS_NUMBER] == "NHS number"
    assert KIND_PHRASES[Kind.NI_NUMBER] == "National Insurance number"


def test_export_confirmation_keeps_the_capitals_of_nhs_and_national_insurance(
    window: MainWindow, qtbot: Any
) -> None:
    app = window.app
    leaky = app.entries.add(
        make_entry(
            "Benefits advice",
            day=dt.date(2026, 2, 3),
            learnt="His NHS number is 943 476 5919 and his NI number AB123456C.",
        )
    )
    window.entries_changed(keep_id=leaky.id)
    panel = window.export().panel
    qtbot.waitUntil(lambda: not panel.checking, timeout=60_000)
    text = panel.confirm_check.text()
    assert "NHS number" in text and "National Insurance number" in text
    assert "nhs number" not in text and "national insurance" not in text


def test_discussion_fits_a_team_discussion_and_keeps_its_id() -> None:
    assert ActivityType("discussion") is ActivityType.DISCUSSION
    assert activity_label(ActivityType.DISCUSSION) == "Discussion (team, online or hashtag chat)"


def test_hours_read_the_same_in_the_journal_table_and_the_detail_pane() -> None:
    entry = make_entry(hours=1.5)
    assert entry_display(entry, Column.HOURS, None, {}) == format_hours(1.5) == "1 h 30 min"
    assert entry_display(make_entry(hours=0.75), Column.HOURS, None, {}) == "45 min"
    assert entry_display(make_entry(hours=2), Column.HOURS, None, {}) == "2 h"


def test_closing_the_editor_prints_no_warning_about_focus_changed(
    window: MainWindow, qtbot: Any
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        window.window_actions.new_entry.trigger()
        editor = window.editors[-1]
        editor.close()  # not dirty: closes at once
        window.window_actions.new_entry.trigger()
        editor = window.editors[-1]
        qtbot.keyClicks(editor.title_edit, "Team meeting")
        with qtbot.waitSignal(window.entry_saved):
            editor.save_button.click()
        qtbot.waitUntil(lambda: not window.editors)
    assert [str(w.message) for w in caught if "focusChanged" in str(w.message)] == []


def test_the_journal_hours_column_fits_the_hours_it_shows(window: MainWindow) -> None:
    table = window.journal.table
    needed = table.fontMetrics().horizontalAdvance("10 h 45 min")
    assert table.columnWidth(Column.HOURS) > needed
