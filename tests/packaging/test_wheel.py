"""The wheel and sdist carry every runtime file, and the wheel works on its own.

Built with the standard front end (``python -m build``: the sdist, then the wheel from the
sdist), so a file missing from either fails here rather than on a practitioner's computer.
The wheel is then installed into a fresh virtual environment (dependencies from the package
index) and the ``cpdlog`` command is run from there, away from this checkout.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.search(
    r'^__version__ = "([^"]+)"', (ROOT / "src/cpdlog/__init__.py").read_text(), re.MULTILINE
).group(1)  # type: ignore[union-attr]
MIGRATIONS = ROOT / "src/cpdlog/storage/migrations"


def shipped_files(folder: Path) -> set[str]:
    """Paths (relative to folder) of the files a package must carry, caches left out."""
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def clean_env(tmp: Path) -> dict[str, str]:
    """The environment of a user with an empty home, and nothing of this checkout."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "CPDLOG_", "VIRTUAL_ENV"))
    }
    env.update(
        HOME=str(tmp / "user"),
        XDG_CONFIG_HOME=str(tmp / "user/.config"),
        XDG_DATA_HOME=str(tmp / "user/.local/share"),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
    )
    return env


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, sdist) built from this checkout."""
    if importlib.util.find_spec("build") is None:
        pytest.fail("the `build` front end is missing: install cpdlog's test extra")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob(f"cpdlog-{VERSION}-py3-none-any.whl")
    (sdist,) = out.glob(f"cpdlog-{VERSION}.tar.gz")
    return wheel, sdist


def test_wheel_carries_every_resource_and_migration(
    dists: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, _ = dists
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = {f"cpdlog/resources/{name}" for name in shipped_files(ROOT / "resources")}
    migrations = {f"cpdlog/storage/migrations/{name}" for name in shipped_files(MIGRATIONS)}
    code = {f"cpdlog/{name}" for name in shipped_files(ROOT / "src/cpdlog")}
    assert resources - names == set()
    assert migrations - names == set()
    assert code - names == set()
    for folder in ("frameworks", "templates", "regulators", "feeds", "fonts", "icons"):
        assert any(name.startswith(f"cpdlog/resources/{folder}/") for name in names), folder
    assert any(name.startswith("cpdlog/storage/migrations/versions/") for name in names)
    assert "cpdlog/py.typed" in names
    # hatch_build.py compiles resources/translations/*.ts into the wheel's translations folder
    qm = "cpdlog/resources/translations/cpdlog_cy.qm"
    assert qm in names
    qm_magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # what every Qt .qm starts with
    assert zipfile.ZipFile(wheel).read(qm).startswith(qm_magic)
    # ... and it is the Welsh catalogue Qt can load, not an empty or stale file
    from PySide6.QtCore import QTranslator

    (tmp_path / "cpdlog_cy.qm").write_bytes(zipfile.ZipFile(wheel).read(qm))
    translator = QTranslator()
    assert translator.load(str(tmp_path / "cpdlog_cy.qm"))
    assert translator.language() == "cy_GB"
    assert translator.translate("MainWindow", "&File") == "&Ffeil"
    assert translator.translate("cpdlog", "Course or training") == "Cwrs neu hyfforddiant"
    assert "cpdlog/resources/translations/cpdlog_cy.ts" in names  # cpdlog.i18n reads it
    entry_points = zipfile.ZipFile(wheel).read(f"cpdlog-{VERSION}.dist-info/entry_points.txt")
    assert b"cpdlog = cpdlog.cli:main" in entry_points


def test_sdist_carries_sources_resources_and_packaging(dists: tuple[Path, Path]) -> None:
    _, sdist = dists
    prefix = f"cpdlog-{VERSION}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(prefix) for name in archive.getnames()}
    expected = {f"resources/{name}" for name in shipped_files(ROOT / "resources")}
    expected |= {f"src/cpdlog/{name}" for name in shipped_files(ROOT / "src/cpdlog")}
    expected |= {f"packaging/{name}" for name in shipped_files(ROOT / "packaging")}
    expected |= {"pyproject.toml", "README.md"}
    assert expected - names == set()


def test_installed_wheel_runs_the_command_line(dists: tuple[Path, Path], tmp_path: Path) -> None:
    wheel, _ = dists
    env = clean_env(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env, timeout=120)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        env=env,
        timeout=600,
    )
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()

    def cpdlog(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "cpdlog"), *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    # The data files are the installed copies, not this checkout's.
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", "import cpdlog.resources as r; print(r.resources_root())"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where

    version = cpdlog("--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"cpdlog {VERSION}"

    welsh = cpdlog("--language", "cy", "types")  # the installed cpdlog_cy.ts, via cpdlog.i18n
    assert welsh.returncode == 0, welsh.stderr
    assert "Cwrs neu hyfforddiant" in welsh.stdout and "Course or training" not in welsh.stdout

    home = tmp_path / "journal"
    added = cpdlog(
        "--home", str(home), "entry", "add",
        "--title", "Workshop: social media and CPD", "--type", "workshop",
        "--date", "2026-03-13", "--hours", "3",
        "--section", "description=A workshop on social media as CPD",
        "--section", "learnt=How practitioners use online discussion for reflection",
        "--section", "impact=I share one article a week with my team",
        "--standard", "swe:4.4", "--tag", "social media",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "1"
    assert (home / "cpdlog.sqlite").is_file()

    pdf = tmp_path / "portfolio.pdf"
    exported = cpdlog("--home", str(home), "export", "pdf", "-o", str(pdf))
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Traceback" not in exported.stderr
