"""The HCPC-style audit profile: gaps, word limits, the personal statement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cpdlog.domain.entry import ActivityType
from cpdlog.domain.requirements import Period
from cpdlog.export.pdf import Layout, PortfolioOptions, render_portfolio
from cpdlog.export.pdf.hcpc import Gap, find_gaps
from tests.export.pdf_support import body_text, make_data, make_entry, squash

D = dt.date


def at(n: int, day: dt.date, end: dt.date | None = None, kind: ActivityType = ActivityType.BLOG):
    return make_entry(n, day=day, end_date=end, activity_type=kind)


def test_a_gap_from_a_day_later_months_lack_must_reach_the_end_of_february() -> None:
    # From 30 November, "three months" ends with February: the gap counts only once it
    # covers the whole of February (dates from domain.dates.add_months, 30 Feb -> 1 Mar).
    assert Gap(D(2025, 11, 30), D(2026, 2, 27)).months == 2
    assert Gap(D(2025, 11, 30), D(2026, 2, 28)).months == 3
    assert Gap(D(2023, 11, 30), D(2024, 2, 28)).months == 2  # a leap year: 29 Feb is missing
    assert Gap(D(2023, 11, 30), D(2024, 2, 29)).months == 3
    entries = [at(1, D(2025, 11, 29)), at(2, D(2026, 2, 28))]
    assert find_gaps(entries, None, None) == []
    entries = [at(1, D(2025, 11, 29)), at(2, D(2026, 3, 1))]
    assert find_gaps(entries, None, None) == [(1, Gap(D(2025, 11, 30), D(2026, 2, 28)))]


def test_gaps_of_three_months_or_more_are_found() -> None:
    entries = [at(1, D(2026, 1, 10)), at(2, D(2026, 4, 10)), at(3, D(2026, 5, 1))]
    gaps = find_gaps(entries, None, None)
    # 11 January to 9 April is under three months: no gap.
    assert gaps == []
    entries = [at(1, D(2026, 1, 10)), at(2, D(2026, 4, 11))]
    assert find_gaps(entries, None, None) == [(1, Gap(D(2026, 1, 11), D(2026, 4, 10)))]
    assert Gap(D(2026, 1, 11), D(2026, 4, 10)).months == 3


def test_gaps_at_the_start_and_end_of_the_period() -> None:
    entries = [at(1, D(2026, 6, 1))]
    gaps = find_gaps(entries, D(2025, 12, 1), D(2026, 11, 30))
    assert gaps == [
        (0, Gap(D(2025, 12, 1), D(2026, 5, 31))),
        (1, Gap(D(2026, 6, 2), D(2026, 11, 30))),
    ]


def test_a_long_activity_covers_its_days() -> None:
    entries = [at(1, D(2026, 1, 1), end=D(2026, 5, 1)), at(2, D(2026, 6, 1))]
    assert find_gaps(entries, None, None) == []


def statement(n: int, words: int):
    text = " ".join(["word"] * words)
    return make_entry(
        n,
        sections={"description": text, "learnt": "", "impact": ""},
        activity_type=ActivityType.COURSE if n % 2 else ActivityType.BLOG,
    )


def test_word_limits_are_checked_with_warnings(tmp_path: Path) -> None:
    entries = [statement(1, 900), statement(2, 700)]
    out = tmp_path / "h.pdf"
    result = render_portfolio(
        make_data(entries),
        PortfolioOptions(
            layout=Layout.HCPC,
            practice_summary="I " * 501,
            statement_entry_ids=(1, 2),
        ),
        out,
    )
    assert any("summary of practice history has 501 words" in w for w in result.warnings)
    assert any("personal statement has 1,600 words" in w for w in result.warnings)
    text = body_text(out)
    assert squash("Word count: 501 (up to 500) — 1 over the limit.") in text
    assert squash("Word count: 1,600 (up to 1,500) — 100 over the limit.") in text
    assert squash("HCPC suggests four to six") in text


def test_within_limits_no_word_warnings(tmp_path: Path) -> None:
    entries = [statement(n, 100) for n in range(1, 6)]
    result = render_portfolio(
        make_data(entries),
        PortfolioOptions(
            layout=Layout.HCPC, practice_summary="My role.", statement_entry_ids=(1, 2, 3, 4)
        ),
        tmp_path / "h.pdf",
    )
    assert not [w for w in result.warnings if "words" in w]
    assert squash("Word count: 400 (up to 1,500).") in body_text(tmp_path / "h.pdf")


def test_missing_parts_and_gaps_are_flagged(tmp_path: Path) -> None:
    entries = [at(1, D(2025, 12, 5)), at(2, D(2026, 6, 20))]
    data = make_data(entries, period=Period(D(2025, 12, 1), D(2026, 11, 30)))
    out = tmp_path / "h.pdf"
    result = render_portfolio(
        data, PortfolioOptions(layout=Layout.HCPC, statement_entry_ids=(99,)), out
    )
    joined = "\n".join(result.warnings)
    assert "no summary of practice history" in joined
    assert "Entry 99 was chosen" in joined
    assert "no activities" in joined
    assert "gap" in joined and "mixture of at least two different types" in joined
    text = body_text(out)
    # Generated 20 March 2026: the gap runs from the day after the first entry to the next.
    assert squash("Gap: no recorded CPD from 6 December 2025 to 19 June 2026 (6 months).") in text
    assert squash("Entry number 1") in text and squash("Entry number 2") in text
