"""The Details tab: title, type, dates, hours, the source, tags, delivery and topics."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from cpdlog.domain.entry import ActivityType, Delivery, Entry, EntryStatus, Source
from cpdlog.domain.suggestion import HoursBasis, HoursSuggestion
from cpdlog.domain.topics import Topic
from cpdlog.ui.a11y import add_to_description
from cpdlog.ui.dialogs.editor.form import TabPage, optional_date, pydate, qdate
from cpdlog.ui.text import activity_label, format_date, tr, tr_domain
from cpdlog.ui.widgets.fields import CountedTextEdit, DateField, HoursSpinBox, TagsLineEdit
from cpdlog.ui.widgets.wrapping import WrappingCheckBox

CONTEXT = "EntryEditorDialog"  # translated as the editor's own strings

TopicRole = Qt.ItemDataRole.UserRole + 3


class DetailsTab(TabPage):
    """Every field of an entry that is not its reflection, standards, peer or evidence.

    ``fetch_requested`` is emitted by the Fetch details button (the editor runs the fetch
    and hands the result to :meth:`fill_from`).
    """

    fetch_requested = Signal()

    def __init__(
        self,
        known_tags: list[str],
        known_topics: list[Topic],
        can_fetch: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a label goes above its field when both do not fit on one line (Welsh, large text)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.title_edit = QLineEdit(page)
        self.title_edit.setPlaceholderText(tr(CONTEXT, "What was the learning?"))
        self.row(
            form,
            tr(CONTEXT, "T&itle:"),
            self.title_edit,
            "title",
            description=tr(CONTEXT, "A short name for the learning, shown in your journal"),
        )

        self.type_combo = QComboBox(page)
        for activity in ActivityType:
            self.type_combo.addItem(activity_label(activity), activity.value)
        self.row(
            form,
            tr(CONTEXT, "T&ype:"),
            self.type_combo,
            "activity_type",
            description=tr(
                CONTEXT, "What kind of learning it was, such as a course, reading or supervision"
            ),
        )

        self.date_edit = DateField(page)
        self.row(
            form,
            tr(CONTEXT, "D&ate:"),
            self.date_edit,
            "date",
            description=tr(CONTEXT, "The day of the learning, or its first day."),
        )

        ends, self.end_check, self.end_edit = optional_date(
            page,
            tr(CONTEXT, "Lasted more than one day, until"),
            tr(CONTEXT, "End date"),
            tr(CONTEXT, "The last day of the learning."),
        )
        self.row(
            form,
            tr(CONTEXT, "&Ends:"),
            ends,
            "end_date",
            focus=self.end_check,
            description=tr(
                CONTEXT, "Tick if the learning went on for several days, then give the last day"
            ),
        )
        self.focus["end_date"] = self.end_edit
        self._start_date = self.date_edit.date()
        self.date_edit.dateChanged.connect(self._start_changed)
        for field, name in ((self.date_edit, "date"), (self.end_edit, "end_date")):
            field.not_a_date.connect(lambda text, f=field, n=name: self.not_a_date(text, f, n))
            field.dateChanged.connect(lambda _d, n=name: self.errors[n].clear())

        hours = QWidget(page)
        hours_layout = QHBoxLayout(hours)
        hours_layout.setContentsMargins(0, 0, 0, 0)
        self.hours_spin = HoursSpinBox(hours)
        # Where a captured item's suggested hours came from (its length, its reading time).
        self.hours_hint = QLabel(hours)
        self.hours_hint.setObjectName("hoursHint")
        self.hours_hint.setWordWrap(True)
        self.hours_hint.hide()
        hours_layout.addWidget(self.hours_spin)
        hours_layout.addWidget(self.hours_hint, 1)
        self.row(
            form,
            tr(CONTEXT, "&Hours:"),
            hours,
            "hours",
            focus=self.hours_spin,
            description=tr(CONTEXT, "How long the learning took, in hours"),
        )

        self.draft_check = WrappingCheckBox(
            tr(CONTEXT, "Draft: not finished, so not counted yet"), page
        )
        self.row(
            form,
            tr(CONTEXT, "Stat&us:"),
            self.draft_check,
            "status",
            description=tr(
                CONTEXT,
                "Tick while the entry is unfinished: a draft does not count "
                "towards your requirements",
            ),
        )

        link = QWidget(page)
        link_layout = QHBoxLayout(link)
        link_layout.setContentsMargins(0, 0, 0, 0)
        self.url_edit = QLineEdit(link)
        self.url_edit.setPlaceholderText("https://")
        self.fetch_button = QPushButton(tr(CONTEXT, "&Fetch details"), link)
        self.fetch_button.setToolTip(
            tr(CONTEXT, "Read the page's title, author, site and date into the empty fields")
        )
        self.fetch_button.setAccessibleName(tr(CONTEXT, "Fetch details from the link"))
        self.fetch_button.setEnabled(can_fetch)
        self.fetch_button.clicked.connect(self.fetch_requested)
        link_layout.addWidget(self.url_edit, 1)
        link_layout.addWidget(self.fetch_button)
        self.row(
            form,
            tr(CONTEXT, "&Link:"),
            link,
            "url",
            focus=self.url_edit,
            description=tr(CONTEXT, "The web address of the learning, if it has one"),
        )

        self.provider_edit = QLineEdit(page)
        self.row(
            form,
            tr(CONTEXT, "Pr&ovider or site:"),
            self.provider_edit,
            "provider",
            description=tr(CONTEXT, "Who ran or published the learning, such as a trainer"),
        )
        self.author_edit = QLineEdit(page)
        self.row(
            form,
            tr(CONTEXT, "Author or spea&ker:"),
            self.author_edit,
            "author",
            description=tr(CONTEXT, "Who wrote it, or who gave the talk"),
        )
        self.publication_edit = QLineEdit(page)
        self.row(
            form,
            tr(CONTEXT, "Pu&blication:"),
            self.publication_edit,
            "publication",
            description=tr(CONTEXT, "The journal, magazine or book it appeared in"),
        )

        self.tags_edit = TagsLineEdit(page)
        self.tags_edit.setPlaceholderText(tr(CONTEXT, "Separate tags with commas"))
        self.tags_edit.set_known_tags(known_tags)
        self.row(
            form,
            tr(CONTEXT, "Ta&gs:"),
            self.tags_edit,
            "tags",
            description=tr(CONTEXT, "Your own words for grouping entries, separated by commas"),
        )

        # What regulators' rules look at: how it was delivered, the provider's approval
        # number, and the topics it covered (ethics, boundaries, ...).
        self.delivery_combo = QComboBox(page)
        self.delivery_combo.addItem(tr(CONTEXT, "Not stated"), None)
        for delivery in Delivery:
            self.delivery_combo.addItem(tr_domain(delivery.label), delivery.value)
        self.delivery_combo.setToolTip(
            tr(CONTEXT, "Some regulators limit self-study hours or ask for live learning")
        )
        self.row(
            form,
            tr(CONTEXT, "Ho&w it was delivered:"),
            self.delivery_combo,
            "delivery",
            description=tr(
                CONTEXT,
                "Whether it was live, interactive online or self-study: some regulators "
                "limit self-study hours",
            ),
        )
        self.approval_edit = QLineEdit(page)
        self.approval_edit.setPlaceholderText(
            tr(CONTEXT, "The provider's approval number with your regulator, if it has one")
        )
        self.approval_edit.setAccessibleName(tr(CONTEXT, "Provider approval number"))
        self.row(
            form,
            tr(CONTEXT, "Approval nu&mber:"),
            self.approval_edit,
            "provider_approval",
            description=tr(
                CONTEXT, "The provider's approval number with your regulator, if it has one"
            ),
        )
        self.topics_list = QListWidget(page)
        self.topics_list.setAccessibleName(tr(CONTEXT, "Topics covered"))
        self.topics_list.setAccessibleDescription(
            tr(CONTEXT, "Tick each topic the learning covered; press Space to tick")
        )
        for topic in known_topics:
            item = QListWidgetItem(tr_domain(topic.label), self.topics_list)
            item.setData(TopicRole, topic.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = max(1, min(8, len(known_topics)))
        row_height = max(self.topics_list.sizeHintForRow(0), self.fontMetrics().height() + 2)
        self.topics_list.setFixedHeight(row_height * rows + 2 * self.topics_list.frameWidth() + 4)
        self.topics_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.row(form, tr(CONTEXT, "Topi&cs:"), self.topics_list, "topics")

        self.notes_edit = CountedTextEdit(page)
        self.notes_edit.edit.setPlaceholderText(
            tr(CONTEXT, "Notes about the source (not your reflection)")
        )
        self.notes_edit.edit.setMinimumHeight(70)
        self.row(
            form,
            tr(CONTEXT, "Source &notes:"),
            self.notes_edit,
            "notes",
            focus=self.notes_edit.edit,
            description=tr(
                CONTEXT, "Notes about the source, such as what it covered; not your reflection"
            ),
        )
        self.scrolled(page)
        self._connect_changes()

    def _connect_changes(self) -> None:
        for line in (
            self.title_edit,
            self.url_edit,
            self.provider_edit,
            self.author_edit,
            self.publication_edit,
            self.tags_edit,
            self.approval_edit,
        ):
            line.textEdited.connect(self._changed)
        self.title_edit.textEdited.connect(lambda _t: self.errors["title"].clear())
        self.topics_list.itemChanged.connect(self._changed)
        for combo in (self.type_combo, self.delivery_combo):
            combo.currentIndexChanged.connect(self._changed)
        for date in (self.date_edit, self.end_edit):
            date.dateChanged.connect(self._changed)
        for check in (self.end_check, self.draft_check):
            check.toggled.connect(self._changed)
        self.hours_spin.valueChanged.connect(self._changed)
        self.hours_spin.valueChanged.connect(lambda _v: self.errors["hours"].clear())
        self.notes_edit.text_changed.connect(self._changed)

    # --- the interface -----------------------------------------------------------------------
    def load(self, entry: Entry) -> None:
        self.title_edit.setText(entry.title)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(entry.activity_type.value)))
        self.date_edit.setDate(qdate(entry.start_date))
        self.end_check.setChecked(entry.end_date is not None)
        self.end_edit.setDate(qdate(entry.end_date or entry.start_date))
        self.hours_spin.setValue(entry.hours)
        self.show_hours_suggestion(entry.hours_suggestion)
        self.draft_check.setChecked(entry.is_draft)
        self.url_edit.setText(entry.source.url)
        self.provider_edit.setText(entry.source.provider)
        self.author_edit.setText(entry.source.author)
        self.publication_edit.setText(entry.source.publication)
        self.notes_edit.set_text(entry.source.notes)
        self.tags_edit.set_tags(entry.tags)
        delivery = entry.delivery.value if entry.delivery is not None else None
        self.delivery_combo.setCurrentIndex(max(0, self.delivery_combo.findData(delivery)))
        self.approval_edit.setText(entry.provider_approval)
        self.set_topics(entry.topics)

    def write_into(self, entry: Entry) -> None:
        entry.title = self.title_edit.text()
        entry.activity_type = ActivityType(self.type_combo.currentData())
        entry.start_date = pydate(self.date_edit.date())
        entry.end_date = pydate(self.end_edit.date()) if self.end_check.isChecked() else None
        entry.hours = self.hours_spin.value()
        entry.status = EntryStatus.DRAFT if self.draft_check.isChecked() else EntryStatus.COMPLETE
        entry.source = Source(
            url=self.url_edit.text().strip(),
            provider=self.provider_edit.text().strip(),
            author=self.author_edit.text().strip(),
            publication=self.publication_edit.text().strip(),
            notes=self.notes_edit.text(),
        )
        entry.tags = self.tags_edit.tags()
        delivery = self.delivery_combo.currentData()
        entry.delivery = Delivery(delivery) if delivery else None
        entry.provider_approval = self.approval_edit.text().strip()
        entry.topics = self.checked_topics()

    def date_fields(self) -> list[tuple[DateField, str]]:
        """The date fields and the names their errors go under."""
        return [(self.date_edit, "date"), (self.end_edit, "end_date")]

    # --- dates -------------------------------------------------------------------------------
    def _start_changed(self, start: QDate) -> None:
        """The end date follows the start while it is unset, the same, or would be before."""
        end = self.end_edit.date()
        if not self.end_check.isChecked() or end == self._start_date or end < start:
            self.end_edit.setDate(start)
        self._start_date = QDate(start)

    def not_a_date(self, text: str, field: DateField, name: str) -> None:
        message = tr(
            CONTEXT,
            "“{text}” is not a date, so it is still {date}. Type a date such as 14 Mar 2026.",
        )
        date = format_date(pydate(field.date()))
        self.errors[name].show_message(message.format(text=text.strip(), date=date))

    # --- topics ------------------------------------------------------------------------------
    def set_topics(self, topic_ids: list[str]) -> None:
        wanted = set(topic_ids)
        shown = set()
        for i in range(self.topics_list.count()):
            item = self.topics_list.item(i)
            tid = item.data(TopicRole)
            shown.add(tid)
            checked = tid in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for tid in topic_ids:  # a topic the data file no longer lists is kept, not dropped
            if tid not in shown:
                item = QListWidgetItem(tid, self.topics_list)
                item.setData(TopicRole, tid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

    def checked_topics(self) -> list[str]:
        """The ids of the ticked topics, in the list's order."""
        return [
            str(item.data(TopicRole))
            for i in range(self.topics_list.count())
            if (item := self.topics_list.item(i)).checkState() == Qt.CheckState.Checked
        ]

    # --- suggested hours ---------------------------------------------------------------------
    def show_hours_suggestion(self, suggestion: HoursSuggestion | None) -> None:
        """Say where the suggested hours came from (nothing when there was no suggestion)."""
        if suggestion is None:
            self.hours_hint.clear()
            self.hours_hint.hide()
            add_to_description(self.hours_spin, "")
            return
        texts = {
            HoursBasis.PODCAST_LENGTH: tr(CONTEXT, "Suggested from the podcast's length ({n} min)"),
            HoursBasis.VIDEO_LENGTH: tr(CONTEXT, "Suggested from the video's length ({n} min)"),
            HoursBasis.AUDIO_FILE_SIZE: tr(
                CONTEXT, "Suggested from the size of the podcast's file (about {n} min)"
            ),
            HoursBasis.READING_TIME: tr(CONTEXT, "Suggested from reading time (about {n} min)"),
        }
        text = (
            texts[suggestion.basis].format(n=suggestion.minutes)
            + ". "
            + tr(CONTEXT, "Change it to the time you spent.")
        )
        self.hours_hint.setText(text)
        self.hours_hint.show()
        add_to_description(self.hours_spin, text)

    # --- fetch details -----------------------------------------------------------------------
    def set_fetching(self, fetching: bool) -> None:
        self.fetch_button.setEnabled(not fetching)
        self.fetch_button.setText(
            tr(CONTEXT, "Fetching…") if fetching else tr(CONTEXT, "&Fetch details")
        )

    def fill_from(self, captured: Entry) -> None:
        """Fill the empty fields from a captured page (the type, date and hours only when
        the title was empty too: a fresh entry)."""
        fresh = not self.title_edit.text().strip()
        fills = (
            (self.title_edit, captured.title),
            (self.provider_edit, captured.source.provider),
            (self.author_edit, captured.source.author),
            (self.publication_edit, captured.source.publication),
        )
        for edit, value in fills:
            if value and not edit.text().strip():
                edit.setText(value)
        if captured.source.url:
            self.url_edit.setText(captured.source.url)
        if captured.source.notes and not self.notes_edit.text().strip():
            self.notes_edit.set_text(captured.source.notes)
        if fresh:
            self.type_combo.setCurrentIndex(
                max(0, self.type_combo.findData(captured.activity_type.value))
            )
            self.date_edit.setDate(qdate(captured.start_date))
            if self.hours_spin.value() == 0 and captured.hours:
                self.hours_spin.setValue(captured.hours)
                self.show_hours_suggestion(captured.hours_suggestion)
