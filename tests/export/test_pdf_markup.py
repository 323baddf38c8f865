"""User text is text: markup injection, Unicode, line breaks, long words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from cpdlog.domain.entry import Evidence, PeerReflection, Source
from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from cpdlog.export.pdf.fonts import has_glyph
from cpdlog.export.pdf.markup import blocks, clean, escape, link, safe_link
from cpdlog.export.pdf.styles import get_styles
from tests.export.pdf_support import body_text, make_data, make_entry, page_texts, png_bytes, squash

INJECTIONS = [
    '<img src="{png}" width="400" height="400"/>',
    '<font size="60" color="red">HUGE</font>',
    '<a href="https://evil.example">click</a>',
    "Fish & chips &amp; &nbsp; &#169; &bogus;",
    "<b>unbalanced <i>tags</b>",
    "</para><para>",
    '<onDraw name="cpdlog_toc" label="x|1|1"/>',
    "<br/><seq/><super>up</super><![CDATA[x]]>",
    "a < b > c <<>> <",
]


def image_count(path: Path) -> int:
    count = 0
    for page in PdfReader(path).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for obj in xobjects.values():
            if obj.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def fonts_that_show_text(path: Path) -> set[str]:
    """Base fonts of every text block that shows glyphs (ReportLab's tables and charts also
    emit empty ``BT /F3 10 Tf ET`` blocks in Helvetica, which draw nothing)."""
    used: set[str] = set()
    for page in PdfReader(path).pages:
        names = {
            str(k): str(v.get_object()["/BaseFont"]).split("+")[-1]
            for k, v in page["/Resources"]["/Font"].items()
        }
        content = page.get_contents().get_data().decode("latin-1")
        for block in re.findall(r"\bBT\b(.*?)\bET\b", content, flags=re.S):
            if re.search(r"\)\s*Tj|\]\s*TJ|>\s*Tj", block):
                used.update(names[name] for name in re.findall(r"(/F[\w+]+)\s+[\d.]+\s+Tf", block))
    return used


def link_targets(path: Path) -> list[str]:
    found = []
    for page in PdfReader(path).pages:
        for annot in page.get("/Annots", []) or []:
            action = annot.get_object().get("/A")
            if action and "/URI" in action:
                found.append(str(action["/URI"]))
    return found


@pytest.mark.parametrize("template", INJECTIONS)
def test_markup_in_every_field_renders_literally(tmp_path: Path, template: str) -> None:
    picture = tmp_path / "secret.png"
    picture.write_bytes(png_bytes((50, 50)))
    text = template.format(png=picture)
    entry = make_entry(
        1,
        title=f"T {text}",
        sections={"description": f"D {text}", "learnt": f"L {text}", "impact": f"I {text}"},
        source=Source(
            url=f"https://x.org/?q={text}",
            provider=f"P {text}",
            author=f"A {text}",
            publication=f"Pub {text}",
            notes=f"N {text}",
        ),
        peer=PeerReflection(f"Peer {text}", f"Role {text}", dt.date(2026, 1, 1), f"PT {text}"),
        tags=[f"tag {text}"],
        standards=[f"x:{text}"],
        evidence=[Evidence("ab" * 32, f"file {text}.bin", "application/x-thing", 10)],
    )
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([entry], name=f"Name {text}"), PortfolioOptions(), out)
    body = body_text(out)
    literal = squash(clean(text))
    for prefix in ("T", "D", "L", "I", "P", "A", "Pub", "N", "Peer", "Role", "PT", "tag"):
        assert squash(f"{prefix} ") + literal in body, prefix
    assert squash(f"file {text}.bin") in body
    assert image_count(out) == 0  # <img> never loaded a file
    assert "https://evil.example" not in link_targets(out)
    texts = page_texts(out)
    assert squash(f"Name {text}") in squash(texts[0])


def test_literal_angle_brackets_in_the_contents_and_outline(tmp_path: Path) -> None:
    title = '<img src="x.png"/> & <b>'
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([make_entry(1, title=title)]), PortfolioOptions(), out)
    assert title in page_texts(out)[1]
    reader = PdfReader(out)
    assert any(getattr(item, "title", None) == title for item in reader.outline[-1])


def test_source_link_is_clickable_with_its_query_string(tmp_path: Path) -> None:
    url = 'https://example.org/a?x=1&y=<2>&z="3"'
    entry = make_entry(1, source=Source(url=url))
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([entry]), PortfolioOptions(), out)
    assert url in link_targets(out)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "not a url", "https://", "http://a b"]
)
def test_only_web_links_are_clickable(url: str) -> None:
    assert safe_link(url) is None
    assert "<a " not in link(url)


def test_escape_keeps_nothing_as_markup() -> None:
    assert escape('<a href="x">&amp;</a>') == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;"


def test_clean_replaces_what_a_pdf_cannot_hold() -> None:
    assert clean("a\x00b\ud800c\x1bd\r\ne\rf") == "a\ufffdb\ufffdc\ufffdd\ne\nf"


def test_line_breaks_and_bullets_are_kept() -> None:
    found = blocks("First line\nsecond line\n\n- one\n* two\n• three\n1. four\nb) five\n\nLast")
    assert found[0].markup == "First line<br/>second line"
    assert [b.bullet for b in found[1:6]] == ["•", "•", "•", "1.", "b)"]
    assert [b.markup for b in found[1:6]] == ["one", "two", "three", "four", "five"]
    assert found[-1].markup == "Last" and found[-1].bullet is None


def test_line_breaks_survive_into_the_pdf(tmp_path: Path) -> None:
    text = "Alpha line\nBeta line\n\n- gamma item\n- delta item"
    entry = make_entry(1, sections={"description": text, "learnt": "x", "impact": "y"})
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([entry]), PortfolioOptions(), out)
    joined = "\n".join(page_texts(out))
    assert "Alpha line\nBeta line" in joined
    assert "gamma item" in joined and "delta item" in joined


SCRIPTS = (
    "Welsh: Gŵyl Dewi, ŵ ŷ Ŵ Ŷ â ê î ô û",
    "Irish: Dia dhuit, á é í ó ú",
    "Polish: zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ",
    "Greek: Καλημέρα κόσμε αβγδ",
    "Cyrillic: Здравствуйте, жизнь",
    "Māori: whānau, Māori, tāne ā ē ī ō ū",
    "Quotes: “double” ‘single’ – dash — em … ellipsis £ € ©",
)


@pytest.mark.parametrize("sample", SCRIPTS)
def test_scripts_have_glyphs_in_the_bundled_font(sample: str) -> None:
    missing = [c for c in sample if not has_glyph(c)]
    assert missing == []


def test_scripts_round_trip_through_the_pdf(tmp_path: Path) -> None:
    text = "\n".join(SCRIPTS)
    entry = make_entry(
        1, title=SCRIPTS[0], sections={"description": text, "learnt": "", "impact": ""}
    )
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([entry]), PortfolioOptions(), out)
    body = body_text(out)
    for sample in SCRIPTS:
        assert squash(sample) in body
    shown = fonts_that_show_text(out)
    assert "DejaVuSans" in shown
    assert shown <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        "DejaVuSans-BoldOblique",
    }


def test_long_words_and_urls_wrap_inside_the_margins() -> None:
    styles = get_styles()
    width = 400.0
    for text in ("x" * 900, "https://example.org/" + "a/b-c_d" * 120, "ŵ" * 500):
        para = Paragraph(escape(text), styles.body)
        para.wrap(width, 10_000)
        lines = para.blPara.lines
        assert len(lines) > 1
        for line in lines:
            extra = line.extraSpace if hasattr(line, "extraSpace") else line[0]
            assert extra >= -0.01  # never wider than the column


def test_very_long_field_values_do_not_break_the_layout(tmp_path: Path) -> None:
    huge = "word " * 4000
    entry = make_entry(
        1,
        title="Long fields",
        source=Source(url="https://example.org/" + "p" * 3000, provider=huge, author=huge),
        tags=[huge],
        standards=["swe:4.6", "z" * 5000],
        evidence=[Evidence("cd" * 32, "n" * 3000 + ".txt", "text/plain", 1)],
    )
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data([entry]), PortfolioOptions(), out)
    assert result.pages > 5
    assert squash("p" * 3000) in body_text(out)
