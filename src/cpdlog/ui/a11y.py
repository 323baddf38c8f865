"""Accessibility applied to every window: visible focus, 24 px targets, movable pane dividers.

:func:`install` puts :class:`AccessibleStyle` (a proxy over the platform style) on the
application; as the style polishes each widget it prepares pane dividers and puts an
:class:`AccessibilityFilter` on the few kinds of widget that need one (splitters, their
handles, scroll areas), so dialogs added later get the same treatment without code of their
own. (The filter is not on the whole application: there it ran Python, taking the
interpreter's lock, for every event of every object, timers and paints included, which made
the event loop wait for a refresh's threads.)

- the focus indicator is a 2 px ring in a colour with at least 3:1 contrast against both the
  window and the list background (WCAG 2.2, 1.4.11 and 2.4.7), for check boxes, radio buttons,
  list, table and tree items and everything else the style draws a focus frame for;
- list, table and tree rows, push and tool buttons, check boxes and radio buttons are at least
  24 px tall (WCAG 2.2, 2.5.8 target size);
- pane dividers (splitter handles) are named, Tab stops, show focus, and move with the arrow
  keys (Home and End push them to either end); assistive technology sees them as separators
  (Qt gives them the role "grip"; WAI-ARIA calls a movable divider a focusable separator);
- a scroll area whose content has its own Tab stops is not itself a Tab stop (it was an
  unnamed, invisible stop).
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QStyle,
    QStyleOption,
    QWidget,
)

from cpdlog.ui.outlines import OutlineStyle

MIN_TARGET = 24  # px, WCAG 2.2 target size (minimum)
MIN_CONTRAST = 3.0  # WCAG 2.2 non-text contrast
FOCUS_WIDTH = 2
SPLITTER_STEP = 24  # px moved by one arrow key press
CTX = "cpdlog.a11y"

_SIZED = {
    QStyle.ContentsType.CT_ItemViewItem,
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_ToolButton,
    QStyle.ContentsType.CT_CheckBox,
    QStyle.ContentsType.CT_RadioButton,
}
_WIDE = {QStyle.ContentsType.CT_PushButton, QStyle.ContentsType.CT_ToolButton}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG defines it."""
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def focus_colour(palette: QPalette) -> QColor:
    """The palette's highlight, darkened or lightened until it stands out at least 3:1 from
    the window and the list background (the highlight alone is often ~3:1 or less)."""
    backgrounds = [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
    ]
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))

    def enough(candidate: QColor) -> bool:
        return all(contrast(candidate, bg) >= MIN_CONTRAST for bg in backgrounds)

    dark_background = sum(luminance(bg) for bg in backgrounds) / 2 < 0.18
    for _ in range(12):
        if enough(colour):
            return colour
        colour = colour.lighter(125) if dark_background else colour.darker(125)
    return QColor(Qt.GlobalColor.white if dark_background else Qt.GlobalColor.black)


class AccessibleStyle(OutlineStyle):
    """The platform style with a high-contrast focus ring and 24 px minimum targets (and, from
    :class:`OutlineStyle`, visible edges on unticked boxes and fields); it puts its
    :class:`AccessibilityFilter` on the widgets that need it as it polishes them."""

    def __init__(self, key: str | None = None) -> None:
        super().__init__(key)
        self.filter = AccessibilityFilter()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            palette = widget.palette() if widget is not None else option.palette
            pen = QPen(focus_colour(palette), FOCUS_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect: QRect = option.rect.adjusted(1, 1, -1, -1)
            painter.drawRect(rect)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    def polish(self, target: Any) -> Any:
        """Qt polishes every widget with the application's style once before it is first
        shown (and again when the style changes): the place to prepare the ones that need it."""
        if isinstance(target, QWidget):
            super().polish(target)
            if isinstance(target, (QSplitterHandle, QSplitter, QScrollArea)):
                self.filter.watch(target)
            return None
        return super().polish(target)  # a palette (returned) or the application

    def sizeFromContents(
        self,
        contents: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        # Qt takes no widget here (nullptr) as well; the stubs make it required.
        result = super().sizeFromContents(contents, option, size, cast(QWidget, widget))
        if contents in _SIZED:
            result.setHeight(max(result.height(), MIN_TARGET))
            if contents in _WIDE:
                result.setWidth(max(result.width(), MIN_TARGET))
        return result


def _handle_index(handle: QSplitterHandle) -> int:
    splitter = handle.splitter()
    for index in range(splitter.count()):
        if splitter.handle(index) is handle:
            return index
    return -1


def move_handle(handle: QSplitterHandle, delta: int) -> bool:
    """Move a pane divider by ``delta`` px (positive: right or down); True if it moved."""
    splitter = handle.splitter()
    index = _handle_index(handle)
    if index <= 0:
        return False
    sizes = splitter.sizes()
    before, after = splitter.widget(index - 1), splitter.widget(index)
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal

    def minimum(widget: QWidget | None) -> int:
        if widget is None:
            return 0
        hint = widget.minimumSizeHint()
        least = widget.minimumWidth() if horizontal else widget.minimumHeight()
        return max(least, hint.width() if horizontal else hint.height(), 0)

    if delta > 0:
        delta = min(delta, sizes[index] - minimum(after))
    else:
        delta = -min(-delta, sizes[index - 1] - minimum(before))
    if delta == 0:
        return False
    sizes[index - 1] += delta
    sizes[index] -= delta
    splitter.setSizes(sizes)
    splitter.splitterMoved.emit(splitter.sizes()[index - 1], index)
    return True


def _set_handle_focus_look(handle: QSplitterHandle, focused: bool) -> None:
    if focused:
        colour = focus_colour(handle.palette()).name()
        handle.setStyleSheet(f"QSplitterHandle {{ background: {colour}; }}")
    else:
        handle.setStyleSheet("")


def prepare_handle(handle: QSplitterHandle) -> None:
    if handle.property("cpdlog_a11y"):
        return
    handle.setProperty("cpdlog_a11y", True)
    handle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    vertical_panes = handle.orientation() == Qt.Orientation.Horizontal
    handle.setAccessibleName(QCoreApplication.translate(CTX, "Pane divider"))
    handle.setAccessibleDescription(
        QCoreApplication.translate(CTX, "Press the left or right arrow key to move it")
        if vertical_panes
        else QCoreApplication.translate(CTX, "Press the up or down arrow key to move it")
    )
    handle.setToolTip(handle.accessibleDescription())
    thickness = max(handle.splitter().handleWidth(), 6)
    handle.splitter().setHandleWidth(thickness)


def _tab_after_pane(handle: QSplitterHandle) -> None:
    """Tab reaches a divider where it is drawn: after the last Tab stop of the pane before it
    (a handle is created when its pane is added, so it was anywhere in the chain). Done when
    the splitter is shown, once its panes are built."""
    index = _handle_index(handle)
    pane = handle.splitter().widget(index - 1) if index > 0 else None
    if pane is None:
        return
    last: QWidget | None = pane if pane.focusPolicy() & Qt.FocusPolicy.TabFocus else None
    widget = pane.nextInFocusChain()
    for _ in range(5000):  # once round the window's chain at most
        if widget is pane or widget is None:
            break
        if (
            pane.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QSplitterHandle)
        ):
            last = widget
        widget = widget.nextInFocusChain()
    if last is not None and last.window() is handle.window():
        QWidget.setTabOrder(last, handle)


def _splitter_key(handle: QSplitterHandle, event: QKeyEvent) -> bool:
    key = event.key()
    horizontal = handle.orientation() == Qt.Orientation.Horizontal
    smaller = Qt.Key.Key_Left if horizontal else Qt.Key.Key_Up
    larger = Qt.Key.Key_Right if horizontal else Qt.Key.Key_Down
    if key == smaller:
        move_handle(handle, -SPLITTER_STEP)
    elif key == larger:
        move_handle(handle, SPLITTER_STEP)
    elif key == Qt.Key.Key_Home:
        move_handle(handle, -(1 << 20))
    elif key == Qt.Key.Key_End:
        move_handle(handle, 1 << 20)
    else:
        return False
    return True


def _has_tab_stops(widget: QWidget | None) -> bool:
    if widget is None:
        return False
    return any(
        child.focusPolicy() & Qt.FocusPolicy.TabFocus
        for child in widget.findChildren(QWidget)
        if not isinstance(child, QSplitterHandle)
    )


class AccessibilityFilter(QObject):
    """Installed on splitters, their handles and scroll areas (:meth:`watch`, as the style
    polishes them): prepares the handles, gives them their keys and focus look, and takes
    scroll areas whose content has its own Tab stops out of the Tab order when shown."""

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, QSplitterHandle):
            prepare_handle(widget)
        elif isinstance(widget, QSplitter):
            for index in range(1, widget.count()):
                prepare_handle(widget.handle(index))
        widget.installEventFilter(self)  # installed again: Qt keeps it once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QSplitterHandle):
            if kind == QEvent.Type.Polish:
                prepare_handle(watched)
            elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return _splitter_key(watched, event)
            elif kind == QEvent.Type.FocusIn:
                _set_handle_focus_look(watched, True)
            elif kind == QEvent.Type.FocusOut:
                _set_handle_focus_look(watched, False)
        elif kind == QEvent.Type.Show and isinstance(watched, QScrollArea):
            if not watched.accessibleName() and _has_tab_stops(watched.widget()):
                watched.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif kind == QEvent.Type.Polish and isinstance(watched, QSplitter):
            for index in range(1, watched.count()):
                prepare_handle(watched.handle(index))
        elif kind == QEvent.Type.Show and isinstance(watched, QSplitter):
            for index in range(1, watched.count()):  # its panes are built by now
                _tab_after_pane(watched.handle(index))
        return False


def focus_first(page: QWidget) -> QWidget | None:
    """Give the keyboard focus to ``page``'s first visible, enabled Tab stop (in Tab order)."""
    start = page.focusProxy() or page
    candidate: QWidget | None = start
    for _ in range(2000):
        if candidate is None:
            break
        if (
            candidate is not page
            and page.isAncestorOf(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(candidate, QSplitterHandle)
        ):
            candidate.setFocus(Qt.FocusReason.OtherFocusReason)
            return candidate
        candidate = candidate.nextInFocusChain()
        if candidate is start:
            break
    return None


def accessible_for(_class_name: str, watched: QObject) -> QAccessibleInterface | None:
    """The accessibility factory: a pane divider is a separator (a focusable separator is
    what WAI-ARIA calls a movable divider); every other object gets Qt's own interface."""
    if isinstance(watched, QSplitterHandle):
        return QAccessibleWidget(watched, QAccessible.Role.Separator)
    return None


def install(application: QApplication) -> None:
    """Apply the accessible style and filter to the application (once)."""
    if getattr(application, "_cpdlog_a11y", None) is not None:
        return
    base: Any = application.style()
    style = AccessibleStyle(base.name() if base is not None else None)
    application.setStyle(style)  # polishes the widgets that exist already
    QAccessible.installFactory(accessible_for)
    application._cpdlog_a11y = (style, style.filter)  # type: ignore[attr-defined]  # kept alive
