"""The opt-in login check: an XDG autostart entry that runs ``cpdlog remind`` at login.

The file is ``$XDG_CONFIG_HOME/autostart/cpdlog-remind.desktop`` (``~/.config`` when the
variable is unset or not absolute, as the XDG Base Directory specification says). Only that
one file is ever written or removed, and only a file cpdlog wrote (it carries the
``X-cpdlog-Remind`` key) is removed.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from cpdlog import safefile
from cpdlog.errors import StorageError

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


def is_enabled() -> bool:
    return autostart_path().is_file()


def enable(command: Sequence[str]) -> Path:
    path = autostart_path()
    try:
        safefile.write_atomically(path, desktop_entry(command).encode("utf-8"))
    except OSError as exc:
        raise StorageError(
            f"cpdlog could not write the login check {path}: {exc.strerror or exc}."
        ) from None
    return path


def disable() -> bool:
    """Remove the login check; True if there was one. A file cpdlog did not write is kept."""
    path = autostart_path()
    if not path.is_file():
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            text = handle.read(64_000)
    except OSError as exc:
        raise StorageError(f"cpdlog could not read {path}: {exc.strerror or exc}.") from None
    if MARKER not in text.splitlines():
        raise StorageError(
            f"{path} was not written by cpdlog, so it was left alone; remove it yourself "
            "if you no longer want it."
        )
    try:
        path.unlink()
    except OSError as exc:
        raise StorageError(f"cpdlog could not remove {path}: {exc.strerror or exc}.") from None
    return True
