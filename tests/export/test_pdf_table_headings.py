"""A table heading that is one long word is never broken inside the word (issue 18: Welsh).

ReportLab breaks a word wider than its cell, so the Welsh portfolio's standards table showed
"Cofnodi" over "on" under an 18 mm column headed "Cofnodion" ("Entries")."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from cpdlog.export.pdf.sections import fit_headings
from cpdlog.export.pdf.styles import get_styles

FRAME = 170 * mm


def _need(word: str) -> float:
    s = get_styles().label
    return stringWidth(word, s.fontName, s.fontSize) + 8  # the cells' left and right padding


def test_a_narrow_column_takes_the_room_its_heading_word_needs_from_the_widest() -> None:
    s = get_styles()
    rows: list[list[object]] = [
        [Paragraph(h, s.label) for h in ("Safon", "Fframwaith", "Cofnodion")],
        [Paragraph("x", s.cell)] * 3,
    ]
    widths = (FRAME - 66 * mm, 48 * mm, 18 * mm)
    assert widths[2] < _need("Cofnodion")  # the case that broke the word

    fitted = fit_headings(rows, widths)

    assert fitted[2] >= _need("Cofnodion")
    assert fitted[1] == 48 * mm  # the other narrow column is left alone
    assert abs(sum(fitted) - sum(widths)) < 0.01  # the table is no wider than the page's frame
    assert fitted[0] < widths[0]  # the room came from the widest column


def test_headings_that_fit_leave_the_widths_as_they_were() -> None:
    s = get_styles()
    rows: list[list[object]] = [
        [Paragraph(h, s.label) for h in ("Standard", "Framework", "Entries")]
    ]
    widths = (FRAME - 66 * mm, 48 * mm, 18 * mm)
    assert fit_headings(rows, widths) == [float(w) for w in widths]


def test_a_heading_of_several_short_words_wraps_between_them_instead() -> None:
    s = get_styles()
    rows: list[list[object]] = [[Paragraph(h, s.label) for h in ("Gofyniad", "Wedi’u cofnodi")]]
    widths = (FRAME - 20 * mm, 20 * mm)
    assert fit_headings(rows, widths)[1] == 20 * mm  # "cofnodi" fits; only whole words wrap
