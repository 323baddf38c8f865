"""A read-only, formatted view of one entry (the journal's detail pane)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget

from cpdlog import i18n
from cpdlog.domain.entry import Entry
from cpdlog.domain.feed import is_openable_link
from cpdlog.domain.frameworks import Catalogue
from cpdlog.domain.templates import Template
from cpdlog.ui.text import (
    activity_label,
    format_date,
    format_hours,
    status_label,
    tr,
    tr_domain,
)

CTX = "EntryDetailView"


def _e(text: str) -> str:
    return html.escape(text)


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{_e(p).replace(chr(10), '<br>')}</p>" for p in parts)


def entry_html(entry: Entry, templates: dict[str, Template], catalogue: Catalogue) -> str:
    """The whole entry as simple, escaped HTML: nothing the user typed is ever markup."""
    rows: list[tuple[str, str]] = []
    dates = format_date(entry.start_date)
    if entry.end_date and entry.end_date != entry.start_date:
        dates += " – " + format_date(entry.end_date)
    rows.append((tr(CTX, "Date"), _e(dates)))
    rows.append((tr(CTX, "Type"), _e(activity_label(entry.activity_type))))
    rows.append((tr(CTX, "Hours"), _e(format_hours(entry.hours))))
    status = status_label(entry.status)
    if entry.is_draft:
        status += " " + tr(CTX, "(not counted until complete)")
    rows.append((tr(CTX, "Status"), _e(status)))
    url = entry.source.url
    if url:
        link = f'<a href="{_e(url)}">{_e(url)}</a>' if is_openable_link(url) else _e(url)
        rows.append((tr(CTX, "Link"), link))
    for label, value in (
        (tr(CTX, "Provider"), entry.source.provider),
        (tr(CTX, "Author"), entry.source.author),
        (tr(CTX, "Publication"), entry.source.publication),
    ):
        if value:
            rows.append((label, _e(value)))
    if entry.tags:
        rows.append((tr(CTX, "Tags"), _e(", ".join(entry.tags))))
    table = "".join(
        f'<tr><td style="padding-right:12px"><b>{label}</b></td><td>{value}</td></tr>'
        for label, value in rows
    )
    out = [f"<h2>{_e(entry.title)}</h2>", f"<table>{table}</table>"]
    template = templates.get(entry.reflection.template_id)
    if entry.reflection.sections:
        name = tr_domain(template.name) if template else entry.reflection.template_id
        out.append(f"<h3>{_e(tr(CTX, 'Reflection'))} <small>({_e(name)})</small></h3>")
        for key, text in entry.reflection.sections.items():
            prompt = tr_domain(template.prompt_for(key)) if template else key
            out.append(f"<p><b>{_e(prompt)}</b></p>{_paragraphs(text)}")
    if entry.peer is not None:
        p = entry.peer
        who = ", ".join(x for x in (p.name, p.role) if x)
        heading = tr(CTX, "Peer reflection")
        if who:
            heading += " " + tr(CTX, "with {who}").format(who=who)
        if p.date:
            heading += " " + tr(CTX, "on {date}").format(date=format_date(p.date))
        out.append(f"<h3>{_e(heading)}</h3>")
        out.append(_paragraphs(p.text) or f"<p><i>{_e(tr(CTX, 'Nothing written yet.'))}</i></p>")
    if entry.standards:
        out.append(f"<h3>{_e(tr(CTX, 'Standards'))}</h3><ul>")
        for sid in entry.standards:
            std = catalogue.standard(sid)
            text = f"{sid} — {std.title_in(i18n.language())}" if std else sid
            out.append(f"<li>{_e(text)}</li>")
        out.append("</ul>")
    if entry.source.notes:
        out.append(f"<h3>{_e(tr(CTX, 'Source notes'))}</h3>{_paragraphs(entry.source.notes)}")
    if entry.evidence:
        out.append(f"<h3>{_e(tr(CTX, 'Evidence'))}</h3><ul>")
        out.extend(f"<li>{_e(ev.filename)}</li>" for ev in entry.evidence)
        out.append("</ul>")
    return "".join(out)


class EntryDetailView(QTextBrowser):
    """Shows one entry; links open in the system browser after the scheme check."""

    link_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open)
        # Lines break between words only: with large text the pane is narrow, and the title
        # broke inside its words ("assessme / nts"); a word wider than the pane scrolls.
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setAccessibleName(self.tr("Entry details"))
        self.setAccessibleDescription(self.tr("The whole of the entry chosen in the list"))
        self.show_placeholder()

    def minimumSizeHint(self) -> QSize:
        """Room for about 24 characters of its text (in its font, so more with large text),
        enough for the words of a heading on a line of their own."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), 24 * self.fontMetrics().averageCharWidth()), hint.height())

    def show_placeholder(self, text: str = "") -> None:
        message = text or self.tr("Choose an entry to read it here.")
        self.setHtml(f"<p><i>{html.escape(message)}</i></p>")

    def show_entry(
        self, entry: Entry, templates: dict[str, Template], catalogue: Catalogue
    ) -> None:
        self.setHtml(entry_html(entry, templates, catalogue))

    def _open(self, url: QUrl) -> None:
        text = url.toString()
        if is_openable_link(text):
            QDesktopServices.openUrl(url)
            self.link_opened.emit(text)
