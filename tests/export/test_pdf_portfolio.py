"""The standard portfolio: content in order, contents, outline, page numbering, metadata."""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpdlog.domain.entry import EntryStatus, PeerReflection
from cpdlog.export.pdf import (
    ExportCancelledError,
    Layout,
    PageSize,
    PortfolioOptions,
    render_portfolio,
)
from tests.export.pdf_support import body_text, make_data, make_entry, page_texts, squash

FOOTER = re.compile(r"Page (\d+) of (\d+)")


def outline_titles(reader: PdfReader) -> list[tuple[int, str]]:
    """(depth, title) for every outline item, depth first."""
    found: list[tuple[int, str]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, str(item.title)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return found


@pytest.fixture
def entries():
    items = [make_entry(n) for n in range(1, 13)]
    items[3].peer = PeerReflection("Alex", "Manager", dt.date(2026, 1, 3), "Peer text four.")
    items[5].reflection.sections["learnt"] = "Long reflection. " * 1200  # several pages
    return items


def test_every_title_and_reflection_appears_in_order(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data(entries), PortfolioOptions(), out)
    text = body_text(out)
    body = text[text.index(squash("ENTRY 1")) :]  # after the cover, contents and summary
    position = 0
    for entry in sorted(entries, key=lambda e: e.start_date):
        for piece in (entry.title, *entry.reflection.sections.values()):
            found = body.find(squash(piece), position)
            assert found >= 0, f"{piece[:40]!r} missing or out of order"
            position = found
    assert result.entries == 12
    assert "Peertextfour." in body


def test_one_outline_bookmark_per_entry(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    titles = outline_titles(PdfReader(out))
    entry_items = [t for depth, t in titles if depth == 1]
    assert sorted(entry_items) == sorted(e.title for e in entries)
    assert [t for depth, t in titles if depth == 0] == ["Cover", "Contents", "Summary", "Entries"]


def test_page_x_of_y_matches_the_page_count(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data(entries), PortfolioOptions(), out)
    texts = page_texts(out)
    assert result.pages == len(texts) > 8
    for number, text in enumerate(texts, start=1):
        match = FOOTER.search(text)
        assert match, f"page {number} has no footer"
        assert (int(match.group(1)), int(match.group(2))) == (number, len(texts))


def test_contents_page_numbers_point_at_the_entries(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    texts = page_texts(out)
    lines = texts[1].splitlines()
    assert lines[0] == "Contents"
    for index, entry in enumerate(entries, start=1):
        # The page number is drawn just before its line, so it comes first in the text.
        line = next(i for i, text in enumerate(lines) if entry.title in text)
        page = int(lines[line - 1])
        first_page = next(n for n, t in enumerate(texts, start=1) if f"ENTRY {index}\n" in t)
        assert page == first_page
        assert entry.title in texts[page - 1]


def test_contents_are_laid_out_in_one_pass(tmp_path: Path, entries) -> None:
    result = render_portfolio(make_data(entries), PortfolioOptions(), tmp_path / "p.pdf")
    assert result.passes == 1


def test_metadata(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    meta = PdfReader(out).metadata
    assert meta is not None
    assert meta.title == "CPD portfolio: Siân Llywelyn-Jones"
    assert meta.author == "Siân Llywelyn-Jones"
    assert meta.subject and "1 December 2025 to 30 November 2026" in meta.subject
    assert meta.creation_date is not None


def test_cover_and_summary(tmp_path: Path, entries) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    texts = page_texts(out)
    cover = texts[0]
    for expected in (
        "Siân Llywelyn-Jones",
        "SW123456",
        "Social Work England",
        "1 December 2025 to 30 November 2026",
        "20 March 2026",
        "Entries12",
        "Total hours18",
    ):
        assert squash(expected) in squash(cover)
    summary = squash(texts[2])
    assert squash("At least 2 pieces of CPD") in summary
    assert squash("✓ Met") in summary
    assert "Hoursbymonth" in summary and "Hoursbyactivitytype" in summary
    everything = squash("\n".join(texts))
    assert squash("Standards coverage") in everything


def test_unmet_rule_is_marked(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([make_entry(1)]), PortfolioOptions(), out)
    summary = squash(page_texts(out)[2])
    assert squash("✗ Not met") in summary


def test_zero_entries_is_a_valid_pdf_that_says_so(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = render_portfolio(make_data([]), PortfolioOptions(), out)
    text = squash("\n".join(page_texts(out)))
    assert result.entries == 0
    assert squash("There are no entries") in text
    assert PdfReader(out).pages


def test_zero_entries_without_period_or_profile(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    render_portfolio(make_data([], period=None, progress=False), PortfolioOptions(), out)
    text = squash("\n".join(page_texts(out)))
    assert squash("No regulator is set") in text
    assert squash("All dates") in text


def test_drafts_are_marked(tmp_path: Path) -> None:
    entries = [make_entry(1), make_entry(2, status=EntryStatus.DRAFT)]
    out = tmp_path / "p.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    texts = page_texts(out)
    assert "DRAFT" in texts[1]  # contents
    assert squash("Includes 1 draft entry") in squash(texts[0])
    assert any(entries[1].title in t and "DRAFT" in t for t in texts[3:])
    titles = [t for _, t in outline_titles(PdfReader(out))]
    assert f"{entries[1].title} [DRAFT]" in titles


@pytest.mark.parametrize(
    ("size", "expected"), [(PageSize.A4, (595, 842)), (PageSize.LETTER, (612, 792))]
)
def test_page_sizes(tmp_path: Path, size: PageSize, expected: tuple[int, int]) -> None:
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([make_entry(1)]), PortfolioOptions(page_size=size), out)
    for page in PdfReader(out).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == expected


def test_long_entry_flows_across_pages(tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(6000))
    entry = make_entry(1, sections={"description": "Short.", "learnt": words, "impact": "End."})
    out = tmp_path / "p.pdf"
    result = render_portfolio(make_data([entry]), PortfolioOptions(), out)
    assert squash(words) in body_text(out)
    assert result.pages >= 8


def test_progress_is_reported_and_reaches_the_total(tmp_path: Path, entries) -> None:
    seen: list[tuple[int, int]] = []
    render_portfolio(
        make_data(entries),
        PortfolioOptions(),
        tmp_path / "p.pdf",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > len(entries)


def test_cancel_stops_and_writes_nothing(tmp_path: Path, entries) -> None:
    cancel = threading.Event()
    out = tmp_path / "p.pdf"

    def progress(done: int, total: int) -> None:
        if done > len(entries) + 2:  # during layout
            cancel.set()

    with pytest.raises(ExportCancelledError):
        render_portfolio(
            make_data(entries), PortfolioOptions(), out, progress=progress, cancel=cancel
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    out.write_bytes(b"old")
    render_portfolio(make_data([make_entry(1)]), PortfolioOptions(), out)
    assert out.read_bytes().startswith(b"%PDF-")


def test_unwritable_destination_is_a_clear_error(tmp_path: Path) -> None:
    from cpdlog.errors import ValidationError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    # refused before anything is rendered (safefile.require_output); the file is left as it was
    with pytest.raises(ValidationError, match="is a file, not a folder"):
        render_portfolio(make_data([make_entry(1)]), PortfolioOptions(), blocker / "p.pdf")
    assert blocker.read_text() == "x"


def test_hcpc_layout_has_its_four_parts(tmp_path: Path, entries) -> None:
    out = tmp_path / "h.pdf"
    result = render_portfolio(
        make_data(entries),
        PortfolioOptions(
            layout=Layout.HCPC,
            practice_summary="I work in an adults team.",
            statement_entry_ids=(1, 2, 3, 4),
        ),
        out,
    )
    text = squash("\n".join(page_texts(out)))
    for part in (
        "Part 1: Summary of practice history",
        "Part 2: List of CPD activities",
        "Part 3: Personal statement",
        "Part 4: Supporting evidence",
    ):
        assert squash(part) in text
    assert squash("I work in an adults team.") in text
    depth0 = [t for d, t in outline_titles(PdfReader(out)) if d == 0]
    assert "Part 4: Supporting evidence" in depth0
    assert not [w for w in result.warnings if "summary" in w.lower()]
