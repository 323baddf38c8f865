"""Welsh in the PDF portfolio: the bundled font draws every Welsh letter, and Welsh text
comes out of a rendered portfolio unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from cpdlog.export.pdf.fonts import has_glyph
from tests.export.pdf_support import body_text, make_data, make_entry, squash

# The circumflex (to bach) on every vowel, including w and y, and the diaeresis, acute and
# grave that Welsh also uses, in both cases.
WELSH_LETTERS = "âêîôûŵŷÂÊÎÔÛŴŶäëïöüẅÿÄËÏÖÜẄŸáéíóúẃýÁÉÍÓÚẂÝàèìòùẁỳÀÈÌÒÙẀỲ"


@pytest.mark.parametrize("letter", list(WELSH_LETTERS))
def test_the_font_draws_every_welsh_letter(letter: str) -> None:
    assert has_glyph(letter), f"DejaVu Sans (all four faces) cannot draw {letter!r}"


def test_welsh_reflection_survives_the_pdf(tmp_path: Path) -> None:
    title = "Goruchwyliaeth: dŵr, tŷ a chyfweliad ŵyr Siân"
    reflection = (
        "Dysgais sut i wrando’n well ar ŵyr a’i fam-gu yn eu tŷ. "
        "Ŵyn, Ŷd, âr, ê, îr, ôl, ûn — pob llythyren â tho bach."
    )
    entry = make_entry(1, title=title, sections={"learnt": reflection})
    out = tmp_path / "cy.pdf"
    render_portfolio(make_data([entry]), PortfolioOptions(), out)
    text = body_text(out)
    assert squash(title) in text
    assert squash(reflection) in text
