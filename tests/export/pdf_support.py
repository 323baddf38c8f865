"""Sample practitioners, entries and evidence files for the PDF tests and the benchmark."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from cpdlog import reference_data
from cpdlog.domain.entry import (
    ActivityType,
    Entry,
    Evidence,
    Reflection,
    Source,
)
from cpdlog.domain.progress import compute_progress
from cpdlog.domain.requirements import Period
from cpdlog.export.pdf import PortfolioData, PortfolioOwner

NOW = dt.datetime(2026, 3, 20, 14, 30, tzinfo=dt.UTC)
PERIOD = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 30))


def make_entry(
    n: int,
    *,
    title: str | None = None,
    sections: dict[str, str] | None = None,
    day: dt.date | None = None,
    **kwargs: object,
) -> Entry:
    entry = Entry(
        title=title if title is not None else f"Entry number {n}: learning from a blog post",
        activity_type=kwargs.pop("activity_type", ActivityType.BLOG),  # type: ignore[arg-type]
        start_date=day or (PERIOD.start + dt.timedelta(days=(n * 11) % 300)),
        hours=kwargs.pop("hours", 1.5),  # type: ignore[arg-type]
        source=kwargs.pop(  # type: ignore[arg-type]
            "source", Source(url=f"https://example.org/posts/{n}?a=1&b=2", provider="Example")
        ),
        reflection=Reflection(
            "swe",
            sections
            if sections is not None
            else {
                "description": f"Description text for entry {n}.",
                "learnt": f"What I learnt from entry {n}.",
                "impact": f"The impact of entry {n} on my practice.",
            },
        ),
        id=n,
        **kwargs,  # type: ignore[arg-type]
    )
    return entry


def make_data(
    entries: list[Entry],
    *,
    evidence_dir: Path | None = None,
    period: Period | None = PERIOD,
    progress: bool = True,
    name: str = "Siân Llywelyn-Jones",
) -> PortfolioData:
    templates = reference_data.templates()
    profile = reference_data.profile("swe")
    report = (
        compute_progress(profile, period, entries, templates, NOW)
        if progress and period is not None
        else None
    )
    locate: Callable[[Evidence], Path | None] | None = None
    if evidence_dir is not None:
        folder = evidence_dir

        def locate(ev: Evidence) -> Path | None:
            return folder / ev.sha256

    return PortfolioData(
        owner=PortfolioOwner(name, "SW123456", "Social Work England"),
        entries=entries,
        generated_at=NOW,
        period=period,
        catalogue=reference_data.catalogue(),
        templates=templates,
        progress=report,
        evidence_file=locate,
        frameworks=profile.frameworks,
    )


def store_evidence(folder: Path, filename: str, data: bytes, media_type: str) -> Evidence:
    """Store ``data`` the way cpdlog does (under its SHA-256) and describe it."""
    digest = hashlib.sha256(data).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / digest).write_bytes(data)
    return Evidence(digest, filename, media_type, len(data))


def png_bytes(size: tuple[int, int] = (400, 300), colour: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def jpeg_bytes(size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "orange").save(out, format="JPEG")
    return out.getvalue()


def pdf_bytes(pages: int, text: str = "Certificate of attendance") -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for i in range(pages):
        canvas.drawString(72, 720, f"{text} page {i + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    """Text with all whitespace removed, to compare across line wrapping."""
    return "".join(text.split())


def body_text(path: Path) -> str:
    """All pages' text without the running header and footer, whitespace removed.

    Those are drawn last on each page, so they come at the end of each page's text; the four
    lines are the header's two halves, the footer's name and "Page X of Y".
    """
    pages = []
    for text in page_texts(path):
        lines = text.rstrip("\n").split("\n")
        if lines and lines[-1].startswith("Page "):
            lines = lines[:-4] if len(lines) >= 4 and "·" in lines[-4] else lines[:-2]
        pages.append("\n".join(lines))
    return squash("\n".join(pages))
