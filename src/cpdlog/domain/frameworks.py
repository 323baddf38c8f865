"""Professional standards a practitioner maps learning to (SWE, BASW PCF, HCPC...).

A regulator's standards are quoted in the regulator's own words. Where the regulator also
publishes them in Welsh (Social Care Wales), the data file may carry that published wording
(``title_cy``, ``name_cy``, ``short_name_cy``, each with its ``source_cy``); it is never
machine-translated. :func:`in_language` picks the wording to show for the app's language and
falls back to the regulator's own (English) words; :func:`english_note` says, once per list,
which of the standards shown stay in English and why.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cpdlog.errors import ValidationError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)
CONTEXT = "cpdlog.standards"  # the note on standards shown in English (cpdlog.i18n)

ENGLISH = "en"
WELSH = "cy"
LANGUAGES = (ENGLISH, WELSH)  # the languages a framework's ``published_in`` may name


def in_language(language: str, own: str, welsh: str) -> str:
    """The wording to show in ``language``: the regulator's published Welsh (``welsh``) in
    Welsh when there is one, otherwise the regulator's own words (``own``)."""
    return welsh if language == WELSH and welsh else own


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
    title_cy: str = ""  # the regulator's own Welsh wording, copied from ``source_cy``
    source_cy: str = ""

    @property
    def display(self) -> str:
        return f"{self.local_id} {self.title}"

    def title_in(self, language: str) -> str:
        return in_language(language, self.title, self.title_cy)

    def display_in(self, language: str) -> str:
        return f"{self.local_id} {self.title_in(language)}"


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    short_name: str
    standards: tuple[Standard, ...]
    sources: tuple[str, ...] = ()
    notes: str = ""
    retrieved: str = ""
    name_cy: str = ""  # the regulator's own Welsh name of the framework, from ``source_cy``
    short_name_cy: str = ""
    source_cy: str = ""
    published_in: tuple[str, ...] = (ENGLISH,)  # the languages the regulator publishes it in

    def name_in(self, language: str) -> str:
        return in_language(language, self.name, self.name_cy)

    def short_name_in(self, language: str) -> str:
        return in_language(language, self.short_name, self.short_name_cy)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Framework:
        fid = str(data["id"])
        standards = []
        seen: set[str] = set()
        for key in ("name_cy", "short_name_cy"):
            _welsh_field(fid, key, data, "source_cy")
        published = data.get("published_in", [ENGLISH])
        if (
            not isinstance(published, list)
            or not published
            or any(lang not in LANGUAGES for lang in published)
        ):
            raise ValidationError(
                tr(
                    ERRORS,
                    "Framework '{fid}': published_in must list the languages the regulator "
                    "publishes it in, from: {languages}.",
                ).format(fid=fid, languages=", ".join(LANGUAGES))
            )
        for item in data.get("standards", []):
            local = str(item["id"])
            _welsh_field(f"{fid}:{local}", "title_cy", item, "source_cy")
            if item.get("title_cy") and WELSH not in published:
                raise ValidationError(
                    tr(
                        ERRORS,
                        "Framework '{fid}': standard '{local}' has Welsh wording, but the "
                        "framework's published_in does not name Welsh (cy).",
                    ).format(fid=fid, local=local)
                )
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
                    title_cy=str(item.get("title_cy", "")),
                    source_cy=str(item.get("source_cy", "")),
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
            name_cy=str(data.get("name_cy", "")),
            short_name_cy=str(data.get("short_name_cy", "")),
            source_cy=str(data.get("source_cy", "")),
            published_in=tuple(str(lang) for lang in published),
        )


def _welsh_field(where: str, key: str, data: Mapping[str, Any], source_key: str) -> None:
    """A Welsh wording is a non-empty string quoted from a named source (an http(s) URL)."""
    if key not in data:
        return
    value, source = data[key], data.get(source_key)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            tr(ERRORS, "'{where}': {key} must be the regulator's Welsh wording, not empty.").format(
                where=where, key=key
            )
        )
    if not isinstance(source, str) or not source.startswith(("https://", "http://")):
        raise ValidationError(
            tr(
                ERRORS,
                "'{where}': {key} needs {source_key}, the address of the regulator's page "
                "it was copied from.",
            ).format(where=where, key=key, source_key=source_key)
        )


def english_note(frameworks: Iterable[Framework], language: str) -> list[str]:
    """What to say once, under a list of these frameworks' standards shown in ``language``,
    about the standards that stay in English: those whose regulator is not known to publish
    them in Welsh (``published_in`` names only English), and those whose regulator's Welsh
    wording cpdlog does not have yet. Frameworks are named by their short name. Empty in
    English, and when every standard shown has its Welsh wording."""
    if language == ENGLISH:
        return []
    english_only: list[str] = []
    not_yet: list[str] = []
    for fw in dict.fromkeys(frameworks):
        if not fw.standards or all(s.title_cy for s in fw.standards):
            continue
        name = fw.short_name_in(language)
        (not_yet if language in fw.published_in else english_only).append(name)
    notes = []
    if english_only:
        notes.append(
            tr(
                CONTEXT,
                "{frameworks}: these standards are in English, as their regulator publishes them.",
            ).format(frameworks=", ".join(english_only))
        )
    if not_yet:
        notes.append(
            tr(
                CONTEXT,
                "{frameworks}: these standards are in English, because cpdlog does not have "
                "their published Welsh wording yet.",
            ).format(frameworks=", ".join(not_yet))
        )
    return notes


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
