"""A portfolio made through PortfolioService in Welsh: the cover names the regulator in Welsh
(its name comes from the regulators' data file, translated through the domain context), and
the notes the service writes (the chosen entries, what was left out) come from the catalogue.

The cover is read back from the PDF with pypdf. The notes are new text whose Welsh the lead
adds to cpdlog_cy.ts after merging, so that test builds a catalogue from what the extractor
(packaging/translations.py) finds in the service, every translation marked "CY:"."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from cpdlog import i18n
from cpdlog.domain.entry import EntryStatus
from cpdlog.services.app import App
from cpdlog.services.portfolio import PortfolioRequest, PortfolioService
from tests.conftest import make_entry
from tests.export.pdf_support import page_texts, squash

ROOT = Path(__file__).resolve().parents[2]
SERVICE = ROOT / "src" / "cpdlog" / "services" / "portfolio.py"
MARK = "CY:"

_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
_extractor = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_extractor)


@pytest.fixture
def service(app: App) -> PortfolioService:
    app.profile.update(
        registration_number="SCW42", regulator_id="scw", registered_on=dt.date(2024, 11, 1)
    )  # no name: a warning
    app.entries.add(make_entry("Hyfforddiant diogelu", day=dt.date(2026, 2, 1)))
    app.entries.add(make_entry("Drafft", day=dt.date(2026, 3, 1), status=EntryStatus.DRAFT))
    return PortfolioService(app)


def test_the_welsh_cover_names_the_regulator_in_welsh(
    service: PortfolioService, tmp_path: Path
) -> None:
    i18n.set_language(i18n.WELSH)
    welsh_name = i18n.tr("cpdlog", "Social Care Wales")
    assert welsh_name == "Gofal Cymdeithasol Cymru"  # the committed catalogue has it
    service.export(PortfolioRequest(tmp_path / "portffolio.pdf"))
    i18n.set_language(i18n.ENGLISH)
    cover = squash(page_texts(tmp_path / "portffolio.pdf")[0])
    assert squash("Rheoleiddiwr") in cover  # the cover's own label, already in Welsh
    assert squash(welsh_name) in cover
    assert squash("Social Care Wales") not in cover

    service.export(PortfolioRequest(tmp_path / "portfolio.pdf"))
    english = squash(page_texts(tmp_path / "portfolio.pdf")[0])
    assert squash("Social Care Wales") in english and squash(welsh_name) not in english


def service_strings() -> dict[str, bool]:
    """The service's "cpdlog.pdf" source texts, and whether each is a plural."""
    found: dict[str, bool] = {}
    for line in _extractor.helper_calls(SERVICE):
        args = ast.parse(line).body[0].value.args  # type: ignore[attr-defined]
        if args[0].value == "cpdlog.pdf":
            found[args[1].value] = len(args) > 3
    return found


def marked_catalogue(strings: dict[str, bool]) -> str:
    messages = []
    for source, numerus in strings.items():
        text = escape(MARK + source)
        if numerus:
            forms = "".join(f"<numerusform>{text}</numerusform>" for _ in range(5))
            messages.append(
                f'<message numerus="yes"><source>{escape(source)}</source>'
                f"<translation>{forms}</translation></message>"
            )
        else:
            messages.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{text}</translation></message>"
            )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="cy_GB">'
        f"<context><name>cpdlog.pdf</name>{''.join(messages)}</context></TS>\n"
    )


def test_the_services_notes_come_from_the_catalogue(
    service: PortfolioService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    strings = service_strings()
    assert len(strings) >= 4 and any(strings.values())  # the chosen-entries note is a plural
    ts = tmp_path / "cpdlog_cy.ts"
    ts.write_text(marked_catalogue(strings), encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda code: ts)
    monkeypatch.setattr(i18n, "_catalogues", {})
    i18n.set_language(i18n.WELSH)
    prepared = service.prepare(PortfolioRequest(tmp_path / "p.pdf", entry_ids=(1, 2)))
    assert prepared.data.selection_note.startswith(MARK + "Chosen entries only: 1 ")
    assert prepared.warnings, "a draft left out and no name: two warnings"
    assert all(w.startswith(MARK) for w in prepared.warnings), prepared.warnings
    i18n.set_language(i18n.ENGLISH)
    english = service.prepare(PortfolioRequest(tmp_path / "p.pdf", entry_ids=(1, 2)))
    assert english.data.selection_note == (
        "Chosen entries only: 1 entry selected by the practitioner."
    )
    assert not any(MARK in w for w in english.warnings)
