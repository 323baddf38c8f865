"""Render every view of a populated journal at 1000×700 (or ``CPDLOG_PROBE_SIZE``, such as
1400x900) offscreen, save a screenshot of each and measure what makes it usable. Run in its
own process (so that ``QT_SCALE_FACTOR`` can be set before Qt starts):
``python -m tests.ui.layout_probe OUT_DIR``; prints JSON.

Used by ``test_layout.py`` at 100% and at 200% scale. The screenshots of each view, every
tab of the entry editor and the main dialogs are left in OUT_DIR; besides the size,
``CPDLOG_PROBE_LANGUAGE=cy`` shows them in Welsh, ``CPDLOG_PROBE_TEXT=2`` with text twice as
large and ``CPDLOG_PROBE_CONTRAST=high`` in a high-contrast palette. Each is checked for words
cut off (``clipped_text``, ``cut_headings``) and for what does not fit where it is shown
(``overflow``: wrapped words squeezed, a control past its pane's edge, a form scrolling
sideways), for example:

    CPDLOG_PROBE_LANGUAGE=cy CPDLOG_PROBE_TEXT=2 CPDLOG_PROBE_CONTRAST=high \
        python -m tests.ui.layout_probe /tmp/shots
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CPDLOG_PROBE_SIZE=1400x900 probes a bigger window
WIDTH, HEIGHT = (int(n) for n in os.environ.get("CPDLOG_PROBE_SIZE", "1000x700").split("x"))
FIXED_NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.UTC)
TITLES = [
    "Episode 12: working with families under pressure — what the research says",
    "Supervision: case recording and the analysis of risk in child protection",
    "Course: Mental Capacity Act refresher for adult social care (half day)",
    "Article: contextual safeguarding in adolescent services",
    "Team discussion on kinship care assessments",
]


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Run the event loop until ``condition()`` holds (False if it never did)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def populate(home: Path) -> Any:
    from cpdlog.domain.feed import Feed, FeedItem
    from cpdlog.services.app import App
    from cpdlog.storage.feeds_repo import FeedRepository
    from tests.conftest import make_entry

    app = App.open(home, clock=lambda: FIXED_NOW)
    app.profile.update(name="Sam Patel", onboarded=True)
    for n, title in enumerate(TITLES):
        app.entries.add(make_entry(title, day=dt.date(2026, 1 + n * 2, 10)))
    gone = app.entries.add(make_entry("Draft notes from a webinar I deleted"))
    assert gone.id is not None
    app.entries.delete(gone.id)
    with app.db.session() as session:
        repo = FeedRepository(session, app.fts)
        news = repo.add_feed(
            Feed(
                url="https://news.example.org/feed",
                title="Community Care — social work news and analysis",
                category="News and practice",
            ),
            FIXED_NOW,
        )
        repo.add_feed(
            Feed(
                url="https://blog.example.org/rss",
                title="A practitioner's blog",
                category="Blogs",
                last_error="Could not connect to blog.example.org.",
                consecutive_failures=1,
            ),
            FIXED_NOW,
        )
        assert news.id is not None
        repo.store_items(
            news.id,
            [
                FeedItem(
                    feed_id=news.id,
                    key=f"k{i}",
                    guid=f"g{i}",
                    title=f"{TITLES[i % len(TITLES)]} ({i})",
                    published=FIXED_NOW - dt.timedelta(days=i),
                    content_html="<p>Body</p>",
                )
                for i in range(30)
            ],
            FIXED_NOW,
        )
    return app


def toolbar_report(window: Any) -> dict[str, Any]:
    from PySide6.QtWidgets import QToolButton

    toolbar = window.toolbar
    hidden = []
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        widget = toolbar.widgetForAction(action)
        inside = (
            widget is not None and widget.isVisible() and toolbar.rect().contains(widget.geometry())
        )
        if not inside:
            hidden.append(action.text())
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return {
        "hidden_actions": hidden,
        "overflow_shown": bool(extension is not None and extension.isVisible()),
        "undo_text": window.toolbar_undo_action.text(),
    }


def high_contrast_palette() -> Any:
    """White on black with a yellow highlight, like the desktops' high-contrast themes."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#c0c0c0",
        QPalette.ColorRole.Link: "#00ffff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def clipped_text(widget: Any) -> list[str]:
    """Visible single-line labels and buttons whose words do not fit in them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QStyle,
        QStyleOptionComboBox,
        QTabBar,
        QToolButton,
    )

    cut: list[str] = []
    for child in widget.findChildren(QLabel):
        text = child.text()
        if (
            not child.isVisible()
            or child.wordWrap()
            or not text
            or "\n" in text
            or child.textFormat() == Qt.TextFormat.RichText  # measured by its document
            or "<" in text
        ):
            continue
        needed = child.fontMetrics().horizontalAdvance(text.replace("&", ""))
        if needed > child.contentsRect().width() + 1:
            cut.append(f"label {text!r}: {needed} > {child.contentsRect().width()}")
    for button in widget.findChildren(QAbstractButton):
        if (
            button.isVisible()
            and button.text()
            and button.width() < button.minimumSizeHint().width()
        ):
            cut.append(
                f"button {button.text()!r}: {button.width()} < {button.minimumSizeHint().width()}"
            )
    for tool in widget.findChildren(QToolButton):
        # an instant-popup button draws its arrow inside its own width, after the words
        if (
            tool.isVisible()
            and tool.text()
            and tool.menu() is not None
            and tool.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
        ):
            indicator = tool.style().pixelMetric(
                QStyle.PixelMetric.PM_MenuButtonIndicator, None, tool
            )
            needed = tool.fontMetrics().horizontalAdvance(tool.text().replace("&", "")) + indicator
            if tool.width() < needed + 6:
                cut.append(f"menu button {tool.text()!r}: {tool.width()} < {needed + 6}")
    for combo in widget.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or combo.count() == 0:
            continue
        # What the box shows must fit its text field (the list that opens shows every choice
        # whole; a long choice picked is shortened with "…", as Qt does, and has a tooltip).
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        icon = 0 if option.currentIcon.isNull() else combo.iconSize().width() + 4
        room = field.width() - icon
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text)
        if text and needed > room:
            cut.append(f"combo {text!r}: {needed} > {room}")
    tabs: list[Any] = widget.findChildren(QTabBar)
    for bar in tabs:
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&", "")
            if text and bar.tabRect(index).width() < bar.fontMetrics().horizontalAdvance(text):
                cut.append(f"tab {text!r}: {bar.tabRect(index).width()}")
    return cut


def overflow(widget: Any) -> list[str]:
    """What does not fit where it is shown: a check box or radio button whose words are wider
    than it (they do not wrap, so they are cut at its edge), a button or label with wrapping
    words shorter than its words need at its width, a visible widget that reaches
    past the edge of the widget it sits in (its parent cuts it off), and a scrolled form or
    pane that only fits by scrolling sideways (tables and lists may scroll sideways; a form
    must not)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QCheckBox,
        QLabel,
        QRadioButton,
        QScrollArea,
        QWidget,
    )

    def name(child: Any) -> str:
        text = child.text() if hasattr(child, "text") and callable(child.text) else ""
        label = text or child.accessibleName() or child.objectName()
        return f"{type(child).__name__} {label!r}"

    found: list[str] = []
    buttons: list[Any] = [*widget.findChildren(QCheckBox), *widget.findChildren(QRadioButton)]
    for button in buttons:
        if not button.isVisible() or not button.text():
            continue
        needed = button.minimumSizeHint().width()
        if button.width() < needed:
            found.append(f"{name(button)} words: {button.width()} < {needed}")
    for child in widget.findChildren(QWidget):
        # words that wrap need their height at their width: a window gives it no more
        # height by itself, and a squeezed row overlapped the next
        if (
            child.isVisible()
            and child.hasHeightForWidth()
            and isinstance(child, (QAbstractButton, QLabel))
            and child.height() + 1 < child.heightForWidth(child.width())
        ):
            found.append(
                f"{name(child)} squeezed: {child.height()} < "
                f"{child.heightForWidth(child.width())} at {child.width()}"
            )
        parent = child.parentWidget()
        if (
            not child.isVisible()
            or child.isWindow()
            or parent is None
            or isinstance(parent, QAbstractScrollArea)  # its viewport and scroll bars
            or isinstance(parent.parentWidget(), QAbstractScrollArea)  # scrolled content
            or child.objectName().startswith("qt_")  # Qt's own parts (toolbar extension …)
            or type(parent).__name__ in {"QTabBar", "QToolBar"}  # they scroll or overflow
        ):
            continue
        room = QRect(0, 0, parent.width(), parent.height())
        if not room.adjusted(-1, -1, 1, 1).contains(child.geometry()):
            found.append(
                f"{name(child)} in {name(parent)}: {child.geometry().getRect()} "
                f"outside {parent.width()}×{parent.height()}"
            )
    for area in widget.findChildren(QScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            inner = area.widget()
            found.append(
                f"{name(area)} scrolls sideways: {name(inner)} needs "
                f"{bar.maximum() + area.viewport().width()} > {area.viewport().width()}"
            )
    return found


def cut_headings(widget: Any) -> list[str]:
    """Visible table and tree column headings that do not fit their section, measured by the
    style as Qt draws them (margins, and the sort arrow on the sorted column)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

    cut: list[str] = []
    for header in widget.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or model is None:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not text:
                continue
            option = QStyleOptionHeader()
            option.initFrom(header)
            option.section = section
            option.text = text
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
                option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            needed = (
                header.style()
                .sizeFromContents(
                    QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header
                )
                .width()
            )
            if needed > header.sectionSize(section):
                cut.append(f"heading {text!r}: {header.sectionSize(section)} < {needed}")
    return cut


def cut_cells(table: Any, column: int) -> list[str]:
    """The texts of ``column`` that do not fit its width (the table would elide them)."""
    model = table.model()
    metrics = table.fontMetrics()
    room = table.columnWidth(column) - 2 * table.style().pixelMetric(
        table.style().PixelMetric.PM_FocusFrameHMargin, None, table
    )
    cut = []
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        if metrics.horizontalAdvance(text) > room:
            cut.append(text)
    return cut


def install_language(home: Path) -> None:
    """``CPDLOG_PROBE_LANGUAGE=cy``: the views in Welsh, as the app shows them."""
    from PySide6.QtWidgets import QApplication

    from cpdlog.ui.language import Language, install_translators

    chosen = os.environ.get("CPDLOG_PROBE_LANGUAGE", "")
    if chosen:
        application = QApplication.instance()
        assert isinstance(application, QApplication)
        installed = install_translators(application, Language(chosen), home)
        assert installed, f"no translations for {chosen}"


def dialogs(window: Any) -> list[tuple[str, Any]]:
    """The main dialogs, open: reminder settings, where the journal is kept, and About."""
    from cpdlog.ui.dialogs.about import AboutDialog

    reminders = window.reminders.edit_settings()
    wait_for(lambda: reminders.ready)  # measured with the saved plans on show, not loading
    found = [("reminders", reminders), ("server", window.choose_server())]
    window.about()
    found.append(("about", window.findChildren(AboutDialog)[-1]))
    return found


def probe(out: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from cpdlog.ui.main_window import MainWindow, Page
    from cpdlog.ui.models.entries import Column
    from cpdlog.ui.tasks import TaskRunner

    qt = QApplication.instance() or QApplication(sys.argv)
    text_scale = float(os.environ.get("CPDLOG_PROBE_TEXT", "") or 1)
    if text_scale != 1:
        # Large text: the desktop's text scaling makes the application font bigger in a
        # window of the same size (QT_FONT_DPI does the same on xcb but not offscreen).
        font = qt.font()
        font.setPointSizeF(font.pointSizeF() * text_scale)
        qt.setFont(font)
    if os.environ.get("CPDLOG_PROBE_CONTRAST") == "high":
        qt.setPalette(high_contrast_palette())
    # The probe stands for a screen of WIDTH×HEIGHT: dialogs size themselves to the screen
    # they open on (cpdlog.ui.widgets.screen_fit), and the offscreen screen is 800×800.
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    QScreen.availableGeometry = lambda self: QRect(0, 0, WIDTH, HEIGHT)  # type: ignore[method-assign]
    app = populate(out / "home")
    install_language(out / "home")
    window = MainWindow(app, tasks=TaskRunner(), check_startup=False)
    window.show()
    window.resize(WIDTH, HEIGHT)
    wait_for(lambda: window.journal.model.rowCount() == len(TITLES))
    found: dict[str, Any] = {"ratio": window.devicePixelRatioF(), "font": qt.font().pointSizeF()}

    def shoot(name: str, widget: Any) -> None:
        qt.processEvents()
        found.setdefault("clipped", {})[name] = clipped_text(widget)
        found.setdefault("headings_cut", {})[name] = cut_headings(widget)
        found.setdefault("overflow", {})[name] = overflow(widget)
        image = widget.grab()
        path = out / f"{name}.png"
        image.save(str(path))
        found.setdefault("shots", {})[name] = [image.width(), image.height()]
        found.setdefault("fits", {})[name] = (
            widget.minimumSizeHint().width() <= widget.width()
            and widget.minimumSizeHint().height() <= widget.height()
        )

    navigation = window.navigation
    found["navigation_cut"] = [
        navigation.item(row).text()
        for row in range(navigation.count())
        if navigation.visualItemRect(navigation.item(row)).width()
        < navigation.fontMetrics().horizontalAdvance(navigation.item(row).text())
        + navigation.iconSize().width()
        + 8
        or navigation.visualItemRect(navigation.item(row)).right() > navigation.viewport().width()
    ]

    journal = window.show_page(Page.JOURNAL)
    wait_for(lambda: window.journal.table.columnWidth(Column.TITLE) > 0)
    table = window.journal.table
    header = table.horizontalHeader()
    found["journal_columns"] = {
        Column(c).name: table.columnWidth(c)
        for c in range(header.count())
        if not header.isSectionHidden(c)
    }
    found["date_cells_cut"] = cut_cells(table, Column.DATE)
    shoot("journal", journal)

    reader = window.show_page(Page.READER)
    wait_for(lambda: reader.items_model.rowCount() > 0)
    reader.select_row(0)
    found["reader_feed_list"] = reader.tree.width()
    shoot("reader", reader)

    progress = window.show_page(Page.PROGRESS)
    wait_for(lambda: progress.report is not None and progress._month_axis is not None)
    wait_for(progress.month_labels_fit, timeout=5)
    found["chart_labels_fit"] = progress.month_labels_fit()
    shoot("progress", progress)

    export = window.show_page(Page.EXPORT)
    shoot("export", export)

    trash = window.show_page(Page.TRASH)
    wait_for(lambda: len(trash.entries()) == 1)
    found["trash_rows"] = trash.tree.topLevelItemCount()
    shoot("trash", trash)

    # a long "Move “…” to the trash" on the undo stack must not widen the toolbar
    window.show_page(Page.JOURNAL)
    first = window.journal.model.entries()[0]
    assert first.id is not None
    window.journal.select_entry(first.id)
    window.delete_selected()
    found["undo_tooltip"] = window.toolbar_undo_action.toolTip()
    found["toolbar"] = toolbar_report(window)
    window.undo_stack.undo()
    found["window"] = {
        "size": [window.width(), window.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    shoot("window", window)

    editor = window.open_editor()
    editor.resize(min(editor.width(), WIDTH), min(editor.height(), HEIGHT))
    wait_for(editor.isVisible)
    found["editor_minimum"] = [editor.minimumSizeHint().width(), editor.minimumSizeHint().height()]
    shoot("editor", editor)
    for index in range(1, editor.tabs.count()):  # every tab of the editor, not only the first
        editor.tabs.setCurrentIndex(index)
        shoot(f"editor_{index}", editor)
    editor.discard()

    for name, dialog in dialogs(window):
        dialog.resize(min(dialog.width(), WIDTH), min(dialog.height(), HEIGHT))
        wait_for(dialog.isVisible)
        shoot(name, dialog)
        dialog.reject()

    window.tasks.cancel_all()
    window.tasks.wait_for_all(10_000)
    window.close()
    app.close()
    return found


def main() -> int:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    print(json.dumps(probe(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
