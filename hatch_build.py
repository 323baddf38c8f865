"""Hatch build hook: compile the translations (resources/translations/*.ts) into .qm files.

The .ts files are the committed source of truth; the .qm files Qt loads are generated here,
with the lrelease that ships inside PySide6 (a build requirement for that reason), and put
into the wheel next to the other data files, in ``cpdlog/resources/translations``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # imported by the PyInstaller spec, where hatchling need not be installed
    BuildHookInterface = object  # type: ignore[assignment,misc]


def lrelease() -> Path:
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for candidate in (package / "lrelease", package / "lrelease.exe"):
        if candidate.is_file():
            return candidate
    wrapper = Path(sys.executable).parent / "pyside6-lrelease"
    if wrapper.is_file():
        return wrapper
    raise RuntimeError("PySide6's lrelease is missing: cannot build the translations")


def compile_translations(source_folder: Path, target_folder: Path) -> list[Path]:
    """Every ``*.ts`` in source_folder compiled to ``*.qm`` in target_folder."""
    built = []
    target_folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted(source_folder.glob("*.ts")):
        qm = target_folder / f"{ts.stem}.qm"
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        self._folder = tempfile.TemporaryDirectory(prefix="cpdlog-qm-")
        source = Path(self.root) / "resources" / "translations"
        for qm in compile_translations(source, Path(self._folder.name)):
            build_data["force_include"][str(qm)] = f"cpdlog/resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()
