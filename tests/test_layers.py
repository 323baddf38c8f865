"""The package's layers, as import-linter contracts (``[tool.importlinter]`` in pyproject.toml).

ui/cli -> services -> storage, feeds, export, capture -> domain; only ``cpdlog.ui`` imports
Qt; the front ends never import ``cpdlog.storage``; the domain does no input or output.
``docs/architecture.md`` explains the layers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept(tmp_path: Path) -> None:
    # A subprocess, so the graph is built from the source tree alone and the contracts' report
    # (which names each broken import with its line) reaches the test output.
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_contract_is_reported(tmp_path: Path) -> None:
    # The check can fail: a copy of the contracts that forbids the services from importing the
    # storage layer (which they must) is reported as broken.
    config = tmp_path / "contracts.toml"
    config.write_text(
        "[tool.importlinter]\n"
        'root_package = "cpdlog"\n'
        "[[tool.importlinter.contracts]]\n"
        'name = "deliberately wrong"\n'
        'type = "forbidden"\n'
        'source_modules = ["cpdlog.services"]\n'
        'forbidden_modules = ["cpdlog.storage"]\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; "
            f"sys.exit(lint_imports(config_filename={str(config)!r}, no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    assert result.returncode != 0
    assert "cpdlog.services" in result.stdout and "BROKEN" in result.stdout
