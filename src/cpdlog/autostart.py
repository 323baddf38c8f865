"""The opt-in login check: run ``cpdlog remind`` when the user logs in.

One small interface (:class:`LoginCheck`: ``is_enabled``, ``enable``, ``disable``,
``location``) with one implementation per platform; :func:`login_check` picks the one for
this system, and the module-level functions use it:

* Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/cpdlog-remind.desktop``
  (``~/.config`` when the variable is unset or not absolute, as the XDG Base Directory
  specification says). Only that one file is ever written or removed, and only a file cpdlog
  wrote (it carries the ``X-cpdlog-Remind`` key) is removed.
* Inside Flatpak (``/.flatpak-info`` exists) that folder is the sandbox's, which the host's
  session never reads, so the Background portal is asked instead
  (:class:`PortalAutostart`); the portal writes the host's autostart entry itself.
* Windows: the value ``cpdlog-remind`` under the per-user Run key,
  ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (``winreg``); only that value is
  written or deleted, and only when it runs ``remind``.
* macOS: the LaunchAgent ``~/Library/LaunchAgents/org.cpdlog.remind.plist`` (``RunAtLoad``);
  only a plist with cpdlog's label is removed.

Nothing is ever written outside those per-user places.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from cpdlog import safefile
from cpdlog.errors import StorageError
from cpdlog.i18n import tr

ERRORS = "cpdlog.errors"  # the messages of errors users see (cpdlog.i18n)

FILE_NAME = "cpdlog-remind.desktop"
MARKER = "X-cpdlog-Remind=true"
DEFAULT_COMMAND: tuple[str, ...] = ("cpdlog", "remind")

_TEMPLATE = """[Desktop Entry]
Type=Application
Name=cpdlog reminders
Comment=At login, show a notification if any CPD is due, then exit
Icon=org.cpdlog.CPDLog
Exec={exec}
Terminal=false
X-GNOME-Autostart-enabled=true
{marker}
"""


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".config"


def autostart_path() -> Path:
    return config_home() / "autostart" / FILE_NAME


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def quote_exec_arg(arg: str) -> str:
    """One argument of a desktop entry's Exec key (the Desktop Entry specification's quoting)."""
    escaped = arg.replace("%", "%%")
    if escaped and not _RESERVED.intersection(escaped):
        return escaped
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in escaped)
    return f'"{inner}"'


def desktop_entry(command: Sequence[str] = DEFAULT_COMMAND) -> str:
    exec_line = " ".join(quote_exec_arg(a) for a in command)
    # The key-file format escapes backslashes once more on top of the Exec quoting.
    return _TEMPLATE.format(exec=exec_line.replace("\\", "\\\\"), marker=MARKER)


def remind_command(home: str | os.PathLike[str] | None = None) -> list[str]:
    """How to run ``cpdlog remind`` from this installation, for the data folder ``home``
    (named with ``--home`` unless it is the default one)."""
    from cpdlog.paths import default_home

    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        command = [sys.executable, "remind"]
    else:
        found = shutil.which("cpdlog")
        command = [found, "remind"] if found else [sys.executable, "-m", "cpdlog", "remind"]
    if home is not None and Path(home).resolve() != default_home().resolve():
        command[-1:-1] = ["--home", str(Path(home).resolve())]
    return command


def xdg_is_enabled() -> bool:
    return autostart_path().is_file()


def xdg_enable(command: Sequence[str]) -> Path:
    path = autostart_path()
    try:
        safefile.write_atomically(path, desktop_entry(command).encode("utf-8"))
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog could not write the login check {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return path


def xdg_disable() -> bool:
    """Remove the login check; True if there was one. A file cpdlog did not write is kept."""
    path = autostart_path()
    if not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            text = handle.read(64_000)
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog could not read {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return _remove_ours(path, MARKER in text.splitlines())


def _remove_ours(path: Path, ours: bool) -> bool:
    """Remove the login check at ``path`` if cpdlog wrote it (``ours``); True once removed. A
    file cpdlog did not write is left alone and refused in one sentence."""
    if not ours:
        raise StorageError(
            tr(
                ERRORS,
                "{path} was not written by cpdlog, so it was left alone; remove "
                "it yourself if you no longer want it.",
            ).format(path=path)
        )
    try:
        path.unlink()
    except OSError as exc:
        raise StorageError(
            tr(ERRORS, "cpdlog could not remove {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return True


# -- one interface, one implementation per platform ----------------------------------------


class LoginCheck(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> str:
        """Turn it on; where it was put, in words for the user."""
        ...

    def disable(self) -> bool:
        """Turn it off; False if it was already off."""
        ...

    def location(self) -> str: ...


class XdgAutostart:
    """The XDG autostart entry (Linux and other freedesktop desktops)."""

    def is_enabled(self) -> bool:
        return xdg_is_enabled()

    def enable(self, command: Sequence[str]) -> str:
        return str(xdg_enable(command))

    def disable(self) -> bool:
        return xdg_disable()

    def location(self) -> str:
        return str(autostart_path())


RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "cpdlog-remind"


class WindowsRunKey:
    """A value under the per-user Run key. ``registry`` is the ``winreg`` module (a fake in
    tests); only ``HKEY_CURRENT_USER`` is opened."""

    def __init__(self, registry: Any = None) -> None:
        if registry is None:
            import winreg as registry  # type: ignore[import-not-found,no-redef,unused-ignore]
        self.registry = registry

    def _read(self) -> str | None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, kind = reg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not read the Run key: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from None
        return str(value) if kind in (reg.REG_SZ, reg.REG_EXPAND_SZ) else ""

    def is_enabled(self) -> bool:
        return self._read() is not None

    def enable(self, command: Sequence[str]) -> str:
        reg = self.registry
        line = subprocess.list2cmdline(list(command))
        try:
            with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, line)
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not set the login check in the Run key: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from None
        return self.location()

    def disable(self) -> bool:
        value = self._read()
        if value is None:
            return False
        if not value.rstrip('" ').endswith("remind"):
            raise StorageError(
                tr(
                    ERRORS,
                    "The Run value {run_value} was not written by cpdlog, so it was "
                    "left alone; remove it yourself if you no longer want it.",
                ).format(run_value=RUN_VALUE)
            )
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except OSError as exc:
            raise StorageError(
                tr(
                    ERRORS,
                    "cpdlog could not remove the login check from the Run key: {reason}.",
                ).format(reason=exc.strerror or exc)
            ) from None
        return True

    def location(self) -> str:
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"


LAUNCH_AGENT_LABEL = "org.cpdlog.remind"


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Background",
        }
    )


class MacLaunchAgent:
    """A per-user LaunchAgent that runs once at login (``RunAtLoad``)."""

    def is_enabled(self) -> bool:
        return launch_agent_path().is_file()

    def enable(self, command: Sequence[str]) -> str:
        path = launch_agent_path()
        try:
            safefile.write_atomically(path, launch_agent(command))
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not write the login check {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
        return str(path)

    def disable(self) -> bool:
        path = launch_agent_path()
        if not path.is_file():
            return False
        try:
            with path.open("rb") as handle:
                data = plistlib.loads(handle.read(64_000))
        except (OSError, plistlib.InvalidFileException, ValueError):
            data = None
        return _remove_ours(
            path, isinstance(data, dict) and data.get("Label") == LAUNCH_AGENT_LABEL
        )

    def location(self) -> str:
        return str(launch_agent_path())


PORTAL_BUS_NAME = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE = "org.freedesktop.portal.Background"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
PORTAL_CALL_TIMEOUT_S = 10.0
PORTAL_ANSWER_TIMEOUT_S = 120.0  # the portal may ask the user first
PORTAL_REASON = "Check at login whether any CPD is due, and show a notification if it is."
PORTAL_STATE_FILE = "cpdlog-login-check"  # in the sandbox's own config folder: "on" or absent


def session_bus_address() -> str | None:
    """``DBUS_SESSION_BUS_ADDRESS``, else the user bus in ``XDG_RUNTIME_DIR`` (the same lookup
    as cpdlog.notify's, which this layer may not import)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and (Path(runtime) / "bus").is_socket():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


def request_background_message(
    command: Sequence[str], autostart: bool, token: str
) -> Any:  # a jeepney Message
    """``org.freedesktop.portal.Background.RequestBackground("", options)``."""
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(PORTAL_PATH, bus_name=PORTAL_BUS_NAME, interface=PORTAL_INTERFACE)
    options = {
        "handle_token": ("s", token),
        "reason": ("s", PORTAL_REASON),
        "autostart": ("b", autostart),
        "commandline": ("as", list(command)),
        "dbus-activatable": ("b", False),
    }
    return new_method_call(address, "RequestBackground", "sa{sv}", ("", options))


class PortalAutostart:
    """Inside Flatpak: the Background portal's autostart (``RequestBackground`` with
    ``autostart`` and the command line). The sandbox cannot see the host's autostart folder,
    so whether it is on is kept in a one-line file in the sandbox's own config folder."""

    def __init__(self, bus_address: str | None = None) -> None:
        self.bus_address = bus_address

    def state_path(self) -> Path:
        return config_home() / PORTAL_STATE_FILE

    def is_enabled(self) -> bool:
        try:
            return self.state_path().read_text(encoding="utf-8").strip() == "on"
        except OSError:
            return False

    def _request(self, command: Sequence[str], autostart: bool) -> bool:
        """Ask the portal; True when the answer allows what was asked."""
        import secrets

        address = self.bus_address or session_bus_address()
        if address is None:
            raise StorageError(tr(ERRORS, "cpdlog could not reach the desktop (no session bus)."))
        try:
            from jeepney import DBusErrorResponse, HeaderFields, MessageType
            from jeepney.bus_messages import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:  # pragma: no cover - jeepney is a dependency on Linux
            raise StorageError(
                tr(ERRORS, "cpdlog cannot talk to the desktop (jeepney is missing).")
            ) from None
        token = f"cpdlog_{secrets.token_hex(8)}"
        rule = MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response")
        try:
            with open_dbus_connection(bus=address) as connection:
                connection.send_and_get_reply(
                    message_bus.AddMatch(rule), timeout=PORTAL_CALL_TIMEOUT_S
                )
                with connection.filter(rule) as queue:
                    reply = connection.send_and_get_reply(
                        request_background_message(command, autostart, token),
                        timeout=PORTAL_CALL_TIMEOUT_S,
                    )
                    if reply.header.message_type is not MessageType.method_return:
                        raise StorageError(
                            tr(
                                ERRORS,
                                "The desktop refused the request to run cpdlog at login ({body}).",
                            ).format(
                                body=reply.body[0] if reply.body else tr(ERRORS, "no reason given")
                            )
                        )
                    (handle,) = reply.body
                    while True:
                        signal = connection.recv_until_filtered(
                            queue, timeout=PORTAL_ANSWER_TIMEOUT_S
                        )
                        if signal.header.fields.get(HeaderFields.path) == handle:
                            break
        except TimeoutError:
            raise StorageError(
                tr(
                    ERRORS,
                    "The desktop did not answer the request to run cpdlog at login in time.",
                )
            ) from None
        except (OSError, ValueError, KeyError, DBusErrorResponse) as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not reach the desktop's portal: {exc}.").format(exc=exc)
            ) from None
        response, results = signal.body
        granted = results.get("autostart", ("b", False))[1]
        return int(response) == 0 and bool(granted) == autostart

    def _remember(self, on: bool) -> None:
        path = self.state_path()
        try:
            if on:
                safefile.write_atomically(path, b"on\n")
            else:
                path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(
                tr(ERRORS, "cpdlog could not save {path}: {reason}.").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None

    def enable(self, command: Sequence[str]) -> str:
        if not self._request(command, autostart=True):
            raise StorageError(
                tr(
                    ERRORS,
                    "The system did not allow cpdlog to run at login (check its "
                    "permissions in your desktop's settings for background apps).",
                )
            )
        self._remember(True)
        return self.location()

    def disable(self) -> bool:
        if not self.is_enabled():
            return False
        self._request(DEFAULT_COMMAND, autostart=False)
        self._remember(False)
        return True

    def location(self) -> str:
        return "the desktop's background apps (Flatpak portal)"


FLATPAK_INFO = Path("/.flatpak-info")


SUPPORTED = sys.platform.startswith("linux") or sys.platform in ("win32", "darwin")


def in_flatpak() -> bool:
    return FLATPAK_INFO.is_file()


def login_check() -> LoginCheck:
    """The login check for this system."""
    if sys.platform == "win32":
        return WindowsRunKey()
    if sys.platform == "darwin":
        return MacLaunchAgent()
    if in_flatpak():
        return PortalAutostart()
    return XdgAutostart()


def is_enabled() -> bool:
    return login_check().is_enabled()


def enable(command: Sequence[str]) -> str:
    """Turn the login check on; where it is, in words for the user."""
    return login_check().enable(command)


def disable() -> bool:
    """Turn the login check off; False if it was already off."""
    return login_check().disable()


def location() -> str:
    return login_check().location()
