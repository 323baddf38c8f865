"""The portfolio's document machinery: page templates, running header and footer with
"Page X of Y", bookmarks and outline, a table of contents, and deferred page references.

How "Page X of Y" and the contents' page numbers are resolved
--------------------------------------------------------------
ReportLab lays a document out once per pass. The classic recipe for a table of contents
(``TableOfContents`` with ``multiBuild``) needs two or three passes: the first learns the
headings' pages, the next ones lay the contents out again until nothing moves. Here:

* The contents are *seeded* with every heading before the build (we know every title), so
  the contents take their final size on the first pass and nothing after them moves.
* Page numbers are not typeset during layout. The footer is drawn by :class:`PortfolioCanvas`
  (the "NumberedCanvas" pattern from the ReportLab user guide): it keeps each finished page
  and draws the headers and footers when the total is known, at ``save()``. The contents'
  page numbers (and pointers to appended evidence) are PDF form XObjects that are referenced
  during layout and defined at ``save()``, when every heading's page is known.
* :class:`Contents` is still an indexing flowable, so ``multiBuild`` checks that the headings
  laid out are the headings seeded, and lays out again if they ever differ.

So one pass normally suffices, which keeps the export close to the cost of plain layout.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import IndexingFlowable

from cpdlog import i18n
from cpdlog.errors import ExportError
from cpdlog.export.pdf.markup import plain
from cpdlog.export.pdf.styles import ACCENT, MUTED, RULE, Styles
from cpdlog.i18n import tr

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
TOC_NUMBER_WIDTH = 34.0
CONTEXT = "cpdlog.pdf"
TOC_KIND = "cpdlog-heading"


class ExportCancelledError(ExportError):
    """The practitioner cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(tr(CONTEXT, "The export was cancelled."))


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What goes into the PDF's metadata and running header."""

    title: str
    author: str
    subject: str
    keywords: str = ""
    header_left: str = ""
    header_right: str = ""
    created: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading that gets a bookmark, an outline entry and (optionally) a contents line."""

    key: str
    level: int
    outline_title: str
    toc_markup: str
    in_contents: bool = True
    closed: bool = False


@dataclass(slots=True)
class LayoutState:
    """Shared between the document template and its canvas for one build pass."""

    page_of: dict[str, int] = field(default_factory=dict)
    extra_pages: int = 0
    # Page refs that are not headings (e.g. appended evidence) are resolved from the
    # portfolio's page count when it is known: key -> pages after the portfolio's last page.
    after_end: dict[str, int] = field(default_factory=dict)
    portfolio_pages: int = 0


class PortfolioCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds pages back until ``save()`` (ReportLab's NumberedCanvas pattern).

    Then it knows the page count, so it draws "Page X of Y" and defines the page-number
    forms used by the contents and by pointers to appended evidence.
    """

    def __init__(
        self,
        *args: Any,
        info: DocumentInfo,
        styles: Styles,
        state: LayoutState,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._info = info
        self._styles = styles
        self._state = state
        self._pages: list[dict[str, Any]] = []
        self._refs: dict[str, tuple[str, str, float, str]] = {}
        self.page_kind = "body"
        self.setNamedCB("cpdlog_toc", _draw_toc_leader)
        self.setNamedCB("cpdlog_ref", _draw_inline_ref)

    # -- page references -------------------------------------------------------------
    def page_ref(self, key: str, align: str, font: str, size: float) -> str:
        """Name of a form XObject that will show ``key``'s page number."""
        name = f"pr_{align}_{size:g}_{_safe(key)}".replace(".", "_")
        self._refs.setdefault(name, (key, align, size, font))
        return name

    def _resolve(self, key: str, portfolio_pages: int) -> str:
        if key in self._state.page_of:
            return str(self._state.page_of[key])
        if key in self._state.after_end:
            return str(portfolio_pages + self._state.after_end[key])
        return "–"

    # -- the NumberedCanvas pattern ----------------------------------------------------
    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.page_kind = "body"

    def save(self) -> None:
        portfolio_pages = len(self._pages)
        self._state.portfolio_pages = portfolio_pages
        total = portfolio_pages + self._state.extra_pages
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            self._decorate(number, total)
            super().showPage()
        for name, (key, align, size, font) in self._refs.items():
            # The bounding box must include negative x: right-aligned numbers end at 0.
            self.beginForm(name, lowerx=-200, lowery=-20, upperx=200, uppery=40)
            self.setFont(font, size)
            self.setFillColor(self._styles.body.textColor)
            text = self._resolve(key, portfolio_pages)
            if align == "R":
                self.drawRightString(0, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        width, height = self._pagesize
        fonts = self._styles.fonts
        self.saveState()
        if self.page_kind != "cover":
            self.setFont(fonts.regular, 8)
            self.setFillColor(MUTED)
            top = height - MARGIN_TOP + 8 * mm
            self.drawString(MARGIN_X, top, _fit(self._info.header_left, fonts.regular, 8, 95 * mm))
            self.drawRightString(
                width - MARGIN_X, top, _fit(self._info.header_right, fonts.regular, 8, 70 * mm)
            )
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 3, width - MARGIN_X, top - 3)
        bottom = MARGIN_BOTTOM - 10 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, bottom + 10, width - MARGIN_X, bottom + 10)
        self.setFont(fonts.regular, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, bottom, _fit(self._info.author, fonts.regular, 8, 110 * mm))
        self.setFillColor(ACCENT)
        self.drawRightString(
            width - MARGIN_X,
            bottom,
            tr(CONTEXT, "Page {number} of {total}").format(number=number, total=total),
        )
        self.restoreState()


def _safe(key: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in key)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = plain(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_toc_leader(canvas: PortfolioCanvas, kind: str, label: str | None) -> None:
    """Dot leader from the end of a contents line to its page number (drawn later)."""
    info = canvas._curr_tx_info
    key, width_text, size_text = (label or "").rsplit("|", 2)
    width, size = float(width_text), float(size_text)
    x, y = float(info["cur_x"]), float(info["cur_y"])
    font = canvas._styles.fonts.regular
    start, end = x + 6, width - TOC_NUMBER_WIDTH + 4
    canvas.saveState()
    if end - start > 8:
        # A dotted rule: one path per line, far cheaper than drawing dot characters.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.9)
        canvas.setLineCap(1)
        canvas.setDash(0.01, 3.6)
        canvas.line(start, y + 0.5, end, y + 0.5)
    canvas.translate(width, y)
    canvas.doForm(canvas.page_ref(key, "R", font, size))
    canvas.restoreState()


def _draw_inline_ref(canvas: PortfolioCanvas, kind: str, label: str | None) -> None:
    """A page number drawn where the paragraph's text ends (the paragraph leaves room)."""
    info = canvas._curr_tx_info
    key, size_text = (label or "").rsplit("|", 1)
    size = float(size_text)
    canvas.saveState()
    canvas.translate(float(info["cur_x"]), float(info["cur_y"]))
    canvas.doForm(canvas.page_ref(key, "L", canvas._styles.fonts.regular, size))
    canvas.restoreState()


def inline_page_ref(key: str, size: float) -> str:
    """Markup for a page number at the end of a paragraph (use a style with rightIndent)."""
    return f'&nbsp;<onDraw name="cpdlog_ref" label="{_safe(key)}|{size:g}"/>'


class Anchor(Flowable):  # type: ignore[misc]
    """Zero-size marker before a heading: bookmark, outline entry and page number."""

    def __init__(self, heading: Heading) -> None:
        super().__init__()
        self.heading = heading
        self.keepWithNext = 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        h = self.heading
        key = _safe(h.key)
        canvas.bookmarkHorizontal(key, 0, 0)
        canvas.addOutlineEntry(
            plain(h.outline_title) or tr(CONTEXT, "(untitled)"), key, h.level, closed=h.closed
        )
        doc = getattr(canvas, "_doctemplate", None)
        if doc is not None:
            doc.heading_drawn(h, canvas.getPageNumber())


class Contents(IndexingFlowable):  # type: ignore[misc]
    """The table of contents, seeded with every heading so that it never changes size.

    Indexing contract (for ``multiBuild``): satisfied when the headings laid out in a pass
    are the ones the contents showed.
    """

    def __init__(self, headings: Sequence[Heading], styles: Styles) -> None:
        super().__init__()
        self._styles = styles
        self._shown: list[tuple[str, int, str]] = [
            (h.key, h.level, h.toc_markup) for h in headings if h.in_contents
        ]
        self._seen: list[tuple[str, int, str]] = []
        self._lines: list[Flowable] = []
        self._width = 0.0

    # IndexingFlowable protocol
    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        self._seen = []
        self._lines = []

    def afterBuild(self) -> None:
        pass

    def isSatisfied(self) -> bool:
        if self._seen == self._shown:
            return True
        self._shown = list(self._seen)
        return False

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == TOC_KIND:
            heading: Heading = stuff
            if heading.in_contents:
                self._seen.append((heading.key, heading.level, heading.toc_markup))

    # Flowable protocol
    def _build_lines(self, width: float) -> list[Flowable]:
        if self._lines and self._width == width:
            return self._lines
        lines: list[Flowable] = []
        for key, level, markup in self._shown:
            style = self._styles.toc[min(level, len(self._styles.toc) - 1)]
            label = f"{_safe(key)}|{width:.2f}|{style.fontSize:g}"
            para = Paragraph(
                f'<a href="#{_safe(key)}">{markup}</a><onDraw name="cpdlog_toc" label="{label}"/>',
                _toc_style(style, TOC_NUMBER_WIDTH + 12),
            )
            lines.append(para)
        self._lines, self._width = lines, width
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._build_lines(available_width)
        height = 0.0
        for line in lines:
            _, h = line.wrap(available_width, available_height)
            height += h + line.getSpaceBefore() + line.getSpaceAfter()
        self.width, self.height = available_width, height
        return available_width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return list(self._build_lines(available_width))

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for line in self._lines:
            top -= line.getSpaceBefore()
            _, h = line.wrap(self._width, self.height)
            top -= h
            line.drawOn(canvas, x, top)
            top -= line.getSpaceAfter()


_toc_style_cache: dict[tuple[str, float], Any] = {}


def _toc_style(style: Any, right: float) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    key = (style.name, right)
    if key not in _toc_style_cache:
        _toc_style_cache[key] = ParagraphStyle(f"{style.name}-r", parent=style, rightIndent=right)
    return _toc_style_cache[key]


class PortfolioDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Page templates ("cover", "body"), metadata, and progress/cancel hooks."""

    def __init__(
        self,
        target: Any,
        *,
        pagesize: tuple[float, float],
        info: DocumentInfo,
        styles: Styles,
        on_heading: Callable[[Heading], None] | None = None,
        cancel: threading.Event | None = None,
        extra_pages: int = 0,
        after_end: dict[str, int] | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=plain(info.title),
            author=plain(info.author),
            subject=plain(info.subject),
            keywords=plain(info.keywords),
            creator="cpdlog",
            lang="cy-GB" if i18n.language() == i18n.WELSH else "en-GB",
            pageCompression=1,
            initialFontName=styles.fonts.regular,
        )
        self._info = info
        self._styles = styles
        self._on_heading = on_heading
        self._cancel = cancel
        self._extra_pages = extra_pages
        self._after_end = dict(after_end or {})
        self.state = LayoutState()
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=_mark_cover),
                PageTemplate(id="body", frames=[frame]),
            ]
        )

    @property
    def frame_width(self) -> float:
        return float(self.width)

    @property
    def frame_height(self) -> float:
        return float(self.height)

    def make_canvas(self, *args: Any, **kwargs: Any) -> PortfolioCanvas:
        return PortfolioCanvas(
            *args, info=self._info, styles=self._styles, state=self.state, **kwargs
        )

    def handle_documentBegin(self) -> None:
        self.state = LayoutState(
            extra_pages=self._extra_pages,
            after_end={_safe(k): v for k, v in self._after_end.items()},
        )
        self.canv._state = self.state
        super().handle_documentBegin()

    def heading_drawn(self, heading: Heading, page: int) -> None:
        self.state.page_of[_safe(heading.key)] = page
        self.notify(TOC_KIND, heading)
        if self._on_heading is not None:
            self._on_heading(heading)
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelledError()

    def render(self, story: list[Flowable]) -> int:
        """Lay out and write the document; returns the number of passes taken."""
        with _binary_streams():
            passes: int = self.multiBuild(story, maxPasses=4, canvasmaker=self.make_canvas)
        return passes


_a85_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, not ASCII85 (ReportLab's default, from when PDFs
    went through 7-bit mail): a quarter smaller and faster to write. ReportLab reads the
    setting from its global config when it saves, so it is set for the build only."""
    with _a85_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous


def _mark_cover(canvas: PortfolioCanvas, doc: PortfolioDocTemplate) -> None:
    canvas.page_kind = "cover"
