"""Snapshots as evidence: store a page's readable snapshot with an entry.

For other capture code (captured pages, logged feed items, captured threads):

- :meth:`SnapshotService.evidence_for` stores a :class:`~cpdlog.capture.snapshot.Snapshot`
  as two evidence files (``snapshot-….html``, self-contained and sanitised, and
  ``snapshot-….txt``) and returns the :class:`Evidence` records, ready to put on a draft's
  ``evidence`` list before it is saved through ``EntryService``.
- :meth:`SnapshotService.attach` does the same for an entry that is already saved.
- :meth:`SnapshotService.try_snapshot` makes a snapshot from fetched bytes, returning
  ``(snapshot, "")`` or ``(None, one-line reason)``, so a hostile page never stops the rest
  of a capture.

No network here: callers fetch with ``feeds.fetch.Fetcher`` (limits, politeness) first, and
never on the GUI thread (extraction is CPU work too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cpdlog.capture.snapshot import (
    Snapshot,
    SnapshotError,
    make_snapshot,
    render_snapshot_html,
    render_snapshot_text,
    snapshot_filename,
)
from cpdlog.domain.entry import Entry, Evidence

if TYPE_CHECKING:
    from cpdlog.services.app import App

__all__ = ["SnapshotService"]


class SnapshotService:
    def __init__(self, app: App) -> None:
        self.app = app

    def try_snapshot(
        self, body: bytes, url: str, content_type: str = ""
    ) -> tuple[Snapshot | None, str]:
        """A snapshot of fetched page bytes, retrieved now (the app clock), or the reason
        there is none, as one plain sentence."""
        try:
            return make_snapshot(body, url, self.app.clock(), content_type), ""
        except SnapshotError as exc:
            return None, str(exc)

    def evidence_for(self, snapshot: Snapshot) -> list[Evidence]:
        """Store the snapshot's HTML and text files; the evidence records to attach."""
        now = self.app.clock()
        out: list[Evidence] = []
        for extension, media_type, text in (
            ("html", "text/html", render_snapshot_html(snapshot)),
            ("txt", "text/plain", render_snapshot_text(snapshot)),
        ):
            stored = self.app.evidence_store.add_bytes(
                text.encode("utf-8"), snapshot_filename(snapshot, extension), media_type
            )
            out.append(
                Evidence(stored.sha256, stored.filename, stored.media_type, stored.size, now)
            )
        return out

    def add_to_draft(self, entry: Entry, snapshot: Snapshot) -> Entry:
        """Put the snapshot's evidence on ``entry`` (not saved), skipping files it has."""
        have = {ev.sha256 for ev in entry.evidence}
        for ev in self.evidence_for(snapshot):
            if ev.sha256 not in have:
                entry.evidence.append(ev)
                have.add(ev.sha256)
        return entry

    def attach(self, entry_id: int, snapshot: Snapshot) -> Entry:
        """Attach the snapshot to a saved entry; returns the entry as saved."""
        entry = self.app.entries.get(entry_id)
        self.add_to_draft(entry, snapshot)
        return self.app.entries.update(entry)
