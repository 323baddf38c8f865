"""Only ``cpdlog.ui`` may import PySide6; the command line must start without Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "cpdlog"
HEAVY = ("PySide6", "reportlab", "feedparser")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_no_module_outside_ui_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and "PySide6" in _imports(path)
    ]
    assert offenders == []


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {line.split(".")[0] for line in out.stdout.splitlines()}


def test_importing_the_cli_does_not_import_qt_reportlab_or_feedparser():
    loaded = _modules_after("import cpdlog.cli; cpdlog.cli.build_parser()")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_services_and_storage_do_not_import_qt():
    loaded = _modules_after(
        "import cpdlog.services.app, cpdlog.services.entries, cpdlog.services.progress, "
        "cpdlog.services.transfer, cpdlog.storage.entries_repo, cpdlog.domain.progress"
    )
    assert "PySide6" not in loaded
