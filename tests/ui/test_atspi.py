"""What a screen reader sees: each view's AT-SPI tree, read over D-Bus, has no unnamed or
undescribed control a user can Tab to, and the progress chart's numbers are there as a table.

Starts its own Xvfb, a private D-Bus session and the accessibility bus (Debian's
``at-spi2-core``), runs the app in a subprocess with Qt's xcb platform, and walks
``org.a11y.atspi.Accessible`` with jeepney. Skips, saying why, when those programs are missing
(``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

jeepney = pytest.importorskip("jeepney")
from jeepney import DBusAddress, new_method_call  # noqa: E402
from jeepney.io.blocking import DBusConnection, open_dbus_connection  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
STATE_FOCUSABLE = 11
STATE_SHOWING = 25
# Cells and items inside a list, table or tree are named by their text, which may be empty.
ITEM_ROLES = {"table cell", "list item", "tree item", "column header", "row header"}
# Their items are named by their text: the walk does not go into them (it would be slow).
CONTAINER_ROLES = {"table", "list", "tree", "tree table", "list box"}
# Qt's tab bar answers no description, for itself or its tabs (QAccessibleTabBar): not fixable.
NO_DESCRIPTION_ROLES = {"page tab list", "page tab"}
VIEWS = ["progress", "journal", "reader", "export", "trash", "editor", "reflection"]


def _missing() -> str | None:
    for program in ("Xvfb", "dbus-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install xvfb dbus-x11 at-spi2-core)"
    if not LAUNCHER.exists():
        return "at-spi-bus-launcher is not installed (apt-get install at-spi2-core)"
    return None


@dataclass
class Desktop:
    env: dict[str, str]
    a11y: DBusConnection
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)


def _start(command: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL, **kwargs)


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    reason = _missing()
    if reason:
        pytest.skip(reason)
    runtime = tmp_path_factory.mktemp("xdg-runtime")
    runtime.chmod(0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI"))}
    env.update(XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="xcb", NO_AT_BRIDGE="0")
    processes: list[subprocess.Popen[bytes]] = []
    try:
        read_fd, write_fd = os.pipe()
        xvfb = _start(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ],
            env,
            pass_fds=(write_fd,),
        )
        processes.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        env["DISPLAY"] = f":{display}"
        bus = _start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env,
            stdout=subprocess.PIPE,
        )
        processes.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        processes.append(_start([str(LAUNCHER), "--launch-immediately"], env))
        session = open_dbus_connection(bus=env["DBUS_SESSION_BUS_ADDRESS"])
        address = ""
        deadline = time.monotonic() + 20
        while not address and time.monotonic() < deadline:
            try:
                reply = session.send_and_get_reply(
                    new_method_call(
                        DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"),
                        "GetAddress",
                    ),
                    timeout=5,
                )
                address = str(reply.body[0]) if reply.body else ""
            except Exception:  # the launcher is not on the bus yet
                time.sleep(0.2)
        session.close()
        assert address, "the accessibility bus did not start"
        a11y = open_dbus_connection(bus=address)
        yield Desktop(env, a11y, processes)
        a11y.close()
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


def _call(desktop: Desktop, ref: tuple[str, str], method: str, interface: str = "") -> Any:
    name, path = ref
    message = new_method_call(
        DBusAddress(path, name, interface or "org.a11y.atspi.Accessible"), method
    )
    return desktop.a11y.send_and_get_reply(message, timeout=10).body


def _prop(desktop: Desktop, ref: tuple[str, str], prop: str) -> Any:
    name, path = ref
    message = new_method_call(
        DBusAddress(path, name, "org.freedesktop.DBus.Properties"),
        "Get",
        "ss",
        ("org.a11y.atspi.Accessible", prop),
    )
    return desktop.a11y.send_and_get_reply(message, timeout=10).body[0][1]


@dataclass
class Node:
    path: str
    role: str
    name: str
    description: str
    states: set[int]
    children: list[Node]


def _walk(desktop: Desktop, ref: tuple[str, str], depth: int = 0) -> Node:
    role = str(_call(desktop, ref, "GetRoleName")[0])
    bits = _call(desktop, ref, "GetState")[0]
    states = {i for i in range(64) if (bits[i // 32] >> (i % 32)) & 1}
    children: list[Node] = []
    if role not in ITEM_ROLES | CONTAINER_ROLES and depth < 40:
        for child in _call(desktop, ref, "GetChildren")[0][:400]:
            children.append(_walk(desktop, (str(child[0]), str(child[1])), depth + 1))
    return Node(
        ref[1],
        role,
        str(_prop(desktop, ref, "Name")),
        str(_prop(desktop, ref, "Description")),
        states,
        children,
    )


def _app_tree(desktop: Desktop, process: subprocess.Popen[bytes]) -> Node:
    root = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "the app stopped"
        for child in _call(desktop, root, "GetChildren")[0]:
            ref = (str(child[0]), str(child[1]))
            try:
                if _prop(desktop, ref, "Name") == "cpdlog-atspi-test":
                    return _walk(desktop, ref)
            except Exception:  # an application that went away while being asked
                continue
        time.sleep(0.3)
    raise AssertionError("the app never appeared on the accessibility bus")


def _nodes(node: Node, trail: str = "") -> Iterator[Node]:
    node.trail = f"{trail} > {node.role} {node.name!r}" if trail else node.role  # type: ignore[attr-defined]
    yield node
    for child in node.children:
        yield from _nodes(child, node.trail)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def trees(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Node]:
    found: dict[str, Node] = {}
    env = dict(desktop.env, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), str(ROOT)]))
    for view in VIEWS:
        home = tmp_path_factory.mktemp(f"home-{view}")
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.atspi_app", str(home), view],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == b"ready", f"{view}: the app did not start"
            found[view] = _app_tree(desktop, process)
        finally:
            process.terminate()
            process.wait(timeout=20)
    return found


def _focusable(tree: Node) -> list[Node]:
    return [
        n
        for n in _nodes(tree)
        if STATE_FOCUSABLE in n.states and STATE_SHOWING in n.states and n.role not in ITEM_ROLES
    ]


@pytest.mark.parametrize("view", VIEWS)
def test_no_unnamed_control_you_can_tab_to(trees: dict[str, Node], view: str) -> None:
    tree = trees[view]
    focusable = _focusable(tree)
    assert len(focusable) >= 3, f"{view}: the tree shows almost nothing: {tree}"
    unnamed = [n.trail for n in focusable if not n.name.strip()]  # type: ignore[attr-defined]
    assert unnamed == [], f"{view}: unnamed focusable controls: {unnamed}"


@pytest.mark.parametrize("view", VIEWS)
def test_every_control_you_can_tab_to_has_a_description(trees: dict[str, Node], view: str) -> None:
    """After its name a screen reader reads the description: what the control does or what
    goes in it. A name alone (a button's words, a label) is not enough."""
    focusable = [n for n in _focusable(trees[view]) if n.role not in NO_DESCRIPTION_ROLES]
    assert len(focusable) >= 3, f"{view}: the tree shows almost nothing"
    undescribed = [
        n.trail  # type: ignore[attr-defined]
        for n in focusable
        if not n.description.strip() or n.description.strip() == n.name.strip()
    ]
    assert undescribed == [], f"{view}: focusable controls without a description: {undescribed}"


def test_the_chart_has_its_numbers_as_a_table(trees: dict[str, Node]) -> None:
    tables = [n for n in _nodes(trees["progress"]) if n.name == "Hours by month"]
    assert tables and tables[0].role == "table"
    assert "June 2026: 1.5 hours" in tables[0].description


def test_pane_dividers_are_named_separators(trees: dict[str, Node]) -> None:
    dividers = [n for n in _nodes(trees["journal"]) if n.name == "Pane divider"]
    assert dividers and all(STATE_FOCUSABLE in n.states for n in dividers)
    assert {n.role for n in dividers} == {"separator"}  # Qt's own role: "grip"
    assert all("arrow key" in n.description for n in dividers)
    assert not [n for n in _nodes(trees["journal"]) if n.role == "unknown"]


def test_required_reflection_sections_say_so(trees: dict[str, Node]) -> None:
    """Not only the label's visible "(required)": the text area's own name and description."""
    areas = [
        n
        for n in _nodes(trees["reflection"])
        if STATE_FOCUSABLE in n.states and n.role in {"text", "paragraph", "entry"}
    ]
    required = [n for n in areas if n.name.endswith("(required)")]
    assert required, [(n.role, n.name) for n in areas]
    assert all(n.description.startswith("Required:") for n in required), [
        (n.name, n.description) for n in required
    ]
    optional = [n for n in areas if n.name and not n.name.endswith("(required)")]
    assert not [n for n in optional if "Required" in n.description]


def test_tick_boxes_are_read_by_their_words(trees: dict[str, Node]) -> None:
    boxes = [n for n in _nodes(trees["editor"]) if n.role == "check box"]
    names = {n.name for n in boxes}
    assert "Draft: not finished, so not counted yet" in names
    assert not names & {"Status", "Ends", "When"}
