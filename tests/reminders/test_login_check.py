"""The login check on every platform: the Run key on Windows (a fake winreg), a LaunchAgent on
macOS, the Background portal under Flatpak (a fake portal on a real private D-Bus), and which
one is chosen."""

from __future__ import annotations

import plistlib
import sys
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cpdlog import autostart
from cpdlog.errors import StorageError
from tests.reminders.dbus_support import HAVE_DBUS, FakeService, private_bus, running

COMMAND = ["C:\\Program Files\\cpdlog\\cpdlog.exe", "--home", "D:\\my data", "remind"]


# -- Windows: the per-user Run key -------------------------------------------------------------


class FakeKey:
    def __init__(self, values: dict[str, tuple[object, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class FakeWinreg:
    """The parts of ``winreg`` the login check uses, over a dict per key path."""

    HKEY_CURRENT_USER = "HKCU"
    HKEY_LOCAL_MACHINE = "HKLM"
    KEY_READ, KEY_SET_VALUE = 1, 2
    REG_SZ, REG_EXPAND_SZ, REG_DWORD = 1, 2, 4

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[object, int]]] = {}
        self.opened: list[tuple[str, str]] = []

    def OpenKey(self, root: str, path: str, reserved: int, access: int) -> FakeKey:
        self.opened.append((root, path))
        if (root, path) not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return FakeKey(self.keys[(root, path)])

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> FakeKey:
        self.opened.append((root, path))
        return FakeKey(self.keys.setdefault((root, path), {}))

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[object, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return key.values[name]

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: str) -> None:
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        del key.values[name]


RUN = ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run")


def test_the_run_key_value_is_written_and_removed() -> None:
    registry = FakeWinreg()
    check = autostart.WindowsRunKey(registry)
    assert not check.is_enabled()
    where = check.enable(COMMAND)
    assert where == "HKEY_CURRENT_USER\\" + RUN[1] + "\\cpdlog-remind"
    assert check.is_enabled()
    value, kind = registry.keys[RUN]["cpdlog-remind"]
    assert kind == registry.REG_SZ
    assert value == '"C:\\Program Files\\cpdlog\\cpdlog.exe" --home "D:\\my data" remind'
    assert check.disable() is True
    assert registry.keys[RUN] == {} and not check.is_enabled()
    assert check.disable() is False
    # Only the current user's Run key is ever opened.
    assert set(registry.opened) == {RUN}


def test_a_run_value_cpdlog_did_not_write_is_left_alone() -> None:
    registry = FakeWinreg()
    registry.keys[RUN] = {
        "cpdlog-remind": ("C:\\other\\tool.exe --start", FakeWinreg.REG_SZ),
        "OneDrive": ("onedrive.exe /background", FakeWinreg.REG_SZ),
    }
    check = autostart.WindowsRunKey(registry)
    with pytest.raises(StorageError, match="not written by cpdlog"):
        check.disable()
    assert "cpdlog-remind" in registry.keys[RUN] and "OneDrive" in registry.keys[RUN]


def test_other_run_values_survive_enable_and_disable() -> None:
    registry = FakeWinreg()
    registry.keys[RUN] = {"OneDrive": ("onedrive.exe /background", FakeWinreg.REG_SZ)}
    check = autostart.WindowsRunKey(registry)
    check.enable(["cpdlog.exe", "remind"])
    check.disable()
    assert registry.keys[RUN] == {"OneDrive": ("onedrive.exe /background", FakeWinreg.REG_SZ)}


# -- macOS: a LaunchAgent ----------------------------------------------------------------------


def test_the_launch_agent_is_written_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    check = autostart.MacLaunchAgent()
    assert not check.is_enabled()
    where = Path(check.enable(["/Applications/cpdlog.app/Contents/MacOS/cpdlog", "remind"]))
    assert where == tmp_path / "Library" / "LaunchAgents" / "org.cpdlog.remind.plist"
    data = plistlib.loads(where.read_bytes())
    assert data == {
        "Label": "org.cpdlog.remind",
        "ProgramArguments": ["/Applications/cpdlog.app/Contents/MacOS/cpdlog", "remind"],
        "RunAtLoad": True,
        "ProcessType": "Background",
    }
    assert check.is_enabled()
    assert check.disable() is True and not where.exists()
    assert check.disable() is False
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["LaunchAgents", "Library"]


def test_a_launch_agent_cpdlog_did_not_write_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    path = autostart.launch_agent_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(plistlib.dumps({"Label": "com.example.other"}))
    with pytest.raises(StorageError, match="not written by cpdlog"):
        autostart.MacLaunchAgent().disable()
    assert path.exists()


# -- which one ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "flatpak", "kind"),
    [
        ("linux", False, autostart.XdgAutostart),
        ("linux", True, autostart.PortalAutostart),
        ("darwin", False, autostart.MacLaunchAgent),
    ],
)
def test_the_login_check_for_the_platform(
    platform: str, flatpak: bool, kind: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / ".flatpak-info"
    if flatpak:
        info.write_text("[Application]\nname=org.cpdlog.CPDLog\n", encoding="utf-8")
    monkeypatch.setattr(autostart, "FLATPAK_INFO", info)
    monkeypatch.setattr(sys, "platform", platform)
    assert isinstance(autostart.login_check(), kind)


def test_windows_uses_the_run_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "winreg", FakeWinreg())
    monkeypatch.setattr(sys, "platform", "win32")
    assert isinstance(autostart.login_check(), autostart.WindowsRunKey)


# -- Flatpak: the Background portal over a real D-Bus --------------------------------------


@dataclass
class FakePortal(FakeService):
    """Answers RequestBackground as xdg-desktop-portal does: a request handle, then a
    Response signal on it (``autostart`` granted as asked, unless ``refuse``)."""

    bus_name = autostart.PORTAL_BUS_NAME
    path = autostart.PORTAL_PATH
    interface = autostart.PORTAL_INTERFACE
    member = "RequestBackground"

    refuse: bool = False
    received: list[tuple[Any, ...]] = field(default_factory=list)

    def answer(self, connection: Any, message: Any) -> None:
        from jeepney import DBusAddress, HeaderFields, new_method_return, new_signal

        fields = message.header.fields
        self.received.append((fields.get(HeaderFields.signature), *message.body))
        sender = str(fields.get(HeaderFields.sender)).lstrip(":").replace(".", "_")
        token = message.body[1]["handle_token"][1]
        handle = f"/org/freedesktop/portal/desktop/request/{sender}/{token}"
        connection.send(new_method_return(message, "o", (handle,)))
        asked = message.body[1]["autostart"][1]
        results = {
            "background": ("b", True),
            "autostart": ("b", asked and not self.refuse),
        }
        signal = new_signal(
            DBusAddress(handle, interface=autostart.REQUEST_INTERFACE),
            "Response",
            "ua{sv}",
            (1 if self.refuse else 0, results),
        )
        connection.send(signal)


def fake_portal(address: str, refuse: bool = False) -> AbstractContextManager[FakePortal]:
    return running(FakePortal(address, refuse=refuse))


needs_dbus = pytest.mark.skipif(not HAVE_DBUS, reason="dbus-daemon is not installed")


@needs_dbus
def test_the_portal_is_asked_to_run_cpdlog_at_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    with private_bus() as address, fake_portal(address) as portal:
        check = autostart.PortalAutostart(bus_address=address)
        assert not check.is_enabled()
        where = check.enable(["cpdlog", "remind"])
        assert "portal" in where and check.is_enabled()
        [(signature, parent, options)] = portal.received
        assert signature == "sa{sv}" and parent == ""
        assert options["autostart"] == ("b", True)
        assert options["commandline"] == ("as", ["cpdlog", "remind"])
        assert options["dbus-activatable"] == ("b", False)
        assert options["reason"][0] == "s" and "CPD" in options["reason"][1]
        assert check.disable() is True
        assert portal.received[-1][2]["autostart"] == ("b", False)
        assert not check.is_enabled()
        assert check.disable() is False and len(portal.received) == 2
    # Only the sandbox's own config folder was written (the portal writes the host's entry).
    assert not (tmp_path / "sandbox-config" / "autostart").exists()


@needs_dbus
def test_a_refusal_from_the_portal_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    with private_bus() as address, fake_portal(address, refuse=True):
        check = autostart.PortalAutostart(bus_address=address)
        with pytest.raises(StorageError, match="did not allow cpdlog to run at login"):
            check.enable(["cpdlog", "remind"])
        assert not check.is_enabled()


@needs_dbus
def test_no_portal_on_the_bus_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    with private_bus() as address, pytest.raises(StorageError, match="portal"):
        autostart.PortalAutostart(bus_address=address).enable(["cpdlog", "remind"])
