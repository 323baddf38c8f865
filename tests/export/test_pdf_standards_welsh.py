"""The standards in a Welsh portfolio: the regulator's published Welsh wording where the data
file has it, the regulator's English otherwise, with one note saying which stay in English and
why, never an English standard passed off as Welsh."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpdlog import i18n, reference_data
from cpdlog.domain.frameworks import Catalogue, english_note
from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from tests.export.pdf_support import make_data, make_entry, page_texts, squash

# Test-only Welsh wording (not Social Care Wales's: its sections' Welsh is not in the data
# file yet), with ŵ, ŷ and â to see that the PDF's font draws them.
TEST_TITLE_CY = "Geiriad prawf ŵ ŷ â: parchu"
SOURCE = "https://gofalcymdeithasol.cymru/example"


def catalogue_with_welsh_scw_1() -> Catalogue:
    """The shipped catalogue, as if scw.toml gave section 1 its Welsh wording."""
    shipped = reference_data.catalogue()
    frameworks = []
    for fw in shipped.frameworks:
        if fw.id == "scw":
            first, *rest = fw.standards
            first = dataclasses.replace(first, title_cy=TEST_TITLE_CY, source_cy=SOURCE)
            fw = dataclasses.replace(fw, standards=(first, *rest))
        frameworks.append(fw)
    return Catalogue(tuple(frameworks))


def render(tmp_path: Path, code: str, catalogue: Catalogue) -> Path:
    i18n.set_language(code)
    try:
        entries = [
            make_entry(1, title="Cwrs", standards=("scw:1", "scw:2")),
            make_entry(2, title="Darllen", standards=("swe:4.1",)),
        ]
        data = dataclasses.replace(make_data(entries), catalogue=catalogue)
        out = tmp_path / f"portffolio-{code}.pdf"
        render_portfolio(data, PortfolioOptions(), out)
    finally:
        i18n.set_language(i18n.ENGLISH)
    return out


@pytest.fixture(scope="module")
def welsh_pdf(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = render(tmp_path_factory.mktemp("standards-cy"), i18n.WELSH, catalogue_with_welsh_scw_1())
    return squash(" ".join(page_texts(path)))


def test_a_welsh_portfolio_quotes_the_regulators_welsh_where_there_is_one(welsh_pdf: str) -> None:
    shipped = reference_data.catalogue()
    scw1, scw2, swe41 = (shipped.standard(s) for s in ("scw:1", "scw:2", "swe:4.1"))
    assert scw1 is not None and scw2 is not None and swe41 is not None
    assert squash(TEST_TITLE_CY) in welsh_pdf  # ŵ ŷ â extracted: drawn with a font that has them
    assert squash(scw1.title) not in welsh_pdf  # not the English beside (or instead of) it
    # Section 2 has no Welsh wording: the regulator's English, not a translation.
    assert squash(scw2.title) in welsh_pdf
    assert squash(swe41.title) in welsh_pdf
    # Where they come from, by Social Care Wales's Welsh name of its Code.
    assert squash("Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol 1") in welsh_pdf


def test_a_welsh_portfolio_says_once_which_standards_are_in_english(welsh_pdf: str) -> None:
    catalogue = catalogue_with_welsh_scw_1()
    i18n.set_language(i18n.WELSH)
    try:
        notes = english_note(
            [f for f in catalogue.frameworks if f.id in ("swe", "scw")], i18n.language()
        )
    finally:
        i18n.set_language(i18n.ENGLISH)
    assert len(notes) == 2  # SWE: published in English; SCW: its Welsh is not all here yet
    for note in notes:
        assert welsh_pdf.count(squash(note)) == 1, note  # once, not per row
    assert notes[0].startswith("SWE standards: ")
    assert notes[1].startswith("Cod Ymarfer Proffesiynol ar gyfer Gofal Cymdeithasol: ")


def test_an_english_portfolio_has_the_english_wording_and_no_note(tmp_path: Path) -> None:
    path = render(tmp_path, i18n.ENGLISH, catalogue_with_welsh_scw_1())
    text = squash(" ".join(page_texts(path)))
    scw1 = reference_data.catalogue().standard("scw:1")
    assert scw1 is not None
    assert squash(scw1.title) in text and squash(TEST_TITLE_CY) not in text
    assert "theseStandardsareinEnglish".casefold() not in text.casefold()
    assert str(PdfReader(path).trailer["/Root"].get("/Lang")) == "en-GB"
