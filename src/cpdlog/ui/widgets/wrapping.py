"""Check boxes and radio buttons whose words wrap onto more lines when they are narrow.

Qt's own keep their words on one line, so a long one (in Welsh above all, or with large text)
holds its window wide or is cut off at the edge of its form. These draw the style's indicator
and focus frame and the words word-wrapped beside it, ask for the height their words need at
a width (height for width), and ask for no more width than their longest word needs. They are
still the same widgets to the keyboard, mnemonics and assistive technology.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QWidget,
)

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
)


def _plain(text: str) -> str:
    """The words as shown: "&&" is one "&", a single "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Wrapping:
    """What a wrapping check box and radio button share; mixed into QCheckBox/QRadioButton."""

    _INDICATOR: QStyle.PixelMetric
    _SPACING: QStyle.PixelMetric
    _PRIMITIVE: QStyle.PrimitiveElement

    # The Qt overrides both classes share (found through this mixin, first in their bases).
    def sizeHint(self) -> QSize:
        hint = self._one_line()
        return QSize(hint.width(), self._height_at(hint.width()))

    def minimumSizeHint(self) -> QSize:
        one_line = self._one_line()
        return QSize(min(self._minimum_width(), one_line.width()), one_line.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_at(width)

    def hitButton(self, pos: QPoint) -> bool:
        return self._widget().rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint(event)

    def _setup(self) -> None:
        widget = self._widget()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        widget.setSizePolicy(policy)

    def _widget(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def _option(self) -> QStyleOptionButton:
        widget = self._widget()
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        return option

    def _indicator(self) -> tuple[int, int]:
        """The indicator's width and the space between it and the words."""
        widget = self._widget()
        style = widget.style()
        return (
            style.pixelMetric(self._INDICATOR, None, widget),
            style.pixelMetric(self._SPACING, None, widget),
        )

    def _one_line(self) -> QSize:
        """The size Qt's own button asks for, its words on one line."""
        raise NotImplementedError

    def _text_left(self) -> int:
        width, spacing = self._indicator()
        return width + spacing

    def _rows(self) -> tuple[int, int, int]:
        """The padding above the first line, the first line's height (the words' or the
        indicator's, whichever is taller) and the words' line height."""
        widget = self._widget()
        line = QFontMetrics(widget.font()).height()
        row = max(line, self._indicator()[0])
        base = self._one_line().height()  # as tall as the style asks for one line
        return max((base - row) // 2, 0), row, line

    def _text_rect(self, width: int) -> QRect:
        """Where the words go in a button ``width`` wide, as tall as they need there."""
        widget = self._widget()
        room = max(width - self._text_left(), 1)
        bounds = QFontMetrics(widget.font()).boundingRect(
            QRect(0, 0, room, 100_000), _FLAGS, widget.text()
        )
        pad, row, line = self._rows()
        return QRect(self._text_left(), pad + (row - line) // 2, room, bounds.height())

    def _height_at(self, width: int) -> int:
        pad, row, _line = self._rows()
        base = self._one_line().height()
        return max(base, self._text_rect(width).bottom() + 1 + pad, pad + row + pad)

    def _minimum_width(self) -> int:
        """Room for the indicator and the longest word."""
        metrics = QFontMetrics(self._widget().font())
        words = _plain(self._widget().text()).split() or [""]
        return self._text_left() + max(metrics.horizontalAdvance(w) for w in words) + 2

    def _paint(self, _event: QPaintEvent) -> None:
        widget = self._widget()
        style = widget.style()
        option = self._option()
        pad, row, _line = self._rows()
        indicator = self._indicator()[0]
        painter = QPainter(widget)
        box = QStyleOptionButton(option)
        box.rect = QRect(0, pad + (row - indicator) // 2, indicator, indicator)
        style.drawPrimitive(self._PRIMITIVE, box, painter, widget)
        text = self._text_rect(widget.width())
        style.drawItemText(
            painter,
            text,
            _FLAGS,
            option.palette,
            widget.isEnabled(),
            widget.text(),
            QPalette.ColorRole.WindowText,
        )
        if widget.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(widget)
            focus.rect = text.adjusted(-2, -1, 2, 1).intersected(widget.rect())
            focus.backgroundColor = option.palette.color(QPalette.ColorRole.Window)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        painter.end()


class WrappingCheckBox(_Wrapping, QCheckBox):
    """A check box whose words wrap when it is narrow."""

    _INDICATOR = QStyle.PixelMetric.PM_IndicatorWidth
    _SPACING = QStyle.PixelMetric.PM_CheckBoxLabelSpacing
    _PRIMITIVE = QStyle.PrimitiveElement.PE_IndicatorCheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._setup()

    def _one_line(self) -> QSize:
        return QCheckBox.sizeHint(self)


class WrappingRadioButton(_Wrapping, QRadioButton):
    """A radio button whose words wrap when it is narrow."""

    _INDICATOR = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _SPACING = QStyle.PixelMetric.PM_RadioButtonLabelSpacing
    _PRIMITIVE = QStyle.PrimitiveElement.PE_IndicatorRadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, text, parent)
        self._setup()

    def _one_line(self) -> QSize:
        return QRadioButton.sizeHint(self)


class _KeepHeightForWidth(QObject):
    """Raises a window's minimum height to what its layout needs at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(watched.width())
                if needed > watched.minimumHeight() or (
                    needed < watched.minimumHeight() and watched.property("cpdlog_hfw")
                ):
                    watched.setProperty("cpdlog_hfw", True)
                    watched.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))
        return False


def keep_height_for_width(window: QWidget) -> None:
    """Qt gives a window (unlike a widget in a layout) no more height when its words wrap onto
    more lines at a narrower width: its rows were squeezed until they overlapped. This keeps
    the window's minimum height at what its layout needs at its current width."""
    keeper = _KeepHeightForWidth(window)
    window.installEventFilter(keeper)
