"""The day after a deadline: Progress and Export show the period just ended first, with its
outcome and a one-click export; the export page has the HCPC layout's own fields; the
preview degrades to "Open the PDF" without the Qt PDF module."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cpdlog.domain.entry import PeerReflection
from cpdlog.services.app import App
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from tests.conftest import make_entry

DEC_1 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with no Documents folder in it (as on a fresh account)."""
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture
def late_window(tmp_path: Path, user_home: Path, qtbot: Any) -> Iterator[MainWindow]:
    app = App.open(tmp_path / "journal", clock=lambda: DEC_1)
    app.profile.update(name="Sam Patel", onboarded=True)
    app.entries.add(make_entry("Reading on kinship care", day=dt.date(2026, 11, 23), hours=1))
    app.entries.add(
        make_entry(
            "Podcast on neglect",
            day=dt.date(2026, 9, 2),
            hours=0.5,
            learnt="Different: what neglect looks like in adolescents.",
        )
    )
    win = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for editor in list(win.editors):
        editor.discard()
    win.tasks.cancel_all()
    win.tasks.wait_for_all(10_000)
    app.close()


def _progress(window: MainWindow, qtbot: Any) -> Any:
    view = window.show_page("progress")
    qtbot.waitUntil(lambda: view.report is not None, timeout=10_000)
    return view


def test_progress_opens_on_the_period_just_ended_with_its_outcome(
    late_window: MainWindow, qtbot: Any
) -> None:
    view = _progress(late_window, qtbot)
    report = view.report
    assert (report.period.start, report.period.end) == (dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    assert view.period_combo.currentIndex() == 0
    assert view.period_combo.currentText().startswith("Period just ended")
    assert view.ended_box.isVisibleTo(view)
    assert view.ended_label.text() == (
        "This period has ended. Not met by the deadline of 30 November 2026: 1 more entry "
        "with a peer reflection was still needed."
    )
    summary = view.summary.text()
    assert "2 entries and 1.5 hours counted" in summary and "Outcome: not met." in summary
    sentences = [card.sentence.text() for card in view._cards]
    assert sentences == [
        "Done: 2 entries.",
        "Not met: 1 more entry with a peer reflection was needed by the deadline of "
        "30 November 2026.",
    ]
    assert not any("needed by 30 November" in s for s in sentences)

    # The new period is one click away, and says nothing about a passed deadline.
    with qtbot.waitSignal(view.report_ready, timeout=10_000):
        view.new_period_button.click()
    assert view.report.period.start == dt.date(2026, 12, 1)
    assert not view.ended_box.isVisibleTo(view)
    assert "0 entries and 0 hours counted" in view.summary.text()
    assert "364 days left" in view.summary.text()


def test_export_this_periods_portfolio_in_one_click(
    late_window: MainWindow, qtbot: Any, user_home: Path
) -> None:
    view = _progress(late_window, qtbot)
    export_page = late_window.page("export")
    panel = export_page.panel
    with qtbot.waitSignal(panel.exported, timeout=60_000) as done:
        view.export_ended_button.click()
    assert late_window.stack.currentWidget() is export_page
    written = Path(done.args[0])
    # No Documents folder: the PDF goes in the home folder, and no folder is created.
    assert written == user_home / "CPD portfolio 2026.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert not (user_home / "Documents").exists()
    assert panel.period() == (dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    assert "2 entries" in panel.result_label.text()


def test_export_page_offers_the_period_just_ended_and_the_hcpc_fields(
    late_window: MainWindow, qtbot: Any
) -> None:
    panel = late_window.show_page("export").panel
    assert panel.period_combo.currentData() == "ended"
    assert panel.period() == (dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    qtbot.waitUntil(lambda: panel.period_note.isVisibleTo(panel), timeout=10_000)
    assert "Not met by the deadline of 30 November 2026" in panel.period_note.text()
    assert panel.summary_label.text() == (
        "2 entries will be included (1.5 hours) from 1 December 2025 to 30 November 2026."
    )
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("custom"))
    panel.from_edit.setDate(panel.from_edit.date().addDays(357))  # 23 November 2026 on
    assert panel.summary_label.text() == (
        "1 entry will be included (1 hour) from 23 November 2026 to 30 November 2026."
    )
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("ended"))

    assert not panel.summary_edit.isVisibleTo(panel)
    assert not panel.statement_list.isVisibleTo(panel)
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("hcpc"))
    assert panel.summary_edit.isVisibleTo(panel) and panel.statement_list.isVisibleTo(panel)
    assert panel.statement_list.count() == 2
    panel.summary_edit.setPlainText("I am a social worker in a children's team.")
    first = panel.statement_list.item(0)
    first.setCheckState(first.checkState().Checked)
    request = panel.request()
    assert request.practice_summary == "I am a social worker in a children's team."
    assert request.statement_entry_ids == (first.data(0x0100),)  # UserRole
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("standard"))
    assert panel.request().practice_summary == "" and panel.request().statement_entry_ids == ()


def test_the_preview_offers_to_open_the_pdf_without_the_qt_pdf_module(
    late_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    view = late_window.show_page("export")
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # importing it raises ImportError
    pdf = tmp_path / "made.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    view.preview(str(pdf))
    assert view.open_pdf_button is not None and view.open_pdf_button.isVisibleTo(view)
    assert view.open_pdf_button.text() == "Open the &PDF"
    assert "open it in your PDF reader" in view.preview_label.text()
    assert view.document is None


def test_nothing_about_a_past_period_once_sixty_days_have_gone(
    tmp_path: Path, user_home: Path, qtbot: Any
) -> None:
    app = App.open(tmp_path / "j", clock=lambda: dt.datetime(2027, 2, 1, 10, tzinfo=dt.UTC))
    app.profile.update(name="Sam Patel", onboarded=True)
    app.entries.add(
        make_entry("With a peer", peer=PeerReflection("Jo", "Supervisor", None, "We talked."))
    )
    win = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(win)
    view = _progress(win, qtbot)
    assert view.report.period.start == dt.date(2026, 12, 1)
    assert not view.period_combo.currentText().startswith("Period just ended")
    assert not view.ended_box.isVisibleTo(view)
    assert win.page("export").panel.period_combo.currentData() == "current"
    win.tasks.wait_for_all(10_000)
    app.close()


def test_the_preview_shows_the_pdf_when_the_qt_pdf_module_is_there(
    late_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    pytest.importorskip("PySide6.QtPdf")  # PySide6-Pdf (a dependency from PySide6 6.12)
    view = late_window.show_page("export")
    target = tmp_path / "preview.pdf"
    view.panel.set_output(target)
    with qtbot.waitSignal(view.panel.exported, timeout=60_000):
        view.panel.export_button.click()
    qtbot.waitUntil(lambda: view.document is not None and view.document.pageCount() > 0)
    assert view.open_pdf_button is None
    assert view.preview_label.text() == f"Preview of {target}"


def test_an_hcpc_export_from_the_page_uses_its_summary_and_statement_entries(
    late_window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    panel = late_window.show_page("export").panel
    panel.layout_combo.setCurrentIndex(panel.layout_combo.findData("hcpc"))
    panel.summary_edit.setPlainText("I work in a hospital discharge team for older adults.")
    for row in range(panel.statement_list.count()):
        item = panel.statement_list.item(row)
        item.setCheckState(item.checkState().Checked)
    target = tmp_path / "hcpc.pdf"
    panel.set_output(target)
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        panel.export_button.click()
    text = " ".join((p.extract_text() or "") for p in PdfReader(target).pages)
    assert "hospital discharge team" in " ".join(text.split())
    warnings = [panel.warnings_list.item(i).text() for i in range(panel.warnings_list.count())]
    assert not any("summary of practice" in w for w in warnings)
    assert not any("has no activities" in w for w in warnings)

    panel.summary_edit.clear()
    for row in range(panel.statement_list.count()):
        item = panel.statement_list.item(row)
        item.setCheckState(item.checkState().Unchecked)
    with qtbot.waitSignal(panel.exported, timeout=60_000):
        panel.export_button.click()
    warnings = [panel.warnings_list.item(i).text() for i in range(panel.warnings_list.count())]
    assert any("“Summary of practice” on the Export page" in w for w in warnings)
    assert any("“Statement entries” on the Export page" in w for w in warnings)
