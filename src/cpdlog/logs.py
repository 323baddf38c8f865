"""cpdlog's one logging set-up: a small rotating log file in the data folder.

The log is for finding bugs in the field, so it must never hold anything that identifies the
practitioner or the people they write about. Code logs ids, counts, kinds and exception types;
on top of that every line written is passed through :func:`redact`, which removes

* the query string, fragment, path and user name/password of every web address (tokens);
* e-mail addresses;
* the user's home folder and the data folder (they carry the user's name);
* in the values a record quotes (its ``%s`` arguments): sentences, long quoted text and
  anything longer than 80 characters, and exceptions (only their type is kept).

Exception *messages* are never written: a ``KeyError`` or a database error can quote a title
or a search term back. A traceback keeps its frames (file, line, function and the code line,
which come from cpdlog's own source) and each exception's type; an ``OSError`` keeps its error
number.

A data folder that cannot be written (read-only media, a full disc) never stops the app or the
command line: the file is opened on the first record and, if that fails, logging to the file
simply stops.

This module imports only the standard library and nothing at all from Qt.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import logging.handlers
import os
import re
import stat
import sys
import threading
import traceback
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TextIO

LOG_FOLDER = "logs"
LOG_NAME = "cpdlog.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
TAIL_BYTES = 64 * 1024  # the most read back for "the last lines of the log"
LINE_LIMIT = 1_000  # a longer log line is cut (a runaway traceback line, a hostile value)

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_OURS = "cpdlog"  # the package's logger; others (httpx, alembic...) log warnings and worse only

_URL = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]{1,15}):(//)?([^\s\"'<>()\[\]{}]+)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# Free text: a run of five or more words. Log messages are written by us and stay short;
# a title, reflection or tag quoted in one (by mistake, or inside a value) does not survive.
_FREE_TEXT = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t,;:.!?]+){4,}[^\W\d_][\w'’-]*")
_QUOTED = re.compile(r"(['\"])(?:(?!\1).){21,}?\1")  # a long quoted value: '…', "…"
_SCHEMES_WITH_HOST = {"http", "https", "ftp", "ws", "wss", "feed", "cpdlog", "file"}


def _url(match: re.Match[str]) -> str:
    scheme, slashes, rest = match.group(1), match.group(2), match.group(3)
    if scheme.lower() == "mailto":
        return "mailto:<address>"
    if not slashes:
        if scheme.lower() not in _SCHEMES_WITH_HOST:
            return match.group(0)  # "KeyError:", "ERROR:x": not an address
        return f"{scheme}:<address>"
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host = authority.rsplit("@", 1)[-1]  # user name and password (tokens) dropped
    tail = rest[len(authority) :]
    return f"{scheme}://{host}{'/…' if tail.strip('/') else ''}"


class Redactor:
    """Removes what could identify someone from one line of text (see the module notes)."""

    def __init__(self, folders: Iterable[Path | str] = ()) -> None:
        found: set[str] = set()
        for folder in (*folders, _home()):
            text = str(folder).rstrip("/\\")
            if len(text) > 1:
                found.add(text)
        # the longest first, so the data folder inside the home folder is named as such
        self._folders = sorted(found, key=len, reverse=True)

    def __call__(self, text: str, *, free_text: bool = False) -> str:
        """``text`` redacted; ``free_text`` also removes sentences and long quoted values
        (used on the values a record quotes, never on cpdlog's own message or code lines)."""
        for folder in self._folders:
            if folder in text:
                text = text.replace(folder, "<data>" if folder != _home() else "~")
        text = _URL.sub(_url, text)
        text = _EMAIL.sub("<e-mail>", text)
        if free_text:
            text = _QUOTED.sub(lambda m: f"{m.group(1)}<text>{m.group(1)}", text)
            text = _FREE_TEXT.sub("<text>", text)
        text = "".join(ch if ch.isprintable() or ch in "\n\t" else "?" for ch in text)
        return "\n".join(
            line if len(line) <= LINE_LIMIT else line[:LINE_LIMIT] + "…"
            for line in text.split("\n")
        )


def _home() -> str:
    try:
        return str(Path.home())
    except (RuntimeError, KeyError):  # no home folder known (a service account)
        return ""


def redact(text: str, folders: Iterable[Path | str] = ()) -> str:
    return Redactor(folders)(text)


def describe_exception(error: BaseException) -> str:
    """The exception's kind, never its message: ``KeyError`` or ``OSError [errno EACCES]``."""
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    if isinstance(error, OSError) and error.errno is not None:
        name += f" [errno {errno.errorcode.get(error.errno, error.errno)}]"
    wrapped = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
    if isinstance(wrapped, BaseException):
        name += f" (from {describe_exception(wrapped)})"
    return name


def format_traceback(
    kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
) -> str:
    """A traceback in Python's usual shape with every exception message left out."""
    if error is None:
        return ""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    current_tb = tb
    link = ""
    while current is not None and id(current) not in seen and len(chain) < 10:
        seen.add(id(current))
        chain.append((current, current_tb, link))
        if current.__cause__ is not None:
            link = "The above exception was the direct cause of the following exception:"
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link = "During handling of the above exception, another exception occurred:"
            current = current.__context__
        else:
            current = None
        current_tb = current.__traceback__ if current is not None else None
    lines: list[str] = []
    for index, (exc, exc_tb, _link) in enumerate(reversed(chain)):
        if index:
            lines.append(f"\n{chain[len(chain) - index][2]}\n\n")
        if exc_tb is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(exc_tb, limit=40))
        lines.append(f"{describe_exception(exc)} (message not logged)\n")
    return "".join(lines).rstrip("\n")


class RedactingFormatter(logging.Formatter):
    """The log's formatter: message-free tracebacks and :class:`Redactor` on every line."""

    def __init__(self, folders: Iterable[Path | str] = ()) -> None:
        super().__init__(_FORMAT)
        self.redactor = Redactor(folders)

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        return format_traceback(*ei)

    def formatStack(self, stack_info: str) -> str:
        return stack_info

    def format(self, record: logging.LogRecord) -> str:
        # A copy: other handlers see the original, and a traceback another handler's
        # formatter cached on it (``exc_text``, with the messages) is not reused here.
        args = record.args
        record = logging.makeLogRecord(record.__dict__)
        record.exc_text = None
        if args:
            record.args = _redact_args(args, self.redactor)
        return self.redactor(super().format(record))


def _redact_args(
    args: tuple[object, ...] | Mapping[str, object], redactor: Redactor
) -> tuple[object, ...] | Mapping[str, object]:
    if isinstance(args, Mapping):
        return {key: _redact_value(value, redactor) for key, value in args.items()}
    return tuple(_redact_value(value, redactor) for value in args)


def _redact_value(value: object, redactor: Redactor) -> object:
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, BaseException):
        return describe_exception(value)  # its message may quote the user's text
    text = redactor(str(value), free_text=True)
    if len(text) > 80:
        return f"<text, {len(text)} characters>"
    return text


class _FileHandler(logging.handlers.RotatingFileHandler):
    """Opens the file on the first record (creating ``logs/``); any failure turns it off."""

    broken = False

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(exist_ok=True)  # never the data folder itself
        # never a named pipe (its open waits for ever), a device or a link out of the folder
        with contextlib.suppress(FileNotFoundError):
            if not stat.S_ISREG(os.lstat(self.baseFilename).st_mode):
                raise OSError(f"{Path(self.baseFilename).name} is not an ordinary file")
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if self.broken:
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # A read-only folder, a full disc, a file we may not write: give up on the file
        # quietly rather than print logging's own traceback at the user.
        self.broken = True
        with contextlib.suppress(OSError, ValueError):  # the stream may be broken already
            self.close()


_installed: list[logging.Handler] = []


def log_file(home: Path) -> Path:
    return home / LOG_FOLDER / LOG_NAME


def setup(
    home: Path | None,
    *,
    verbose: bool = False,
    stream: TextIO | None = None,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path | None:
    """Send cpdlog's log records to ``<home>/logs/cpdlog.log`` (and stderr when ``verbose``).

    Calling it again replaces the earlier set-up. Returns the log file's path, or None when
    there is no data folder to write to.
    """
    shutdown()
    folders = [home] if home is not None else []
    formatter = RedactingFormatter(folders)
    ours = logging.getLogger(_OURS)
    ours.setLevel(logging.DEBUG if verbose else logging.INFO)
    root = logging.getLogger()
    path: Path | None = None
    if home is not None:
        path = log_file(home)
        handler = _FileHandler(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True
        )
        handler.setFormatter(formatter)
        handler.addFilter(_level_filter)
        _installed.append(handler)
    if verbose:
        console = logging.StreamHandler(stream if stream is not None else sys.stderr)
        console.setFormatter(formatter)
        console.addFilter(_level_filter)
        _installed.append(console)
    for installed in _installed:
        root.addHandler(installed)
    return path


def _level_filter(record: logging.LogRecord) -> bool:
    """cpdlog's records at the chosen level; other libraries' warnings and errors only."""
    return (
        record.name == _OURS
        or record.name.startswith(_OURS + ".")
        or (record.levelno >= logging.WARNING)
    )


def shutdown() -> None:
    """Remove (and close) the handlers :func:`setup` installed."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        with contextlib.suppress(OSError, ValueError):  # gone all the same
            handler.close()


def recent_lines(home: Path, count: int = 50) -> list[str]:
    """The log's last ``count`` lines, redacted again (as an older version may have written
    them), read from at most the last 64 KiB of the file. Empty when there is no log."""
    path = log_file(home)
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return []  # a named pipe's open would wait for ever; a link may lead anywhere
        with path.open("rb") as stream:
            size = stream.seek(0, os.SEEK_END)
            stream.seek(max(0, size - TAIL_BYTES))
            data = stream.read(TAIL_BYTES)
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    if len(data) >= TAIL_BYTES and lines:
        lines = lines[1:]  # the first line read is probably cut
    redactor = Redactor([home])
    return [redactor(line) for line in lines[-count:]]


def install_excepthook() -> None:
    """Log exceptions nothing caught (the desktop app: an error in a Qt slot or a thread),
    then let Python's earlier hooks report them as before."""
    previous = sys.excepthook
    previous_thread = threading.excepthook
    logger = logging.getLogger(_OURS)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logger.error("An error was not caught", exc_info=(kind, error, tb))
        previous(kind, error, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            logger.error(
                "An error was not caught in a thread",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
