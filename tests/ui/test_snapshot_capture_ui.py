"""The editor's "Fetch details" keeps the captured page's snapshot as evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cpdlog.capture.snapshot import make_snapshot
from cpdlog.domain.entry import ActivityType, Entry, Source
from cpdlog.services.app import App
from cpdlog.services.snapshot import SnapshotService
from cpdlog.ui.dialogs.entry_editor import EditorServices, EntryEditorDialog

DATA = Path(__file__).resolve().parents[1] / "capture" / "data"


def test_fetch_details_adds_the_snapshot_and_saving_keeps_it(app: App, qtbot: Any) -> None:
    snapshot = make_snapshot(
        (DATA / "blog_post.html").read_bytes(),
        "https://p.example/s",
        dt.datetime(2026, 11, 28, 10, tzinfo=dt.UTC),
    )

    def capture(url: str) -> Entry:
        draft = Entry(
            title=snapshot.title,
            activity_type=ActivityType.BLOG,
            start_date=dt.date(2026, 11, 28),
            hours=0.25,
            source=Source(url=url),
        )
        return SnapshotService(app).add_to_draft(draft, snapshot)

    dialog = EntryEditorDialog(EditorServices.from_app(app), None, capture_url=capture)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("https://p.example/s")
    dialog.fetch_details()  # no task runner: runs in place, as the dialog does in tests
    assert dialog.evidence_list.count() == 2
    names = [dialog.evidence_list.item(i).text() for i in range(2)]
    assert any("snapshot-p-example-2026-11-28.html" in n for n in names)
    entry = dialog.collect()
    assert [e.media_type for e in entry.evidence] == ["text/html", "text/plain"]
    saved = app.entries.add(entry)
    assert [e.filename for e in saved.evidence] == [e.filename for e in entry.evidence]
