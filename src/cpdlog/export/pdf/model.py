"""What the portfolio renderer takes and gives back: domain objects in, a file out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER

from cpdlog.domain.entry import Entry, Evidence
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.progress import ProgressReport
from cpdlog.domain.requirements import Period
from cpdlog.domain.review import ReviewComment, Signoff
from cpdlog.domain.templates import Template

ProgressCallback = Callable[[int, int], None]
EvidenceLocator = Callable[[Evidence], Path | None]

PRACTICE_SUMMARY_LIMIT = 500
PERSONAL_STATEMENT_LIMIT = 1500


class PageSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def points(self) -> tuple[float, float]:
        return (
            (float(A4[0]), float(A4[1]))
            if self is PageSize.A4
            else (
                float(LETTER[0]),
                float(LETTER[1]),
            )
        )


class Layout(StrEnum):
    STANDARD = "standard"  # cover, summary, contents, one section per entry
    HCPC = "hcpc"  # HCPC-style CPD audit profile


@dataclass(frozen=True, slots=True)
class PortfolioOwner:
    """Whose portfolio it is, as the cover shows it (not the stored practitioner record)."""

    name: str
    registration_number: str = ""
    regulator: str = ""


@dataclass(frozen=True, slots=True)
class PortfolioOptions:
    page_size: PageSize = PageSize.A4
    layout: Layout = Layout.STANDARD
    # HCPC audit layout: part 1 (summary of practice history, up to 500 words) and the ids
    # of the entries the personal statement (part 3, up to 1,500 words) is built from.
    practice_summary: str = ""
    statement_entry_ids: tuple[int, ...] = ()
    # Append each entry's readable snapshot (captured pages) after the entries.
    include_snapshots: bool = False


@dataclass(frozen=True, slots=True)
class PortfolioData:
    """Everything the portfolio shows; built by ``PortfolioService`` or by a test."""

    owner: PortfolioOwner  # whose portfolio it is (the cover and the PDF's metadata)
    entries: Sequence[Entry]
    generated_at: dt.datetime
    period: Period | None = None
    catalogue: Catalogue | None = None
    templates: Mapping[str, Template] = field(default_factory=dict)
    progress: ProgressReport | None = None
    # The practitioner's other registrations (e.g. a US licence beside Social Work England),
    # each measured over its own current period; shown after ``progress``.
    other_progress: tuple[ProgressReport, ...] = ()
    evidence_file: EvidenceLocator | None = None
    # Shown on the cover when the portfolio is not the whole period (chosen entries).
    selection_note: str = ""
    # Framework ids whose standards the coverage table lists even when no entry maps to them.
    frameworks: tuple[str, ...] = ()
    # By entry id: supervisors' sign-offs and their records of the peer-reflection discussion.
    signoffs: Mapping[int, Sequence[Signoff]] = field(default_factory=dict)
    peer_discussions: Mapping[int, Sequence[ReviewComment]] = field(default_factory=dict)


@dataclass(slots=True)
class RenderResult:
    path: Path
    pages: int
    entries: int
    warnings: list[str]
    passes: int
    appended_files: int = 0
