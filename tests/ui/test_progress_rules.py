"""The progress page shows each registration's rules: the engine's sentences, a bar (none for
a declaration), what would close it, and the entries that count."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cpdlog.domain.entry import Delivery
from cpdlog.domain.practitioner import Registration
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import CountingEntriesDialog, ProgressView, RequirementCard
from tests.conftest import make_entry
from tests.ui.mnemonics import check_window


@pytest.fixture
def open_window(onboarded: App, qtbot: Any) -> Iterator[Callable[[], MainWindow]]:
    """Opens the window once the test has set up the journal (the journal reads it then)."""
    opened: list[MainWindow] = []

    def make() -> MainWindow:
        win = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        opened.append(win)
        return win

    yield make
    for win in opened:
        for editor in list(win.editors):
            editor.discard()
        win.tasks.cancel_all()
        win.tasks.wait_for_all(10_000)


def _progress(window: MainWindow, qtbot: Any) -> ProgressView:
    view = window.show_page("progress")
    assert isinstance(view, ProgressView)
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.reload()
    return view


def _two_registrations(app: App) -> dict[str, int]:
    app.profile.update(registration_number="SW9")
    app.profile.add_registration(
        Registration("ny-lmsw", "123456", dt.date(2020, 6, 1), license_type="LMSW")
    )
    boundaries = app.entries.add(
        make_entry(
            "Boundaries webinar",
            day=dt.date(2026, 7, 1),
            hours=3,
            delivery=Delivery.ONLINE_INTERACTIVE,
            topics=["professional-boundaries"],
        )
    )
    reading = app.entries.add(make_entry("Reading on assessment", day=dt.date(2026, 7, 2)))
    assert boundaries.id is not None and reading.id is not None
    return {"boundaries": boundaries.id, "reading": reading.id}


def _card(cards: list[RequirementCard], label: str) -> RequirementCard:
    found = [c for c in cards if c.title.text() == label]
    assert len(found) == 1, [c.title.text() for c in cards]
    return found[0]


def test_each_registration_gets_a_section_with_the_engines_sentences(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    app = onboarded
    _two_registrations(app)
    window = open_window()
    view = _progress(window, qtbot)
    assert view.report is not None and view.report.profile.id == "swe"
    swe = app.progress.report("swe")
    assert [c.sentence.text() for c in view._cards] == [swe.sentence(r) for r in swe.rules]
    assert view.primary_heading.isVisible()
    assert "SW9" in view.primary_heading.text()

    assert len(view.sections) == 1
    section = view.sections[0]
    assert section.isVisible()
    assert "LMSW" in section.title() and "123456" in section.title()
    ny = app.progress.report("ny-lmsw")
    assert [c.sentence.text() for c in section.cards] == [ny.sentence(r) for r in ny.rules]
    for card, result in zip(section.cards, ny.rules, strict=True):
        closing = ny.closing(result)
        assert card.closing.isVisible() == bool(closing)
        if closing:
            assert closing in card.closing.text()
        assert card.bar.isVisible()
        assert card.bar.format() == f"{result.actual:g} of {result.required:g}"


def test_one_registration_has_no_extra_sections(
    open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    window = open_window()
    view = _progress(window, qtbot)
    assert view.sections == []
    assert not view.primary_heading.isVisible()
    assert not view.sections_host.isVisible()


def test_a_declaration_only_rule_has_no_bar_and_says_confirm_at_renewal(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    app = onboarded
    app.profile.add_registration(Registration("scw", "", dt.date(2024, 9, 1)))
    app.entries.add(make_entry("Team discussion", day=dt.date(2026, 7, 1)))
    window = open_window()
    view = _progress(window, qtbot)
    [section] = view.sections
    scw = app.progress.report("scw")
    [result] = scw.rules
    assert result.declaration
    [card] = section.cards
    assert not card.bar.isVisible()
    assert card.no_target.isVisible()
    assert card.no_target.text() == "Confirm at renewal; keep a record"
    assert card.sentence.text() == scw.sentence(result)
    assert card.entries_button.isEnabled()
    assert card.entry_ids == result.entry_ids


def test_clicking_through_lists_the_counting_entries_and_opens_one(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    ids = _two_registrations(onboarded)
    window = open_window()
    view = _progress(window, qtbot)
    [section] = view.sections
    card = _card(section.cards, "appropriate professional boundaries")
    assert card.entry_ids == (ids["boundaries"],)
    assert card.entries_button.text() == "Show the 1 entry that counts"
    qtbot.mouseClick(card.entries_button, Qt.MouseButton.LeftButton)
    dialog = view.counting_dialog
    assert isinstance(dialog, CountingEntriesDialog)
    assert dialog.entry_ids() == [ids["boundaries"]]
    assert dialog.list.item(0).text().startswith("Boundaries webinar")

    # The hours rule counts both entries.
    everything = _card(section.cards, "36 hours of continuing education")
    assert set(everything.entry_ids) == {ids["boundaries"], ids["reading"]}

    with qtbot.waitSignal(view.entry_requested, timeout=5000) as opened:
        dialog.list.setCurrentRow(0)
        dialog.open_button.click()
    assert opened.args == [ids["boundaries"]]
    qtbot.waitUntil(lambda: any(e.entry_id == ids["boundaries"] for e in window.editors))
    assert not dialog.isVisible()


def test_a_rule_nothing_counts_towards_says_so_and_cannot_be_opened(
    open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    view = _progress(window := open_window(), qtbot)
    assert window is not None
    for card in view._cards:
        assert card.entry_ids == ()
        assert card.entries_button.text() == "No entries count towards this yet"
        assert not card.entries_button.isEnabled()
    assert view.show_counting_entries(view.report, "x", ()) is None


def test_while_the_main_period_just_ended_other_registrations_show_their_current_one(
    tmp_path: Path, qtbot: Any
) -> None:
    dec_1 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)  # SWE's deadline has just passed
    app = App.open(tmp_path / "late", clock=lambda: dec_1)
    app.profile.update(name="Sam Patel", onboarded=True)
    _two_registrations(app)
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    try:
        view = _progress(window, qtbot)
        assert view.just_ended is not None and view.period_combo.currentIndex() == 0
        assert view.report is not None and view.report.period == view.just_ended
        [section] = view.sections
        current = app.progress.report("ny-lmsw")
        assert current.period.start <= dec_1.date() <= current.period.end
        assert section.report is not None and section.report.period == current.period
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)
        app.close()


def test_an_ampersand_in_a_licence_type_is_shown_not_made_a_shortcut(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    onboarded.profile.add_registration(
        Registration("ny-lmsw", "", dt.date(2020, 6, 1), license_type="LMSW & LCSW")
    )
    view = _progress(open_window(), qtbot)
    [section] = view.sections
    assert "LMSW && LCSW" in section.title()  # Qt shows "&&" as one "&", with no shortcut


def test_progress_page_with_two_registrations_and_the_entries_list_have_clean_mnemonics(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    ids = _two_registrations(onboarded)
    window = open_window()
    view = _progress(window, qtbot)
    assert len(view.sections) == 1
    problems = check_window(qtbot, window)
    assert problems == [], "\n".join(problems)
    card = _card(view.sections[0].cards, "appropriate professional boundaries")
    card.entries_button.click()
    dialog = view.counting_dialog
    assert dialog is not None and dialog.entry_ids() == [ids["boundaries"]]
    qtbot.waitExposed(dialog)
    problems = check_window(qtbot, dialog)
    assert problems == [], "\n".join(problems)
    dialog.reject()


def test_a_registration_without_its_birth_month_says_why_under_its_name(
    onboarded: App, open_window: Callable[[], MainWindow], qtbot: Any
) -> None:
    onboarded.profile.add_registration(Registration("tx-bswe", "T1", dt.date(2020, 6, 1)))
    view = _progress(open_window(), qtbot)
    [section] = view.sections
    name = onboarded.profile.requirement_profile("tx-bswe").name
    assert section.title().startswith(name)
    assert section.report is None and section.cards == []
    assert "birth month" in section.summary.text()
