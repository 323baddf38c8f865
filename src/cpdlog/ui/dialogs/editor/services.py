"""The narrow set of collaborators the entry editor uses, instead of the whole ``App``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cpdlog.ui.drafts import DraftStore, draft_key

if TYPE_CHECKING:
    from cpdlog.services.app import App
    from cpdlog.services.confidentiality import ConfidentialityService
    from cpdlog.services.entries import EntryService
    from cpdlog.services.practitioner import PractitionerService
    from cpdlog.services.review import ReviewService


@dataclass(frozen=True, slots=True)
class EditorServices:
    """Entries (templates, catalogue, storing), the "not identifying" choices, the
    practitioner's profile, the editor's autosave folder and the clock."""

    entries: EntryService
    confidentiality: ConfidentialityService
    profile: PractitionerService
    drafts: DraftStore
    clock: Callable[[], dt.datetime]
    review: ReviewService | None = None  # the sign-off banner (none: no banner)

    @classmethod
    def from_app(cls, app: App, drafts: DraftStore | None = None) -> EditorServices:
        """The editor's collaborators taken from an open journal (``drafts``: the window's
        own store; otherwise one on the journal's autosave folder, sealed like it)."""
        return cls(
            entries=app.entries,
            confidentiality=app.confidentiality,
            profile=app.profile,
            drafts=drafts or DraftStore(app.paths.drafts, draft_key(app.data_key)),
            clock=app.clock,
            review=app.review,
        )
