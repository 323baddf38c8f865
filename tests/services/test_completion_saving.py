"""Every save path applies the completeness rule: add, update, import and logging an item."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cpdlog.domain.entry import ActivityType, Entry, EntryStatus
from cpdlog.domain.serialise import entry_to_dict
from cpdlog.errors import ValidationError
from cpdlog.services.app import App
from cpdlog.services.transfer import FORMAT_NAME, FORMAT_VERSION
from tests.conftest import make_entry

pytestmark = pytest.mark.usefixtures("journal_url")  # on SQLite and on PostgreSQL


def _title_only(title: str = "Quick note") -> Entry:
    return Entry(title=title, activity_type=ActivityType.READING, start_date=dt.date(2026, 5, 1))


def test_add_keeps_an_unfinished_entry_as_a_draft_or_refuses_it(app: App) -> None:
    saved = app.entries.add(_title_only())
    assert saved.status is EntryStatus.DRAFT
    assert len(app.entries.missing(saved)) == 3
    with pytest.raises(ValidationError) as refused:
        app.entries.add(_title_only("Must be complete"), require_complete=True)
    assert refused.value.field == "status" and "cannot be complete yet" in str(refused.value)
    assert [e.title for e in app.entries.list_entries()] == ["Quick note"]
    full = app.entries.add(make_entry(), require_complete=True)
    assert full.status is EntryStatus.COMPLETE and app.entries.missing(full) == []


def test_update_never_upgrades_a_draft_and_downgrades_an_emptied_entry(app: App) -> None:
    draft = app.entries.add(make_entry(status=EntryStatus.DRAFT))
    draft.title = "Renamed"
    assert app.entries.update(draft).status is EntryStatus.DRAFT  # complete only when asked
    done = app.entries.add(make_entry(title="Done"))
    done.reflection.sections["impact"] = ""
    assert app.entries.update(done).status is EntryStatus.DRAFT


def test_hours_count_where_the_regulator_counts_hours(app: App) -> None:
    app.profile.update(regulator_id="aasw")
    assert app.entries.add(make_entry(hours=0)).status is EntryStatus.DRAFT
    assert app.entries.add(make_entry(title="Timed", hours=1)).status is EntryStatus.COMPLETE
    app.profile.update(regulator_id="swe")
    assert app.entries.add(make_entry(title="SWE", hours=0)).status is EntryStatus.COMPLETE


def test_import_keeps_drafts_and_makes_unfinished_complete_entries_drafts(
    app: App, tmp_path: Path
) -> None:
    entries = [
        make_entry(title="Finished", uid="u1"),
        make_entry(title="A draft", status=EntryStatus.DRAFT, uid="u2"),
        Entry(
            title="Title only, marked complete",
            activity_type=ActivityType.READING,
            start_date=dt.date(2026, 5, 1),
            uid="u3",
        ),
    ]
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "entries": [entry_to_dict(e) for e in entries],
    }
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert app.transfer.import_json(path).added == 3
    status = {e.title: e.status for e in app.entries.list_entries()}
    assert status == {
        "Finished": EntryStatus.COMPLETE,
        "A draft": EntryStatus.DRAFT,
        "Title only, marked complete": EntryStatus.DRAFT,
    }
