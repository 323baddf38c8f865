"""The HCPC-style CPD audit profile layout.

HCPC's profile has four parts (source: hcpc-uk.co.uk, "How to complete your CPD profile"):
1. a summary of practice history, up to 500 words;
2. a dated list of CPD activities since the last renewal, where gaps of three months or more
   must be explained;
3. a personal statement, up to 1,500 words, on how the standards are met, usually built
   from four to six activities (what it was, what you learnt, how it improved your work
   and benefited service users);
4. supporting evidence.
Word limits are checked and reported as warnings, never enforced: the practitioner decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from cpdlog.domain.dates import add_months, long_date, short_date
from cpdlog.domain.entry import Entry
from cpdlog.export.pdf.document import Heading
from cpdlog.export.pdf.markup import escape, word_count
from cpdlog.export.pdf.model import (
    PERSONAL_STATEMENT_LIMIT,
    PRACTICE_SUMMARY_LIMIT,
    PortfolioOptions,
)
from cpdlog.export.pdf.sections import (
    BuildContext,
    _table,
    peer_reflection,
    reflection,
    shorten,
    standard_line,
    text_blocks,
)
from cpdlog.export.pdf.styles import BAD_HEX
from cpdlog.i18n import plural, tr

CONTEXT = "cpdlog.pdf"
GAP_MONTHS = 3


@dataclass(frozen=True, slots=True)
class Gap:
    """No CPD from ``start`` to ``end`` (both inclusive)."""

    start: dt.date
    end: dt.date

    @property
    def months(self) -> int:
        n = 0
        while add_months(self.start, n + 1) <= self.end + dt.timedelta(days=1):
            n += 1
        return n


def find_gaps(
    entries: Sequence[Entry],
    start: dt.date | None,
    end: dt.date | None,
    months: int = GAP_MONTHS,
) -> list[tuple[int, Gap]]:
    """Gaps of ``months`` or more with no activity, as (insert-before index, gap).

    Activities are taken in date order; a gap before the first (from ``start``) and after
    the last (to ``end``) counts too. An entry covers every day from its start to its end.
    """
    ordered = sorted(entries, key=lambda e: (e.start_date, e.last_date))
    found: list[tuple[int, Gap]] = []
    covered_until = (start - dt.timedelta(days=1)) if start else None
    for i, e in enumerate(ordered):
        if covered_until is not None:
            gap = Gap(covered_until + dt.timedelta(days=1), e.start_date - dt.timedelta(days=1))
            if gap.end >= gap.start and add_months(gap.start, months) <= gap.end + dt.timedelta(
                days=1
            ):
                found.append((i, gap))
        covered_until = max(covered_until or e.last_date, e.last_date)
    if end is not None and covered_until is not None:
        gap = Gap(covered_until + dt.timedelta(days=1), end)
        if gap.end >= gap.start and add_months(gap.start, months) <= gap.end + dt.timedelta(days=1):
            found.append((len(ordered), gap))
    return found


def audit_parts(
    ctx: BuildContext,
    options: PortfolioOptions,
    entries: Sequence[Entry],
    warn: Callable[[str], None],
) -> list[Flowable]:
    return (
        practice_summary(ctx, options.practice_summary, warn)
        + activity_list(ctx, entries, warn)
        + personal_statement(ctx, options.statement_entry_ids, entries, warn)
    )


def _count_line(count: int, limit: int) -> str:
    over = count > limit
    colour = f' color="{BAD_HEX}"' if over else ""
    text = (
        tr(CONTEXT, "Word count: {count} (up to {limit}) — {over} over the limit.")
        if over
        else tr(CONTEXT, "Word count: {count} (up to {limit}).")
    ).format(count=f"{count:,}", limit=f"{limit:,}", over=f"{count - limit:,}")
    return f"<font{colour}>{escape(text)}</font>"


def practice_summary(ctx: BuildContext, text: str, warn: Callable[[str], None]) -> list[Flowable]:
    s = ctx.styles
    title = tr(CONTEXT, "Part 1: Summary of practice history")
    story: list[Flowable] = [
        ctx.heading(Heading("part1", 0, title, escape(title))),
        Paragraph(escape(title), s.h1),
    ]
    if not text.strip():
        warn(
            tr(
                CONTEXT,
                "The HCPC profile has no summary of practice history (write one under “Summary "
                "of practice” on the Export page, or give one with --summary-file).",
            )
        )
        story.append(
            Paragraph(
                escape(
                    tr(
                        CONTEXT,
                        "No summary of practice history was given. HCPC asks for up to 500 words "
                        "on your current role, the type of work you do, your main "
                        "responsibilities, specialist areas and the people you work with.",
                    )
                ),
                s.warning,
            )
        )
        return story
    count = word_count(text)
    if count > PRACTICE_SUMMARY_LIMIT:
        warn(
            tr(
                CONTEXT,
                "The summary of practice history has {count} words; HCPC allows up to {limit}.",
            ).format(count=f"{count:,}", limit=f"{PRACTICE_SUMMARY_LIMIT:,}")
        )
    story += text_blocks(ctx, text)
    story.append(Paragraph(_count_line(count, PRACTICE_SUMMARY_LIMIT), s.muted))
    return story


def activity_list(
    ctx: BuildContext, entries: Sequence[Entry], warn: Callable[[str], None]
) -> list[Flowable]:
    s = ctx.styles
    title = tr(CONTEXT, "Part 2: List of CPD activities")
    story: list[Flowable] = [
        PageBreak(),
        ctx.heading(Heading("part2", 0, title, escape(title))),
        Paragraph(escape(title), s.h1),
    ]
    period = ctx.data.period
    today = ctx.data.generated_at.date()
    end = min(period.end, today) if period else None
    if period:
        story.append(
            Paragraph(
                escape(
                    tr(
                        CONTEXT,
                        "Activities from {period}, in date order. Gaps of three months or more "
                        "with no recorded CPD are marked; HCPC asks you to explain them.",
                    ).format(period=period.label())
                ),
                s.small,
            )
        )
    if not entries:
        story.append(
            Paragraph(
                escape(tr(CONTEXT, "No CPD activities are recorded for this period.")), s.note
            )
        )
        return story
    types = {e.activity_type for e in entries}
    if len(types) < 2:
        warn(
            tr(
                CONTEXT,
                "HCPC expects a mixture of at least two different types of learning activity.",
            )
        )
        story.append(
            Paragraph(
                escape(
                    tr(
                        CONTEXT,
                        "All activities are of one type; HCPC standard 2 asks for a mixture of "
                        "learning activities (at least two different types).",
                    )
                ),
                s.warning,
            )
        )
    ordered = sorted(entries, key=lambda e: (e.start_date, e.last_date))
    gaps = dict(find_gaps(ordered, period.start if period else None, end))
    rows: list[list[object]] = [
        [
            Paragraph(escape(h), s.label)
            for h in (
                tr(CONTEXT, "Date"),
                tr(CONTEXT, "Activity"),
                tr(CONTEXT, "Type"),
                tr(CONTEXT, "Hours"),
            )
        ]
    ]
    gap_rows: list[int] = []
    for i, e in enumerate(ordered):
        if i in gaps:
            gap_rows.append(len(rows))
            rows.append([_gap_cell(ctx, gaps[i]), "", "", ""])
        dates = short_date(e.start_date)
        if e.end_date and e.end_date != e.start_date:
            dates += f" – {short_date(e.end_date)}"
        draft = (
            f' <font color="{BAD_HEX}">{escape(tr(CONTEXT, "DRAFT"))}</font>' if e.is_draft else ""
        )
        rows.append(
            [
                Paragraph(escape(dates), s.cell),
                Paragraph(escape(shorten(e.title, 300)) + draft, s.cell),
                Paragraph(escape(tr("cpdlog", e.activity_type.label)), s.cell),
                Paragraph(f"{e.hours:g}" if e.hours else "–", s.cell),
            ]
        )
    if len(ordered) in gaps:
        gap_rows.append(len(rows))
        rows.append([_gap_cell(ctx, gaps[len(ordered)]), "", "", ""])
    if gaps:
        warn(
            plural(
                CONTEXT,
                len(gaps),
                "The activity list has %n gap of three months or more; HCPC asks you to explain "
                "it.",
                "The activity list has %n gaps of three months or more; HCPC asks you to explain "
                "them.",
            )
        )
    w = ctx.frame_width
    table = _table(rows, (34 * mm, w - 34 * mm - 48 * mm - 16 * mm, 48 * mm, 16 * mm))
    from reportlab.platypus import TableStyle

    from cpdlog.export.pdf.styles import WARN_TINT

    table.setStyle(
        TableStyle(
            [("SPAN", (0, r), (-1, r)) for r in gap_rows]
            + [("BACKGROUND", (0, r), (-1, r), WARN_TINT) for r in gap_rows]
        )
    )
    story.append(table)
    story.append(
        Paragraph(
            escape(
                tr(CONTEXT, "{activities}, {hours}, {types}.").format(
                    activities=plural(CONTEXT, len(ordered), "%n activity", "%n activities"),
                    hours=plural(CONTEXT, sum(e.hours for e in ordered), "%n hour", "%n hours"),
                    types=plural(
                        CONTEXT, len(types), "%n type of activity", "%n types of activity"
                    ),
                )
            ),
            s.muted,
        )
    )
    return story


def _gap_cell(ctx: BuildContext, gap: Gap) -> Paragraph:
    months = gap.months
    text = plural(
        CONTEXT,
        months,
        "<b>Gap:</b> no recorded CPD from {start} to {end} (%n month). Please explain this gap.",
        "<b>Gap:</b> no recorded CPD from {start} to {end} (%n months). Please explain this gap.",
    )
    return Paragraph(
        text.format(start=escape(long_date(gap.start)), end=escape(long_date(gap.end))),
        ctx.styles.cell,
    )


def personal_statement(
    ctx: BuildContext,
    chosen_ids: Sequence[int],
    entries: Sequence[Entry],
    warn: Callable[[str], None],
) -> list[Flowable]:
    s = ctx.styles
    title = tr(CONTEXT, "Part 3: Personal statement")
    story: list[Flowable] = [
        PageBreak(),
        ctx.heading(Heading("part3", 0, title, escape(title))),
        Paragraph(escape(title), s.h1),
    ]
    by_id = {e.id: e for e in entries if e.id is not None}
    chosen: list[Entry] = []
    for entry_id in dict.fromkeys(chosen_ids):
        entry = by_id.get(entry_id)
        if entry is None:
            warn(
                tr(
                    CONTEXT,
                    "Entry {number} was chosen for the personal statement but is not in this "
                    "profile.",
                ).format(number=entry_id)
            )
        else:
            chosen.append(entry)
    if not chosen:
        warn(
            tr(
                CONTEXT,
                "The HCPC personal statement has no activities (tick them under “Statement "
                "entries” on the Export page, or choose them with --statement-entry).",
            )
        )
        story.append(
            Paragraph(
                escape(
                    tr(
                        CONTEXT,
                        "No activities were chosen for the personal statement. HCPC suggests "
                        "four to six activities: for each, what it was, what you learnt, and how "
                        "it improved the quality of your work and benefited the people you work "
                        "with.",
                    )
                ),
                s.warning,
            )
        )
        return story
    if not 4 <= len(chosen) <= 6:
        story.append(
            Paragraph(
                escape(
                    plural(
                        CONTEXT,
                        len(chosen),
                        "This statement draws on %n activity; HCPC suggests four to six.",
                        "This statement draws on %n activities; HCPC suggests four to six.",
                    )
                ),
                s.note,
            )
        )
    words = 0
    for number, entry in enumerate(chosen, start=1):
        story += [
            CondPageBreak(120),
            Paragraph(
                escape(tr(CONTEXT, "ACTIVITY {number}").format(number=number))
                + f" · {escape(short_date(entry.start_date))} · "
                + escape(tr("cpdlog", entry.activity_type.label)).upper(),
                s.kicker,
            ),
            Paragraph(escape(entry.title) or escape(tr(CONTEXT, "(untitled)")), s.statement_title),
        ]
        if entry.standards:
            catalogue = ctx.data.catalogue
            lines = [
                standard_line(sid, catalogue.standard(sid) if catalogue else None, catalogue)
                for sid in entry.standards
            ]
            story.append(
                Paragraph(
                    escape(tr(CONTEXT, "Standards: {standards}")).format(
                        standards="; ".join(lines)
                    ),
                    s.small,
                )
            )
        story += reflection(ctx, entry)
        words += word_count(entry.reflection.text())
        if entry.peer is not None:
            story += peer_reflection(ctx, entry)
            words += word_count(entry.peer.text)
    if words > PERSONAL_STATEMENT_LIMIT:
        warn(
            tr(
                CONTEXT,
                "The personal statement has {count} words; HCPC allows up to {limit}. Choose "
                "fewer activities or shorten them.",
            ).format(count=f"{words:,}", limit=f"{PERSONAL_STATEMENT_LIMIT:,}")
        )
    story.append(Paragraph(_count_line(words, PERSONAL_STATEMENT_LIMIT), s.muted))
    return story
