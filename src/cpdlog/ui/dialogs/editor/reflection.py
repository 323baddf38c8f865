"""The Reflection tab: the template's prompts, each with its own counted text area."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cpdlog.domain.confidentiality import context_scorer, model
from cpdlog.domain.entry import Entry, Reflection
from cpdlog.domain.templates import (
    CARRIED_OVER_KEY,
    CARRIED_OVER_PROMPT,
    CARRIED_OVER_SECTION,
    Template,
    TemplateSection,
    switch_template,
)
from cpdlog.ui.dialogs.editor.form import TabPage
from cpdlog.ui.text import tr, tr_domain
from cpdlog.ui.widgets.fields import CountedTextEdit, FieldError

CONTEXT = "EntryEditorDialog"  # translated as the editor's own strings

TextAreaHook = Callable[[QPlainTextEdit, str], None]


class _SectionEditor(QWidget):
    """One template prompt: its wording, guidance and a counted text area.

    (Named with an underscore because its strings are translated under that name.)
    """

    def __init__(self, prompt: str, guidance: str, required: bool, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(3)
        text = prompt + (" " + self.tr("(required)") if required else "")
        # The label has a buddy, so Qt would read an "&" in a prompt as a mnemonic.
        self.label = QLabel(text.replace("&", "&&"), self)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.guidance = QLabel(guidance, self)
        self.guidance.setWordWrap(True)
        self.guidance.setVisible(bool(guidance))
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.text = CountedTextEdit(self)
        # Screen readers hear "required" too, not only sighted users (the label's suffix).
        self.required = required
        self.text.edit.setAccessibleName(
            self.tr("{prompt} (required)").format(prompt=prompt) if required else prompt
        )
        # ...and why: Qt has no "required" accessible state to set, so the description says it.
        self.text.edit.setAccessibleDescription(
            " ".join(
                part
                for part in (
                    self.tr("Required: the entry is a draft, and not counted, until this has text.")
                    if required
                    else self.tr("Optional: leave it empty if it does not apply."),
                    guidance,
                )
                if part
            )
        )
        self.text.edit.setProperty("required", required)
        self.label.setBuddy(self.text.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.text)


class ReflectionTab(TabPage):
    """The reflection template and its sections.

    Switching template carries the text to the new template's sections (what has no home
    goes under "carried over") and emits ``template_switched`` so the editor can keep the
    draft at once. ``on_text_area(edit, field)`` is called for each section's text area as it
    is shown, ``on_text_areas_gone(prefix)`` before the shown ones are removed.
    """

    template_switched = Signal()

    def __init__(
        self,
        templates: Mapping[str, Template],
        on_text_area: TextAreaHook,
        on_text_areas_gone: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._on_text_area = on_text_area
        self._on_text_areas_gone = on_text_areas_gone
        self._section_texts: dict[str, str] = {}
        self._section_editors: dict[str, _SectionEditor] = {}
        self._shown_template = ""
        self._loading = False

        page = QWidget(self)
        layout = QVBoxLayout(page)
        top = QFormLayout()
        self.template_combo = QComboBox(page)
        for template in templates.values():
            self.template_combo.addItem(tr_domain(template.name), template.id)
        label = QLabel(tr(CONTEXT, "Te&mplate:"), page)
        label.setBuddy(self.template_combo)
        self.template_combo.setAccessibleName(tr(CONTEXT, "Reflection template"))
        self.template_combo.setAccessibleDescription(
            tr(CONTEXT, "The questions your reflection answers; changing it moves your text across")
        )
        top.addRow(label, self.template_combo)
        layout.addLayout(top)
        self.template_description = QLabel(page)
        self.template_description.setWordWrap(True)
        layout.addWidget(self.template_description)
        self.template_notice = QLabel(
            tr(
                CONTEXT,
                "Your text has moved to the matching sections. Text this template has no "
                "section for is at the end, under “{title}”.",
            ).format(title=tr_domain(CARRIED_OVER_PROMPT)),
            page,
        )
        self.template_notice.setObjectName("templateNotice")
        self.template_notice.setWordWrap(True)
        self.template_notice.hide()
        layout.addWidget(self.template_notice)
        self.model_note = QLabel(tr_domain(model.LIMITED_NOTE), page)
        self.model_note.setObjectName("names-check-limited")
        self.model_note.setWordWrap(True)
        self.show_model_note()
        layout.addWidget(self.model_note)
        self.reflection_error = FieldError(page)
        layout.addWidget(self.reflection_error)
        self._sections_host = QWidget(page)
        self._sections_layout = QVBoxLayout(self._sections_host)
        self._sections_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._sections_host)
        layout.addStretch(1)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.errors["reflection"] = self.errors["template"] = self.reflection_error
        self.focus["reflection"] = self.focus["template"] = self.template_combo
        self.scrolled(page)

    # --- the interface -----------------------------------------------------------------------
    def load(self, entry: Entry) -> None:
        self._loading = True
        try:
            self._section_texts = dict(entry.reflection.sections)
            template_id = entry.reflection.template_id
            index = self.template_combo.findData(template_id)
            if index < 0:
                self.template_combo.addItem(template_id, template_id)
                index = self.template_combo.count() - 1
            self.template_combo.setCurrentIndex(index)
            self._show_sections(template_id)
        finally:
            self._loading = False

    def write_into(self, entry: Entry) -> None:
        self._store_section_texts()
        template = self._templates.get(self.template_combo.currentData())
        keys = [*template.keys, CARRIED_OVER_KEY] if template else list(self._section_texts)
        sections = {
            k: self._section_texts[k] for k in keys if self._section_texts.get(k, "").strip()
        }
        entry.reflection = Reflection(str(self.template_combo.currentData()), sections)

    def section_edit(self, key: str) -> CountedTextEdit:
        return self._section_editors[key].text

    @property
    def section_editors(self) -> dict[str, _SectionEditor]:
        """The shown sections by key (in the template's order)."""
        return self._section_editors

    def show_model_note(self) -> None:
        """Say so when the names check is limited: no names model, or no trained scorer."""
        notes = [
            tr_domain(note)
            for note, limited in (
                (model.LIMITED_NOTE, model.limited()),
                (context_scorer.LIMITED_NOTE, bool(context_scorer.status())),
            )
            if limited
        ]
        if notes:
            self.model_note.setText(" ".join(notes))
        self.model_note.setVisible(bool(notes))

    # --- sections ----------------------------------------------------------------------------
    def _store_section_texts(self) -> None:
        for key, editor in self._section_editors.items():
            self._section_texts[key] = editor.text.text()

    def _show_sections(self, template_id: str) -> None:
        """Show the template's sections (and the carried-over one if it holds text) with
        the texts in ``_section_texts``, which must already be the current template's."""
        self._on_text_areas_gone("reflection.")  # their text areas are going
        for editor in self._section_editors.values():
            self._sections_layout.removeWidget(editor)
            editor.hide()
            editor.deleteLater()  # still the tab's child, so it never outlives it
        self._section_editors = {}
        self._shown_template = template_id
        template = self._templates.get(template_id)
        self.template_description.setText(tr_domain(template.description) if template else "")
        if template is None:
            sections = [TemplateSection(k, k) for k in self._section_texts if k != CARRIED_OVER_KEY]
        else:
            sections = list(template.sections)
        if self._section_texts.get(CARRIED_OVER_KEY, "").strip():
            sections.append(CARRIED_OVER_SECTION)
        for section in sections:
            editor = _SectionEditor(
                tr_domain(section.prompt),
                tr_domain(section.guidance),
                section.required,
                self._sections_host,
            )
            editor.text.set_text(self._section_texts.get(section.key, ""))
            editor.text.text_changed.connect(self._changed)
            self._on_text_area(editor.text.edit, f"reflection.{section.key}")
            editor.setObjectName(f"section-{section.key}")
            self._sections_layout.addWidget(editor)
            self._section_editors[section.key] = editor
        previous: QWidget = self.template_combo
        for editor in self._section_editors.values():
            QWidget.setTabOrder(previous, editor.text.edit)
            previous = editor.text.edit

    def _template_changed(self, _index: int) -> None:
        """Carry the text to the new template's sections (``changed``, then
        ``template_switched``)."""
        if self._loading:
            return
        self._store_section_texts()
        target_id = str(self.template_combo.currentData())
        target = self._templates.get(target_id)
        if target is not None:
            self._section_texts = switch_template(
                self._section_texts,
                self._templates.get(self._shown_template),
                target,
                self._templates.values(),
                tr_domain,
            )
        self._show_sections(target_id)
        carried = CARRIED_OVER_KEY in self._section_editors
        self.template_notice.setVisible(carried)
        self.changed.emit()
        self.template_switched.emit()
