"""The optional appendix: each entry's readable snapshot of the page it came from.

A snapshot is the ``snapshot-….txt`` evidence file that capture stores (see
``cpdlog.capture.snapshot``; the prefix is repeated here so export does not depend on
capture). Its text is the page's words as captured, so it is shown strictly as text: every
line goes through :func:`markup.escape`, which turns ``<font>``, ``<para>`` or
``<img src=…>`` into visible characters that ReportLab never interprets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, PageBreak, Paragraph

from cpdlog.domain.entry import Entry
from cpdlog.export.pdf.document import Heading
from cpdlog.export.pdf.markup import escape
from cpdlog.export.pdf.model import EvidenceLocator
from cpdlog.i18n import tr

SNAPSHOT_PREFIX = "snapshot-"
# The text kept per snapshot in the PDF (the evidence file itself keeps everything).
MAX_SNAPSHOT_CHARS = 200_000

CONTEXT = "cpdlog.pdf"


@dataclass(frozen=True, slots=True)
class SnapshotText:
    index: int
    entry_title: str
    text: str
    shortened: bool


def is_snapshot_text(filename: str, media_type: str) -> bool:
    return filename.startswith(SNAPSHOT_PREFIX) and media_type == "text/plain"


def collect(
    entries: Sequence[Entry], locate: EvidenceLocator | None, warn: Callable[[str], None]
) -> list[SnapshotText]:
    """The snapshot texts of ``entries`` (numbered as in the portfolio), read bounded."""
    found: list[SnapshotText] = []
    for index, entry in enumerate(entries, start=1):
        for ev in entry.evidence:
            if not is_snapshot_text(ev.filename, ev.media_type):
                continue
            path = locate(ev) if locate is not None else None
            if path is None:
                warn(
                    tr(
                        CONTEXT, "The snapshot for entry {number} is missing from the data folder."
                    ).format(number=index)
                )
                continue
            try:
                with path.open("rb") as fh:
                    raw = fh.read(MAX_SNAPSHOT_CHARS * 4 + 1)
            except OSError:
                warn(
                    tr(CONTEXT, "The snapshot for entry {number} could not be read.").format(
                        number=index
                    )
                )
                continue
            text = raw.decode("utf-8", errors="replace")
            shortened = len(text) > MAX_SNAPSHOT_CHARS
            found.append(SnapshotText(index, entry.title, text[:MAX_SNAPSHOT_CHARS], shortened))
    return found


def snapshot_appendix(ctx: object, snapshots: Sequence[SnapshotText]) -> list[Flowable]:
    """Flowables for the appendix; nothing when there are no snapshots."""
    if not snapshots:
        return []
    s = ctx.styles  # type: ignore[attr-defined]
    title = tr(CONTEXT, "Snapshots of captured pages")
    out: list[Flowable] = [
        PageBreak(),
        ctx.heading(Heading("snapshots", 0, title, escape(title))),  # type: ignore[attr-defined]
        Paragraph(escape(title), s.h1),
        Paragraph(
            escape(
                tr(
                    CONTEXT,
                    "The readable text of each page as it was when it was captured, with its "
                    "address and the time it was retrieved.",
                )
            ),
            s.body,
        ),
    ]
    for snap in snapshots:
        out.append(
            Paragraph(
                escape(
                    tr(CONTEXT, "Entry {number}: {title}").format(
                        number=snap.index, title=snap.entry_title
                    )
                ),
                s.h3,
            )
        )
        for block in snap.text.split("\n\n"):
            lines = [line for line in block.split("\n") if line.strip()]
            if lines:
                out.append(Paragraph("<br/>".join(escape(line) for line in lines), s.body))
        if snap.shortened:
            out.append(
                Paragraph(
                    escape(tr(CONTEXT, "The rest of this snapshot is in its evidence file.")),
                    s.note,
                )
            )
    return out
