"""Load the shipped data files (frameworks, templates, requirement profiles).

The files are TOML under ``resources/``; the practitioner's own templates live in the data
folder's ``templates/`` and are loaded beside the shipped ones.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from cpdlog import safefile
from cpdlog.domain.frameworks import Catalogue, Framework
from cpdlog.domain.requirements import RequirementProfile
from cpdlog.domain.templates import Template
from cpdlog.domain.topics import Topics
from cpdlog.errors import NotFoundError, ValidationError
from cpdlog.i18n import tr
from cpdlog.resources import resource_path

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

FRAMEWORK_ORDER = ("swe", "pcf", "hcpc", "sssc-workers", "sssc-employers", "scw", "niscc")


MAX_TOML_BYTES = 1024 * 1024  # a template or profile file is a few KB


def _read_toml(path: Path) -> dict[str, Any]:
    """A TOML file that is a regular file of at most ``MAX_TOML_BYTES`` (never a pipe)."""
    text = safefile.read_text(path, MAX_TOML_BYTES, tr(ERRORS, "TOML file"))
    try:
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        detail = exc if isinstance(exc, tomllib.TOMLDecodeError) else "nested too deeply"
        raise ValidationError(
            tr(ERRORS, "{name} could not be read: {detail}").format(name=path.name, detail=detail)
        ) from None


def _toml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


@cache
def catalogue() -> Catalogue:
    frameworks = [
        Framework.from_dict(_read_toml(p)) for p in _toml_files(resource_path("frameworks"))
    ]
    rank = {fid: i for i, fid in enumerate(FRAMEWORK_ORDER)}
    frameworks.sort(key=lambda f: (rank.get(f.id, len(rank)), f.id))
    return Catalogue(tuple(frameworks))


@cache
def topics() -> Topics:
    """The learning topics an entry can cover (``resources/topics.toml``)."""
    return Topics.from_dict(_read_toml(resource_path("topics.toml")))


@cache
def shipped_templates() -> tuple[Template, ...]:
    return tuple(Template.from_dict(_read_toml(p)) for p in _toml_files(resource_path("templates")))


def templates(user_folder: Path | None = None) -> dict[str, Template]:
    """Shipped templates first (default first), then the practitioner's own."""
    found = {t.id: t for t in shipped_templates()}
    ordered = dict(sorted(found.items(), key=lambda kv: (kv[0] != "swe", kv[1].name)))
    if user_folder is not None:
        for path in _toml_files(user_folder):
            try:
                template = Template.from_dict(_read_toml(path), user_defined=True)
            except ValidationError:
                continue  # a broken user file must not stop the app; `template add` validates
            if template.id not in found:
                ordered[template.id] = template
    return ordered


@cache
def profiles() -> dict[str, RequirementProfile]:
    loaded = [
        RequirementProfile.from_dict(_read_toml(p))
        for p in _toml_files(resource_path("regulators"))
    ]
    return {p.id: p for p in loaded}


def profile(profile_id: str) -> RequirementProfile:
    try:
        return profiles()[profile_id]
    except KeyError:
        raise NotFoundError(
            tr(ERRORS, "Unknown regulator '{profile_id}'. Choose one of: {profiles}.").format(
                profile_id=profile_id, profiles=", ".join(profiles())
            )
        ) from None


def parse_template_file(path: Path) -> Template:
    return Template.from_dict(_read_toml(path), user_defined=True)


def parse_template_bytes(data: bytes, name: str = "template") -> Template:
    """As :func:`parse_template_file`, for bytes already read (with their cap)."""
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValidationError(
            tr(ERRORS, "The {name} could not be read: byte {start} is not UTF-8 text.").format(
                name=name, start=exc.start + 1
            )
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            tr(ERRORS, "The {name} could not be read: {exc}").format(name=name, exc=exc)
        ) from None
    except RecursionError:
        raise ValidationError(
            tr(ERRORS, "The {name} could not be read: it is nested too deeply.").format(name=name)
        ) from None
    return Template.from_dict(parsed, user_defined=True)
