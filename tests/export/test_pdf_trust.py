"""The PDF keeps each entry's evidence with its entry, and shows standards by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdlog import reference_data
from cpdlog.export.pdf import PortfolioOptions, render_portfolio
from tests.export.pdf_support import (
    make_data,
    make_entry,
    page_texts,
    png_bytes,
    squash,
    store_evidence,
)


def _page_with(texts: list[str], words: str, after: int = 0) -> int:
    found = [i for i, t in enumerate(texts) if i >= after and squash(words) in squash(t)]
    assert found, words
    return found[0]


@pytest.mark.parametrize("extra", [0, 24, 40, 57, 90])
def test_an_image_stays_under_its_own_entrys_evidence_heading(tmp_path: Path, extra: int) -> None:
    folder = tmp_path / "evidence"
    image = store_evidence(folder, "whiteboard.png", png_bytes((1200, 900)), "image/png")
    long = " ".join(["Reflection text that goes on."] * (60 + extra))
    first = make_entry(
        1,
        title="Entry one with a photo",
        sections={"description": long, "learnt": long, "impact": "Short."},
        evidence=[image],
    )
    second = make_entry(2, title="Entry two without evidence")
    out = tmp_path / "p.pdf"
    render_portfolio(make_data([first, second], evidence_dir=folder), PortfolioOptions(), out)
    texts = page_texts(out)
    entries_start = _page_with(texts, "ENTRY 1")
    caption = _page_with(texts, "Evidence for entry 1: whiteboard.png", entries_start)
    # The "Evidence" heading is on the page of the image, above its caption...
    heading_pages = [
        i for i, t in enumerate(texts) if i >= entries_start and "\nEvidence\n" in f"\n{t}"
    ]
    assert heading_pages == [caption]
    page = squash(texts[caption])
    assert page.index("Evidence") < page.index(squash("Evidence for entry 1: whiteboard.png"))
    # ...and entry 2 starts after it, never above it.
    second_at = _page_with(texts, "ENTRY 2", entries_start)
    assert second_at >= caption
    if second_at == caption:
        assert page.index(squash("whiteboard.png")) < page.index("ENTRY2")


def test_standards_are_shown_by_name_and_coverage_lists_only_those_used(tmp_path: Path) -> None:
    entries = [
        make_entry(1, standards=["swe:4.3", "pcf:1"]),
        make_entry(2, title="Second entry", standards=["swe:4.3"]),
    ]
    out = tmp_path / "s.pdf"
    render_portfolio(make_data(entries), PortfolioOptions(), out)
    text = squash("\n".join(page_texts(out)))
    assert "swe:4.3" not in text and "pcf:1" not in text
    assert squash("Keep my practice up to date and record how I use research") in text
    assert squash("SWE standard 4.3") in text and squash("PCF 1") in text
    coverage = text[text.index("Standardscoverage") :]
    assert coverage.startswith(squash("Standards coverage Standard Framework Entries"))
    # Only the two standards with entries are rows; the others are counted in one line.
    assert squash("Value each person as an individual") not in coverage.split("otherstandards")[0]
    catalogue = reference_data.catalogue()
    total = sum(len(catalogue.framework(f).standards) for f in ("swe", "pcf"))  # type: ignore[union-attr]
    assert squash(f"{total - 2} other standards in SWE standards and PCF have no entries yet.") in (
        coverage
    )
