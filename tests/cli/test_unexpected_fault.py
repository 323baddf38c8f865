"""A fault nobody foresaw: users get one line and exit 1 (the details go to the log); with
CPDLOG_DEBUG=1, as the test suite runs, it raises so that no fault passes unseen."""

from __future__ import annotations

from pathlib import Path

import pytest

import cpdlog.cli as cli


def _broken_open_app(args: object) -> object:
    raise KeyError("Home visit to the Jones family")  # a message that may carry user text


def test_users_get_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CPDLOG_DEBUG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setattr(cli, "open_app", _broken_open_app)
    code = cli.main(["--home", str(tmp_path / "data"), "entry", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("cpdlog: something unexpected went wrong")
    assert "KeyError" in err and "cpdlog diagnostics" in err
    assert "Traceback" not in err and "Jones" not in err


def test_with_cpdlog_debug_the_fault_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CPDLOG_DEBUG", "1")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setattr(cli, "open_app", _broken_open_app)
    with pytest.raises(KeyError):
        cli.main(["--home", str(tmp_path / "data"), "entry", "list"])
