"""The PDF portfolio use case: choose the entries, gather what the PDF shows, render it.

Reading happens in the entry/profile services' own short sessions; rendering (seconds for a
large portfolio) runs afterwards with no database session open, so the desktop app can run
:meth:`PortfolioService.export` on a worker thread, show ``progress`` and offer ``cancel``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog.domain.entry import Entry, Evidence, check_date
from cpdlog.domain.progress import ProgressReport, compute_progress
from cpdlog.domain.requirements import Period
from cpdlog.domain.review import CommentKind
from cpdlog.errors import CpdlogError, NotFoundError, ValidationError
from cpdlog.export.pdf.model import (
    Layout,
    PageSize,
    PortfolioData,
    PortfolioOptions,
    PortfolioOwner,
    ProgressCallback,
    RenderResult,
)
from cpdlog.i18n import plural, tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
CONTEXT = "cpdlog.pdf"  # the portfolio's notes and warnings, as the renderer's own
DOMAIN_CONTEXT = "cpdlog"  # wording from the data files: the regulator's name

if TYPE_CHECKING:
    from cpdlog.services.app import App


@dataclass(frozen=True, slots=True)
class PortfolioRequest:
    """What the practitioner asked for (all optional but the output file).

    ``date_from``/``date_to`` default to the current registration period of their regulator.
    ``entry_ids`` chooses entries (in any period) instead of "every entry in the period".
    Drafts are left out unless ``include_drafts``; then they are marked DRAFT.
    """

    output: Path
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    entry_ids: tuple[int, ...] = ()
    include_drafts: bool = False
    page_size: PageSize = PageSize.A4
    layout: Layout = Layout.STANDARD
    include_snapshots: bool = False
    practice_summary: str = ""  # HCPC layout, part 1
    statement_entry_ids: tuple[int, ...] = ()  # HCPC layout, part 3


@dataclass(frozen=True, slots=True)
class PreparedPortfolio:
    """Everything needed to render, loaded and detached from the database."""

    data: PortfolioData
    options: PortfolioOptions
    warnings: tuple[str, ...]


class PortfolioService:
    def __init__(self, app: App) -> None:
        self.app = app

    def default_period(self) -> Period:
        """The practitioner's current registration period."""
        profile = self.app.profile.requirement_profile()
        return self.app.progress.period(profile)

    def prepare(
        self,
        request: PortfolioRequest,
        evidence_file: Callable[[str], Path | None] | None = None,
    ) -> PreparedPortfolio:
        """Load the entries and reference data for ``request`` (database work only).

        ``evidence_file`` gives a readable file for an evidence id (by default the store's own
        file; :meth:`export` passes decrypted copies when the journal is encrypted)."""
        app = self.app
        warnings: list[str] = []
        practitioner = app.profile.get()
        profile = app.profile.requirement_profile()
        default = app.progress.period(profile)
        start = check_date(request.date_from or default.start, tr(ERRORS, "start date"))
        end = check_date(
            request.date_to or default.end, tr(ERRORS, "end date")
        )  # charts need year < 9999
        if start > end:
            raise ValidationError(
                tr(ERRORS, "The period starts ({start}) after it ends ({end}).").format(
                    start=start.isoformat(), end=end.isoformat()
                ),
                field="period",
            )
        period = Period(start, end)
        everything = app.entries.list_entries()  # live entries, for progress and reuse checks
        by_id = {e.id: e for e in everything}
        selection_note = ""
        if request.entry_ids:
            chosen: list[Entry] = []
            for entry_id in dict.fromkeys(request.entry_ids):
                entry = by_id.get(entry_id)
                if entry is None:
                    raise NotFoundError(
                        tr(ERRORS, "There is no entry {entry_id}.").format(entry_id=entry_id)
                    )
                if entry.is_draft and not request.include_drafts:
                    warnings.append(
                        tr(
                            CONTEXT,
                            "Entry {entry_id} is a draft and was left out "
                            "(include drafts to add it).",
                        ).format(entry_id=entry_id)
                    )
                    continue
                chosen.append(entry)
            selected = chosen
            if not (request.date_from or request.date_to):
                dates = [e.start_date for e in selected]
                if dates and not all(d in period for d in dates):
                    period = Period(min(dates), max(e.last_date for e in selected))
            selection_note = plural(
                CONTEXT,
                len(selected),
                "Chosen entries only: %n entry selected by the practitioner.",
                "Chosen entries only: %n entries selected by the practitioner.",
            )
        else:
            selected = [
                e
                for e in everything
                if e.start_date in period and (request.include_drafts or not e.is_draft)
            ]
        selected.sort(key=lambda e: (e.start_date, e.id or 0))
        if not practitioner.name.strip():
            warnings.append(
                tr(CONTEXT, "Your name is not set; add it with `cpdlog profile set --name ...`.")
            )
        templates = app.entries.templates()
        progress = compute_progress(
            profile,
            period,
            everything,
            templates,
            app.clock(),
            registration=app.progress.registration(profile.id),
        )
        other_progress: list[ProgressReport] = []
        for reg in app.profile.registrations():
            if reg.regulator_id == profile.id:
                continue
            try:
                other_progress.append(app.progress.report(reg.regulator_id, entries=everything))
            except CpdlogError as exc:  # e.g. no registration date yet: say so, keep going
                warnings.append(
                    tr(CONTEXT, "Progress for {regulator} is not shown: {problem}").format(
                        regulator=reg.regulator_id, problem=exc
                    )
                )
        find = evidence_file or app.evidence_store.stored_path

        def locate(evidence: Evidence) -> Path | None:
            return find(evidence.sha256)  # None: missing or not safe to read

        ids = [e.id for e in selected if e.id is not None]
        signoffs = app.review.all_signoffs(ids)
        talks = {
            entry_id: [c for c in comments if c.kind is CommentKind.PEER_DISCUSSION]
            for entry_id, comments in app.review.all_comments(ids).items()
        }
        data = PortfolioData(
            owner=PortfolioOwner(
                name=practitioner.name,
                registration_number=practitioner.registration_number,
                regulator=tr(DOMAIN_CONTEXT, profile.name),  # as the cover shows it
            ),
            entries=selected,
            generated_at=app.clock().astimezone(),
            period=period,
            catalogue=app.entries.catalogue(),
            templates=templates,
            progress=progress,
            other_progress=tuple(other_progress),
            evidence_file=locate,
            selection_note=selection_note,
            frameworks=profile.frameworks,
            signoffs=signoffs,
            peer_discussions=talks,
        )
        options = PortfolioOptions(
            page_size=request.page_size,
            layout=request.layout,
            practice_summary=request.practice_summary,
            statement_entry_ids=request.statement_entry_ids,
            include_snapshots=request.include_snapshots,
        )
        return PreparedPortfolio(data, options, tuple(warnings))

    def export(
        self,
        request: PortfolioRequest,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> RenderResult:
        """Prepare and render; safe to call from a worker thread.

        ``progress(done, total)`` is called from the calling thread. Setting ``cancel`` stops
        the export with :class:`~cpdlog.export.pdf.ExportCancelledError` and writes nothing.
        Warnings (missing or unreadable evidence, HCPC word limits...) are in the result.
        """
        from cpdlog.export.pdf.portfolio import render_portfolio

        scratch = self.app.paths.home / "tmp"
        with self.app.evidence_store.readable_copies(scratch) as evidence_file:
            prepared = self.prepare(request, evidence_file)
            result = render_portfolio(
                prepared.data, prepared.options, request.output, progress=progress, cancel=cancel
            )
        result.warnings[:0] = prepared.warnings
        return result
