"""Building blocks shared by the portfolio layouts: cover, summary, entry sections, appendix.

Every piece of user text goes through :mod:`cpdlog.export.pdf.markup` before it reaches a
``Paragraph``; labels and numbers we write ourselves are the only markup.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

import cpdlog
from cpdlog import i18n
from cpdlog.domain.dates import long_date, short_date
from cpdlog.domain.entry import Entry
from cpdlog.domain.frameworks import Catalogue, Standard, english_note
from cpdlog.domain.progress import ProgressReport, join_words
from cpdlog.domain.review import content_hash
from cpdlog.domain.templates import Template
from cpdlog.export.pdf import charts
from cpdlog.export.pdf.document import Anchor, Contents, Heading, inline_page_ref
from cpdlog.export.pdf.evidence import EvidenceBundle, EvidenceKind, PreparedEvidence, human_size
from cpdlog.export.pdf.markup import blocks, escape, link, plain, safe_link
from cpdlog.export.pdf.model import PortfolioData
from cpdlog.export.pdf.styles import (
    ACCENT,
    BAD_HEX,
    GOOD_HEX,
    MUTED,
    MUTED_HEX,
    RULE,
    TINT,
    Styles,
)
from cpdlog.i18n import plural, tr

CONTEXT = "cpdlog.pdf"  # the portfolio's fixed text (cpdlog.i18n; Welsh in cpdlog_cy.ts)
DOMAIN_CONTEXT = "cpdlog"  # wording from the data files: activity types, prompts, rule labels
TABLE_TEXT_LIMIT = 400
LABEL_WIDTH = 30 * mm


def hours_text(hours: float) -> str:
    if hours == 0:
        return tr(CONTEXT, "Not recorded")
    return plural(CONTEXT, hours, "%n hour", "%n hours")


def date_span(start: dt.date, end: dt.date) -> str:
    """``1 April 2025 to 31 March 2026``."""
    return tr(CONTEXT, "{start} to {end}").format(start=long_date(start), end=long_date(end))


def shorten(text: str, limit: int = TABLE_TEXT_LIMIT) -> str:
    """Text for a table cell: a table row cannot break across pages, so it must stay short."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def date_range(entry: Entry) -> str:
    if entry.end_date and entry.end_date != entry.start_date:
        return date_span(entry.start_date, entry.end_date)
    return long_date(entry.start_date)


@dataclass(slots=True)
class BuildContext:
    """What every section builder needs; one per export."""

    data: PortfolioData
    styles: Styles
    frame_width: float
    frame_height: float
    warn: Callable[[str], None]
    evidence: dict[int, list[PreparedEvidence]] = field(default_factory=dict)
    bundle: EvidenceBundle = field(default_factory=EvidenceBundle)
    headings: list[Heading] = field(default_factory=list)
    _definition_style: object | None = None

    def heading(self, heading: Heading) -> Anchor:
        self.headings.append(heading)
        return Anchor(heading)

    @property
    def definition(self) -> object:
        if self._definition_style is None:
            from reportlab.lib.styles import ParagraphStyle

            self._definition_style = ParagraphStyle(
                "definition",
                parent=self.styles.cell,
                leftIndent=LABEL_WIDTH,
                bulletIndent=0,
                bulletFontName=self.styles.fonts.bold,
                bulletFontSize=8.5,
                bulletColor=MUTED,
                spaceAfter=3,
            )
        return self._definition_style


def subheading(ctx: BuildContext, markup: str, keep: float = 45.0) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page.

    A conditional page break (rather than ``keepWithNext``) keeps the heading with at least
    ``keep`` points of what follows without re-wrapping the following flowable, which matters
    when that is a long reflection or a table taller than a page.
    """
    style = ctx.styles.h3
    return [CondPageBreak(style.spaceBefore + style.leading * 2 + keep), Paragraph(markup, style)]


class Kicker(Flowable):  # type: ignore[misc]
    """The small "ENTRY 12" line above an entry's title, kept with the title."""

    def __init__(self, text: str, styles: Styles) -> None:
        super().__init__()
        self.text, self._style = text, styles.kicker
        self.keepWithNext = 1
        self.spaceAfter = self._style.spaceAfter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, float(self._style.leading)

    def draw(self) -> None:
        style = self._style
        self.canv.setFont(style.fontName, style.fontSize)
        self.canv.setFillColor(style.textColor)
        self.canv.drawString(0, style.leading - style.fontSize, self.text)


class FieldLine(Flowable):  # type: ignore[misc]
    """A one-line "Label   value" drawn straight onto the canvas.

    Most entry details (type, date, hours, provider) are short plain text; a ``Paragraph``
    for each would be parsed and line-broken for nothing, and with thousands of entries
    that is a large share of the export's time. Values that need wrapping use
    :func:`definition` instead; both look the same.
    """

    def __init__(self, styles: Styles, label: str, text: str, url: str | None = None) -> None:
        super().__init__()
        self._styles = styles
        self.label, self.text, self.url = label, text, url
        cell = styles.cell
        self.spaceAfter = 3
        self._height = float(cell.leading)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self._height

    def draw(self) -> None:
        canvas, s = self.canv, self._styles
        baseline = self._height - s.cell.fontSize
        canvas.setFont(s.fonts.bold, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, baseline, self.label)
        canvas.setFont(s.fonts.regular, s.cell.fontSize)
        canvas.setFillColor(ACCENT if self.url else s.cell.textColor)
        canvas.drawString(LABEL_WIDTH, baseline, self.text)
        if self.url:
            width = canvas.stringWidth(self.text, s.fonts.regular, s.cell.fontSize)
            canvas.linkURL(
                self.url, (LABEL_WIDTH, 0, LABEL_WIDTH + width, self._height), relative=1
            )


def detail(ctx: BuildContext, label: str, text: str) -> Flowable:
    """Label and plain-text value: one drawn line if it fits, else a wrapping paragraph."""
    value = plain(text)
    s = ctx.styles
    if "\n" not in text and (
        stringWidth(value, s.fonts.regular, s.cell.fontSize) <= ctx.frame_width - LABEL_WIDTH
    ):
        return FieldLine(s, label, value)
    return definition(ctx, label, escape(text))


def link_detail(ctx: BuildContext, label: str, url: str) -> Flowable:
    """A clickable URL (http, https, mailto only); as :func:`detail` otherwise."""
    target = safe_link(url)
    value = plain(url)
    s = ctx.styles
    if target is None:
        return detail(ctx, label, url)
    if stringWidth(value, s.fonts.regular, s.cell.fontSize) <= ctx.frame_width - LABEL_WIDTH:
        return FieldLine(s, label, value, url=target)
    return definition(ctx, label, link(url))


def definition(ctx: BuildContext, label: str, value_markup: str) -> Paragraph:
    """A "Label   value" line whose value may run to any length and across pages."""
    return Paragraph(value_markup, ctx.definition, bulletText=label)


# -- cover ---------------------------------------------------------------------------------


def cover(ctx: BuildContext, title: str, subtitle: str) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    p = data.owner
    entries = data.entries
    total_hours = sum(e.hours for e in entries)
    drafts = sum(1 for e in entries if e.is_draft)
    story: list[Flowable] = [
        ctx.heading(Heading("cover", 0, tr(CONTEXT, "Cover"), "", in_contents=False)),
        Spacer(1, 28 * mm),
        Paragraph(escape(title), s.title),
        Paragraph(escape(subtitle), s.cover_line),
        Spacer(1, 10 * mm),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=8 * mm),
        Paragraph(escape(p.name) or f"<i>{escape(tr(CONTEXT, 'Name not set'))}</i>", s.cover_name),
        Spacer(1, 4 * mm),
    ]
    period = (
        date_span(data.period.start, data.period.end) if data.period else tr(CONTEXT, "All dates")
    )
    not_set = f"<i>{escape(tr(CONTEXT, 'Not set'))}</i>"
    rows = [
        (tr(CONTEXT, "Registration"), escape(p.registration_number) or not_set),
        (tr(CONTEXT, "Regulator"), escape(p.regulator) or not_set),
        (tr(CONTEXT, "Period"), escape(period)),
        (
            tr(CONTEXT, "Generated"),
            escape(f"{long_date(data.generated_at.date())}, {data.generated_at:%H:%M}"),
        ),
        (tr(CONTEXT, "Entries"), f"{len(entries)}"),
        (tr(CONTEXT, "Total hours"), f"{total_hours:g}"),
    ]
    story += [definition(ctx, label, value) for label, value in rows]
    notes = []
    if data.selection_note:
        notes.append(escape(data.selection_note))
    if drafts:
        notes.append(
            escape(
                plural(
                    CONTEXT,
                    drafts,
                    "Includes %n draft entry, marked DRAFT; drafts do not count towards the "
                    "requirements.",
                    "Includes %n draft entries, marked DRAFT; drafts do not count towards the "
                    "requirements.",
                )
            )
        )
    if notes:
        story.append(Spacer(1, 6 * mm))
        story += [Paragraph(n, s.note) for n in notes]
    story += [
        Spacer(1, 40 * mm),
        Paragraph(
            escape(
                tr(
                    CONTEXT,
                    "Made with cpdlog {version}. Each entry shows the practitioner's own words "
                    "as recorded; evidence files are identified by their SHA-256 checksum.",
                ).format(version=cpdlog.__version__)
            ),
            s.muted,
        ),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    return story


def contents_page(ctx: BuildContext, headings: Sequence[Heading]) -> list[Flowable]:
    return [
        ctx.heading(Heading("contents", 0, tr(CONTEXT, "Contents"), "", in_contents=False)),
        Paragraph(escape(tr(CONTEXT, "Contents")), ctx.styles.h1),
        Contents(headings, ctx.styles),
        PageBreak(),
    ]


# -- summary -------------------------------------------------------------------------------


_CELL_PADDING = 8  # points: the LEFTPADDING and RIGHTPADDING of every table cell below


def fit_headings(rows: list[list[object]], widths: Sequence[float]) -> list[float]:
    """The column widths, widened where a heading's longest word would not fit its column.

    ReportLab breaks a word that is wider than its cell ("Cofnodi/on" in Welsh), so a narrow
    column whose heading is one long word (another language's, or text twice as large) takes
    the room it needs from the widest column, which wraps between words instead."""
    out = [float(x) for x in widths]
    if not rows or not out:
        return out
    for i, cell in enumerate(rows[0][: len(out)]):
        if not isinstance(cell, Paragraph):
            continue
        style = cell.style
        words = cell.getPlainText().split()
        need = max(
            (stringWidth(word, style.fontName, style.fontSize) for word in words), default=0.0
        )
        need += _CELL_PADDING + 1
        widest = max(range(len(out)), key=lambda j: out[j])
        if out[i] < need and widest != i and out[widest] - (need - out[i]) >= need:
            out[widest] -= need - out[i]
            out[i] = need
    return out


def _table(rows: list[list[object]], widths: Sequence[float], header: bool = True) -> Table:
    if header:
        widths = fit_headings(rows, widths)
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def summary(ctx: BuildContext) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    entries = data.entries
    title = tr(CONTEXT, "Summary")
    story: list[Flowable] = [
        ctx.heading(Heading("summary", 0, title, escape(title))),
        Paragraph(escape(title), s.h1),
    ]
    peer = sum(1 for e in entries if e.has_peer_reflection)
    total = sum(e.hours for e in entries)
    held = plural(
        CONTEXT, len(entries), "This portfolio holds %n entry", "This portfolio holds %n entries"
    )
    hours = plural(CONTEXT, total, "totalling %n hour", "totalling %n hours")
    peers = plural(CONTEXT, peer, "%n includes a peer reflection", "%n include a peer reflection")
    story.append(Paragraph(escape(f"{held} {hours}; {peers}."), s.body))
    story += requirements(ctx)
    if not entries:
        story.append(
            Paragraph(escape(tr(CONTEXT, "There are no entries for this period.")), s.note)
        )
        return story
    story += subheading(ctx, escape(tr(CONTEXT, "Hours by month")), 170)
    if total > 0:
        story.append(
            charts.month_chart(
                charts.hours_by_month(entries, data.period), ctx.frame_width, s.fonts.regular
            )
        )
        story += subheading(ctx, escape(tr(CONTEXT, "Hours by activity type")), 80)
        story.append(
            charts.type_chart(charts.hours_by_type(entries), ctx.frame_width, s.fonts.regular)
        )
    else:
        story.append(
            Paragraph(escape(tr(CONTEXT, "No hours are recorded on these entries.")), s.note)
        )
    story += coverage(ctx)
    return story


def requirements(ctx: BuildContext) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    report = data.progress
    story: list[Flowable] = subheading(ctx, escape(tr(CONTEXT, "Requirements")))
    if report is None:
        story.append(
            Paragraph(
                escape(
                    tr(
                        CONTEXT,
                        "No regulator is set in the profile, so no requirements are checked.",
                    )
                ),
                s.note,
            )
        )
        return story
    for index, each in enumerate((report, *data.other_progress)):
        if index:
            story.append(Spacer(1, 4 * mm))
        story += _registration_requirements(ctx, each)
    return story


def _status(status: str) -> str:
    if status == "done":
        return f'<font color="{GOOD_HEX}">✓ {escape(tr(CONTEXT, "Met"))}</font>'
    if status == "to-do":
        return f'<font color="{BAD_HEX}">✗ {escape(tr(CONTEXT, "Not met"))}</font>'
    return escape(tr(CONTEXT, "Declare at renewal"))


def _registration_requirements(ctx: BuildContext, report: ProgressReport) -> list[Flowable]:
    """One registration: its period, a row per rule (with a bar), and each rule's sentence —
    the same sentences the desktop and ``cpdlog progress`` show."""
    s = ctx.styles
    number = report.registration.registration_number if report.registration else ""
    story: list[Flowable] = [
        Paragraph(
            escape(
                tr(
                    CONTEXT, "{name}, registration period {period}. Draft entries never count."
                ).format(
                    name=tr(DOMAIN_CONTEXT, report.profile.name)
                    + (f" ({number})" if number else ""),
                    period=date_span(report.period.start, report.period.end),
                )
            ),
            s.small,
        )
    ]
    if not report.rules:
        story.append(
            Paragraph(escape(tr(CONTEXT, "This profile sets no minimum requirements.")), s.note)
        )
        return story
    w = ctx.frame_width
    bar_width = 28 * mm
    rows: list[list[object]] = [
        [
            Paragraph(escape(h), s.label)
            for h in (
                tr(CONTEXT, "Requirement"),
                tr(CONTEXT, "Needed"),
                tr(CONTEXT, "Recorded"),
                "",
                tr(CONTEXT, "Status"),
            )
        ]
    ]
    for result in report.rules:
        status = _status(result.status)
        if result.not_due:
            status = escape(tr(CONTEXT, "Not due this period"))
        rows.append(
            [
                Paragraph(escape(shorten(tr(DOMAIN_CONTEXT, result.rule.label))), s.cell),
                Paragraph("—" if result.declaration else f"{result.required:g}", s.cell),
                Paragraph(f"{result.actual:g}", s.cell),
                charts.progress_bar(result.fraction, bar_width - 4 * mm, result.met is not False)
                if not result.declaration
                else Paragraph("", s.cell),
                Paragraph(status, s.cell_bold),
            ]
        )
    story.append(_table(rows, (w - 103 * mm, 18 * mm, 20 * mm, bar_width, 37 * mm)))
    for result in report.rules:
        if result.met is True and not result.carried_in and not result.capped_out:
            continue  # met and nothing to explain: the table says it
        story.append(Paragraph(escape(report.sentence(result)), s.small))
    if report.declaration_only:
        story.append(Paragraph(escape(report.outcome()), s.small))
    return story


def coverage(ctx: BuildContext) -> list[Flowable]:
    """Entries per standard, by name: only the standards that have entries, then a count of
    the profile's standards that have none yet."""
    data, s = ctx.data, ctx.styles
    counts: Counter[str] = Counter()
    for e in data.entries:
        counts.update(set(e.standards))
    catalogue = data.catalogue
    order: list[str] = []
    if catalogue is not None:
        for fid in data.frameworks:
            fw = catalogue.framework(fid)
            if fw is not None:
                order += [std.id for std in fw.standards]
    in_profile = set(order)
    order += sorted(sid for sid in counts if sid not in in_profile)
    used = [sid for sid in order if counts.get(sid)]
    unused = sum(1 for sid in order if sid in in_profile and not counts.get(sid))
    story: list[Flowable] = subheading(ctx, escape(tr(CONTEXT, "Standards coverage")), 90)
    if not used:
        story.append(
            Paragraph(escape(tr(CONTEXT, "No entry is mapped to a professional standard.")), s.note)
        )
        return story
    rows: list[list[object]] = [
        [
            Paragraph(escape(h), s.label)
            for h in (tr(CONTEXT, "Standard"), tr(CONTEXT, "Framework"), tr(CONTEXT, "Entries"))
        ]
    ]
    language = i18n.language()
    for sid in used:
        known = catalogue.standard(sid) if catalogue else None
        title = (
            known.title_in(language)
            if known
            else f"{sid} ({tr(CONTEXT, 'not in cpdlog’s list of standards')})"
        )
        rows.append(
            [
                Paragraph(escape(shorten(title)), s.cell),
                Paragraph(escape(shorten(standard_ref(known, catalogue), 120)), s.cell),
                Paragraph(str(counts[sid]), s.cell),
            ]
        )
    w = ctx.frame_width
    story.append(_table(rows, (w - 66 * mm, 48 * mm, 18 * mm)))
    # Once for the whole portfolio (the entries list the same standards): which standards
    # stay in the regulator's English in a Welsh portfolio, and why.
    if catalogue is not None:
        used_frameworks = {std.framework_id for sid in used if (std := catalogue.standard(sid))}
        shown = [fw for fw in catalogue.frameworks if fw.id in used_frameworks]
        story += [Paragraph(escape(note), s.small) for note in english_note(shown, language)]
    if unused:
        names = [
            fw.short_name_in(language)
            for fid in data.frameworks
            if catalogue is not None and (fw := catalogue.framework(fid)) is not None
        ]
        story.append(
            Paragraph(
                escape(
                    plural(
                        CONTEXT,
                        unused,
                        "%n other standard in {frameworks} has no entries yet.",
                        "%n other standards in {frameworks} have no entries yet.",
                    ).format(frameworks=_join(names))
                ),
                s.small,
            )
        )
    return story


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return join_words(items)


def standard_ref(standard: Standard | None, catalogue: Catalogue | None) -> str:
    """Where a standard comes from, in words: "SWE standard 4.3", "PCF 6"."""
    if standard is None:
        return ""
    fw = catalogue.framework(standard.framework_id) if catalogue else None
    name = fw.short_name_in(i18n.language()) if fw else standard.framework_id.upper()
    if name.endswith(" standards"):
        name = name.removesuffix("s")
    return f"{name} {standard.local_id}"


# -- entries -------------------------------------------------------------------------------


def entry_heading(index: int, entry: Entry, many: bool) -> Heading:
    untitled = tr(CONTEXT, "(untitled)")
    draft_word = tr(CONTEXT, "DRAFT")
    draft = f" [{draft_word}]" if entry.is_draft else ""
    toc = (
        f'<font color="{MUTED_HEX}">{short_date(entry.start_date)}</font>&nbsp;&nbsp;'
        f"{escape(entry.title) or escape(untitled)}"
        + (f'&nbsp;<font color="{BAD_HEX}">{escape(draft_word)}</font>' if entry.is_draft else "")
    )
    return Heading(
        f"entry-{index}",
        1,
        f"{plain(entry.title) or untitled}{draft}",
        toc,
    )


def standard_line(sid: str, standard: Standard | None, catalogue: Catalogue | None = None) -> str:
    """A standard by name, with where it comes from ("SWE standard 4.3") after it."""
    if standard is None:
        return (
            f"{escape(shorten(sid, 120))} "
            f"<i>({escape(tr(CONTEXT, 'not in cpdlog’s list of standards'))})</i>"
        )
    ref = escape(standard_ref(standard, catalogue))
    title = escape(standard.title_in(i18n.language()))
    return f'{title}&nbsp;&nbsp;<font color="{MUTED_HEX}">{ref}</font>'


def entry_section(ctx: BuildContext, index: int, entry: Entry, heading: Heading) -> list[Flowable]:
    data, s = ctx.data, ctx.styles
    draft_word = escape(tr(CONTEXT, "DRAFT"))
    badge = (
        f'&nbsp;&nbsp;<font color="{BAD_HEX}" size="10">{draft_word}</font>'
        if entry.is_draft
        else ""
    )
    untitled = escape(tr(CONTEXT, "(untitled)"))
    story: list[Flowable] = [
        CondPageBreak(ctx.frame_height * 0.3),
        ctx.heading(heading),
        Kicker(tr(CONTEXT, "ENTRY {number}").format(number=index), s),
        Paragraph((escape(entry.title) or f"<i>{untitled}</i>") + badge, s.entry_title),
    ]
    meta: list[Flowable] = [
        detail(ctx, tr(CONTEXT, "Type"), tr(DOMAIN_CONTEXT, entry.activity_type.label)),
        detail(
            ctx,
            tr(CONTEXT, "Date") if not entry.end_date else tr(CONTEXT, "Dates"),
            date_range(entry),
        ),
        detail(ctx, tr(CONTEXT, "Hours"), hours_text(entry.hours)),
    ]
    src = entry.source
    if src.url.strip():
        meta.append(link_detail(ctx, tr(CONTEXT, "Source"), src.url))
    if src.provider.strip():
        meta.append(detail(ctx, tr(CONTEXT, "Provider"), src.provider))
    if src.author.strip():
        meta.append(detail(ctx, tr(CONTEXT, "Author"), src.author))
    if src.publication.strip():
        meta.append(detail(ctx, tr(CONTEXT, "Publication"), src.publication))
    if entry.standards:
        lines = [
            standard_line(
                sid, data.catalogue.standard(sid) if data.catalogue else None, data.catalogue
            )
            for sid in entry.standards
        ]
        meta.append(definition(ctx, tr(CONTEXT, "Standards"), "<br/>".join(lines)))
    if entry.tags:
        meta.append(detail(ctx, tr(CONTEXT, "Tags"), ", ".join(plain(t) for t in entry.tags)))
    if entry.is_draft:
        meta.append(
            definition(
                ctx,
                tr(CONTEXT, "Status"),
                f'<font color="{BAD_HEX}"><b>{draft_word}</b></font> '
                f"({escape(tr(CONTEXT, 'not yet complete'))})",
            )
        )
    story += meta
    story.append(Spacer(1, 2 * mm))
    story += reflection(ctx, entry)
    if entry.peer is not None:
        story += peer_reflection(ctx, entry)
    story += review_record(ctx, entry)
    if src.notes.strip():
        story += subheading(ctx, escape(tr(CONTEXT, "Notes on the source")))
        story += text_blocks(ctx, src.notes)
    items = ctx.evidence.get(index, [])
    if items:
        # The heading travels with the first file: an image too tall for the rest of the page
        # must not leave "Evidence" empty here and appear above the next entry on the next.
        head = subheading(ctx, escape(tr(CONTEXT, "Evidence")))
        first = evidence_item(ctx, items[0], index)
        story += [*head[:-1], KeepTogether([head[-1], *first])]
        for item in items[1:]:
            story += evidence_item(ctx, item, index)
    story.append(Spacer(1, 4 * mm))
    story.append(HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=2, spaceAfter=8))
    return story


def text_blocks(ctx: BuildContext, text: str) -> list[Flowable]:
    s = ctx.styles
    found = blocks(text)
    if not found:
        return [Paragraph(f"<i>{escape(tr(CONTEXT, 'Not answered.'))}</i>", s.muted)]
    return [
        Paragraph(b.markup, s.bullet, bulletText=b.bullet)
        if b.bullet
        else Paragraph(b.markup, s.body)
        for b in found
    ]


def template_for(ctx: BuildContext, entry: Entry) -> Template | None:
    return ctx.data.templates.get(entry.reflection.template_id)


def reflection(ctx: BuildContext, entry: Entry) -> list[Flowable]:
    """Each section under its prompt, in the template's order (unknown keys last)."""
    s = ctx.styles
    sections = entry.reflection.sections
    template = template_for(ctx, entry)
    keys = [k for k in template.keys if k in sections] if template else []
    keys += [k for k in sections if k not in keys]
    story: list[Flowable] = []
    for key in keys:
        prompt = tr(DOMAIN_CONTEXT, template.prompt_for(key)) if template else key
        story += subheading(ctx, escape(prompt))
        story += text_blocks(ctx, sections[key])
    if not keys:
        story.append(Paragraph(f"<i>{escape(tr(CONTEXT, 'No written reflection.'))}</i>", s.muted))
    return story


def peer_reflection(ctx: BuildContext, entry: Entry) -> list[Flowable]:
    s = ctx.styles
    peer = entry.peer
    assert peer is not None
    who = ", ".join(escape(x) for x in (peer.name.strip(), peer.role.strip()) if x)
    story: list[Flowable] = subheading(ctx, escape(tr(CONTEXT, "Peer reflection")))
    if who or peer.date:
        who = who or escape(tr(CONTEXT, "a peer"))
        text = (
            tr(CONTEXT, "Discussed with {who} on {date}.").format(
                who=who, date=escape(long_date(peer.date))
            )
            if peer.date
            else tr(CONTEXT, "Discussed with {who}.").format(who=who)
        )
        story.append(Paragraph(text, s.muted))
    story += text_blocks(ctx, peer.text)
    return story


def review_record(ctx: BuildContext, entry: Entry) -> list[Flowable]:
    """The supervisors' records of the peer discussion and each sign-off, saying whether the
    entry has changed since (measured now, against the content each sign-off pinned)."""
    s = ctx.styles
    if entry.id is None:
        return []
    talks = ctx.data.peer_discussions.get(entry.id, ())
    signoffs = ctx.data.signoffs.get(entry.id, ())
    if not talks and not signoffs:
        return []
    story: list[Flowable] = subheading(ctx, escape(tr(CONTEXT, "Review and sign-off")))
    for talk in talks:
        who = ", ".join(escape(x) for x in (talk.author_name, talk.author_role) if x)
        recorded = tr(CONTEXT, "Peer discussion recorded by {who} on {date}.")
        story.append(Paragraph(recorded.format(who=who, date=long_date(talk.date)), s.muted))
        story += text_blocks(ctx, talk.text)
    current = content_hash(entry)
    for signoff in signoffs:
        who = ", ".join(escape(x) for x in (signoff.reviewer_name, signoff.reviewer_role) if x)
        when = long_date(signoff.signed_at.date())
        signed = tr(CONTEXT, "Signed off by {who} on {date}.").format(who=who, date=when)
        story.append(Paragraph(f"<b>{signed}</b>", s.body))
        if signoff.statement:
            story.append(Paragraph(f"“{escape(signoff.statement)}”", s.body))
        if signoff.content_hash == current:
            state = escape(tr(CONTEXT, "The entry is unchanged since this sign-off."))
        else:
            changed = tr(CONTEXT, "Changed since it was signed off on {date}.").format(date=when)
            state = f'<font color="{BAD_HEX}"><b>{changed}</b></font>'
        fp = signoff.reviewer_fingerprint
        key = (
            " "
            + escape(tr(CONTEXT, "Reviewer's key: {fingerprint}.")).format(
                fingerprint=" ".join(fp[i : i + 4] for i in range(0, len(fp), 4))
            )
            if fp
            else ""
        )
        story.append(Paragraph(state + key, s.muted))
    return story


def evidence_item(
    ctx: BuildContext, item: PreparedEvidence, entry_index: int | None = None
) -> list[Flowable]:
    s = ctx.styles
    ev = item.evidence
    name = escape(ev.filename) or f"<i>{escape(tr(CONTEXT, '(no name)'))}</i>"
    owner = (
        escape(tr(CONTEXT, "Evidence for entry {number}:").format(number=entry_index)) + " "
        if entry_index is not None
        else ""
    )
    checksum = f'<font size="7" color="{MUTED_HEX}">SHA-256 {escape(ev.sha256)}</font>'
    if item.kind is EvidenceKind.IMAGE:
        w_px, h_px = item.image_size
        natural_w, natural_h = w_px * 0.75, h_px * 0.75  # 96 dpi
        scale = min(1.0, ctx.frame_width / natural_w, (ctx.frame_height * 0.5) / natural_h)
        picture = Image(io.BytesIO(item.image_data), natural_w * scale, natural_h * scale)
        picture.hAlign = "CENTER"
        return [
            KeepTogether(
                [
                    picture,
                    Paragraph(f"{owner}{name}<br/>{checksum}", s.caption),
                ]
            )
        ]
    if item.kind is EvidenceKind.PDF:
        pages = plural(CONTEXT, item.pdf_pages, "%n page", "%n pages")
        return [
            Paragraph(
                tr(
                    CONTEXT,
                    "<b>{name}</b> (PDF, {pages}) is appended after the portfolio as "
                    "<b>Evidence {label}</b>, starting on page",
                ).format(name=name, pages=escape(pages), label=escape(item.label))
                + inline_page_ref(f"appendix-{item.label}", s.pointer.fontSize),
                s.pointer,
            ),
            Paragraph(checksum, s.small),
        ]
    if item.kind is EvidenceKind.LISTED:
        kind = escape(ev.media_type) or escape(tr(CONTEXT, "file"))
        return [
            Paragraph(
                tr(
                    CONTEXT,
                    "<b>{name}</b> ({kind}, {size}): kept with this entry; this type of file "
                    "cannot be shown in a PDF.",
                ).format(name=name, kind=kind, size=human_size(ev.size)),
                s.cell,
            ),
            Paragraph(checksum, s.small),
        ]
    return [
        Paragraph(
            tr(CONTEXT, "<b>{name}</b> could not be included: {reason}.").format(
                name=name, reason=escape(item.note)
            )
            + f"<br/>{checksum}",
            s.warning,
        )
    ]


def appendix_index(ctx: BuildContext, titles: dict[str, str]) -> list[Flowable]:
    """The list of appended PDFs with the page each starts on."""
    s = ctx.styles
    if not ctx.bundle.items:
        return []
    rows: list[list[object]] = [
        [
            Paragraph(escape(h), s.label)
            for h in (
                tr(CONTEXT, "Evidence"),
                tr(CONTEXT, "File"),
                tr(CONTEXT, "For entry"),
                tr(CONTEXT, "Pages"),
                tr(CONTEXT, "Starts on"),
            )
        ]
    ]
    for item, _ in ctx.bundle.items:
        rows.append(
            [
                Paragraph(f"<b>{item.label}</b>", s.cell),
                Paragraph(escape(shorten(item.filename, 200)), s.cell),
                Paragraph(escape(shorten(titles.get(item.label, ""), 200)), s.cell),
                Paragraph(str(item.pdf_pages), s.cell),
                Paragraph(
                    escape(tr(CONTEXT, "page"))
                    + inline_page_ref(f"appendix-{item.label}", s.cell.fontSize),
                    s.cell,
                ),
            ]
        )
    w = ctx.frame_width
    return [
        PageBreak(),
        ctx.heading(
            Heading(
                "appendix",
                0,
                tr(CONTEXT, "Appended evidence (index)"),
                escape(tr(CONTEXT, "Appended evidence")),
            )
        ),
        Paragraph(escape(tr(CONTEXT, "Appended evidence")), s.h1),
        Paragraph(
            escape(
                tr(
                    CONTEXT,
                    "These PDF files were attached to entries as evidence. They follow this page "
                    "unchanged, in this order.",
                )
            ),
            s.body,
        ),
        _table(rows, (20 * mm, w - 112 * mm, 50 * mm, 14 * mm, 28 * mm)),
    ]
