"""``cpdlog remind``: the notification over a real (private) D-Bus session bus, once a day,
quiet without a notification service; ``remind settings`` and ``remind login``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from cpdlog import APP_ID, APP_NAME
from cpdlog.notify import BUS_NAME, INTERFACE, OBJECT_PATH, SIGNATURE, notify_message
from tests.conftest import run_cli
from tests.reminders.dbus_support import HAVE_DBUS, notification_server, private_bus

needs_dbus = pytest.mark.skipif(not HAVE_DBUS, reason="dbus-daemon is not installed")

# CPDLOG_NOW in run_cli is 28 November 2026: 2 days before Social Work England's deadline.
DUE_TEXT = (
    "Your Social Work England CPD is due in 2 days (30 November 2026): "
    "2 more entries and 1 more entry with a peer reflection are needed."
)


def no_notify_send(tmp_path: Path) -> dict[str, str]:
    """An environment where notify-send cannot be found and no user bus is in XDG_RUNTIME_DIR."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(exist_ok=True)
    return {"PATH": str(bin_dir), "XDG_RUNTIME_DIR": str(runtime)}


def test_notify_message_follows_the_freedesktop_specification():
    message = notify_message("CPD reminder", "Body text")
    fields = {f.name: v for f, v in message.header.fields.items()}
    assert fields["destination"] == BUS_NAME
    assert fields["path"] == OBJECT_PATH
    assert fields["interface"] == INTERFACE
    assert fields["member"] == "Notify"
    assert fields["signature"] == SIGNATURE == "susssasa{sv}i"
    app_name, replaces, icon, summary, body, actions, hints, expire = message.body
    assert (app_name, replaces, icon, summary, body) == (
        APP_NAME,
        0,
        APP_ID,
        "CPD reminder",
        "Body text",
    )
    assert actions == [] and expire == -1
    assert hints["desktop-entry"] == ("s", APP_ID)
    message.serialise(serial=1)  # the body really matches the signature


def test_the_systemd_user_bus_is_found_without_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import socket

    from cpdlog.notify import session_bus_address

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert session_bus_address() is None
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "bus"))
        assert session_bus_address() == f"unix:path={tmp_path / 'bus'}"
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/elsewhere")
    assert session_bus_address() == "unix:path=/elsewhere"


@needs_dbus
def test_remind_shows_one_notification_a_day_over_dbus(home: Path, tmp_path: Path):
    with private_bus() as address, notification_server(address) as server:
        env = {"DBUS_SESSION_BUS_ADDRESS": address, **no_notify_send(tmp_path)}
        first = run_cli("remind", home=home, env=env)
        assert first.returncode == 0, first.stderr
        assert first.stdout == "" and first.stderr == ""
        assert len(server.received) == 1
        app_name, _replaces, icon, summary, body, _actions, _hints, _expire = server.received[0]
        assert (app_name, icon, summary) == (APP_NAME, APP_ID, "CPD reminder")
        assert body == DUE_TEXT
        second = run_cli("remind", home=home, env=env)
        assert second.returncode == 0 and second.stdout == ""
        assert len(server.received) == 1  # never more than one a day
    state = json.loads((home / "reminders.json").read_text(encoding="utf-8"))
    assert state["last_notified"] == "2026-11-28"


@needs_dbus
def test_no_notification_service_on_the_bus_is_quiet_and_not_remembered(home: Path, tmp_path: Path):
    with private_bus() as address:
        env = {"DBUS_SESSION_BUS_ADDRESS": address, **no_notify_send(tmp_path)}
        done = run_cli("remind", home=home, env=env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert not (home / "reminders.json").exists()  # so it is tried again next time


def test_no_session_bus_at_all_is_quiet(home: Path, tmp_path: Path):
    env = {"DBUS_SESSION_BUS_ADDRESS": "", **no_notify_send(tmp_path)}
    done = run_cli("remind", home=home, env=env)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_without_a_service_a_terminal_gets_the_message_printed(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    from cpdlog.cli import main

    monkeypatch.setenv("CPDLOG_NOW", "2026-11-28T10:00:00+00:00")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "")
    for name, value in no_notify_send(tmp_path).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["--home", str(home), "remind"]) == 0
    assert capsys.readouterr().out == f"CPD reminder:\n{DUE_TEXT}\n"
    assert main(["--home", str(home), "remind"]) == 0
    assert capsys.readouterr().out == ""  # once a day, in a terminal too


def test_dry_run_prints_and_remembers_nothing(home: Path, tmp_path: Path):
    env = {"DBUS_SESSION_BUS_ADDRESS": "", **no_notify_send(tmp_path)}
    done = run_cli("remind", "--dry-run", home=home, env=env)
    assert done.returncode == 0
    assert done.stdout == f"CPD reminder:\n  {DUE_TEXT}\n"
    assert not (home / "reminders.json").exists()
    run_cli("remind", "settings", "--days", "", "--monthly-nudge", "off", home=home)
    quiet = run_cli("remind", "--dry-run", home=home, env=env)
    assert quiet.stdout == "Nothing is due today, so nothing would be shown.\n"


def test_settings_change_and_show(home: Path):
    done = run_cli(
        "remind",
        "settings",
        "--days",
        "60, 7",
        "--monthly-nudge",
        "off",
        "--add-date",
        "2027-01-15",
        "CPD sampling",
        home=home,
    )
    assert done.returncode == 0, done.stderr
    assert "60 and 7 days before the deadline" in done.stdout
    assert "2027-01-15  CPD sampling (15 January 2027)" in done.stdout
    shown = run_cli("remind", "settings", "--json", home=home)
    assert json.loads(shown.stdout) == {
        "days_before": [60, 7],
        "monthly_nudge": False,
        "key_dates": [{"date": "2027-01-15", "label": "CPD sampling"}],
        "login_check": False,
    }
    removed = run_cli("remind", "settings", "--remove-date", "2027-01-15", "--json", home=home)
    assert json.loads(removed.stdout)["key_dates"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--days", "90,soon"], "'soon' is not a number of days"),
        (["--days", "999"], "between 0 and 366"),
        (["--add-date", "15/01/2027", "Audit"], "not a valid date"),
        (["--add-date", "2027-01-15", "  "], "Say what the date is for"),
        (["--monthly-nudge", "maybe"], "invalid choice"),
    ],
)
def test_bad_settings_are_refused_in_one_line(home: Path, args: list[str], message: str):
    done = run_cli("remind", "settings", *args, home=home)
    assert done.returncode == 2
    assert message in done.stderr and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_login_check_installs_and_removes_the_autostart_entry(home: Path, tmp_path: Path):
    config = tmp_path / "config"
    env = {"XDG_CONFIG_HOME": str(config)}
    entry = config / "autostart" / "cpdlog-remind.desktop"
    on = run_cli("remind", "login", "on", home=home, env=env)
    assert on.returncode == 0, on.stderr
    text = entry.read_text(encoding="utf-8")
    assert "Type=Application\n" in text and "X-cpdlog-Remind=true" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f"--home {home.resolve()} remind")
    status = run_cli("remind", "login", "status", home=home, env=env)
    assert status.stdout.startswith("Check at login: on")
    off = run_cli("remind", "login", "off", home=home, env=env)
    assert off.returncode == 0 and not entry.exists()
    again = run_cli("remind", "login", "off", home=home, env=env)
    assert again.stdout == "The check at login was already off.\n"


def test_login_off_leaves_a_file_cpdlog_did_not_write(home: Path, tmp_path: Path):
    config = tmp_path / "config"
    entry = config / "autostart" / "cpdlog-remind.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nExec=something-else\n")
    done = run_cli("remind", "login", "off", home=home, env={"XDG_CONFIG_HOME": str(config)})
    assert done.returncode == 1 and "was not written by cpdlog" in done.stderr
    assert entry.exists()
