"""A private D-Bus session bus and a tiny freedesktop notification server for tests."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jeepney import HeaderFields, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from cpdlog.notify import BUS_NAME, INTERFACE, OBJECT_PATH

HAVE_DBUS = shutil.which("dbus-daemon") is not None


@contextmanager
def private_bus() -> Iterator[str]:
    """Start a session bus of our own; yields its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


@dataclass
class NotificationServer:
    """Answers ``Notify`` calls on the bus and records them."""

    address: str
    received: list[tuple[Any, ...]] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)
    got_one: threading.Event = field(default_factory=threading.Event)

    def serve(self) -> None:
        with open_dbus_connection(bus=self.address) as connection:
            connection.send_and_get_reply(message_bus.RequestName(BUS_NAME), timeout=5)
            self.ready.set()
            while not self.stop.is_set():
                try:
                    message = connection.receive(timeout=0.1)
                except TimeoutError:
                    continue
                header = message.header
                if header.message_type is not MessageType.method_call:
                    continue
                fields = header.fields
                if (
                    fields.get(HeaderFields.path) == OBJECT_PATH
                    and fields.get(HeaderFields.interface) == INTERFACE
                    and fields.get(HeaderFields.member) == "Notify"
                ):
                    self.received.append(tuple(message.body))
                    connection.send(new_method_return(message, "u", (len(self.received),)))
                    self.got_one.set()


@contextmanager
def notification_server(address: str) -> Iterator[NotificationServer]:
    server = NotificationServer(address)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    assert server.ready.wait(10), "the test notification server did not start"
    try:
        yield server
    finally:
        server.stop.set()
        thread.join(timeout=10)
