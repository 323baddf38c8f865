"""requirements.lock (written by packaging/update-lock.sh) pins every dependency pyproject.toml
declares, at a version its range allows, with hashes. Offline: it reads the two files only."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def _locked() -> dict[str, tuple[Version, list[str]]]:
    pins: dict[str, tuple[Version, list[str]]] = {}
    current: str | None = None
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (Version(match.group(2)), [])
        elif current and line.strip().startswith("--hash=sha256:"):
            pins[current][1].append(line.strip())
        elif line and not line.startswith((" ", "#")):
            current = None
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(r) for r in declared]


def test_every_declared_dependency_is_locked_within_its_range() -> None:
    pins = _locked()
    problems = []
    for requirement in _declared():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement.name} is not in requirements.lock")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            locked = pins[name][0]
            problems.append(f"{requirement.name} is locked at {locked}, outside {requirement}")
    assert not problems, "; ".join(problems) + " (run bash packaging/update-lock.sh)"


def test_every_pin_carries_hashes() -> None:
    pins = _locked()
    assert len(pins) > 50
    assert [name for name, (_, hashes) in pins.items() if not hashes] == []


def test_ci_and_the_bundle_install_from_the_lock() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in ci
    # the lock is installed before the README's own test command, so that command finds every
    # dependency already at its locked version
    assert ci.index("requirements.lock") < ci.index("pip install -q -e '.[test]'")
