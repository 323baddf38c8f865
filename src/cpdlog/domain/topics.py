"""Learning topics an entry can cover (ethics, professional boundaries, ...).

Regulators' rules ask for hours on some topics; the ids come from ``resources/topics.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

TOPIC_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


def is_topic_id(value: object) -> bool:
    """True for a well-formed topic id: lower-case letters, digits and hyphens, at most 64."""
    return isinstance(value, str) and TOPIC_ID.fullmatch(value) is not None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Topics:
    """The known topics, in the data file's order."""

    topics: tuple[Topic, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Topics:
        found: list[Topic] = []
        seen: set[str] = set()
        for item in data.get("topics", []):
            tid = item.get("id") if isinstance(item, Mapping) else None
            if not is_topic_id(tid):
                raise ValidationError(
                    tr(ERRORS, "The topics file has an invalid topic id {tid!r}.").format(tid=tid)
                )
            assert isinstance(tid, str)
            if tid in seen:
                raise ValidationError(
                    tr(ERRORS, "The topics file lists '{tid}' twice.").format(tid=tid)
                )
            seen.add(tid)
            found.append(Topic(tid, str(item.get("label") or tid)))
        return cls(tuple(found))

    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def label(self, topic_id: str) -> str:
        for t in self.topics:
            if t.id == topic_id:
                return t.label
        return topic_id

    def check(self, topic_ids: Iterable[str]) -> None:
        """Raise :class:`ValidationError` naming the first unknown topic."""
        known = set(self.ids())
        for tid in topic_ids:
            if tid not in known:
                raise ValidationError(
                    tr(ERRORS, "Unknown topic '{tid}'. Choose one of: {ids}.").format(
                        tid=tid, ids=", ".join(self.ids())
                    ),
                    field="topics",
                )
