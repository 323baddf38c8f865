"""The log says where the Welsh translation was loaded from (in words: the log redacts
paths), or that it could not be. The bundle's smoke test (packaging/build.sh) relies on the
packaged line to prove the bundled .qm loads; a practitioner's log shows the warning when the
app is in English against their choice."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cpdlog.ui import language
from cpdlog.ui.language import Language, install_translators

WELSH_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "cpdlog_cy.ts"


@pytest.fixture
def english_afterwards(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    yield
    install_translators(qapp, Language.ENGLISH, tmp_path)


@pytest.mark.usefixtures("english_afterwards")
def test_the_log_names_the_loaded_welsh_file(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    if language.lrelease_program() is None:
        pytest.fail("PySide6's lrelease is missing")
    with caplog.at_level(logging.DEBUG, logger="cpdlog.ui.language"):
        install_translators(qapp, Language.WELSH, tmp_path)
    assert (tmp_path / "cache" / "translations" / "cpdlog_cy.qm").is_file()
    assert "The cy translation is compiled into the data folder's cache" in caplog.messages
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.usefixtures("english_afterwards")
def test_a_packaged_qm_is_named_as_such(
    qapp: QApplication,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packaged = tmp_path / "translations"
    assert language.compile_ts(WELSH_TS, packaged / "cpdlog_cy.qm")
    monkeypatch.setattr(language, "translations_source_folder", lambda: packaged)
    with caplog.at_level(logging.DEBUG, logger="cpdlog.ui.language"):
        install_translators(qapp, Language.WELSH, tmp_path / "home")
    assert caplog.messages == ["The cy translation is loaded from the packaged .qm file"]
    assert not (tmp_path / "home" / "cache").exists()


@pytest.mark.usefixtures("english_afterwards")
def test_a_missing_translation_is_a_warning(
    qapp: QApplication,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language, "translations_source_folder", lambda: None)
    with caplog.at_level(logging.DEBUG, logger="cpdlog.ui.language"):
        install_translators(qapp, Language.WELSH, tmp_path)
    assert caplog.messages == ["The cy translation could not be loaded: the app is in English"]
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="cpdlog.ui.language"):
        install_translators(qapp, Language.ENGLISH, tmp_path)
    assert caplog.messages == []  # English needs no file
