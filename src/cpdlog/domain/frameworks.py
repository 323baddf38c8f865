"""Professional standards a practitioner maps learning to (SWE, BASW PCF, HCPC...)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)


@dataclass(frozen=True, slots=True)
class Standard:
    """One standard or sub-standard. ``id`` is the full id, e.g. ``"swe:4.6"``.

    ``confirmed`` is False when the wording shown (title and description) is not the
    regulator's own, word for word; ``note`` then says what it is and why. Both are for
    the data file and ``--json`` only: the picker shows the wording without a warning.
    """

    id: str
    framework_id: str
    local_id: str
    title: str
    confirmed: bool = True
    short_label: str = ""
    parent: str | None = None
    description: str = ""
    note: str = ""
    source: str = ""

    @property
    def display(self) -> str:
        return f"{self.local_id} {self.title}"


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    short_name: str
    standards: tuple[Standard, ...]
    sources: tuple[str, ...] = ()
    notes: str = ""
    retrieved: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Framework:
        fid = str(data["id"])
        standards = []
        seen: set[str] = set()
        for item in data.get("standards", []):
            local = str(item["id"])
            parent = item.get("parent")
            if local in seen:
                raise ValidationError(
                    tr(ERRORS, "Framework '{fid}' lists standard '{local}' twice.").format(
                        fid=fid, local=local
                    )
                )
            if parent is not None and str(parent) not in seen:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "Framework '{fid}': standard '{local}' names parent '{parent}', "
                        "which is not listed before it.",
                    ).format(fid=fid, local=local, parent=parent)
                )
            seen.add(local)
            standards.append(
                Standard(
                    id=f"{fid}:{local}",
                    framework_id=fid,
                    local_id=local,
                    title=str(item["title"]),
                    confirmed=bool(item.get("confirmed", True)),
                    short_label=str(item.get("short_label", "")),
                    parent=f"{fid}:{parent}" if parent else None,
                    description=str(item.get("description", "")),
                    note=str(item.get("note", "")),
                    source=str(item.get("source", "")),
                )
            )
        return cls(
            id=fid,
            name=str(data["name"]),
            short_name=str(data.get("short_name", data["name"])),
            standards=tuple(standards),
            sources=tuple(str(s) for s in data.get("sources", [])),
            notes=str(data.get("notes", "")),
            retrieved=str(data.get("retrieved", "")),
        )


@dataclass(frozen=True, slots=True)
class Catalogue:
    """All frameworks, with lookup by full standard id."""

    frameworks: tuple[Framework, ...]
    _by_id: dict[str, Standard] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for fw in self.frameworks:
            for std in fw.standards:
                self._by_id[std.id] = std

    def standard(self, full_id: str) -> Standard | None:
        return self._by_id.get(full_id)

    def framework(self, framework_id: str) -> Framework | None:
        return next((f for f in self.frameworks if f.id == framework_id), None)

    def prioritised(self, framework_ids: Iterable[str]) -> Catalogue:
        """The same frameworks with ``framework_ids`` first, in that order, then the rest.

        Used to offer a practitioner their regulator's frameworks first (a regulator
        profile's ``frameworks``); unknown ids are ignored and nothing is left out.
        """
        wanted = [fid for fid in dict.fromkeys(framework_ids) if self.framework(fid)]
        first = tuple(f for fid in wanted for f in self.frameworks if f.id == fid)
        rest = tuple(f for f in self.frameworks if f.id not in wanted)
        return Catalogue(first + rest)

    def all_standards(self) -> Iterable[Standard]:
        for fw in self.frameworks:
            yield from fw.standards

    def check(self, ids: Iterable[str]) -> list[str]:
        """Return ``ids`` unchanged, or raise on the first one we do not know."""
        checked = list(ids)
        for sid in checked:
            if sid not in self._by_id:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "Unknown standard '{sid}'. Standards look like swe:4.6, pcf:6 or "
                        "hcpc:3; `cpdlog standards` lists them.",
                    ).format(sid=sid),
                    field="standards",
                )
        return checked
