"""PortfolioService: which entries, which period, progress and cancel for the desktop app."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from cpdlog.domain.entry import EntryStatus
from cpdlog.errors import NotFoundError, ValidationError
from cpdlog.export.pdf import ExportCancelledError, Layout
from cpdlog.services.app import App
from cpdlog.services.portfolio import PortfolioRequest, PortfolioService
from tests.conftest import make_entry
from tests.export.pdf_support import body_text, png_bytes, squash

pytestmark = pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL


@pytest.fixture
def service(app: App, tmp_path: Path) -> PortfolioService:
    app.profile.update(name="Aroha Ngata", registration_number="SW7")
    picture = tmp_path / "board.png"
    picture.write_bytes(png_bytes())
    app.entries.add(make_entry("Whānau hui reflections", day=dt.date(2026, 2, 1)), [picture])
    app.entries.add(make_entry("Supervision notes", day=dt.date(2026, 5, 1)))
    app.entries.add(
        make_entry("Unfinished draft", day=dt.date(2026, 6, 1), status=EntryStatus.DRAFT)
    )
    app.entries.add(make_entry("Old period", day=dt.date(2025, 5, 1)))
    return PortfolioService(app)


def test_default_is_the_current_registration_period(
    service: PortfolioService, tmp_path: Path
) -> None:
    assert service.default_period().start == dt.date(2025, 12, 1)
    prepared = service.prepare(PortfolioRequest(tmp_path / "p.pdf"))
    assert [e.title for e in prepared.data.entries] == [
        "Whānau hui reflections",
        "Supervision notes",
    ]
    assert prepared.data.owner.name == "Aroha Ngata"
    assert prepared.data.owner.regulator == "Social Work England"
    assert prepared.data.progress is not None


def test_drafts_and_explicit_periods(service: PortfolioService, tmp_path: Path) -> None:
    request = PortfolioRequest(
        tmp_path / "p.pdf",
        date_from=dt.date(2025, 1, 1),
        date_to=dt.date(2026, 12, 31),
        include_drafts=True,
    )
    titles = [e.title for e in service.prepare(request).data.entries]
    assert titles == [
        "Old period",
        "Whānau hui reflections",
        "Supervision notes",
        "Unfinished draft",
    ]
    with pytest.raises(ValidationError):
        service.prepare(
            PortfolioRequest(
                tmp_path / "p.pdf", date_from=dt.date(2026, 2, 1), date_to=dt.date(2026, 1, 1)
            )
        )


def test_chosen_entries_across_periods(service: PortfolioService, tmp_path: Path) -> None:
    prepared = service.prepare(PortfolioRequest(tmp_path / "p.pdf", entry_ids=(4, 1, 3)))
    assert [e.id for e in prepared.data.entries] == [4, 1]
    assert any("Entry 3 is a draft" in w for w in prepared.warnings)
    assert prepared.data.period is not None
    assert prepared.data.period.start == dt.date(2025, 5, 1)
    assert "Chosen entries only" in prepared.data.selection_note
    with pytest.raises(NotFoundError):
        service.prepare(PortfolioRequest(tmp_path / "p.pdf", entry_ids=(42,)))


def test_export_embeds_stored_evidence_and_reports_progress(
    service: PortfolioService, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    calls: list[tuple[int, int]] = []
    result = service.export(PortfolioRequest(out), progress=lambda d, t: calls.append((d, t)))
    assert result.warnings == []
    assert result.entries == 2
    assert calls[-1][0] == calls[-1][1]
    assert squash("Whānau hui reflections") in body_text(out)
    assert "board.png" in body_text(out)


def test_export_off_the_gui_thread_can_be_cancelled(
    service: PortfolioService, tmp_path: Path
) -> None:
    out = tmp_path / "p.pdf"
    cancel = threading.Event()
    cancel.set()
    errors: list[BaseException] = []

    def work() -> None:
        try:
            service.export(PortfolioRequest(out), cancel=cancel)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert len(errors) == 1 and isinstance(errors[0], ExportCancelledError)
    assert not out.exists()


def test_hcpc_request(service: PortfolioService, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    result = service.export(
        PortfolioRequest(
            out, layout=Layout.HCPC, practice_summary="My role.", statement_entry_ids=(1,)
        )
    )
    assert squash("Part 2: List of CPD activities") in body_text(out)
    assert not [w for w in result.warnings if "summary" in w]
