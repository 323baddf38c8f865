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
from tests.conftest import make_entry

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


def _snapshot_capture(app: App) -> Any:
    snapshot = make_snapshot(
        (DATA / "blog_post.html").read_bytes(),
        "https://p.example/s",
        dt.datetime(2026, 11, 28, 10, tzinfo=dt.UTC),
    )

    def capture(url: str) -> Entry:  # what FeedService.capture_url does: stores the snapshot
        draft = Entry(
            title=snapshot.title,
            activity_type=ActivityType.BLOG,
            start_date=dt.date(2026, 11, 28),
            hours=0.25,
            source=Source(url=url),
        )
        return SnapshotService(app).add_to_draft(draft, snapshot)

    return capture


def test_cancelling_a_fetched_draft_deletes_its_snapshot(app: App, qtbot: Any) -> None:
    from cpdlog.ui.tasks import TaskRunner

    kept = app.entries.add(
        SnapshotService(app).add_to_draft(
            make_entry(),
            make_snapshot(
                (DATA / "news_article.html").read_bytes(),
                "https://n.example/a",
                dt.datetime(2026, 11, 27, 9, tzinfo=dt.UTC),
            ),
        )
    )
    tasks = TaskRunner()
    dialog = EntryEditorDialog(
        EditorServices.from_app(app), None, tasks=tasks, capture_url=_snapshot_capture(app)
    )
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("https://p.example/s")
    dialog.fetch_details()  # on a worker, as in the app
    qtbot.waitUntil(lambda: dialog.evidence_list.count() == 2)
    shas = [ev.sha256 for ev in dialog.collect().evidence]
    assert all(app.evidence_store.has(s) for s in shas)
    dialog.discard()  # Cancel, then "Discard changes"
    qtbot.waitUntil(lambda: not any(app.evidence_store.has(s) for s in shas))
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert all(app.evidence_store.has(ev.sha256) for ev in kept.evidence)  # another entry's
    assert app.entries.list_entries()[0].id == kept.id


def test_a_snapshot_taken_off_before_saving_is_deleted(app: App, qtbot: Any) -> None:
    dialog = EntryEditorDialog(
        EditorServices.from_app(app), None, capture_url=_snapshot_capture(app)
    )
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("https://p.example/s")
    dialog.fetch_details()
    html, text = dialog.collect().evidence
    dialog.evidence_list.setCurrentRow(1)
    dialog.evidence.remove_evidence()  # keeps only the HTML snapshot
    with qtbot.waitSignal(dialog.entry_saved) as saved:
        dialog.save(as_draft=True)
    entry = saved.args[0]
    assert [ev.sha256 for ev in entry.evidence] == [html.sha256]
    assert app.evidence_store.has(html.sha256)
    assert not app.evidence_store.has(text.sha256)


def test_discarding_a_recovered_draft_deletes_its_snapshot(onboarded: App, qtbot: Any) -> None:
    from cpdlog.ui.drafts import Draft
    from cpdlog.ui.main_window import MainWindow
    from cpdlog.ui.tasks import TaskRunner

    window = MainWindow(onboarded, tasks=TaskRunner(), check_startup=False)
    qtbot.addWidget(window)
    capture = _snapshot_capture(onboarded)
    gone = Draft("new-abc", capture("https://p.example/s"))
    other = Draft("new-def", gone.entry.copy())  # another unsaved draft with the same files
    shared = [ev.sha256 for ev in gone.entry.evidence]
    for draft in (gone, other):
        window.drafts.save(draft, onboarded.clock())
    window._discard_drafts([gone])
    qtbot.waitUntil(lambda: window.tasks.running == 0)
    assert all(onboarded.evidence_store.has(s) for s in shared)  # still the other draft's
    window._discard_drafts([other])
    qtbot.waitUntil(lambda: not any(onboarded.evidence_store.has(s) for s in shared))
