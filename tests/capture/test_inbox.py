"""The Inbox flag survives a JSON export and import."""

from __future__ import annotations

from pathlib import Path

from cpdlog.capture.models import Capture
from cpdlog.services.app import App
from tests.conftest import FIXED_NOW, make_entry


def test_inbox_drafts_stay_in_the_inbox_after_export_and_import(app: App, tmp_path: Path):
    app.capture.receive(Capture("https://example.org/a", "Captured page", "Quoted words."))
    app.entries.add(make_entry("Finished entry"))
    out = tmp_path / "journal.json"
    assert app.transfer.export_json(out) == 2
    other = App.open(tmp_path / "other", clock=lambda: FIXED_NOW)
    try:
        other.transfer.import_json(out)
        assert [e.title for e in other.capture.inbox()] == ["Captured page"]
        assert other.capture.inbox_count() == 1
    finally:
        other.close()
