"""With Cymraeg chosen, the progress page's sentences and warnings (built in the domain, without
Qt) are in Welsh too, not only the widgets around them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from cpdlog import i18n
from cpdlog.domain.entry import EntryStatus
from cpdlog.services.app import App
from cpdlog.ui.language import Language, install_translators
from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.tasks import TaskRunner
from cpdlog.ui.views.progress import ProgressView, RequirementCard
from tests.conftest import make_entry


@pytest.fixture
def welsh_app(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    install_translators(qapp, Language.WELSH, tmp_path)
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


@pytest.mark.usefixtures("welsh_app")
def test_the_progress_page_speaks_welsh(onboarded: App, qtbot: Any) -> None:
    assert i18n.language() == i18n.WELSH  # the app's language choice reaches cpdlog.i18n
    onboarded.entries.add(make_entry("Darlleniad", day=dt.date(2026, 3, 14)))
    onboarded.entries.add(make_entry("Drafft", day=dt.date(2026, 3, 15), status=EntryStatus.DRAFT))
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        view = window.show_page("progress")
        assert isinstance(view, ProgressView)
        with qtbot.waitSignal(view.report_ready, timeout=10_000):
            view.reload()
        sentences = [card.sentence.text() for card in view.findChildren(RequirementCard)]
        assert sentences, "no requirement cards"
        # FIXED_NOW is 28 November 2026; Social Work England's deadline is 30 November.
        assert "Mae angen 1 cofnod arall erbyn 30 Tachwedd 2026 — 2 diwrnod ar ôl." in sentences
        for sentence in sentences:
            assert "needed" not in sentence and "November" not in sentence, sentence
        warnings = [view.warnings_list.item(i).text() for i in range(view.warnings_list.count())]
        assert "Drafft yw “Drafft” o hyd, felly nid yw’n cyfrif." in warnings
        cards = view.findChildren(RequirementCard)
        assert any("Mae angen" in card.accessibleName() for card in cards)
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)


@pytest.mark.parametrize("size", [(1000, 700), (1400, 900)])
@pytest.mark.usefixtures("welsh_app")
def test_in_welsh_each_standard_keeps_room_to_be_read(
    onboarded: App, qtbot: Any, size: tuple[int, int]
) -> None:
    """The counts' Welsh headings once took all but 25 px of the coverage table at 1000×700, so
    each standard showed a letter a line: its column keeps about 16 characters, or the panes
    stack."""
    from cpdlog.ui.models.coverage import CoverageColumn

    onboarded.entries.add(make_entry("Darlleniad", day=dt.date(2026, 3, 14)))
    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    qtbot.waitExposed(window)
    try:
        view = window.show_page("progress")
        assert isinstance(view, ProgressView)
        with qtbot.waitSignal(view.report_ready, timeout=10_000):
            view.reload()
        table = view.coverage_table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        room = table.horizontalHeader().sectionSize(CoverageColumn.STANDARD)
        assert room >= table.fontMetrics().horizontalAdvance("m") * 12, (room, table.width())
    finally:
        window.tasks.cancel_all()
        window.tasks.wait_for_all(10_000)
