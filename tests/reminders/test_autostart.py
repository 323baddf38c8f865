"""The XDG autostart entry for the login check."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdlog import autostart

PACKAGED = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "cpdlog-remind.desktop"


def test_the_packaged_file_is_what_cpdlog_writes_by_default():
    assert PACKAGED.read_text(encoding="utf-8") == autostart.desktop_entry()
    assert "Exec=cpdlog remind\n" in PACKAGED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("cpdlog", "cpdlog"),
        ("/home/sam/My CPD", '"/home/sam/My CPD"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("100%", "100%%"),
        ("$HOME", '"\\$HOME"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_desktop_entry_specification_says(arg, quoted):
    assert autostart.quote_exec_arg(arg) == quoted


def test_backslashes_are_escaped_twice_in_the_file():
    text = autostart.desktop_entry(["cpdlog", "--home", "C:\\data dir", "remind"])
    assert 'Exec=cpdlog --home "C:\\\\\\\\data dir" remind\n' in text


def test_xdg_config_home_is_respected_and_a_relative_one_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert autostart.autostart_path() == tmp_path / "cfg" / "autostart" / "cpdlog-remind.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/path")
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    assert autostart.autostart_path() == tmp_path / "me" / ".config" / "autostart" / (
        "cpdlog-remind.desktop"
    )


def test_enable_and_disable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart.is_enabled()
    path = Path(autostart.enable(["/opt/cpdlog/cpdlog", "remind"]))
    assert autostart.is_enabled()
    assert "Exec=/opt/cpdlog/cpdlog remind\n" in path.read_text(encoding="utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["cpdlog-remind.desktop"]
    assert autostart.disable() is True
    assert not path.exists()
    assert autostart.disable() is False


def test_remind_command_names_a_data_folder_that_is_not_the_default(tmp_path: Path):
    from cpdlog.paths import default_home

    assert "--home" not in autostart.remind_command(default_home())
    assert "--home" not in autostart.remind_command(None)
    command = autostart.remind_command(tmp_path)
    assert command[-3:] == ["--home", str(tmp_path.resolve()), "remind"]
