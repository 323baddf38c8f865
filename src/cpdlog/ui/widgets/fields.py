"""Form widgets the editor and dialogs share: inline errors, counted text, tags, drop targets."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cpdlog.ui.icons import icon
from cpdlog.ui.text import format_hours, plural, word_count


class FieldError(QWidget):
    """An inline message beside a field: an icon *and* words, so colour is never the only cue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon("warning").pixmap(16, 16))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setObjectName("fieldError")
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self.setAccessibleName(self.tr("Problem with this field"))
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText(message)
        self.setAccessibleDescription(message)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    @property
    def message(self) -> str:
        return self.label.text() if self.isVisible() or not self.isHidden() else ""


class FocusOutPlainTextEdit(QPlainTextEdit):
    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class CountedTextEdit(QWidget):
    """A text area with a live word count underneath."""

    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = FocusOutPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(90)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.edit)
        layout.addWidget(self.count_label)
        self.edit.textChanged.connect(self._changed)
        self.setFocusProxy(self.edit)
        self._update_count()

    def _changed(self) -> None:
        self._update_count()
        self.text_changed.emit()

    def _update_count(self) -> None:
        n = word_count(self.edit.toPlainText())
        self.count_label.setText(plural("CountedTextEdit", n, "%n word", "%n words"))

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def words(self) -> int:
        return word_count(self.text())


class TagsLineEdit(QLineEdit):
    """Comma-separated tags, completing the tag being typed from the tags already in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)

    def set_known_tags(self, tags: Sequence[str]) -> None:
        self._model.setStringList(list(tags))

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _current_prefix(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _update_completion(self, _text: str) -> None:
        prefix = self._current_prefix()
        if not prefix:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _insert_completion(self, completion: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head = before.rsplit(",", 1)[0] + ", " if "," in before else ""
        self.setText(f"{head}{completion}, {after.lstrip(', ')}".rstrip())
        self.setCursorPosition(len(head) + len(completion) + 2)
        self.textEdited.emit(self.text())


class FileDropList(QListWidget):
    """A list that accepts files dragged from the desktop."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)

    def _paths(self, event: Any) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [p for p in self._paths(event) if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()


DATE_FORMAT = "d MMM yyyy"  # 14 Mar 2026 (14 Maw 2026), in the widget's locale


def _month_names() -> dict[str, int]:
    """Month names and abbreviations a user may type: English and the user's language."""
    names: dict[str, int] = {}
    locale = QLocale()
    for month in range(1, 13):
        for name in (
            calendar.month_name[month],
            calendar.month_abbr[month],
            locale.monthName(month, QLocale.FormatType.LongFormat),
            locale.monthName(month, QLocale.FormatType.ShortFormat),
        ):
            if name:
                names[name.casefold().rstrip(".")] = month
    names["sept"] = 9
    return names


_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([^\W\d_]+)\.?,?(?:\s+(\d{4}))?$")
_WORDS_FIRST = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?$")


def parse_typed_date(
    text: str, year_if_missing: int | None = None, *, short_year: bool = True
) -> dt.date | None:
    """A date as a UK user types it: "11 Mar 2026", "11 March 2026", "11/3/2026",
    "11.03.26", "2026-03-11", "March 11, 2026". Day before month when numeric. Without a
    year, ``year_if_missing`` is used if given (else it is not a date yet). A two-digit
    year ("11/3/26") counts only with ``short_year``: while typing "11/3/2026" it would
    briefly read as 2020. None if the text is not (yet) a whole, real date."""
    cleaned = " ".join(text.strip().split())
    year: int | None
    if match := _ISO.match(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.match(cleaned):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            if not short_year:
                return None
            year += 2000
    elif (match := _WORDS.match(cleaned)) or (match := _WORDS_FIRST.match(cleaned)):
        first, second, year_text = match.groups()
        day_text, name = (first, second) if first.isdigit() else (second, first)
        found = _month_names().get(name.casefold())
        if found is None:
            return None
        day, month = int(day_text), found
        year = int(year_text) if year_text else year_if_missing
        if year is None:
            return None
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RegisteredOnField(QWidget):
    """The "registered on" row: "I know it:" ticked, then the date (which is off until then).

    ``value()`` is the date, or None when the box is not ticked. ``day`` is the date known
    so far (None: not known, the box starts unticked and the date shows ``today``)."""

    def __init__(self, day: dt.date | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("I know it:"), self)
        self.check.setAccessibleDescription(
            self.tr("Tick if you know the date you first registered, then type it beside")
        )
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Registration date"))
        self.date_edit.setAccessibleDescription(
            self.tr("Type the date, or press the up or down arrow key to change it")
        )
        self.date_edit.setDate(_to_qdate(day or today))
        self.check.setChecked(day is not None)
        self.date_edit.setEnabled(self.check.isChecked())
        self.check.toggled.connect(self.date_edit.setEnabled)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())


class DateField(QWidget):
    """A date typed as text ("11 Mar 2026", "11/3/26"...) or picked from a calendar.

    It replaces ``QDateEdit``, whose sections made typing over a selected date go wrong
    ("11 Mar 2026" typed after select-all gave 20 Mar). The text is read as a whole: the
    date changes once the text is a complete real date, and when typing ends the field
    shows it as "11 Mar 2026". Text that is not a date is put back to the last date and
    ``not_a_date`` says what was typed. Up/Down move a day; Alt+Down or F4 opens the calendar.
    Same calls as ``QDateEdit``: ``date``, ``setDate`` and ``dateChanged``.
    """

    dateChanged = Signal(QDate)
    not_a_date = Signal(str)  # text typed that is not a date (the field shows the last date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("For example 14 Mar 2026"))
        self.edit.setToolTip(self.tr("Type a date such as 14 Mar 2026 or 14/3/2026"))
        self._how = self.tr(
            "Type a date such as 14 Mar 2026, or press Alt+Down to choose from a calendar"
        )
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Choose from a calendar"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # a label's mnemonic needs a policy
        self.setAccessibleDescription("")  # how to type a date, for the field and its text
        # Room for the longest date in the app's language ("28 Gorff 2026" in Welsh).
        widest = max(
            self.edit.fontMetrics().horizontalAdvance(self._written(QDate(2026, month, 28)))
            for month in range(1, 13)
        )
        self.edit.setMinimumWidth(widest + 24)
        self._date = QDate.currentDate()
        self._popup: QCalendarWidget | None = None
        self._rejected: str | None = None  # text put back, until reported by commit()
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.show_calendar)
        self._show_date()

    # --- the QDateEdit calls the editor uses -------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        if not value.isValid():
            return
        changed = value != self._date
        self._rejected = None
        self._date = QDate(value)
        self._show_date()
        if changed:
            self.dateChanged.emit(QDate(value))

    def text(self) -> str:
        return self.edit.text()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        """What the date is (``description``), then how to type one: said for the field and
        for its text part (both are reported as focusable)."""
        combined = " ".join(part for part in (description, self._how) if part)
        super().setAccessibleDescription(combined)
        self.edit.setAccessibleDescription(combined)

    # --- typing --------------------------------------------------------------------------
    def _written(self, day: QDate) -> str:
        # The widget's locale (the app's language: cpdlog.ui.language), not QDate.toString,
        # which always writes English month names.
        return self.locale().toString(day, DATE_FORMAT)

    def _show_date(self) -> None:
        self.edit.setText(self._written(self._date))

    def _typed(self, text: str) -> None:
        self._rejected = None
        parsed = parse_typed_date(text, short_year=False)  # the whole date is not typed yet
        if parsed is not None and _to_qdate(parsed) != self._date:
            self._date = _to_qdate(parsed)
            self.dateChanged.emit(QDate(self._date))

    def commit(self) -> bool:
        """Take what is typed as the date now (a shortcut can save without leaving the
        field, so ``editingFinished`` has not come yet). False if it is not a date, or if
        text put back since was not yet reported this way (once: then the shown date holds).
        """
        rejected, self._rejected = self._rejected, None
        if rejected is not None:
            self.not_a_date.emit(rejected)
            return False
        return self._finished()

    def _finished(self) -> bool:
        text = self.edit.text()
        parsed = parse_typed_date(text, self._date.year())
        self._show_date()
        if parsed is None:
            if text.strip() and text != self._written(self._date):
                self._rejected = text
                self.not_a_date.emit(text)
                return False
        elif _to_qdate(parsed) != self._date:
            self._date = _to_qdate(parsed)
            self._show_date()
            self.dateChanged.emit(QDate(self._date))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.show_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
                self._finished()
                self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
                return True
        return super().eventFilter(watched, event)

    # --- calendar ------------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar under the field; picking a day sets it and closes it."""
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setGridVisible(True)
            popup.clicked.connect(self._picked)
            popup.activated.connect(self._picked)
            self._popup = popup
        self._popup.setSelectedDate(self._date)
        self._popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self._popup.show()
        self._popup.setFocus()
        return self._popup

    def _picked(self, value: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(value)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


_HOURS_WORDS = re.compile(
    r"^(?:(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hour|hours))?\s*"
    r"(?:(\d+)\s*(?:m|min|mins|minute|minutes))?$",
    re.IGNORECASE,
)


def parse_typed_hours(text: str) -> float | None:
    """Time spent as typed: "1 h 30 min", "1h30m", "90 min", "1.5", "1,5", "1:30".
    None if it is not a time (the editor's hours field then keeps its value)."""
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return None
    if match := re.fullmatch(r"(\d+):(\d{1,2})", cleaned):
        hours, minutes = int(match[1]), int(match[2])
        return hours + minutes / 60 if minutes < 60 else None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", cleaned):
        return float(cleaned.replace(",", "."))
    match = _HOURS_WORDS.fullmatch(cleaned)
    if match is None or not (match[1] or match[2]):
        return None
    whole = float(match[1].replace(",", ".")) if match[1] else 0.0
    return whole + (int(match[2]) / 60 if match[2] else 0.0)


class HoursSpinBox(QDoubleSpinBox):
    """Hours shown as the journal shows them ("1 h 30 min"), in quarter-hour steps; typing
    "1.5", "1:30" or "90 min" also works (a time between quarters is rounded down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 1000)
        self.setDecimals(2)
        self.setSingleStep(0.25)
        self.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)

    def textFromValue(self, value: float) -> str:
        return format_hours(value) if value else self.tr("0 h")

    def valueFromText(self, text: str) -> float:
        parsed = parse_typed_hours(text)
        if parsed is None:
            return self.value()
        return math.floor(parsed * 4 + 1e-9) / 4  # quarter hours, never more than typed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        parsed = parse_typed_hours(text)
        if parsed is not None and 0 <= parsed <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[\d\s.,:hHrRsSoOuUmMiInNtTeE]*", text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())
