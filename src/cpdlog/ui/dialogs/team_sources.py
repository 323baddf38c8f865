"""The sources a team's lead recommends on the organisation's cpdlog server: shown in their
folders, ticked to follow (they go into the "Team sources" folder of the Reader)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdlog.services.team import TeamSourceRecord
from cpdlog.ui.a11y import describe_button


class TeamSourcesDialog(QDialog):
    """``chosen()``: the ids of the ticked sources not followed yet."""

    def __init__(
        self,
        sources: Sequence[TeamSourceRecord],
        followed_urls: set[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TeamSourcesDialog")
        self.setWindowTitle(self.tr("Your team's sources"))
        self.setMinimumSize(480, 360)
        layout = QVBoxLayout(self)
        if sources:
            text = self.tr(
                "Your team's lead recommends these feeds. Tick the ones you want to follow; they "
                "go into the Team sources folder of the Reader."
            )
        else:
            text = self.tr("Your team's lead has not recommended any sources yet.")
        intro = QLabel(text, self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Your team's sources by folder"))
        self.tree.setAccessibleDescription(
            self.tr("Tick the sources your team's lead recommends that you want to follow")
        )
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        folders: dict[str, QTreeWidgetItem] = {}
        for source in sources:
            folder = source.folder or self.tr("Team sources")
            group = folders.get(folder)
            if group is None:
                group = QTreeWidgetItem(self.tree, [folder])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                folders[folder] = group
            followed = source.url in followed_urls
            label = source.title + (self.tr(" (followed)") if followed else "")
            row = QTreeWidgetItem(group, [label])
            row.setToolTip(0, source.url)
            row.setData(0, Qt.ItemDataRole.UserRole, source.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if followed else Qt.CheckState.Unchecked)
            row.setDisabled(followed)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Follow the ticked sources"))
        self.ok_button.setAccessibleDescription(
            self.tr("Adds the ticked sources to the Team sources folder of the Reader")
        )
        describe_button(
            buttons,
            QDialogButtonBox.StandardButton.Cancel,
            self.tr("Closes this window without following anything"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None:
                    found.append(child)
        return found

    def chosen(self) -> list[int]:
        return [
            int(row.data(0, Qt.ItemDataRole.UserRole))
            for row in self.rows()
            if row.checkState(0) == Qt.CheckState.Checked and not row.isDisabled()
        ]
