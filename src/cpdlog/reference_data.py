"""Load the shipped data files (frameworks, templates, requirement profiles).

The files are TOML under ``resources/``; the practitioner's own templates live in the data
folder's ``templates/`` and are loaded beside the shipped ones.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from cpdlog.domain.frameworks import Catalogue, Framework
from cpdlog.domain.profiles import RequirementProfile
from cpdlog.domain.templates import Template
from cpdlog.errors import NotFoundError, ValidationError
from cpdlog.resources import resource_path

FRAMEWORK_ORDER = ("swe", "pcf", "hcpc", "sssc-workers", "sssc-employers", "scw", "niscc")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(f"{path.name} could not be read: {exc}") from None


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
            f"Unknown regulator '{profile_id}'. Choose one of: {', '.join(profiles())}."
        ) from None


def parse_template_file(path: Path) -> Template:
    return Template.from_dict(_read_toml(path), user_defined=True)
