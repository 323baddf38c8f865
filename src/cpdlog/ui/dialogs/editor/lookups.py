"""What the entry editor reads from the journal when it opens, read on a worker.

On the organisation's server each read waits for the server (seconds, when it is away), so
the editor opens at once with what it has and fills these in when they arrive: the
practitioner's regulator (the completeness rules, the default template, their frameworks
first), their name (the confidentiality check leaves it alone), the tags in use (completion)
and, for a saved entry, the details marked "not identifying".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cpdlog.errors import CpdlogError, ServerUnreachableError

if TYPE_CHECKING:
    from cpdlog.domain.entry import Entry
    from cpdlog.domain.requirements import RequirementProfile
    from cpdlog.ui.dialogs.editor.services import EditorServices


@dataclass(slots=True)
class EditorLookups:
    """``unreachable``: some of it could not be read because the server could not be reached
    (the rest is what could be read; an unusable profile or the like is simply left out)."""

    profile: RequirementProfile | None = None
    practitioner: str = ""
    tags: list[str] = field(default_factory=list)
    dismissed: set[str] = field(default_factory=set)
    unreachable: bool = False


def load_lookups(services: EditorServices, entry: Entry | None) -> EditorLookups:
    """Read them (slow on a server: on a worker). Never raises for a journal that cannot
    answer: what it could not read is left empty and ``unreachable`` says so (once the server
    is found away, nothing more is asked of it: each read would wait again)."""
    found = EditorLookups()

    def read(what: Callable[[], None]) -> None:
        if found.unreachable:
            return
        try:
            what()
        except ServerUnreachableError:
            found.unreachable = True
        except CpdlogError:
            pass  # e.g. an unusable profile: it never blocks writing (hours are not checked)

    def practitioner() -> None:
        found.practitioner = services.profile.get().name

    def profile() -> None:
        found.profile = services.profile.requirement_profile()

    def tags() -> None:
        found.tags = [tag for tag, _count in services.entries.tags()]

    def dismissed() -> None:
        if entry is not None and entry.uid:
            found.dismissed = services.confidentiality.dismissed(entry)

    for what in (practitioner, profile, tags, dismissed):
        read(what)
    return found
