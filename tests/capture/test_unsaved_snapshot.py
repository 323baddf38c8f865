"""A captured page's snapshot is stored before its draft is saved: a draft that is never saved
leaves no snapshot behind, and a file an entry keeps is never deleted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from cpdlog.capture.snapshot import Snapshot
from cpdlog.services.app import App
from cpdlog.services.snapshot import SnapshotService
from tests.conftest import make_entry, run_cli
from tests.feeds.httpserver import FeedServer

DATA = Path(__file__).parent / "data"


def _snapshot(app: App, name: str, url: str) -> Snapshot:
    snap, note = SnapshotService(app).try_snapshot((DATA / f"{name}.html").read_bytes(), url)
    assert snap is not None, note
    return snap


def _stored_files(home: Path) -> list[Path]:
    return [p for p in (home / "evidence").rglob("*") if re.fullmatch(r"[0-9a-f]{64}", p.name)]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feed_server = FeedServer("127.0.0.1").start()
    yield feed_server
    feed_server.stop()


def test_discarding_a_draft_deletes_only_files_no_entry_keeps(app: App) -> None:
    service = SnapshotService(app)
    draft = service.add_to_draft(make_entry(), _snapshot(app, "blog_post", "https://a.example/b"))
    unsaved = [ev.sha256 for ev in draft.evidence]
    assert len(unsaved) == 2 and all(app.evidence_store.has(s) for s in unsaved)

    kept = app.entries.add(
        service.add_to_draft(make_entry(), _snapshot(app, "news_article", "https://a.example/n"))
    )
    trashed = app.entries.add(
        service.add_to_draft(make_entry(), _snapshot(app, "cookie_banner", "https://a.example/c"))
    )
    assert trashed.id is not None
    app.entries.delete(trashed.id)  # in the trash, still kept
    other_draft = service.add_to_draft(
        replace(make_entry(), evidence=[]), _snapshot(app, "news_article", "https://b.example/n")
    )
    in_use = [ev.sha256 for e in (kept, trashed) for ev in e.evidence]
    pending = [ev.sha256 for ev in other_draft.evidence]

    removed = app.entries.discard_unsaved_evidence([*unsaved, *in_use, *pending], keep=pending)

    assert sorted(removed) == sorted(unsaved)
    assert not any(app.evidence_store.has(s) for s in unsaved)
    assert all(app.evidence_store.has(s) for s in in_use + pending)
    assert kept.id is not None
    for ev in app.entries.get(kept.id).evidence:
        assert app.evidence_store.read_bytes(ev.sha256)  # still readable
    assert app.entries.discard_unsaved_evidence(unsaved) == []  # already gone: nothing to do


def test_entry_add_from_url_that_fails_leaves_no_snapshot(server: FeedServer, home: Path) -> None:
    page = server.add(
        "/ok.html", (DATA / "news_article.html").read_bytes(), content_type="text/html"
    )
    refused = run_cli("entry", "add", "--from-url", page, "--date", "someday", home=home)
    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr
    assert _stored_files(home) == []  # the snapshot went with the entry that was not made

    made = run_cli("entry", "add", "--from-url", page, home=home)
    assert made.returncode == 0, made.stderr
    assert len(_stored_files(home)) == 2  # html and text, kept with the saved entry
