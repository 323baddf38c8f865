"""The wrapping row the Reader's top controls sit in (``ui/widgets/wrap_row.py``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from cpdlog.ui.widgets.wrap_row import wrap_row


def test_two_groups_share_a_line_when_they_fit_and_stack_when_not(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = [QPushButton(f"Button number {n}", parent) for n in range(3)]
    search = QLineEdit(parent)
    search.setMinimumWidth(120)
    row = wrap_row(parent, [first, [QPushButton("Unread only", parent), search]])
    layout = row.layout()
    assert layout is not None and layout.count() == 2
    buttons, searching = (layout.itemAt(i).widget() for i in range(2))  # type: ignore[union-attr]
    # the least width is that of the wider group, not of both side by side
    assert row.minimumSizeHint().width() == max(
        buttons.minimumSizeHint().width(), searching.minimumSizeHint().width()
    )
    wide = buttons.sizeHint().width() + 16 + searching.minimumSizeHint().width() + 200
    row.resize(wide, row.heightForWidth(wide))
    parent.show()
    qtbot.waitUntil(lambda: searching.geometry().width() > 0)
    assert searching.y() == buttons.y()  # one line
    assert searching.geometry().right() == wide - 1  # the search half takes the rest
    assert row.heightForWidth(wide) == max(
        buttons.sizeHint().height(), searching.sizeHint().height()
    )

    narrow = buttons.sizeHint().width() + 10
    row.resize(narrow, row.heightForWidth(narrow))
    qtbot.waitUntil(lambda: searching.y() > buttons.y())
    assert searching.y() >= buttons.geometry().bottom()  # under the buttons
    assert searching.width() == narrow and searching.x() == 0
    assert row.heightForWidth(narrow) > row.heightForWidth(wide)
    # the keyboard order is the order given
    assert first[0].nextInFocusChain() is first[1]
