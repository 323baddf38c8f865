"""Render a practitioner's portfolio: evidence first, then layout, then appended PDFs.

``render_portfolio`` takes domain objects only (no database, no Qt) and writes the file
atomically: a cancelled or failed export never leaves half a PDF behind.
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph

from cpdlog import safefile
from cpdlog.domain.entry import Entry
from cpdlog.errors import ExportError
from cpdlog.export.pdf import hcpc, snapshots
from cpdlog.export.pdf.document import (
    DocumentInfo,
    ExportCancelledError,
    Heading,
    PortfolioDocTemplate,
)
from cpdlog.export.pdf.evidence import EvidenceKind, append_bundle, bundle_pdfs, prepare
from cpdlog.export.pdf.markup import escape, plain
from cpdlog.export.pdf.model import (
    Layout,
    PortfolioData,
    PortfolioOptions,
    ProgressCallback,
    RenderResult,
)
from cpdlog.export.pdf.sections import (
    BuildContext,
    appendix_index,
    contents_page,
    cover,
    date_span,
    entry_heading,
    entry_section,
    summary,
)
from cpdlog.export.pdf.styles import get_styles
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

log = logging.getLogger(__name__)
CONTEXT = "cpdlog.pdf"


def render_portfolio(
    data: PortfolioData,
    options: PortfolioOptions,
    output: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> RenderResult:
    """Write the portfolio PDF to ``output`` and report what could not be included.

    ``progress(done, total)`` is called from this thread as work advances; setting
    ``cancel`` stops the export with :class:`ExportCancelledError` and writes nothing.
    """
    warnings: list[str] = []
    entries = list(data.entries)
    total_steps = 2 * len(entries) + 1
    done = 0

    def step(amount: int = 1) -> None:
        nonlocal done
        done = min(total_steps - 1, done + amount)
        if progress is not None:
            progress(done, total_steps)

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise ExportCancelledError()

    styles = get_styles()
    info = _document_info(data, options)
    buffer = io.BytesIO()
    # The doc template is made first: the layouts need its frame size to scale images.
    ctx = BuildContext(
        data=data, styles=styles, frame_width=0.0, frame_height=0.0, warn=warnings.append
    )

    # 1. Evidence: read and check every file before layout.
    for index, entry in enumerate(entries, start=1):
        check_cancel()
        if entry.evidence:
            locate = data.evidence_file
            ctx.evidence[index] = [
                prepare(
                    ev,
                    locate(ev) if locate is not None else None,
                    entry_title=entry.title,
                    warn=warnings.append,
                )
                for ev in entry.evidence
            ]
        step()
    pdf_items = [
        item for items in ctx.evidence.values() for item in items if item.kind is EvidenceKind.PDF
    ]
    ctx.bundle = bundle_pdfs(pdf_items, warnings.append)
    check_cancel()

    def on_heading(heading: Heading) -> None:
        if heading.key.startswith("entry-"):
            step()

    doc = PortfolioDocTemplate(
        buffer,
        pagesize=options.page_size.points,
        info=info,
        styles=styles,
        on_heading=on_heading,
        cancel=cancel,
        extra_pages=ctx.bundle.pages,
        after_end={f"appendix-{item.label}": offset + 1 for item, offset in ctx.bundle.items},
    )
    ctx.frame_width, ctx.frame_height = doc.frame_width, doc.frame_height

    # 2. The story.
    snaps = (
        snapshots.collect(entries, data.evidence_file, warnings.append)
        if options.include_snapshots
        else []
    )
    story = _story(ctx, options, entries, warnings.append, snaps)
    check_cancel()

    # 3. Layout (normally one pass; see document.py) and the appended evidence.
    try:
        passes = doc.render(story)
    except ExportCancelledError:
        raise
    except Exception as exc:
        log.exception("The portfolio PDF could not be laid out")
        raise ExportError(
            tr(ERRORS, "The PDF could not be laid out: {exc}").format(exc=plain(str(exc))[:300])
        ) from exc
    pdf = buffer.getvalue()
    portfolio_pages = doc.state.portfolio_pages
    if ctx.bundle.items:
        check_cancel()
        pdf = append_bundle(pdf, ctx.bundle, index_page=doc.state.page_of.get("appendix", 1))
    check_cancel()
    _write_atomically(output, pdf)
    if progress is not None:
        progress(total_steps, total_steps)
    return RenderResult(
        path=output,
        pages=portfolio_pages + ctx.bundle.pages,
        entries=len(entries),
        warnings=warnings,
        passes=passes,
        appended_files=len(ctx.bundle.items),
    )


def _document_info(data: PortfolioData, options: PortfolioOptions) -> DocumentInfo:
    name = plain(data.owner.name) or tr(CONTEXT, "Practitioner")
    kind = (
        tr(CONTEXT, "CPD audit profile")
        if options.layout is Layout.HCPC
        else tr(CONTEXT, "CPD portfolio")
    )
    period = (
        date_span(data.period.start, data.period.end) if data.period else tr(CONTEXT, "all dates")
    )
    return DocumentInfo(
        title=f"{kind}: {name}",
        author=name,
        subject=tr(CONTEXT, "Continuing professional development record, {period}").format(
            period=period
        ),
        keywords=", ".join(
            k
            for k in (tr(CONTEXT, "CPD"), tr(CONTEXT, "social work"), plain(data.owner.regulator))
            if k
        ),
        header_left=f"{name} · {kind}",
        header_right=period,
        created=data.generated_at,
    )


def _story(
    ctx: BuildContext,
    options: PortfolioOptions,
    entries: list[Entry],
    warn: Callable[[str], None],
    snaps: Sequence[snapshots.SnapshotText] = (),
) -> list[Flowable]:
    many = len(entries) > 30
    headings = [entry_heading(i, e, many) for i, e in enumerate(entries, start=1)]
    if options.layout is Layout.HCPC:
        front = cover(
            ctx,
            tr(CONTEXT, "CPD profile"),
            tr(CONTEXT, "Continuing professional development audit profile (HCPC style)"),
        )
        body = hcpc.audit_parts(ctx, options, entries, warn)
        entries_title = tr(CONTEXT, "Part 4: Supporting evidence")
    else:
        front = cover(
            ctx,
            tr(CONTEXT, "CPD portfolio"),
            tr(CONTEXT, "Continuing professional development record"),
        )
        body = summary(ctx)
        entries_title = tr(CONTEXT, "Entries")
    body += _entries_heading(ctx, entries_title, closed=many)
    if not entries:
        body.append(_no_entries(ctx))
    for (index, entry), heading in zip(enumerate(entries, start=1), headings, strict=True):
        body += entry_section(ctx, index, entry, heading)
    titles = {
        item.label: entries[index - 1].title
        for index, items in ctx.evidence.items()
        for item in items
        if item.label
    }
    body += snapshots.snapshot_appendix(ctx, snaps)
    body += appendix_index(ctx, titles)
    # The contents list every heading made so far, bar the cover and the contents page.
    toc = contents_page(ctx, list(ctx.headings))
    return front + toc + body


def _entries_heading(ctx: BuildContext, title: str, closed: bool) -> list[Flowable]:
    return [
        PageBreak(),
        ctx.heading(Heading("entries", 0, title, escape(title), closed=closed)),
        Paragraph(escape(title), ctx.styles.h1),
    ]


def _no_entries(ctx: BuildContext) -> Flowable:
    return Paragraph(
        escape(
            tr(
                CONTEXT,
                "There are no entries to show: no CPD is recorded for this period (or none was "
                "chosen).",
            )
        ),
        ctx.styles.note,
    )


def _write_atomically(output: Path, data: bytes) -> None:
    output = output.expanduser()
    # Never create folders the user did not choose (e.g. a missing ~/Documents), nor write
    # through a link or over a device, a named pipe or a folder.
    safefile.require_output(output)  # no device, pipe, folder or link
    try:
        safefile.write_atomically(output, data, create_folder=False, private=True)
    except OSError as exc:
        raise ExportError(
            tr(ERRORS, "The portfolio could not be saved to {output}: {reason}.").format(
                output=output, reason=exc.strerror or exc
            )
        ) from None
