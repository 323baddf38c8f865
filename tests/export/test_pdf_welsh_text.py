"""A portfolio made in Welsh: no English fixed text is left, the PDF says it is Welsh, and ŵ
and ŷ are in its text and its embedded font (test_pdf_welsh.py checks every Welsh letter)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpdlog import i18n, reference_data
from cpdlog.domain.entry import (
    ActivityType,
    Entry,
    EntryStatus,
    PeerReflection,
    Reflection,
    Source,
)
from cpdlog.domain.progress import compute_progress
from cpdlog.domain.requirements import Period
from cpdlog.export.pdf import (
    Layout,
    PortfolioData,
    PortfolioOptions,
    PortfolioOwner,
    render_portfolio,
)
from cpdlog.export.pdf.fonts import has_glyph
from tests.export.pdf_support import page_texts, pdf_bytes, png_bytes, squash, store_evidence

ROOT = Path(__file__).resolve().parents[2]
WELSH_TS = ROOT / "resources" / "translations" / "cpdlog_cy.ts"
NOW = dt.datetime(2026, 3, 20, 14, 30, tzinfo=dt.UTC)
PERIOD = Period(dt.date(2025, 4, 1), dt.date(2028, 3, 31))
APPENDED_PAGES = 2  # the certificate's pages, appended after the portfolio (not our text)
NAME = "Siôn Ŵyn ap Dafydd o Dŷ Gwyn"
FIXED_CONTEXTS = ("cpdlog.pdf", "cpdlog.progress", "cpdlog.dates", "cpdlog.completion")


def welsh_entries(evidence: Path) -> list[Entry]:
    image = store_evidence(evidence, "llun.png", png_bytes(), "image/png")
    certificate = store_evidence(
        evidence, "tystysgrif.pdf", pdf_bytes(APPENDED_PAGES, "Tystysgrif"), "application/pdf"
    )
    lost = store_evidence(evidence, "coll.png", png_bytes(colour="red"), "image/png")
    (evidence / lost.sha256).unlink()  # the file is missing: the PDF says so
    sections = {
        "notes": "Darllenais am ymarfer sy’n seiliedig ar gryfderau.\n\n- pwynt un\n- pwynt dau",
    }
    return [
        Entry(
            title="Hyfforddiant diogelu",
            activity_type=ActivityType.COURSE,
            start_date=dt.date(2025, 5, 14),
            end_date=dt.date(2025, 5, 15),
            hours=6,
            source=Source(
                provider="Gofal Cymdeithasol Cymru",
                author="Gwenllian",
                url="https://example.org/diogelu",
            ),
            reflection=Reflection("free", sections),
            tags=("diogelu",),
            standards=("scw-1.1", "dim-safon"),
            evidence=(image, certificate, lost),
            peer=PeerReflection(
                name="Alun",
                role="Goruchwyliwr",
                date=dt.date(2025, 6, 1),
                text="Trafodon ni’r achos.",
            ),
            id=1,
        ),
        Entry(
            title="Darlleniad drafft",
            activity_type=ActivityType.READING,
            start_date=dt.date(2025, 9, 2),
            hours=0,
            reflection=Reflection("free", {}),
            status=EntryStatus.DRAFT,
            id=2,
        ),
    ]


def render(tmp_path: Path, code: str, options: PortfolioOptions | None = None) -> Path:
    i18n.set_language(code)
    evidence = tmp_path / f"evidence-{code}"
    entries = welsh_entries(evidence)
    profile = reference_data.profile("scw")
    templates = reference_data.templates()
    report = compute_progress(profile, PERIOD, entries, templates, NOW)
    data = PortfolioData(
        owner=PortfolioOwner(NAME, "SCW123", i18n.tr("cpdlog", "Social Care Wales")),
        entries=entries,
        generated_at=NOW,
        period=PERIOD,
        catalogue=reference_data.catalogue(),
        templates=templates,
        progress=report,
        evidence_file=lambda ev: evidence / ev.sha256,
        frameworks=profile.frameworks,
    )
    options = options or PortfolioOptions()
    out = tmp_path / f"portffolio-{code}-{options.layout.value}.pdf"
    result = render_portfolio(data, options, out)
    assert result.appended_files == 1
    return out


def english_fragments() -> set[str]:
    """The words of every fixed English string of the PDF and the progress sentences, in the
    pieces between placeholders and markup, that a Welsh PDF must not contain."""
    fragments: set[str] = set()
    for context in ET.parse(WELSH_TS).getroot().iter("context"):
        if context.findtext("name") not in FIXED_CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            welsh = translation.text or "".join(f.text or "" for f in translation)
            for piece in re.split(r"\{[a-z_]+\}|%n|<[^>]+>", source):
                piece = piece.strip(" .,:;()—-’'“”")
                if len(squash(piece)) >= 4 and piece not in welsh and piece != "SHA-256":
                    fragments.add(piece)
    return fragments


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("welsh-pdf")
    made = {code: render(folder, code) for code in (i18n.ENGLISH, i18n.WELSH)}
    i18n.set_language(i18n.ENGLISH)
    return made


def test_the_welsh_pdf_has_no_english_fixed_text_left(pdfs: dict[str, Path]) -> None:
    english = squash(" ".join(page_texts(pdfs[i18n.ENGLISH])))
    welsh = squash(" ".join(page_texts(pdfs[i18n.WELSH])[:-APPENDED_PAGES]))
    fragments = english_fragments()
    seen_in_english = {f for f in fragments if squash(f) in english}
    # The check has teeth: the same portfolio in English shows many of these fragments.
    assert len(seen_in_english) > 40, sorted(seen_in_english)
    left = sorted(f for f in seen_in_english | fragments if squash(f) in welsh)
    assert not left, f"English fixed text in the Welsh PDF: {left}"
    for expected in (
        "PortffolioDPP",
        "Crynodeb",
        "Gofynion",
        "Tudalen1o",
        "Cofnodion",
        "COFNOD1",
        "14Mai2025i15Mai2025",
        "Nidoesniferpenodolooriau",  # the regulator's statement, in Welsh
        "Tystiolaethatodedig",
        "mae’rffeilargollo",  # the missing evidence file, in Welsh
        "Trafodwydgyda",
        "DRAFFT",
    ):
        assert expected in welsh, expected


def test_the_welsh_pdf_says_it_is_welsh(pdfs: dict[str, Path]) -> None:
    reader = PdfReader(pdfs[i18n.WELSH])
    assert str(reader.trailer["/Root"].get("/Lang")) == "cy-GB"
    assert str(PdfReader(pdfs[i18n.ENGLISH]).trailer["/Root"].get("/Lang")) == "en-GB"
    assert reader.metadata is not None and reader.metadata.title == f"Portffolio DPP: {NAME}"


def test_w_and_y_with_circumflex_are_in_the_text_and_the_font(pdfs: dict[str, Path]) -> None:
    text = " ".join(page_texts(pdfs[i18n.WELSH]))
    assert "Ŵyn" in text and "Dŷ" in text
    for char in "ŵŷŴŶ’":
        assert has_glyph(char), char
    drawn_in: dict[str, str] = {}  # font -> some text drawn with it

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and isinstance(font, dict):
            drawn_in.setdefault(str(font.get("/BaseFont")), text)

    for page in PdfReader(pdfs[i18n.WELSH]).pages[:-APPENDED_PAGES]:
        page.extract_text(visitor_text=visit)
    # Every font the portfolio writes text in is the bundled DejaVu Sans (ReportLab's built-in
    # Helvetica covers Latin-1 only: it has no ŵ or ŷ).
    assert drawn_in and all("DejaVuSans" in name for name in drawn_in), drawn_in


def test_the_welsh_hcpc_profile_has_no_english_fixed_text_left(tmp_path: Path) -> None:
    """The HCPC-style layout: its parts, table, gaps, word counts and statement."""
    options = PortfolioOptions(
        layout=Layout.HCPC,
        practice_summary="Rwy’n weithiwr cymdeithasol.",
        statement_entry_ids=(1,),
    )
    english = squash(" ".join(page_texts(render(tmp_path, i18n.ENGLISH, options))))
    welsh_pdf = render(tmp_path, i18n.WELSH, options)
    i18n.set_language(i18n.ENGLISH)
    welsh = squash(" ".join(page_texts(welsh_pdf)[:-APPENDED_PAGES]))
    assert "Part1:Summaryofpracticehistory" in english and "Gap:" in english
    fragments = english_fragments()
    left = sorted(f for f in fragments if squash(f) in welsh)
    assert not left, f"English fixed text in the Welsh HCPC profile: {left}"
    for expected in (
        "Rhan1:Crynodebohanesymarfer",
        "Rhan3:Datganiadpersonol",
        "Bwlch:",
        "GWEITHGAREDD1",
    ):
        assert expected in welsh, expected
