"""The bundled Unicode font (DejaVu Sans), registered once per process.

ReportLab's built-in fonts cover Latin-1 only; Welsh (ŵ ŷ), Polish, Greek, Cyrillic, Māori
macrons and typographic quotes need a TrueType font with those glyphs.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cpdlog.errors import ExportError
from cpdlog.i18n import tr
from cpdlog.resources import resource_path

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)

FAMILY = "CpdlogSans"


@dataclass(frozen=True, slots=True)
class FontNames:
    regular: str
    bold: str
    italic: str
    bold_italic: str


FONTS = FontNames(
    regular=FAMILY,
    bold=f"{FAMILY}-Bold",
    italic=f"{FAMILY}-Oblique",
    bold_italic=f"{FAMILY}-BoldOblique",
)

_FILES = {
    FONTS.regular: "fonts/DejaVuSans.ttf",
    FONTS.bold: "fonts/DejaVuSans-Bold.ttf",
    FONTS.italic: "fonts/DejaVuSans-Oblique.ttf",
    FONTS.bold_italic: "fonts/DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> FontNames:
    """Register the font family with ReportLab (idempotent and thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return FONTS
        for name, relative in _FILES.items():
            path = resource_path(relative)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # reportlab raises bare Exceptions for unreadable fonts
                log.exception("The PDF font %s could not be loaded", path.name)
                raise ExportError(
                    tr(
                        ERRORS,
                        "The PDF font {name} could not be loaded ({exc}); please reinstall cpdlog.",
                    ).format(name=path.name, exc=exc)
                ) from None
        # <b> and <i> inside paragraph markup pick the right face.
        addMapping(FAMILY, 0, 0, FONTS.regular)
        addMapping(FAMILY, 1, 0, FONTS.bold)
        addMapping(FAMILY, 0, 1, FONTS.italic)
        addMapping(FAMILY, 1, 1, FONTS.bold_italic)
        _registered = True
        return FONTS


@cache
def covered_code_points() -> frozenset[int]:
    """Code points that every face of the family can draw."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in _FILES]
    common = set(faces[0].charToGlyph)
    for face in faces[1:]:
        common &= set(face.charToGlyph)
    return frozenset(common)


def has_glyph(char: str) -> bool:
    """Whether the font can draw ``char`` (in all four faces)."""
    return ord(char) in covered_code_points()
