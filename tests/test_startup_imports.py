"""The command line starts without loading Qt, ReportLab or feedparser.

Which package may import which is checked statically by the import-linter contracts in
``pyproject.toml`` (``tests/test_layers.py``). This file checks something they cannot: what is
actually loaded when the command line starts, which must stay lean (heavy libraries are
imported inside the functions that need them).
"""

import subprocess
import sys

HEAVY = ("PySide6", "reportlab", "feedparser")


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
