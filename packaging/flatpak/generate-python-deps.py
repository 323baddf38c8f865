"""Write python3-cpdlog-deps.json: cpdlog's Python dependencies as a Flatpak module.

Flatpak builds run without network, so every wheel is listed with its URL and SHA-256. pip
resolves the set (a dry run that downloads only metadata) for the Python of the Flatpak
runtime, once per architecture; binary wheels are marked ``only-arches``. Pure-Python wheels
serve both architectures and are listed once.

Run it after refreshing requirements.lock (its versions are the ones used), with a recent pip
(pip 23 checks a wheel's Requires-Python against the interpreter running it rather than the
runtime's Python, and then finds no NumPy for 3.13) and the ``packaging`` library:

    python packaging/flatpak/generate-python-deps.py

It has the same intent as flatpak-pip-generator (flatpak-builder-tools), with wheels for
binary packages: PySide6's wheels carry their own Qt build.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUTPUT = HERE / "python3-cpdlog-deps.json"
INDEX = "https://pypi.org/simple"

# The Python of the runtime in org.cpdlog.CPDLog.yml (org.freedesktop.Platform 25.08).
PYTHON_VERSION = "3.13"
ARCHES = {"x86_64": "x86_64"}  # built and smoke-tested on x86_64 only (CI has no arm64 machine)
# The newest glibc baseline a wheel may need; the runtime's glibc is newer than this.
NEWEST_MANYLINUX = 39

# The versions CI tests and the PyInstaller bundle ships: every package is constrained to its
# version in requirements.lock (written by packaging/update-lock.sh), so the Flatpak carries
# the same set. Re-run this script after refreshing the lock.
LOCK = ROOT / "requirements.lock"

# Needed only to build cpdlog's own wheel; removed from the finished app.
BUILD_REQUIREMENTS = ["hatchling"]


def platform_tags(arch: str) -> list[str]:
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(NEWEST_MANYLINUX, 16, -1)]
    return [*tags, f"manylinux2014_{arch}", "any"]


def locked_pins(arch: str) -> list[str]:
    """``name==version`` for every package the lock pins for the runtime's Python on arch.

    The lock is universal, so one package may be pinned twice under different markers (numpy
    has one version for Python 3.11 and another from 3.12): each pin's marker is evaluated for
    the Flatpak runtime. Hashes are left out (pip takes none in a constraints file); a
    constraint on a package that ends up not needed is ignored.
    """
    from packaging.markers import Marker

    environment = {
        "python_version": PYTHON_VERSION,
        "python_full_version": f"{PYTHON_VERSION}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "sys_platform": "linux",
        "platform_system": "Linux",
        "platform_machine": arch,
        "os_name": "posix",
    }
    pins = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith((" ", "#")) or "==" not in line:
            continue
        requirement, _, marker = line.rstrip("\\ ").partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate(environment):
            continue
        pins.append(requirement.strip())
    if not pins:
        raise SystemExit(f"no pins found in {LOCK}")
    return pins


def resolve(requirements: list[str], arch: str) -> list[dict[str, object]]:
    """pip's installation report for requirements on the runtime's Python and arch."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        constraints = Path(scratch) / "constraints.txt"
        constraints.write_text("\n".join(locked_pins(arch)) + "\n", encoding="utf-8")
        command = [
            sys.executable, "-m", "pip", "install", "--isolated", "--quiet", "--dry-run",
            "--ignore-installed", "--only-binary=:all:", "--index-url", INDEX,
            "--python-version", PYTHON_VERSION, "--implementation", "cp",
            "--target", str(Path(scratch) / "target"), "--report", str(report),
            "--constraint", str(constraints),
        ]  # fmt: skip
        for tag in platform_tags(arch):
            command += ["--platform", tag]
        subprocess.run([*command, *requirements], check=True)
        installs: list[dict[str, object]] = json.loads(report.read_text())["install"]
        return installs


def sources(requirements: list[str]) -> tuple[list[str], list[dict[str, object]]]:
    """Package names (for pip) and flatpak-builder file sources, over all architectures."""
    by_url: dict[str, dict[str, object]] = {}
    arches_of: dict[str, list[str]] = {}
    names: dict[str, None] = {}
    for flatpak_arch, wheel_arch in ARCHES.items():
        for item in resolve(requirements, wheel_arch):
            info = item["download_info"]
            metadata = item["metadata"]
            assert isinstance(info, dict) and isinstance(metadata, dict)
            names[str(metadata["name"])] = None
            url = str(info["url"])
            by_url[url] = {
                "type": "file",
                "url": url,
                "sha256": info["archive_info"]["hashes"]["sha256"],
            }
            arches_of.setdefault(url, []).append(flatpak_arch)
    listed = []
    for url, source in sorted(by_url.items(), key=lambda pair: pair[0].rsplit("/", 1)[-1]):
        if len(arches_of[url]) < len(ARCHES):
            source["only-arches"] = arches_of[url]
        listed.append(source)
    return list(names), listed


def module(name: str, requirements: list[str], *, build_only: bool) -> dict[str, object]:
    names, files = sources(requirements)
    install = (
        "pip3 install --verbose --exec-prefix=${FLATPAK_DEST} --prefix=${FLATPAK_DEST} "
        '--no-index --find-links="file://${PWD}" --no-build-isolation ' + " ".join(names)
    )
    found: dict[str, object] = {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": files,
    }
    if build_only:
        found["cleanup"] = ["*"]
    return found


def main() -> int:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    runtime = list(project["dependencies"])
    generated = {
        "name": "python3-cpdlog-deps",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": [
            module("python3-build-requirements", BUILD_REQUIREMENTS, build_only=True),
            module("python3-requirements", runtime, build_only=False),
        ],
    }
    OUTPUT.write_text(json.dumps(generated, indent=4) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
