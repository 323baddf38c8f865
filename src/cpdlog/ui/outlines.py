"""Visible edges for check boxes, radio buttons and text fields (WCAG 2.2, 1.4.11).

The platform style draws a check box's box and a field's frame in a shade of the window
colour (Fusion: the window colour darkened), which vanishes when the window is black, as in
the desktops' high-contrast themes and in dark themes: an unticked box, an empty field and
the line around a spin box, a date box, a list or an empty progress bar could not be seen at
all (a ticked box showed only its tick).
:class:`OutlineStyle` draws a 1 px edge over them in :func:`outline_colour`, which stands out
at least 3:1 from both the window and the field background.
:class:`cpdlog.ui.a11y.AccessibleStyle` is built on it. It draws nothing for a focused field
(the focus ring shows there) and does not touch the focus ring.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QStyleOptionSpinBox,
    QTextEdit,
    QWidget,
)

MIN_CONTRAST = 3.0  # WCAG 2.2 non-text contrast

_INDICATORS = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
}


def _mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``first`` and the rest of ``second``."""
    return QColor.fromRgbF(
        first.redF() * share + second.redF() * (1 - share),
        first.greenF() * share + second.greenF() * (1 - share),
        first.blueF() * share + second.blueF() * (1 - share),
    )


def outline_colour(palette: QPalette) -> QColor:
    """Half way between the window's text and the window, moved towards the text until it
    stands out at least 3:1 from the window and the field background (a grey on black)."""
    from cpdlog.ui.a11y import contrast  # a11y builds its style on this module's

    group = palette.currentColorGroup()
    window = palette.color(group, QPalette.ColorRole.Window)
    base = palette.color(group, QPalette.ColorRole.Base)
    text = palette.color(group, QPalette.ColorRole.WindowText)
    share = 0.5
    colour = _mix(text, window, share)
    while share < 1 and min(contrast(colour, window), contrast(colour, base)) < MIN_CONTRAST:
        share = min(share + 0.1, 1.0)
        colour = _mix(text, window, share)
    return colour


def needs_outline(palette: QPalette) -> bool:
    """True when the style's own edge (the window colour darkened, as Fusion draws it) would
    not stand out 3:1 from the window: dark and high-contrast palettes."""
    from cpdlog.ui.a11y import contrast

    window = palette.color(QPalette.ColorRole.Window)
    return contrast(window.darker(140), window) < MIN_CONTRAST and window.lightness() < 128


def draw_outline(painter: QPainter, rect: QRect, palette: QPalette, round_: bool) -> None:
    """A 1 px edge just inside ``rect``: a circle for a radio button, else a rectangle."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(outline_colour(palette), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(inner)
    else:
        painter.drawRect(inner)
    painter.restore()


def _is_text_frame(widget: QWidget | None) -> bool:
    """A text box or a list, table or tree: where the user types or chooses."""
    return isinstance(widget, (QTextEdit, QPlainTextEdit, QAbstractItemView))


class OutlineStyle(QProxyStyle):
    """A proxy style that gives unticked indicators and field frames a visible edge."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS:
            self._outline_indicator(element, option, painter)
        elif element == QStyle.PrimitiveElement.PE_PanelLineEdit or (
            element == QStyle.PrimitiveElement.PE_Frame and _is_text_frame(widget)
        ):
            self._outline_field(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ProgressBarGroove and needs_outline(option.palette):
            # the bar's extent: "0 of 1" showed no bar at all
            draw_outline(painter, option.rect, option.palette, round_=False)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if (
            control == QStyle.ComplexControl.CC_SpinBox
            and isinstance(option, QStyleOptionSpinBox)
            and option.frame
        ) or (
            # a box you type in: an editable combo box, and a date box with a calendar
            control == QStyle.ComplexControl.CC_ComboBox
            and isinstance(option, QStyleOptionComboBox)
            and option.editable
            and option.frame
        ):
            self._outline_field(option, painter)

    def _outline_indicator(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter
    ) -> None:
        if not needs_outline(option.palette):
            return
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        draw_outline(painter, option.rect, option.palette, round_=radio)

    def _outline_field(self, option: QStyleOption, painter: QPainter) -> None:
        if (
            option.state & QStyle.StateFlag.State_HasFocus
            or not needs_outline(option.palette)
            or (isinstance(option, QStyleOptionFrame) and option.lineWidth <= 0)
        ):
            return
        draw_outline(painter, option.rect, option.palette, round_=False)
