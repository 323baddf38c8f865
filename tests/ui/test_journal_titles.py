"""A title too long for the journal's Title column is cut at a word, not inside one (with
large text the column is narrow), and its tooltip and accessible text give it whole."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from cpdlog.ui.main_window import MainWindow
from cpdlog.ui.models.entries import Column
from cpdlog.ui.widgets.delegates import elide_words
from tests.conftest import make_entry

TITLE = "Article: contextual safeguarding in adolescent services"


def test_elide_words_cuts_after_a_whole_word(qtbot: Any) -> None:
    metrics = QFontMetrics(QFont())
    assert elide_words(TITLE, metrics, 10_000) == TITLE
    width = metrics.horizontalAdvance("Article: contextual safeg…")
    assert elide_words(TITLE, metrics, width) == "Article: contextual…"
    # a first word too long on its own is still cut to fit
    tiny = metrics.horizontalAdvance("Art…")
    shown = elide_words(TITLE, metrics, tiny)
    assert shown.endswith("…") and metrics.horizontalAdvance(shown) <= tiny


def test_a_long_title_is_cut_at_a_word_and_given_whole_to_tooltips_and_readers(
    window: MainWindow, qtbot: Any
) -> None:
    window.app.entries.add(make_entry(TITLE))
    window.entries_changed()
    journal = window.journal
    table = journal.table
    qtbot.waitUntil(lambda: journal.proxy.rowCount() == 1)
    font = table.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # large text: the title no longer fits
    table.setFont(font)
    header = table.horizontalHeader()
    header.setSectionResizeMode(Column.TITLE, header.ResizeMode.Interactive)
    # as wide as "Article: contextual safegu…" and the cell's margins: Qt's own eliding cuts
    # inside "safeguarding" there
    metrics = QFontMetrics(font)
    table.setColumnWidth(
        Column.TITLE, metrics.horizontalAdvance("Article: contextual safegu…") + 12
    )
    index = journal.proxy.index(0, Column.TITLE)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    shown = journal.title_delegate.shown_text(option, index)
    room = table.columnWidth(Column.TITLE) - 12
    qt_cut = metrics.elidedText(TITLE, Qt.TextElideMode.ElideRight, room).removesuffix("…")
    assert TITLE[len(qt_cut)] not in " ,;:", qt_cut  # what the table showed before
    assert shown != TITLE and shown.endswith("…")
    kept = shown.removesuffix("…")
    assert TITLE.startswith(kept) and TITLE[len(kept)] in " ,;:", shown  # a whole word
    assert metrics.horizontalAdvance(shown) <= option.rect.width()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == TITLE
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == TITLE


def test_the_detail_pane_breaks_a_long_title_between_words(window: MainWindow, qtbot: Any) -> None:
    """With text twice as large the detail pane is narrow: its heading broke inside words
    ("Team discussio / n on kinship care assessme / nts")."""
    title = "Team discussion on kinship care assessments"
    entry = window.app.entries.add(make_entry(title))
    window.entries_changed()
    journal = window.journal
    qtbot.waitUntil(lambda: journal.proxy.rowCount() == 1)
    detail = journal.detail
    font = detail.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    detail.setFont(font)
    assert entry.id is not None
    journal.select_entry(entry.id)
    qtbot.waitUntil(lambda: title in detail.toPlainText())
    # as narrow as the longest word of the heading allows, and no more
    detail.setMinimumWidth(0)
    detail.setFixedWidth(detail.minimumSizeHint().width())
    qtbot.waitUntil(lambda: detail.width() == detail.minimumSizeHint().width())
    document = detail.document()
    document.setTextWidth(detail.viewport().width())
    block = document.firstBlock()
    assert block.text() == title
    layout = block.layout()
    assert layout.lineCount() > 1  # it wraps
    for number in range(layout.lineCount() - 1):
        line = layout.lineAt(number)
        end = line.textStart() + line.textLength()
        assert title[end - 1] == " " or title[end] == " ", (number, title[line.textStart() : end])
