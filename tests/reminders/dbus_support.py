"""A private D-Bus session bus, fake services on it, and a tiny freedesktop notification server
for tests."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

from jeepney import HeaderFields, Message, MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

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
class FakeService:
    """A service of our own on a private bus, answering one method: it takes ``bus_name`` and
    hands each call of ``member`` on ``path`` and ``interface`` to :meth:`answer` (anything
    else is ignored). Run it with :func:`running`."""

    bus_name: ClassVar[str]
    path: ClassVar[str]
    interface: ClassVar[str]
    member: ClassVar[str]

    address: str
    ready: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)

    def answer(self, connection: DBusConnection, message: Message) -> None:
        raise NotImplementedError

    def serve(self) -> None:
        with open_dbus_connection(bus=self.address) as connection:
            connection.send_and_get_reply(message_bus.RequestName(self.bus_name), timeout=5)
            self.ready.set()
            while not self.stop.is_set():
                try:
                    message = connection.receive(timeout=0.1)
                except TimeoutError:
                    continue
                fields = message.header.fields
                if (
                    message.header.message_type is MessageType.method_call
                    and fields.get(HeaderFields.path) == self.path
                    and fields.get(HeaderFields.interface) == self.interface
                    and fields.get(HeaderFields.member) == self.member
                ):
                    self.answer(connection, message)


Service = TypeVar("Service", bound=FakeService)


@contextmanager
def running(service: Service) -> Iterator[Service]:
    """``service`` answering on its own thread until the block ends."""
    thread = threading.Thread(target=service.serve, daemon=True)
    thread.start()
    assert service.ready.wait(10), f"the test's {type(service).__name__} did not start"
    try:
        yield service
    finally:
        service.stop.set()
        thread.join(timeout=10)


@dataclass
class NotificationServer(FakeService):
    """Answers ``Notify`` calls on the bus and records them."""

    bus_name = BUS_NAME
    path = OBJECT_PATH
    interface = INTERFACE
    member = "Notify"

    received: list[tuple[Any, ...]] = field(default_factory=list)
    got_one: threading.Event = field(default_factory=threading.Event)

    def answer(self, connection: DBusConnection, message: Message) -> None:
        self.received.append(tuple(message.body))
        connection.send(new_method_return(message, "u", (len(self.received),)))
        self.got_one.set()


def notification_server(address: str) -> AbstractContextManager[NotificationServer]:
    return running(NotificationServer(address))
