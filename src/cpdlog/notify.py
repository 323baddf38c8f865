"""Desktop notifications without Qt: freedesktop notifications over D-Bus (jeepney).

Used by ``cpdlog remind`` (which must start without Qt) and by the desktop app on Linux. When
there is no session bus or no notification service, ``notify-send`` is tried if installed;
failing that :func:`send_notification` returns False and the caller decides what to do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from cpdlog import APP_ID, APP_NAME

if TYPE_CHECKING:
    from jeepney import Message

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
SIGNATURE = "susssasa{sv}i"
TIMEOUT_SECONDS = 5.0
EXPIRE_MS = -1  # the notification server's default
MAX_BODY = 1000


def notify_message(summary: str, body: str, replaces_id: int = 0) -> Message:
    """The ``Notify`` method call of the freedesktop notification specification."""
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
    hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", 1)}
    return new_method_call(
        address,
        "Notify",
        SIGNATURE,
        (APP_NAME, replaces_id, APP_ID, summary, body[:MAX_BODY], [], hints, EXPIRE_MS),
    )


def session_bus_address() -> str | None:
    """``DBUS_SESSION_BUS_ADDRESS``, else the systemd user bus in ``XDG_RUNTIME_DIR``."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():
        socket = Path(runtime) / "bus"
        if socket.is_socket():
            return f"unix:path={socket}"
    return None


def _send_dbus(summary: str, body: str) -> bool:
    address = session_bus_address()
    if address is None:
        return False
    try:
        from jeepney import DBusErrorResponse, MessageType
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return False
    try:
        with open_dbus_connection(bus=address) as connection:
            reply = connection.send_and_get_reply(
                notify_message(summary, body), timeout=TIMEOUT_SECONDS
            )
    except (OSError, ValueError, KeyError, TimeoutError, DBusErrorResponse):
        return False
    return bool(reply.header.message_type == MessageType.method_return)


def _send_notify_send(summary: str, body: str) -> bool:
    program = shutil.which("notify-send")
    if program is None:
        return False
    try:
        done = subprocess.run(
            [program, f"--app-name={APP_NAME}", f"--icon={APP_ID}", "--", summary, body[:MAX_BODY]],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def send_notification(summary: str, body: str) -> bool:
    """Show a desktop notification; True if a notification service accepted it."""
    return _send_dbus(summary, body) or _send_notify_send(summary, body)
