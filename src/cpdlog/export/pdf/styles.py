"""Paragraph and table styles for the portfolio, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from cpdlog.export.pdf.fonts import FontNames, register_fonts

INK = colors.HexColor("#1d2430")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#c9d1dc")
TINT = colors.HexColor("#eef2f7")
GOOD = colors.HexColor("#2e7d32")
BAD = colors.HexColor("#b3261e")
WARN_TINT = colors.HexColor("#fff4e5")
WARN_INK = colors.HexColor("#8a4b00")
LINK = "#1f4e79"
GOOD_HEX = "#2e7d32"
BAD_HEX = "#b3261e"
MUTED_HEX = "#5b6573"


@dataclass(frozen=True, slots=True)
class Styles:
    fonts: FontNames
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    mono_small: ParagraphStyle
    title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle
    h1: ParagraphStyle
    entry_title: ParagraphStyle
    h3: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]
    note: ParagraphStyle
    warning: ParagraphStyle
    pointer: ParagraphStyle
    caption: ParagraphStyle
    kicker: ParagraphStyle
    statement_title: ParagraphStyle


@cache
def get_styles() -> Styles:
    """The portfolio's styles (cached: building styles per export is wasted work)."""
    f = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=f.regular,
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0)
    return Styles(
        fonts=f,
        body=body,
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=16,
            bulletIndent=4,
            spaceAfter=3,
            bulletFontName=f.regular,
        ),
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        label=ParagraphStyle("label", parent=cell, fontName=f.bold, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=f.bold),
        mono_small=ParagraphStyle("mono_small", parent=small, fontSize=7.5, leading=10),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=f.bold,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        cover_name=ParagraphStyle(
            "cover_name",
            parent=body,
            fontName=f.bold,
            fontSize=16,
            leading=21,
            spaceAfter=4,
        ),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=11, leading=15),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=f.bold,
            fontSize=16,
            leading=21,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=10,
        ),
        entry_title=ParagraphStyle(
            "entry_title",
            parent=body,
            fontName=f.bold,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=0,
            spaceAfter=6,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=f.bold,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        toc=(
            ParagraphStyle(
                "toc0",
                parent=body,
                fontName=f.bold,
                fontSize=10.5,
                leading=15,
                spaceBefore=5,
                spaceAfter=1,
            ),
            ParagraphStyle(
                "toc1",
                parent=body,
                fontSize=9.5,
                leading=13,
                leftIndent=14,
                firstLineIndent=0,
                spaceAfter=1,
            ),
        ),
        note=ParagraphStyle(
            "note",
            parent=small,
            textColor=MUTED,
            backColor=TINT,
            borderPadding=(4, 6, 4, 6),
            spaceBefore=4,
            spaceAfter=8,
        ),
        warning=ParagraphStyle(
            "warning",
            parent=small,
            textColor=WARN_INK,
            backColor=WARN_TINT,
            borderPadding=(4, 6, 4, 6),
            spaceBefore=4,
            spaceAfter=8,
        ),
        pointer=ParagraphStyle("pointer", parent=cell, rightIndent=36),
        caption=ParagraphStyle(
            "caption",
            parent=small,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=8,
        ),
        statement_title=ParagraphStyle(
            "statement_title",
            parent=body,
            fontName=f.bold,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        kicker=ParagraphStyle(
            "kicker", parent=small, textColor=MUTED, fontSize=8, spaceAfter=1, keepWithNext=1
        ),
    )
