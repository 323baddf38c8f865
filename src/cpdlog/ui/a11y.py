"""Accessibility applied to every window: visible focus, 24 px targets, movable pane dividers.

:func:`install` puts :class:`AccessibleStyle` (a proxy over the platform style) on the
application; as the style polishes each widget it prepares pane dividers and puts an
:class:`AccessibilityFilter` on the few kinds of widget that need one (splitters, their
handles, scroll areas), so dialogs added later get the same treatment without code of their
own. (The filter is not on the whole application: there it ran Python, taking the
interpreter's lock, for every event of every object, timers and paints included, which made
the event loop wait for a refresh's threads.)

- the focus indicator is a 2 px ring in a colour with at least 3:1 contrast against the
  window, fields, list rows, buttons and the selection (WCAG 2.2, 1.4.11 and 2.4.7), edged by
  1 px of the colour it is drawn on; it is drawn whenever a widget has the focus, whatever
  moved it there (the platform style waits for a key press): round fields, text boxes, spin,
  date and combo boxes, buttons, the current tab, sliders, lists, tables and trees and their
  current item (on a selected row too), round a check box's or radio button's words, and a
  pane divider with the focus is filled with it;
- fields (line edits, spin boxes, date edits, combo boxes), list, table and tree rows, push
  and tool buttons, check boxes and radio buttons are at least 24 px tall (WCAG 2.2, 2.5.8
  target size);
- pane dividers (splitter handles) are named, Tab stops, show focus, and move with the arrow
  keys (Home and End push them to either end); assistive technology sees them as separators
  (Qt gives them the role "grip"; WAI-ARIA calls a movable divider a focusable separator);
- a scroll area whose content has its own Tab stops is not itself a Tab stop (it was an
  unnamed, invisible stop).
"""

from __future__ import annotations

import functools
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
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
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QSplitterHandle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QTabBar,
    QWidget,
)

from cpdlog.ui.outlines import OutlineStyle
from cpdlog.ui.text import tr

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
    QStyle.ContentsType.CT_LineEdit,  # fields: line edits,
    QStyle.ContentsType.CT_SpinBox,  # spin boxes and date edits,
    QStyle.ContentsType.CT_ComboBox,  # and drop-down lists
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


def focus_backgrounds(palette: QPalette) -> list[QColor]:
    """The colours a focus ring is drawn on or next to: the window, fields and list rows
    (alternate rows too), buttons, and the selection (a selected current row)."""
    roles = (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
        QPalette.ColorRole.Button,
        QPalette.ColorRole.Highlight,
    )
    return [palette.color(role) for role in roles]


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: a shade of the palette's highlight (the highlight alone is
    often ~3:1 or less, and it is the selection's own colour) that stands out at least 3:1
    from the window, fields, list rows, buttons and the selection. Of the shades with some
    margin over 3:1 the one nearest the highlight; failing that, the best there is.
    Worked out once per set of colours (it is asked for each time a ring is painted)."""
    highlight = palette.color(QPalette.ColorRole.Highlight).rgba()
    backgrounds = tuple(colour.rgba() for colour in focus_backgrounds(palette))
    return QColor.fromRgba(_focus_rgba(highlight, backgrounds))


@functools.lru_cache(maxsize=64)
def _focus_rgba(highlight_rgba: int, background_rgbas: tuple[int, ...]) -> int:
    backgrounds = [QColor.fromRgba(rgba) for rgba in background_rgbas]
    highlight = QColor.fromRgba(highlight_rgba)
    hue, saturation, lightness = (
        highlight.hslHueF(),
        highlight.hslSaturationF(),
        highlight.lightnessF(),
    )
    hue = max(hue, 0.0)  # -1 for a grey
    shades = [QColor.fromHslF(hue, saturation, step / 100) for step in range(101)]
    greys = [QColor.fromHslF(0.0, 0.0, step / 100) for step in range(101)]

    def worst(candidate: QColor) -> float:
        return min(contrast(candidate, background) for background in backgrounds)

    scored = [(worst(c), abs(c.lightnessF() - lightness), c) for c in shades + greys]
    for group in (scored[: len(shades)], scored[len(shades) :]):  # the highlight's hue first
        clear = [item for item in group if item[0] >= MIN_CONTRAST + 0.5]
        if clear:
            return min(clear, key=lambda item: item[1])[2].rgba()
    return max(scored, key=lambda item: item[0])[2].rgba()


def frame_width_for_ring(width: int) -> int:
    """A text box's or list's frame, which its contents do not cover, wide enough for the
    focus ring and its edge (Fusion's is 1 px: a ring drawn there was half hidden)."""
    return max(width, FOCUS_WIDTH + 1) if width > 0 else width


def draw_focus_ring(
    painter: QPainter, rect: QRect, palette: QPalette, surface: QColor, inset: int = 0
) -> None:
    """A 2 px ring ``inset`` px inside ``rect`` in :func:`focus_colour`, square and not
    smoothed (each of its pixels has the colour itself), edged on its inner side (and, when
    inset, its outer side) by 1 px of ``surface``: whatever the platform draws next to it
    (Fusion's shaded borders, a table's grid lines) the ring is seen against a colour it
    stands out from 3:1."""
    ring = rect.adjusted(inset, inset, -inset, -inset)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    edge = QPen(surface, 1)
    edge.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(edge)
    if ring.width() > 2 * FOCUS_WIDTH + 1 and ring.height() > 2 * FOCUS_WIDTH + 1:
        painter.drawRect(
            ring.adjusted(FOCUS_WIDTH, FOCUS_WIDTH, -FOCUS_WIDTH - 1, -FOCUS_WIDTH - 1)
        )
    if inset > 0:
        painter.drawRect(rect.adjusted(inset - 1, inset - 1, -inset, -inset))
    pen = QPen(focus_colour(palette), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.drawRect(ring.adjusted(1, 1, -1, -1))
    painter.restore()


# What the platform style draws for these widgets shows the focus faintly (Fusion: an
# outline in the highlight colour, ~1.2-3:1) or only after a key press moved it (Qt's
# "keyboard focus change" flag), so the ring goes round the whole widget as it is drawn.
# (Three tables: the three kinds of element share their numbers.)
_RINGED_PRIMITIVES: dict[QStyle.PrimitiveElement, type[QWidget]] = {
    QStyle.PrimitiveElement.PE_PanelLineEdit: QLineEdit,
}
_RINGED_CONTROLS: dict[QStyle.ControlElement, type[QWidget]] = {
    QStyle.ControlElement.CE_ShapedFrame: QAbstractScrollArea,  # text boxes and item views
    QStyle.ControlElement.CE_PushButton: QPushButton,
    QStyle.ControlElement.CE_TabBarTab: QTabBar,
}
_RINGED_COMPLEX: dict[QStyle.ComplexControl, type[QWidget]] = {
    QStyle.ComplexControl.CC_SpinBox: QAbstractSpinBox,  # date edits too
    QStyle.ComplexControl.CC_ComboBox: QComboBox,
    QStyle.ComplexControl.CC_Slider: QAbstractSlider,
}


def widget_ring(
    kind: type[QWidget] | None, option: QStyleOption, widget: QWidget | None
) -> QRect | None:
    """Where the focus ring goes round ``widget`` (drawn with an element ringed for ``kind``
    of widget), or None: the widget does not have the focus, or the platform's own ring is
    enough (check boxes, radio buttons, tool buttons and item-view rows draw
    :attr:`QStyle.PrimitiveElement.PE_FrameFocusRect`, which this style draws)."""
    if widget is None or kind is None or not isinstance(widget, kind) or not widget.hasFocus():
        return None
    if isinstance(widget, QLineEdit) and isinstance(
        widget.parentWidget(), (QAbstractSpinBox, QComboBox)
    ):
        return None  # the spin box or combo box has the ring, round the whole of it
    if isinstance(widget, QTabBar):  # only the current tab, the one with the focus
        current = widget.currentIndex()
        return option.rect if current >= 0 and option.rect == widget.tabRect(current) else None
    if isinstance(widget, QAbstractScrollArea):
        return QRect(widget.rect())
    return QRect(option.rect)


def ring_widget(
    painter: QPainter, kind: type[QWidget] | None, option: QStyleOption, widget: QWidget | None
) -> None:
    """Draw the ring round ``widget`` if :func:`widget_ring` says where."""
    rect = widget_ring(kind, option, widget)
    if rect is not None and widget is not None:
        palette = widget.palette()
        draw_focus_ring(painter, rect, palette, palette.color(widget.backgroundRole()))


def fill_focused_handle(painter: QPainter, option: QStyleOption, widget: QWidget | None) -> bool:
    """A pane divider with the focus is filled with the focus colour (too narrow for a ring);
    True if it was. (Drawn here rather than by a style sheet set on focus, which re-polished
    the divider and took its palette for the window's.)"""
    handle = QApplication.focusWidget()  # Qt passes the splitter, and paints on the handle
    if (
        not isinstance(widget, QSplitter)
        or not isinstance(handle, QSplitterHandle)
        or handle.splitter() is not widget
        or painter.device() is not handle
    ):
        return False
    painter.fillRect(option.rect, focus_colour(handle.palette()))
    return True


def ring_focus_rect(painter: QPainter, option: QStyleOption, widget: QWidget | None) -> None:
    """:attr:`QStyle.PrimitiveElement.PE_FrameFocusRect`: round a check box's or radio
    button's words, a tool button, or an item view's current item (1 px inside it, on the
    row's own colour, so a table's grid line is not next to it)."""
    palette = widget.palette() if widget is not None else option.palette
    if option.state & QStyle.StateFlag.State_Item:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        draw_focus_ring(painter, option.rect, palette, palette.color(role), inset=1)
        return
    role = widget.backgroundRole() if widget is not None else QPalette.ColorRole.Window
    draw_focus_ring(painter, option.rect, palette, palette.color(role))


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
            ring_focus_rect(painter, option, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        ring_widget(painter, _RINGED_PRIMITIVES.get(element), option, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_Splitter and fill_focused_handle(
            painter, option, widget
        ):
            return
        super().drawControl(element, option, painter, widget)
        ring_widget(painter, _RINGED_CONTROLS.get(element), option, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        ring_widget(painter, _RINGED_COMPLEX.get(control), option, widget)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, QAbstractScrollArea
        ):
            return frame_width_for_ring(value)
        return value

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


def prepare_handle(handle: QSplitterHandle) -> None:
    if handle.property("cpdlog_a11y"):
        return
    handle.setProperty("cpdlog_a11y", True)
    handle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    vertical_panes = handle.orientation() == Qt.Orientation.Horizontal
    handle.setAccessibleName(tr(CTX, "Pane divider"))
    handle.setAccessibleDescription(
        tr(CTX, "Press the left or right arrow key to move it")
        if vertical_panes
        else tr(CTX, "Press the up or down arrow key to move it")
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


def describe_button(
    box: QDialogButtonBox, which: QDialogButtonBox.StandardButton, description: str
) -> None:
    """Give a dialog's standard button (Close, Cancel, Save…) an accessible description: its
    words name it, the description says what pressing it does."""
    button = box.button(which)
    if button is not None:
        button.setAccessibleDescription(description)


def describe_close(box: QDialogButtonBox) -> None:
    """The Close button of a dialog that only shows things (nothing to save)."""
    describe_button(
        box,
        QDialogButtonBox.StandardButton.Close,
        tr(CTX, "Closes this window"),  # cpdlog.ui.text.tr: lupdate finds it (CTX is resolved)
    )


_OWN_DESCRIPTION = "cpdlog_description"


def describe(widget: QWidget, description: str) -> None:
    """Give ``widget`` its own accessible description (what it does or what goes in it),
    kept so that :func:`add_to_description` can put a passing note before it."""
    widget.setProperty(_OWN_DESCRIPTION, description)
    widget.setAccessibleDescription(description)


def add_to_description(widget: QWidget, note: str) -> None:
    """Say ``note`` (a suggestion's source, what a check found) before the widget's own
    description; an empty note leaves the own description alone."""
    own = widget.property(_OWN_DESCRIPTION)
    own = own if isinstance(own, str) else ""
    widget.setAccessibleDescription(" ".join(part for part in (note, own) if part))
