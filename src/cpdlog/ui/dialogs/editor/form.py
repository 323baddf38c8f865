"""What the editor's tabs share: labelled rows with inline errors, and the tab interface."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import QDate, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cpdlog.domain.entry import Entry
from cpdlog.ui.a11y import describe
from cpdlog.ui.widgets.fields import DateField, FieldError
from cpdlog.ui.widgets.wrapping import WrappingCheckBox


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EntryTab(Protocol):
    """What the editor asks of each tab.

    ``load`` shows an entry, ``write_into`` copies the tab's fields into a draft entry, and
    ``changed`` is emitted when the user edits something. ``errors`` holds the inline error of
    each field (named as :class:`ValidationError` names it) and ``focus`` the control an error
    takes the user to.
    """

    @property
    def changed(self) -> SignalInstance: ...

    errors: dict[str, FieldError]
    focus: dict[str, QWidget]

    def load(self, entry: Entry) -> None: ...

    def write_into(self, entry: Entry) -> None: ...


class TabPage(QWidget):
    """The base of the editor's tabs: the ``changed`` signal and labelled rows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, FieldError] = {}
        self.focus: dict[str, QWidget] = {}

    def _changed(self, *_args: object) -> None:
        self.changed.emit()

    def scrolled(self, inner: QWidget) -> QScrollArea:
        """``inner`` in a frameless scroll area filling this tab."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        layout.addWidget(area)
        return area

    def row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget,
        name: str,
        focus: QWidget | None = None,
        description: str = "",
    ) -> FieldError:
        """Add a labelled row with its own inline error underneath.

        ``focus`` is the control inside ``field`` that the label names (its buddy);
        ``description`` is its accessible description: what goes in it, or what it does.
        """
        target = focus or field
        label = QLabel(text, field.parentWidget())
        label.setBuddy(target)
        row_name = label.text().replace("&", "").rstrip(":")
        if description:
            describe(target, description)
        if isinstance(target, QAbstractButton) and target.text():
            # A tick box is read by its own words; without a description the row's label
            # says what it is about.
            if not target.accessibleDescription():
                target.setAccessibleDescription(row_name)
        elif not target.accessibleName():
            target.setAccessibleName(row_name)
        box = QWidget(field.parentWidget())
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        error = FieldError(box)
        layout.addWidget(error)
        form.addRow(label, box)
        self.errors[name] = error
        self.focus[name] = target
        return error


def optional_date(
    parent: QWidget, check_text: str, accessible_name: str, description: str
) -> tuple[QWidget, QCheckBox, DateField]:
    """A tick box that turns on a date field beside it (end date, peer discussion date);
    ``description`` says what the date is."""
    holder = QWidget(parent)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    check = WrappingCheckBox(check_text, holder)
    edit = DateField(holder)
    edit.setEnabled(False)
    edit.setAccessibleName(accessible_name)
    edit.setAccessibleDescription(description)
    check.toggled.connect(edit.setEnabled)
    layout.addWidget(check, 1)  # its words wrap when the row is narrow
    layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
    return holder, check, edit
